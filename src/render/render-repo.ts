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
import picomatch from 'picomatch'
import { discoverFiles, type DiscoveredFile, type Discovery } from '../engine/discover.js'
import { UsageError } from '../errors.js'
import type { FileLint } from '../engine/lint-text.js'
import { DEFAULT_MAX_FILE_BYTES, runLint, type LintResult } from '../engine/run-lint.js'
import { factsOfText } from '../engine/repo-facts.js'
import type { FileFacts } from '../engine/repo-model.js'
import type { VeleroVersion } from '../velero/versions.js'
import { specInitsOfFacts, type SpecInitLookup } from './spec-inits.js'
import { copyFileAtomic, writeFileAtomic } from '../io/atomic-write.js'
import { printable } from '../io/printable.js'
import { isPathInside, readRegularFile, realPathOrNearest } from '../io/safe-read.js'
import { writeFailureReason } from '../io/write-failure.js'
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
  /** Leave the cross-resource step to the caller (see LintOptions.deferCrossResource and veleroElsewhere). */
  deferCrossResource?: boolean
  veleroElsewhere?: () => Promise<boolean>
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

/** Stands for an existing output that cannot be the expected one (compared by reference, never equal to content). */
const DIFFERENT = Buffer.from('\u0000velero-hooks: not a regular file inside the output directory')

