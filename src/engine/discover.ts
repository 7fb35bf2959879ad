/**
 * Finds the manifests to lint. Globs are relative to the base directory and may not climb out of
 * it; symlinks whose target lies outside their root are skipped, so a repository cannot make the
 * action read files elsewhere on the runner.
 */
import { lstatSync, readdirSync, realpathSync, statSync } from 'node:fs'
import path from 'node:path'
import fg from 'fast-glob'
import picomatch from 'picomatch'
import { UsageError } from '../errors.js'

export const DEFAULT_PATTERNS: readonly string[] = ['**/*.yaml', '**/*.yml']
export const ALWAYS_IGNORED: readonly string[] = ['**/.git/**', '**/node_modules/**']

export interface DiscoveryOptions {
  /** Base directory: globs are relative to it and reported paths are relative to it. */
  cwd: string
  /** Globs relative to cwd, or existing files/directories (directories expand to DEFAULT_PATTERNS). */
  patterns: readonly string[]
  ignore: readonly string[]
  /** Allow explicit file/directory arguments outside cwd (the CLI: the user named them). */
  allowExplicitOutside?: boolean
}

export interface DiscoveredFile {
  /** Relative to cwd with '/' separators (may start with '../' for explicit outside roots). */
  readonly relative: string
  readonly absolute: string
}

export interface SkippedPath {
  readonly path: string
  readonly reason: string
}

export interface Discovery {
  files: DiscoveredFile[]
  skipped: SkippedPath[]
}

const toPosix = (p: string): string => p.split(path.sep).join('/')

function isInside(child: string, parent: string): boolean {
  const rel = path.relative(parent, child)
  return rel === '' || (!rel.startsWith('..') && !path.isAbsolute(rel))
}

function safeRealpath(p: string): string | undefined {
  try {
    return realpathSync(p)
  } catch {
    return undefined
  }
}

function assertRelativeGlob(pattern: string): void {
  const p = pattern.replace(/^!/, '')
  if (path.isAbsolute(p) || /^[A-Za-z]:[\\/]/.test(p)) {
    throw new UsageError(`pattern "${pattern}" is absolute; patterns are relative to the base directory`)
  }
  if (p.split(/[\\/]/).includes('..')) {
    throw new UsageError(`pattern "${pattern}" climbs out of the base directory with ".."`)
  }
}

/**
 * The ignore globs as a test of a path relative to the base directory: a glob matches the file or
 * any directory above it (`deploy/vendor` covers `deploy/vendor/a.yaml`), as fast-glob's own ignore does.
 */
function ignoredBelowBase(globs: readonly string[]): (relative: string) => boolean {
  if (globs.length === 0) return () => false
  const isMatch = picomatch([...globs], { dot: true })
  return (file) => {
    if (isMatch(file)) return true
    for (let i = file.indexOf('/'); i > 0; i = file.indexOf('/', i + 1)) if (isMatch(file.slice(0, i))) return true
    return false
  }
}

export async function discoverFiles(opts: DiscoveryOptions): Promise<Discovery> {
  const cwd = path.resolve(opts.cwd)
  const realCwd = safeRealpath(cwd)
  if (!realCwd || !statSync(realCwd).isDirectory()) throw new UsageError(`base directory "${opts.cwd}" does not exist`)
  for (const pattern of opts.ignore) assertRelativeGlob(pattern)
  rawNames = undefined // names read from disk by an earlier discovery may have changed
  const scan: Scan = { cwd, realCwd, ignore: [...ALWAYS_IGNORED, ...opts.ignore], ignoredByUser: ignoredBelowBase(opts.ignore), found: new Map(), skipped: [] }
  for (const [root, globs] of searchRoots(cwd, opts)) await scanRoot(scan, root, globs)
  const files = [...scan.found.values()].sort((a, b) => (a.relative < b.relative ? -1 : a.relative > b.relative ? 1 : 0))
  return { files, skipped: scan.skipped }
}

/**
 * Each root is scanned with its own globs; a root is the base directory or an explicit directory
 * (an existing file becomes its directory with the file's name, escaped, as the glob).
 */
function searchRoots(cwd: string, opts: DiscoveryOptions): Map<string, string[]> {
  const roots = new Map<string, string[]>()
  const addToRoot = (root: string, globs: readonly string[]): void => {
    roots.set(root, [...(roots.get(root) ?? []), ...globs])
  }
  const patterns = opts.patterns.length > 0 ? opts.patterns : DEFAULT_PATTERNS
  for (const pattern of patterns) {
    const candidate = path.resolve(cwd, pattern)
    const explicitOutside = !isInside(candidate, cwd)
    let stat: ReturnType<typeof statSync> | undefined
    try {
      stat = fg.isDynamicPattern(pattern) ? undefined : statSync(candidate)
    } catch {
      stat = undefined
    }
    if (stat && (!explicitOutside || opts.allowExplicitOutside)) {
      if (stat.isDirectory()) addToRoot(candidate, DEFAULT_PATTERNS)
      else addToRoot(path.dirname(candidate), [fg.escapePath(path.basename(candidate))])
      continue
    }
    assertRelativeGlob(pattern)
    addToRoot(cwd, [pattern])
  }
  return roots
}

