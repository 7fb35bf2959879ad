import type { RuleSet } from '../engine/rule-set.js'
/**
 * Render a repository: lint every manifest once (runLint), render each file from that same parse,
 * and either write the results (in place, or the whole scanned tree mirrored under an output
 * directory) or, in check mode, compare them with what is on disk and list the stale files.
 */
import { statSync } from 'node:fs'
import { open, readFile, realpath, stat } from 'node:fs/promises'
import path from 'node:path'
import fg from 'fast-glob'
import { discoverFiles, type DiscoveredFile, type Discovery } from '../engine/discover.js'
import { UsageError } from '../errors.js'
import { runLint, type LintResult } from '../engine/run-lint.js'
import { copyFileAtomic, writeFileAtomic } from '../io/atomic-write.js'
import type { VolumeMountsMode } from './init-container.js'
import { renderLinted, type RenderChange, type RenderNote } from './render-text.js'

export interface RenderOptions {
  cwd: string
  patterns: string[]
  ignore: string[]
  /** Relative to cwd; '.' means in place. */
  outputDir: string
  volumeMounts: 'app' | 'none'
  maxFileBytes?: number
  mode: 'write' | 'check'
  /** Rules and severities (from the configuration file); default: every rule at its severity. */
  ruleSet: RuleSet
  /** Called with the sources discovery found, before anything is read or written (see LintOptions). */
  onDiscovered?: (discovery: Discovery) => void | Promise<void>
}

export interface StaleFile {
  /** Relative to cwd, '/' separators. */
  path: string
  reason: 'missing' | 'different' | 'orphaned'
}

/** A pod render left unchanged, with the file it is in (relative to cwd). */
export interface FileNote extends RenderNote {
  file: string
}

export interface FileChange extends RenderChange {
  file: string
}

export interface RenderResult {
  lint: LintResult
  /** Files written (relative to cwd): rendered or copied; in check mode, none. */
  written: string[]
  /** Files that were already current (relative to cwd: the output file). */
  unchanged: string[]
  /** Check mode: every stale output file; write mode: output files that no longer have a source. */
  stale: StaleFile[]
  /** Pods with an init hook that were left unchanged, and why. */
  notes?: FileNote[]
  /** Every injected container, per source file. */
  changes?: FileChange[]
}

export const DEFAULT_OUTPUT_DIR = 'rendered'

const toPosix = (p: string): string => p.split(path.sep).join('/')

function isInside(child: string, parent: string): boolean {
  const rel = path.relative(parent, child)
  return rel === '' || (!rel.startsWith('..') && !path.isAbsolute(rel))
}

async function exists(p: string): Promise<boolean> {
  try {
    await stat(p)
    return true
  } catch {
    return false
  }
}

/** Real path of p, or of its nearest existing ancestor joined with the rest (for paths not yet made). */
async function realpathOfNearest(p: string): Promise<string> {
  const rest: string[] = []
  let cur = p
  for (;;) {
    try {
      return path.join(await realpath(cur), ...rest.reverse())
    } catch {
      const parent = path.dirname(cur)
      if (parent === cur) return p
      rest.push(path.basename(cur))
      cur = parent
    }
  }
}

async function readIfExists(p: string): Promise<Buffer | undefined> {
  try {
    return await readFile(p)
  } catch (e) {
    if ((e as NodeJS.ErrnoException).code === 'ENOENT' || (e as NodeJS.ErrnoException).code === 'ENOTDIR') return undefined
    throw e
  }
}

/** Byte-compare two files in chunks (for files too large to read whole). undefined: b is missing. */
async function sameFileBytes(a: string, b: string): Promise<boolean | undefined> {
  if (!(await exists(b))) return undefined
  const [sa, sb] = await Promise.all([stat(a), stat(b)])
  if (sa.size !== sb.size) return false
  const [fa, fb] = await Promise.all([open(a, 'r'), open(b, 'r')])
  try {
    const size = 1 << 16
    const ba = Buffer.alloc(size)
    const bb = Buffer.alloc(size)
    for (let pos = 0; pos < sa.size; pos += size) {
      const [ra, rb] = await Promise.all([fa.read(ba, 0, size, pos), fb.read(bb, 0, size, pos)])
      if (ra.bytesRead !== rb.bytesRead || !ba.subarray(0, ra.bytesRead).equals(bb.subarray(0, rb.bytesRead))) return false
    }
    return true
  } finally {
    await Promise.all([fa.close(), fb.close()])
  }
}

/**
 * Patterns naming existing directories become globs relative to the base directory, so that every
 * search root is the base directory and the output directory's ignore glob applies to all of them.
 * A pattern naming a path inside the output directory is refused.
 */
function normalizePatterns(base: string, outAbs: string | undefined, patterns: readonly string[]): string[] {
  const out: string[] = []
  for (const pattern of patterns) {
    if (fg.isDynamicPattern(pattern)) {
      out.push(pattern)
      continue
    }
    const abs = path.resolve(base, pattern)
    if (outAbs && isInside(abs, outAbs)) {
      throw new UsageError(`"${pattern}" is inside the output directory; render reads sources, not its own output`)
    }
    let isDir = false
    try {
      isDir = statSync(abs).isDirectory()
    } catch {
      isDir = false
    }
    if (isDir && isInside(abs, base)) {
      const rel = toPosix(path.relative(base, abs))
      const prefix = rel === '' ? '' : `${fg.escapePath(rel)}/`
      out.push(`${prefix}**/*.yaml`, `${prefix}**/*.yml`)
    } else {
      out.push(pattern)
    }
  }
  return out
}