/** Byte-compare two files in chunks (for files too large to read whole). undefined: b is missing. */
async function sameFileBytes(a: string, b: string): Promise<boolean | undefined> {
  if (!(await exists(b))) return undefined
  const [sa, sb] = await Promise.all([stat(a), stat(b)])
  // Only a regular file is opened: a FIFO or device in the output (a pull request's) is never waited on or read.
  if (!sb.isFile() || sa.size !== sb.size) return false
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
function normalizePatterns(base: string, out: OutputPlace | undefined, patterns: readonly string[]): string[] {
  const normalized: string[] = []
  for (const pattern of patterns) {
    const dynamic = fg.isDynamicPattern(pattern)
    // A glob by its fixed leading part (`apps/` of `apps/**/*.yaml`); by real path too (`deploy -> apps`).
    const abs = path.resolve(base, dynamic ? picomatch.scan(pattern).base : pattern)
    if (out && (isInside(abs, out.outAbs) || isInside(realPathOrNearest(abs) ?? abs, out.realOut))) {
      throw new UsageError(`"${printable(pattern)}" is inside the output directory "${printable(out.outRel)}"; render reads sources, not its own output: render into a directory of its own`)
    }
    if (dynamic) {
      normalized.push(pattern)
      continue
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
      normalized.push(`${prefix}**/*.yaml`, `${prefix}**/*.yml`)
    } else {
      normalized.push(pattern)
    }
  }
  return normalized
}

/**
 * Manifests in the output directory of which none is the render of a source (out/X for a file X
 * outside it): the directory holds sources (`--output-dir apps` with the manifests in apps/), which
 * a render would skip as its own output, and mix its renders into. Returns those files (relative
 * to the base), or [] when the directory is missing, empty, or holds a render of some source.
 */
export async function sourcesInOutputDirectory(base: string, outputDir: string, patterns: readonly string[], ignore: readonly string[]): Promise<string[]> {
  const outAbs = path.resolve(base, outputDir)
  if (outAbs === path.resolve(base) || !(await exists(outAbs))) return []
  const inOutput = await discoverFiles({ cwd: outAbs, patterns, ignore })
  const unexplained: string[] = []
  for (const f of inOutput.files) {
    const source = path.join(base, f.relative)
    if (!isInside(source, outAbs) && (await exists(source))) return []
    unexplained.push(toPosix(path.relative(base, f.absolute)))
  }
  return unexplained
}

/** The usage error for sourcesInOutputDirectory's answer (nothing when it is empty). */
export function refuseSourcesInOutput(outputDir: string, files: readonly string[]): void {
  if (files.length === 0) return
  const named = files.slice(0, 3).map((f) => `"${printable(f)}"`).join(', ') + (files.length > 3 ? ` and ${files.length - 3} more` : '')
  throw new UsageError(
    `output directory "${printable(outputDir)}" holds manifests that are no render of a source (${named}): sources there would be skipped as render output; ` +
      'render into a directory of its own (the default is "rendered"), or delete old renders whose sources are gone',
  )
}

export async function renderRepository(options: RenderOptions): Promise<RenderResult> {
  const place = await outputPlace(options)
  const patterns = normalizePatterns(place.base, place.inPlace ? undefined : place, options.patterns)
  const ignore = place.inPlace ? [...options.ignore] : [...options.ignore, `${fg.escapePath(place.outRel)}/**`]
  if (!place.inPlace) refuseSourcesInOutput(place.outRel, await sourcesInOutputDirectory(place.base, place.outRel, patterns, options.ignore))
  const discovery = await discoverFiles({ cwd: place.base, patterns, ignore, allowExplicitOutside: false })
  await options.onDiscovered?.(discovery)
  const specInits = await repositorySpecInits(discovery, options.maxFileBytes ?? DEFAULT_MAX_FILE_BYTES, options.ruleSet.veleroVersion)
  const run = new RepositoryRender(options, place, specInits)
  const lint = await runLint({
    cwd: place.base,
    patterns,
    ignore,
    maxFileBytes: options.maxFileBytes,
    ruleSet: options.ruleSet,
    allowExplicitOutside: false,
    onFile: (fileLint, file, raw) => run.renderFile(fileLint, file, raw),
    onUnread: (file) => run.mirrorUnread(file),
    deferCrossResource: options.deferCrossResource,
    veleroElsewhere: options.veleroElsewhere,
  })
  if (!place.inPlace && (await exists(place.outAbs))) await run.findOrphans(patterns, options.ignore)
  return run.result(lint)
}

/** A file's text for the facts pass; undefined when it cannot be read (the lint pass reports it). */
async function readText(file: DiscoveredFile, maxBytes: number): Promise<string | undefined> {
  const read = await readRegularFile(file.absolute, maxBytes)
  return read.ok ? read.bytes.toString('utf8') : undefined
}

/** A Restore with spec hooks may be in the text (cheap: most files have no Velero content). */
const mayHoldSpecInit = (text: string): boolean => text.includes('velero.io') && text.includes('Restore') && text.includes('initContainers')

/**
 * The Restore-spec init containers of the repository's pods (spec-inits.ts): a Restore in one file
 * selects workloads in others, so every scanned file's facts are read before any file is rendered.
 * Only when some file may hold a Restore with init hooks; the files are read again for it (the
 * lint pass keeps only a few parsed files at a time).
 */
async function repositorySpecInits(discovery: Discovery, maxBytes: number, version: VeleroVersion): Promise<SpecInitLookup | undefined> {
  let needed = false
  for (const file of discovery.files) {
    const text = await readText(file, maxBytes)
    if (text !== undefined && mayHoldSpecInit(text)) {
      needed = true
      break
    }
  }
  if (!needed) return undefined
  const facts: FileFacts[] = []
  for (const file of discovery.files) {
    const text = await readText(file, maxBytes)
    if (text !== undefined) facts.push(factsOfText(file.relative, text))
  }
  return specInitsOfFacts(facts, version)
}

/** Where render writes: the base directory and the output directory, both checked to stay inside it. */
interface OutputPlace {
  base: string
  outAbs: string
  /** The output directory with symbolic links resolved (as far as it exists). */
  realOut: string
  inPlace: boolean
  /** The output directory relative to the base, '/' separators. */
  outRel: string
}

async function outputPlace(options: RenderOptions): Promise<OutputPlace> {
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
  // Compared by real path: a link `rendered -> .` would make render rewrite the sources, and a link
  // to a directory the sources live in would nest a copy in itself on every run.
  if (!inPlace && realOut !== path.join(realBase, path.relative(base, outAbs))) {
    throw new UsageError(`output directory "${options.outputDir}" is a symbolic link (to ${toPosix(path.relative(realBase, realOut)) || '.'}); render writes only into a real directory, or use --in-place`)
  }
  if (!inPlace && (await exists(outAbs)) && !(await stat(outAbs)).isDirectory()) {
    throw new UsageError(`output directory "${options.outputDir}" exists and is not a directory`)
  }
  return { base, outAbs, realOut, inPlace, outRel: toPosix(path.relative(base, outAbs)) }
}

/** The source's bytes, read at most once: again from disk only when decoding may have replaced some (U+FFFD). */
function sourceBytesOf(file: DiscoveredFile, raw: string): () => Promise<Buffer> {
  let bytes: Buffer | undefined
  return async () => (bytes ??= raw.includes('\uFFFD') ? await readFile(file.absolute) : Buffer.from(raw, 'utf8'))
}

const byPath = (a: string, b: string): number => (a < b ? -1 : a > b ? 1 : 0)

/** One render of a repository: what each file's render wrote, found current or stale, in order. */
class RepositoryRender {
  private readonly written: string[] = []
  private readonly unchanged: string[] = []
  private readonly stale: StaleFile[] = []
  private readonly notes: FileNote[] = []
  private readonly changes: FileChange[] = []
  /** Sources seen, relative to the base: their outputs are not orphans. */
  private readonly produced = new Set<string>()
  private readonly check: boolean

  constructor(
    private readonly options: RenderOptions,
    private readonly place: OutputPlace,
    private readonly specInits: SpecInitLookup | undefined,
  ) {
    this.check = options.mode === 'check'
  }

  async renderFile(fileLint: FileLint, file: DiscoveredFile, raw: string): Promise<void> {
    const { inPlace, outAbs } = this.place
    if (!inPlace && isInside(file.absolute, outAbs)) return
    this.produced.add(file.relative)
    const rendered = renderLinted(
      fileLint,
      { volumeMounts: this.options.volumeMounts as VolumeMountsMode, veleroVersion: this.options.ruleSet.veleroVersion, specInits: this.specInits },
      raw,
    )
    for (const n of rendered.notes) this.notes.push({ file: file.relative, ...n })
    const sourceBytes = sourceBytesOf(file, raw)
    let output = rendered.output
    // Text decoding turns invalid UTF-8 into U+FFFD; only text that round-trips may be rewritten.
    if (output !== undefined && raw.includes('\uFFFD') && !(await sourceBytes()).equals(Buffer.from(raw, 'utf8'))) {
      for (const c of rendered.changes) {
        this.notes.push({ file: file.relative, ...c, kind: 'unsupported', message: 'left unchanged: the file is not valid UTF-8.' })
      }
      output = undefined
    } else {
      for (const c of rendered.changes) this.changes.push({ file: file.relative, ...c })
    }
    if (inPlace) await this.writeInPlace(file, output)
    else await this.writeMirrored(file, output === undefined ? await sourceBytes() : Buffer.from(output, 'utf8'))
  }

  private async writeInPlace(file: DiscoveredFile, output: string | undefined): Promise<void> {
    if (output === undefined) {
      this.unchanged.push(file.relative)
    } else if (this.check) {
      this.stale.push({ path: file.relative, reason: 'different' })
    } else {
      const real = await realpath(file.absolute)
      const { mode, uid, gid } = await stat(real)
      await writeOutput(real, this.place.base, () => writeFileAtomic(real, output, { mode, owner: { uid, gid } }))
      this.written.push(file.relative)
    }
  }

  private async writeMirrored(file: DiscoveredFile, content: Buffer): Promise<void> {
    const target = this.outputPath(file)
    const current = await this.readCurrent(target, content.length)
    if (current !== DIFFERENT && current?.equals(content)) {
      this.unchanged.push(this.relToBase(target))
    } else if (this.check) {
      this.stale.push({ path: this.relToBase(target), reason: current ? 'different' : 'missing' })
    } else {
      await this.assertSafeTarget(target)
      await writeOutput(target, this.place.base, () => writeFileAtomic(target, content))
      this.written.push(this.relToBase(target))
    }
  }

  /** Too large (or unreadable) to render: mirror it byte for byte so the output tree stays complete. */
  async mirrorUnread(file: DiscoveredFile): Promise<void> {
    if (this.place.inPlace || isInside(file.absolute, this.place.outAbs)) return
    this.produced.add(file.relative)
    const target = this.outputPath(file)
    let same: boolean | undefined
    try {
      same = await sameFileBytes(file.absolute, target)
    } catch {
      return // the source cannot be read: its file-unreadable finding says so
    }
    if (same) this.unchanged.push(this.relToBase(target))
    else if (this.check) this.stale.push({ path: this.relToBase(target), reason: same === undefined ? 'missing' : 'different' })
    else {
      await this.assertSafeTarget(target)
      await writeOutput(target, this.place.base, () => copyFileAtomic(file.absolute, target))
      this.written.push(this.relToBase(target))
    }
  }

  /** Files under the output directory that the same patterns match but no source produced. */
  async findOrphans(patterns: string[], ignore: string[]): Promise<void> {
    const mirror = await discoverFiles({ cwd: this.place.outAbs, patterns, ignore })
    for (const f of mirror.files) {
      if (!this.produced.has(f.relative)) this.stale.push({ path: this.relToBase(f.absolute), reason: 'orphaned' })
    }
  }

  result(lint: LintResult): RenderResult {
    const { written, unchanged, stale, notes, changes } = this
    written.sort(byPath)
    unchanged.sort(byPath)
    stale.sort((a, b) => byPath(a.path, b.path))
    notes.sort((a, b) => byPath(a.file, b.file) || a.line - b.line)
    changes.sort((a, b) => byPath(a.file, b.file) || a.line - b.line)
    return { lint, written, unchanged, stale, notes, changes }
  }

  private outputPath(file: DiscoveredFile): string {
    return path.join(this.place.outAbs, file.relative)
  }

  private relToBase(abs: string): string {
    return toPosix(path.relative(this.place.base, abs))
  }

  /** Refuse to write through a symbolic link that leaves the output directory. */
  /**
   * The output file as it is now, read with the guards sources have (a pull request controls it):
   * never through a link out of the output directory, only a regular file (opened non-blocking: a
   * FIFO is not waited on), and never more than `expected` bytes (`web.yaml -> /dev/zero` would
   * otherwise be read for ever). undefined: missing; DIFFERENT: there, but not a file that can match.
   */
  private async readCurrent(target: string, expected: number): Promise<Buffer | undefined> {
    const real = realPathOrNearest(target)
    if (!real || !isPathInside(real, this.place.realOut)) return DIFFERENT
    const read = await readRegularFile(target, expected)
    if (read.ok) return read.bytes
    return read.code === 'ENOENT' || read.code === 'ENOTDIR' ? undefined : DIFFERENT
  }

  private async assertSafeTarget(target: string): Promise<void> {
    const real = await realpathOfNearest(path.dirname(target))
    if (!isInside(real, this.place.realOut)) throw new UsageError(`refusing to write ${this.relToBase(target)}: a symbolic link leads outside the output directory`)
  }
}

/** A write of render's output: an I/O failure is the user's to fix, named by the file it is about (never a temporary path). */
async function writeOutput(target: string, base: string, write: () => Promise<void>): Promise<void> {
  try {
    await write()
  } catch (e) {
    const reason = writeFailureReason(e)
    if (reason === undefined) throw e
    throw new UsageError(`could not write ${toPosix(path.relative(base, target))}: ${reason}`)
  }
}