/** What a discovery has found so far, and what it scans with. */
interface Scan {
  readonly cwd: string
  readonly realCwd: string
  readonly ignore: string[]
  /** The user's ignore globs (relative to the base directory), for entries found under another root. */
  readonly ignoredByUser: (relative: string) => boolean
  /** By path relative to cwd: a file two roots find is listed once. */
  readonly found: Map<string, DiscoveredFile>
  readonly skipped: SkippedPath[]
}

/**
 * Names a glob cannot be trusted with: a line break ("**" never matches a directory name holding
 * one: its RegExp's "." stops there) or U+FFFD (how a name that is not valid UTF-8 is decoded: it
 * cannot be opened by that name). With a "**" glob, ODD_NAMES finds such directories and files in
 * the same walk, so they are searched on their own or reported, never silently left out.
 */
const ODD_NAME = /[\n\r\u2028\u2029\uFFFD]/
const ODD_NAMES = '**/*[\n\r\u2028\u2029\uFFFD]*'
/** A glob that matches by the last name alone under any directory (`**` + `/*.yaml`): it applies below any directory as it is. */
const ANY_DEPTH = /^\*\*\/[^/]+$/

async function scanRoot(scan: Scan, root: string, globs: string[]): Promise<void> {
  const { cwd, found, skipped } = scan
  const realRoot = safeRealpath(root) ?? root
  const rootIsInside = isInside(root, cwd)
  const odd = oddNameGlobs(globs)
  const entries = await fg([...globs, ...odd], {
    cwd: root,
    // fast-glob reads ignore globs relative to its cwd, and they are relative to the base directory:
    // under another root (an explicit directory or file) they are applied to each entry below.
    ignore: root === cwd ? scan.ignore : [...ALWAYS_IGNORED],
    // Not onlyFiles: symbolic links to files are entries too, checked below.
    onlyFiles: false,
    objectMode: true,
    // Dot-directories (.k8s/prod/) hold manifests too; .git (ALWAYS_IGNORED) is never entered.
    dot: true,
    followSymbolicLinks: false, // never walk into linked directories (loops, escapes)
    suppressErrors: true, // unreadable directories are skipped, not fatal
    unique: true,
  })
  const boundary = rootIsInside ? scan.realCwd : realRoot
  const relativeOf = (entry: string): string => toPosix(path.relative(cwd, path.join(root, entry)))
  const wanted = odd.length > 0 ? matchedByGlobs(globs) : () => true
  const candidates = entries.filter(
    (e) => (e.dirent.isFile() || e.dirent.isSymbolicLink()) && (root === cwd || !scan.ignoredByUser(relativeOf(e.path))) && (!ODD_NAME.test(e.path) || wanted(e.path)),
  )
  candidates.sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0))
  const realDirOf = realDirectories()
  for (const { path: entry, dirent } of candidates) {
    const absolute = path.join(root, entry)
    const relative = toPosix(path.relative(cwd, absolute))
    const refusal = refuse(absolute, dirent.isFile(), boundary, realDirOf)
    if (refusal === 'not a file') continue // a link to a directory
    if (refusal) {
      if (!skipped.some((s) => s.path === relative)) skipped.push({ path: relative, reason: refusal })
      continue
    }
    if (!found.has(relative)) found.set(relative, { relative, absolute })
  }
  if (odd.length > 0) await scanOddDirectories(scan, root, globs, entries.filter((e) => e.dirent.isDirectory() && ODD_NAME.test(path.posix.basename(e.path))))
}

/** ODD_NAMES below the fixed part of each "**" glob (`deploy/` of `deploy/**` + `/*.yaml`): only where the globs search. */
function oddNameGlobs(globs: readonly string[]): string[] {
  const bases = new Set(globs.filter((g) => !g.startsWith('!') && g.includes('**')).map((g) => picomatch.scan(g).base))
  return [...bases].map((base) => (base ? `${fg.escapePath(base)}/${ODD_NAMES}` : ODD_NAMES))
}

/** Whether the root's own globs (not ODD_NAMES) match an entry: fast-glob's negative patterns were applied already. */
function matchedByGlobs(globs: readonly string[]): (entry: string) => boolean {
  const positive = globs.filter((g) => !g.startsWith('!'))
  return positive.length > 0 ? picomatch(positive, { dot: true }) : () => false
}

/**
 * Directories whose names a glob cannot be trusted with (see ODD_NAME): one with a line break is
 * searched as a root of its own when every glob applies at any depth (the default patterns),
 * else reported; one whose name is not valid UTF-8 cannot be opened, and is reported.
 */