export async function renderRepository(options: RenderOptions): Promise<RenderResult> {
  const base = path.resolve(options.cwd)
  let realBase: string
  try {
    realBase = await realpath(base)
  } catch {
    throw new UsageError(`base directory "${options.cwd}" does not exist`)
  }
  const outAbs = path.resolve(base, options.outputDir)
  if (!isInside(outAbs, base)) throw new UsageError(`output directory "${options.outputDir}" is outside the base directory "${options.cwd}"`)
  const realOut = await realpathOfNearest(outAbs)
  if (!isInside(realOut, realBase)) {
    throw new UsageError(`output directory "${options.outputDir}" leads outside the base directory through a symbolic link`)
  }
  const inPlace = outAbs === base
  if (!inPlace && (await exists(outAbs)) && !(await stat(outAbs)).isDirectory()) {
    throw new UsageError(`output directory "${options.outputDir}" exists and is not a directory`)
  }
  const outRel = toPosix(path.relative(base, outAbs))
  const patterns = normalizePatterns(base, inPlace ? undefined : outAbs, options.patterns)
  const ignore = inPlace ? [...options.ignore] : [...options.ignore, `${fg.escapePath(outRel)}/**`]
  const check = options.mode === 'check'

  const written: string[] = []
  const unchanged: string[] = []
  const stale: StaleFile[] = []
  const notes: FileNote[] = []
  const changes: FileChange[] = []
  const produced = new Set<string>()
  const outputPath = (file: DiscoveredFile): string => path.join(outAbs, file.relative)
  const relToBase = (abs: string): string => toPosix(path.relative(base, abs))

  /** Refuse to write through a symbolic link that leaves the output directory. */
  const assertSafeTarget = async (target: string): Promise<void> => {
    const real = await realpathOfNearest(path.dirname(target))
    if (!isInside(real, realOut)) throw new UsageError(`refusing to write ${relToBase(target)}: a symbolic link leads outside the output directory`)
  }

  const lint = await runLint({
    cwd: base,
    patterns,
    ignore,
    maxFileBytes: options.maxFileBytes,
    ruleSet: options.ruleSet,
    allowExplicitOutside: false,
    onDiscovered: options.onDiscovered,
    onFile: async (fileLint, file, raw) => {
      if (!inPlace && isInside(file.absolute, outAbs)) return
      produced.add(file.relative)
      const rendered = renderLinted(fileLint, { volumeMounts: options.volumeMounts as VolumeMountsMode })
      for (const n of rendered.notes) notes.push({ file: file.relative, ...n })
      // Text decoding turns invalid UTF-8 into U+FFFD; only text that round-trips may be rewritten.
      let original: Buffer | undefined
      const originalBytes = async (): Promise<Buffer> => (original ??= raw.includes('\uFFFD') ? await readFile(file.absolute) : Buffer.from(raw, 'utf8'))
      let output = rendered.output
      if (output !== undefined && raw.includes('\uFFFD') && !(await originalBytes()).equals(Buffer.from(raw, 'utf8'))) {
        for (const c of rendered.changes) {
          notes.push({ file: file.relative, ...c, kind: 'unsupported', message: 'left unchanged: the file is not valid UTF-8.' })
        }
        output = undefined
      } else {
        for (const c of rendered.changes) changes.push({ file: file.relative, ...c })
      }

      if (inPlace) {
        if (output === undefined) {
          unchanged.push(file.relative)
        } else if (check) {
          stale.push({ path: file.relative, reason: 'different' })
        } else {
          const real = await realpath(file.absolute)
          await writeFileAtomic(real, output, { mode: (await stat(real)).mode })
          written.push(file.relative)
        }
        return
      }
      const target = outputPath(file)
      const content = output === undefined ? await originalBytes() : Buffer.from(output, 'utf8')
      const current = await readIfExists(target)
      if (current?.equals(content)) {
        unchanged.push(relToBase(target))
      } else if (check) {
        stale.push({ path: relToBase(target), reason: current ? 'different' : 'missing' })
      } else {
        await assertSafeTarget(target)
        await writeFileAtomic(target, content)
        written.push(relToBase(target))
      }
    },
    onUnread: async (file) => {
      // Too large (or unreadable) to render: mirror it byte for byte so the output tree stays complete.
      if (inPlace || isInside(file.absolute, outAbs)) return
      produced.add(file.relative)
      const target = outputPath(file)
      let same: boolean | undefined
      try {
        same = await sameFileBytes(file.absolute, target)
      } catch {
        return // the source cannot be read: its file-unreadable finding says so
      }
      if (same) unchanged.push(relToBase(target))
      else if (check) stale.push({ path: relToBase(target), reason: same === undefined ? 'missing' : 'different' })
      else {
        await assertSafeTarget(target)
        await copyFileAtomic(file.absolute, target)
        written.push(relToBase(target))
      }
    },
  })

  if (!inPlace && (await exists(outAbs))) {
    // Files under the output directory that the same patterns match but no source produced.
    const mirror = await discoverFiles({ cwd: outAbs, patterns, ignore: options.ignore })
    for (const f of mirror.files) {
      if (!produced.has(f.relative)) stale.push({ path: relToBase(f.absolute), reason: 'orphaned' })
    }
  }

  const byPath = (a: string, b: string): number => (a < b ? -1 : a > b ? 1 : 0)
  written.sort(byPath)
  unchanged.sort(byPath)
  stale.sort((a, b) => byPath(a.path, b.path))
  notes.sort((a, b) => byPath(a.file, b.file) || a.line - b.line)
  changes.sort((a, b) => byPath(a.file, b.file) || a.line - b.line)
  return { lint, written, unchanged, stale, notes, changes }
}