async function scanOddDirectories(scan: Scan, root: string, globs: string[], directories: ReadonlyArray<{ path: string }>): Promise<void> {
  const searchable = globs.every((g) => ANY_DEPTH.test(g))
  for (const { path: entry } of [...directories].sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0))) {
    const absolute = path.join(root, entry)
    const relative = toPosix(path.relative(scan.cwd, absolute))
    if (scan.ignoredByUser(relative)) continue
    const undecoded = entry.includes('\uFFFD') && !pathExists(absolute)
    if (!undecoded && !/[\n\r\u2028\u2029]/.test(path.posix.basename(entry))) continue // a real U+FFFD: globbed as usual
    if (!undecoded && searchable) {
      await scanRoot(scan, absolute, globs)
      continue
    }
    const reason = undecoded
      ? `a directory whose name is not valid UTF-8 (${undecodedName(absolute)}): it cannot be opened by that name, so nothing in it was checked; rename it`
      : 'a directory whose name holds a line break: a "**" glob never matches it, so nothing in it was checked; rename it, or name it as a pattern'
    if (!scan.skipped.some((s) => s.path === relative)) scan.skipped.push({ path: `${relative}/`, reason })
  }
}

const STRICT_UTF8 = new TextDecoder('utf-8', { fatal: true })

/** A name that is not valid UTF-8 as it is on disk: each byte that is no part of a character as \xNN ("bad\xff.yaml"). */
function undecodedName(absolute: string): string {
  const name = path.basename(absolute)
  const same = rawNamesOf(path.dirname(absolute)).get(name)
  const raw = same?.length === 1 ? same[0] : undefined
  if (!raw) return JSON.stringify(name)
  let shown = ''
  for (let i = 0; i < raw.length; ) {
    const length = [1, 2, 3, 4].find((n) => i + n <= raw.length && decodes(raw.subarray(i, i + n)))
    shown += length ? raw.toString('utf8', i, i + length) : `\\x${raw[i]!.toString(16).padStart(2, '0')}`
    i += length ?? 1
  }
  return JSON.stringify(shown).replace(/\\\\x/g, '\\x')
}

/** The names of a directory's entries as bytes, by their decoded text (the last directory asked: such names come together). */
let rawNames: { dir: string; names: Map<string, Buffer[]> } | undefined
function rawNamesOf(dir: string): Map<string, Buffer[]> {
  if (rawNames?.dir !== dir) {
    const names = new Map<string, Buffer[]>()
    try {
      for (const raw of readdirSync(dir, { encoding: 'buffer' })) {
        const decoded = raw.toString('utf8')
        if (!decoded.includes('\uFFFD')) continue
        const same = names.get(decoded)
        if (same) same.push(raw)
        else names.set(decoded, [raw])
      }
    } catch {
      // unreadable: names are shown as decoded
    }
    rawNames = { dir, names }
  }
  return rawNames.names
}

function decodes(bytes: Uint8Array): boolean {
  try {
    STRICT_UTF8.decode(bytes)
    return true
  } catch {
    return false
  }
}

/** Whether something is at this path (lstat: a broken link counts). */
function pathExists(p: string): boolean {
  try {
    lstatSync(p)
    return true
  } catch {
    return false
  }
}

/**
 * The real path of each directory, asked once: the glob never walks into linked directories, but
 * its fixed leading part (`deploy/` in a glob `deploy/**` + `/*.yaml`) or an explicit root may be one, so a
 * regular file lies at realDir(its directory)/its name.
 */
function realDirectories(): (dir: string) => string | undefined {
  const cache = new Map<string, string | undefined>()
  return (dir) => {
    if (!cache.has(dir)) cache.set(dir, safeRealpath(dir))
    return cache.get(dir)
  }
}

/** Whether a real path lies in a `.git` directory below the boundary (credentials live in .git/config). */
function inGitDirectory(real: string, boundary: string): boolean {
  return path.relative(boundary, real).split(path.sep).includes('.git')
}

/**
 * Why a found entry is not linted (undefined: it is): outside the boundary, inside a `.git`
 * directory, a broken link; 'not a file' for a link to a directory (left out silently).
 */
function refuse(absolute: string, isFile: boolean, boundary: string, realDirOf: (dir: string) => string | undefined): string | undefined {
  if (absolute.includes('\uFFFD') && !pathExists(absolute)) return `its name is not valid UTF-8 (${undecodedName(absolute)}): it cannot be opened by that name, so it was not checked; rename it`
  const realDir = isFile ? realDirOf(path.dirname(absolute)) : undefined
  const real = isFile ? realDir && path.join(realDir, path.basename(absolute)) : safeRealpath(absolute)
  if (!real) return 'broken symbolic link or unreadable path'
  if (!isInside(real, boundary)) {
    return isFile ? 'reached through a symbolic link to a directory outside the base directory' : 'symbolic link to a file outside the base directory'
  }
  if (inGitDirectory(real, boundary)) return isFile ? 'inside a .git directory' : 'symbolic link into a .git directory'
  if (!isFile && !statSync(real).isFile()) return 'not a file'
  return undefined
}
