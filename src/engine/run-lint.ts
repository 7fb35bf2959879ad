/**
 * files × documents × rules → findings. Reads each file synchronously into one reused buffer,
 * keeps a bounded number of files in flight (waiting for a worker or an onFile callback), and
 * never holds more than a handful of parsed files at once (only findings are kept).
 *
 * Parallel only where it pays: once the files with Velero content reach PARALLEL_MIN_BYTES, the
 * rest of them are checked by a pool of worker threads together with this thread
 * (engine/lint-pool.ts); the pool is closed before runLint returns.
 *
 * Every linted file also yields its facts for the repository model. When the repository holds a
 * Backup, Schedule or Restore, the workloads of files the pre-filter skipped matter too (a spec hook
 * selects plain Deployments by label): those files are read once more for their facts alone (never
 * linted, never reported). Then the cross-resource step (cross-resource.ts) runs over all of it,
 * here or, with deferCrossResource, in the caller once rendered charts and overlays are known.
 */
import { constants } from 'node:buffer'
import { closeSync, constants as fsConstants, fstatSync, openSync, readSync } from 'node:fs'
import { createFinding } from './define-rule.js'
import { discoverFiles, type DiscoveredFile, type Discovery, type DiscoveryOptions, type SkippedPath } from './discover.js'
import { crossResource, type CrossResourceExtra, type RepositoryFacts } from './cross-resource.js'
import { compareFindings, countBySeverity, type Finding, type SeverityCounts } from './finding.js'
import { bytesHaveVeleroHint, countHooks, countResources, hasVeleroHint, lintText, lintTextCounts, type FileCounts, type FileLint } from './lint-text.js'
import type { RuleSet } from './rule-set.js'
import { LintPool, workerCount } from './lint-pool.js'
import { factsOfText } from './repo-facts.js'
import { factsText, mayHoldFacts } from './skipped-facts.js'
import type { FileFacts, RepoModel } from './repo-model.js'
import type { DeferredSuppressions } from './suppressions.js'

export const DEFAULT_MAX_FILE_BYTES = 16 * 1024 * 1024
/** Files in flight at once (reads are synchronous; files wait on workers or onFile): bounds memory. */
export const DEFAULT_CONCURRENCY = 16
/**
 * Bytes of Velero-bearing files after which workers start (≈ 0.15 s of parsing, about what a
 * worker costs to load and warm up): below it a repository is done before a worker would help
 * (a typical repository never gets there).
 */
export const PARALLEL_MIN_BYTES = 512 * 1024
/** Files read for their facts alone (outside a narrowed lint) from which workers start: their sizes are not known beforehand. */
const MODEL_FILES_FOR_POOL = 200

/**
 * The largest file that can be checked: its text must fit in one JavaScript string (about 512 MiB
 * on 64-bit Node.js). A limit raised past it (--max-file-bytes) is refused by the settings; the
 * engine reports such files as too large to check either way.
 */
export const MAX_CHECKABLE_BYTES = constants.MAX_STRING_LENGTH
/** The most one readSync asks for (Node refuses a request over 2 GiB - 1). */
const READ_CHUNK_BYTES = 64 * 1024 * 1024
/** The reusable buffer is kept up to this size; a larger file gets a buffer of its own, dropped after it. */
const KEPT_SCRATCH_BYTES = DEFAULT_MAX_FILE_BYTES + 1

/** A file that was not read because of its size; `limit` is the limit it is over. */
export interface TooLarge {
  tooLarge: number
  limit: number
  /** Over MAX_CHECKABLE_BYTES rather than over the configured limit. */
  uncheckable: boolean
}

/**
 * Reads whole files into one reusable buffer: most files of a repository are read only to be
 * rejected by the pre-filter, and then cost no allocation (and no garbage to collect) at all.
 * Synchronous on purpose: the files of a checkout sit in the page cache, where a blocking read
 * costs a fraction of a thread-pool round trip (measured on ../shared/corpus, lint on one core:
 * 151 ms with this reader, 207 ms with stat + 16 asynchronous readFile calls in flight).
 * A large file (a raised limit) never becomes the shared buffer, and reads are asked in chunks
 * Node accepts, so one file's size can never make the reads of the files after it fail.
 */
class FileReader {
  private scratch = Buffer.allocUnsafe(64 * 1024)
  private readonly limit: number

  constructor(private readonly maxBytes: number) {
    this.limit = Math.min(maxBytes, MAX_CHECKABLE_BYTES)
  }

  private tooLarge(size: number): TooLarge {
    const uncheckable = size > MAX_CHECKABLE_BYTES && this.maxBytes > MAX_CHECKABLE_BYTES
    return { tooLarge: size, limit: uncheckable ? MAX_CHECKABLE_BYTES : this.maxBytes, uncheckable }
  }

  /** A buffer of at least `size` bytes (the shared one when it may be kept). */
  private bufferFor(size: number, current: Buffer): Buffer {
    if (current.length >= size) return current
    const length = Math.min(Math.max(size, current.length * 2), this.limit + 1)
    const buffer = Buffer.allocUnsafe(length)
    if (length <= KEPT_SCRATCH_BYTES) this.scratch = buffer
    return buffer
  }

  /**
   * The file's bytes (a view into the shared buffer, valid until the next read), or its size when
   * that is over the limit (nothing read). The size is checked on the open descriptor, and a file
   * that grows while it is read is caught too.
   */
  read(file: string): Buffer | TooLarge {
    // Non-blocking open: a FIFO put in a file's place after discovery would otherwise block this
    // thread for good. Anything but a regular file is refused once open.
    const fd = openSync(file, fsConstants.O_RDONLY | fsConstants.O_NONBLOCK)
    try {
      const info = fstatSync(fd)
      if (!info.isFile()) throw new Error(info.isDirectory() ? 'a directory' : 'not a regular file')
      if (info.size > this.limit) return this.tooLarge(info.size)
      // One byte more than the size: a read that fills it means the file grew since the fstat.
      let buffer = this.bufferFor(info.size + 1, this.scratch)
      let length = 0
      for (;;) {
        if (length === buffer.length) {
          if (length > this.limit) return this.tooLarge(length)
          const grown = this.bufferFor(length + 1, buffer)
          buffer.copy(grown, 0, 0, length)
          buffer = grown
        }
        const n = readSync(fd, buffer, length, Math.min(buffer.length - length, READ_CHUNK_BYTES), null)
        if (n === 0) break
        length += n
      }
      return length > this.limit ? this.tooLarge(length) : buffer.subarray(0, length)
    } finally {
      closeSync(fd)
    }
  }
}

export interface LintOptions extends DiscoveryOptions {
  /** The rules to apply (the registry's defaultRuleSet(), or a configured one): the engine has none of its own. */
  ruleSet: RuleSet
  /** Files larger than this are not read; a finding says so. */
  maxFileBytes?: number
  /** Files in flight at once (see DEFAULT_CONCURRENCY). */
  concurrency?: number
  /**
   * Worker threads that parse and check files in parallel (default: one per core but this
   * thread's; capped at the cores and at MAX_WORKERS); 0 checks everything on this thread.
   * Workers exist only when the program's entry configured them (useLintWorkers in
   * engine/lint-pool.ts).
   */
  workers?: number
  /** Called with each file's lint, while its parsed documents are still in memory (render uses it). */
  onFile?: (lint: FileLint, file: DiscoveredFile, raw: string) => void | Promise<void>
  /** Called with each file that was found but not read (over the size limit, or unreadable). */
  onUnread?: (file: DiscoveredFile) => void | Promise<void>
  /**
   * Called once per discovered file when it is done, whatever happened to it (progress counters).
   * Unlike onFile it needs nothing from the parse, so files without Velero content stay unparsed
   * and workers stay available.
   */
  onProgress?: (file: DiscoveredFile) => void
  /** Called with what discovery found, before any file is read; a throw ends the run there (unmatched patterns). */
  onDiscovered?: (discovery: Discovery) => void | Promise<void>
  /**
   * Leave the cross-resource step to the caller (withCrossResource), which has more facts to add
   * (rendered charts and overlays): the result then has the facts but no cross-resource findings.
   */
  deferCrossResource?: boolean
  /**
   * With deferCrossResource: whether the caller's facts hold a Backup, Schedule or Restore (rendered
   * charts), asked when the linted files hold none; the skipped files' facts are then read too.
   */
  veleroElsewhere?: () => Promise<boolean>
  /**
   * The patterns of the whole repository when `patterns` narrow the lint (only-changed): the other
   * files join the repository model (facts only, never linted), and cross-resource findings are
   * kept only in the linted files.
   */
  modelPatterns?: readonly string[]
}

export interface LintSummary extends SeverityCounts {
  files: number
  documents: number
  resources: number
  hooks: number
}

export interface LintResult {
  summary: LintSummary
  findings: Finding[]
  skipped: SkippedPath[]
  /** Every file's facts for the repository model (runLint; not the render of standard input). */
  repository?: RepositoryFacts
  /** The repository model the cross-resource rules ran on, once they ran. */
  repo?: RepoModel
}

/**
 * The cross-resource step over a lint's facts (and the rendered ones in `extra`): its findings
 * join the lint's, sorted and counted. Without facts (nothing was linted), the lint as it is.
 */
export function withCrossResource(lint: LintResult, ruleSet: RuleSet, extra?: CrossResourceExtra): LintResult {
  if (!lint.repository) return lint
  const { repo, findings: cross } = crossResource(lint.repository, ruleSet, extra)
  if (cross.length === 0) return { ...lint, repo }
  const findings = [...lint.findings, ...cross].sort(compareFindings)
  return { ...lint, findings, summary: { ...lint.summary, ...countBySeverity(findings) }, repo }
}

export async function mapLimit<T>(items: readonly T[], limit: number, fn: (item: T, i: number) => Promise<void>): Promise<void> {
  let next = 0
  const worker = async (): Promise<void> => {
    while (next < items.length) {
      const i = next++
      await fn(items[i]!, i)
    }
  }
  await Promise.all(Array.from({ length: Math.min(limit, items.length) }, worker))
}

export async function runLint(options: LintOptions): Promise<LintResult> {
  const discovery = await discoverFiles(options)
  await options.onDiscovered?.(discovery)
  const run = new RepositoryLint(options, discovery)
  try {
    await mapLimit(discovery.files, options.concurrency ?? DEFAULT_CONCURRENCY, async (file, i) => {
      try {
        await run.lintOne(file, i)
      } finally {
        options.onProgress?.(file)
      }
    })
    if (options.modelPatterns) await run.readModelFiles(options.modelPatterns)
    if (run.holdsVelero() || (await options.veleroElsewhere?.())) await run.readSkippedFacts()
  } finally {
    // Closed before the result is out: a CLI or action process exits right after its output.
    await run.close()
  }
  const result = run.result()
  return options.deferCrossResource ? result : withCrossResource(result, options.ruleSet)
}

function hasFacts(facts: FileFacts | undefined): facts is FileFacts {
  return facts !== undefined && (facts.workloads.length > 0 || facts.velero.length > 0 || facts.namespaces.length > 0)
}

/** One runLint: each file's findings in discovery order, the counts, and the pool once it pays. */
class RepositoryLint {
  private readonly ruleSet: RuleSet
  private readonly reader: FileReader
  private readonly perFile: Finding[][]
  private readonly skipped: SkippedPath[]
  private documents = 0
  private resources = 0
  private hooks = 0
  // Workers pay off once there is real parsing to share: they start when the files with Velero
  // content add up to PARALLEL_MIN_BYTES (each worker's JIT starts cold, which costs more than a
  // small repository's whole lint); from then on every file goes through the pool, where this
  // thread checks files too whenever no worker has room (see LintPool).
  // render (onFile) needs the parsed documents on this thread, so it never uses workers.
  private readonly workers: number
  private pool: LintPool | undefined
  private poolDecided: boolean
  private veleroBytes = 0
  /** Each file's facts, by discovery index. */
  private readonly facts: (FileFacts | undefined)[]
  private readonly suppressions = new Map<string, DeferredSuppressions>()
  /** The facts of files outside a narrowed lint (modelPatterns), and the files findings may be reported in then. */
  private modelOnly: FileFacts[] = []
  private reportable: ReadonlySet<string> | undefined
  /** Files the pre-filter skipped that may hold workloads (mayHoldFacts), by discovery index. */
  private readonly skippedWorkloads: { file: DiscoveredFile; i: number; bytes: number }[] = []

  constructor(
    private readonly options: LintOptions,
    private readonly discovery: Discovery,
  ) {
    this.ruleSet = options.ruleSet
    this.reader = new FileReader(options.maxFileBytes ?? DEFAULT_MAX_FILE_BYTES)
    this.perFile = new Array(discovery.files.length)
    this.facts = new Array(discovery.files.length)
    this.skipped = [...discovery.skipped]
    this.workers = options.onFile ? 0 : workerCount(options.workers)
    this.poolDecided = this.workers < 1
  }

  private async check(file: string, raw: string): Promise<FileCounts> {
    if (!this.poolDecided && this.veleroBytes >= PARALLEL_MIN_BYTES) {
      this.poolDecided = true
      this.pool = LintPool.start(this.ruleSet, this.workers)
    }
    return this.pool ? this.pool.lint(file, raw) : lintTextCounts(file, raw, this.ruleSet)
  }

  /**
   * The file's bytes (the reader's shared buffer: synchronous, so nothing else reads before the
   * caller is done with it); 'unread' when a finding says why it was not read; 'gone' when deleted.
   */
  private read(file: DiscoveredFile, findings: Finding[]): Buffer | 'unread' | 'gone' {
    try {
      const read = this.reader.read(file.absolute)
      if (Buffer.isBuffer(read)) return read
      const over = read.uncheckable ? `the largest file that can be checked (${read.limit} bytes, what one string holds)` : `the ${read.limit}-byte limit`
      findings.push(fileProblem(this.ruleSet, file.relative, `is ${read.tooLarge} bytes, over ${over}, and was not read`))
    } catch (e) {
      const code = (e as NodeJS.ErrnoException).code
      if (code === 'ENOENT') {
        this.skipped.push({ path: file.relative, reason: 'deleted before it could be read' })
        return 'gone'
      }
      findings.push(fileProblem(this.ruleSet, file.relative, `could not be read (${code ?? (e as Error).message})`))
    }
    return 'unread'
  }

  async lintOne(file: DiscoveredFile, i: number): Promise<void> {
    const findings: Finding[] = []
    this.perFile[i] = findings
    const bytes = this.read(file, findings)
    if (bytes === 'gone') return
    if (bytes === 'unread') {
      if (this.options.onUnread) await this.options.onUnread(file)
      return
    }
    // Most files of a repository have no Velero content: they are never decoded or parsed.
    // (bytes is the reader's shared buffer: used up here, before anything awaits.)
    const utf16 = utf16Text(bytes)
    const hint = utf16 === undefined ? bytesHaveVeleroHint(bytes) : hasVeleroHint(utf16)
    if (!hint && utf16 === undefined && mayHoldFacts(bytes)) this.skippedWorkloads.push({ file, i, bytes: bytes.length })
    if (!this.options.onFile && !hint) return
    const raw = utf16 ?? bytes.toString('utf8')
    const byteLength = bytes.length
    let result: FileCounts
    let lint: FileLint | undefined
    try {
      if (this.options.onFile) {
        lint = lintText(file.relative, raw, this.ruleSet)
        result = { findings: lint.findings, documents: lint.parsed?.documents.length ?? 0, resources: countResources(lint.models), hooks: countHooks(lint.models) }
      } else {
        this.veleroBytes += byteLength
        result = await this.check(file.relative, raw)
      }
    } catch (e) {
      // A file the engine cannot check (a bug, or a worker that ran out of memory) is reported,
      // not fatal: the other files' findings still count.
      findings.push(fileProblem(this.ruleSet, file.relative, `could not be checked (${(e as Error)?.message ?? String(e)})`))
      if (this.options.onUnread) await this.options.onUnread(file)
      return
    }
    this.documents += result.documents
    this.resources += result.resources
    this.hooks += result.hooks
    // A loop, not push(...): a file may have more findings than a call can take arguments.
    for (const f of result.findings) findings.push(f)
    this.keepFacts(i, lint ?? result)
    if (!lint || !this.options.onFile) return
    // Render and --fix write UTF-8: a UTF-16 file is checked, and left as it is (render copies it).
    if (utf16 === undefined) await this.options.onFile(lint, file, raw)
    else if (this.options.onUnread) await this.options.onUnread(file)
  }

  private keepFacts(i: number, from: Pick<FileCounts, 'facts' | 'suppressions'>): void {
    if (hasFacts(from.facts)) this.facts[i] = from.facts
    if (from.suppressions) this.suppressions.set(this.discovery.files[i]!.relative, from.suppressions)
  }

  /**
   * When the repository holds a Backup, Schedule or Restore: the facts of the files the pre-filter
   * skipped that may hold workloads (in the pool, once they add up to PARALLEL_MIN_BYTES, as lint
   * does). A file that cannot be read or parsed now adds nothing: its workloads stay unknown.
   */
  holdsVelero(): boolean {
    return [...this.facts, ...this.modelOnly].some((f) => f !== undefined && f.velero.length > 0)
  }

  async readSkippedFacts(): Promise<void> {
    let total = 0
    for (const s of this.skippedWorkloads) total += s.bytes
    const facts = await this.factsOnly(this.skippedWorkloads.map((s) => s.file), total >= PARALLEL_MIN_BYTES)
    this.skippedWorkloads.forEach((s, k) => {
      if (facts[k]) this.facts[s.i] = facts[k]
    })
  }

  /** The files of the whole repository that a narrowed lint did not check, for their facts (see LintOptions.modelPatterns). */
  async readModelFiles(patterns: readonly string[]): Promise<void> {
    const { cwd, ignore, allowExplicitOutside } = this.options
    const discovery = await discoverFiles({ cwd, patterns, ignore, allowExplicitOutside })
    const linted = new Set(this.discovery.files.map((f) => f.absolute))
    const others = discovery.files.filter((f) => !linted.has(f.absolute))
    // Sizes are not known before reading: a pool pays for hundreds of files, not for a few.
    const facts = await this.factsOnly(others, others.length >= MODEL_FILES_FOR_POOL)
    this.modelOnly = facts.filter(hasFacts)
    this.reportable = new Set(this.discovery.files.map((f) => f.relative))
  }

  /** The facts alone of files that are not linted (factsText, factsOfText); undefined for those that add none or cannot be read. */
  private async factsOnly(files: readonly DiscoveredFile[], large: boolean): Promise<(FileFacts | undefined)[]> {
    if (!this.poolDecided && large) {
      this.poolDecided = true
      this.pool = LintPool.start(this.ruleSet, this.workers)
    }
    const out = new Array<FileFacts | undefined>(files.length)
    await mapLimit(files, this.options.concurrency ?? DEFAULT_CONCURRENCY, async (file, k) => {
      let text: string | undefined
      try {
        const read = this.reader.read(file.absolute)
        const utf16 = Buffer.isBuffer(read) ? utf16Text(read) : undefined
        text = !Buffer.isBuffer(read) ? undefined : factsText(utf16 === undefined ? read : Buffer.from(utf16, 'utf8'))
      } catch {
        return
      }
      if (text === undefined) return
      try {
        const facts = this.pool ? await this.pool.facts(file.relative, text) : factsOfText(file.relative, text)
        if (hasFacts(facts)) out[k] = facts
      } catch {
        // A worker that failed on it: unknown, like a file that does not parse.
      }
    })
    return out
  }

  async close(): Promise<void> {
    await this.pool?.close()
  }

  result(): LintResult {
    const findings = this.perFile.flat().sort(compareFindings)
    const { documents, resources, hooks } = this
    const files = [...this.facts.filter(hasFacts), ...this.modelOnly]
    const repository: RepositoryFacts = { files, suppressions: this.suppressions, ...(this.reportable ? { reportable: this.reportable } : {}) }
    return { summary: { files: this.discovery.files.length, documents, resources, hooks, ...countBySeverity(findings) }, findings, skipped: this.skipped, repository }
  }
}

/**
 * A file that starts with a UTF-16 byte order mark, as text (kubectl reads such YAML too); undefined
 * for any other file, which is read as UTF-8. An odd last byte is no character: U+FFFD.
 */
function utf16Text(bytes: Buffer): string | undefined {
  const littleEndian = bytes[0] === 0xff && bytes[1] === 0xfe
  if (!littleEndian && !(bytes[0] === 0xfe && bytes[1] === 0xff)) return undefined
  const even = Buffer.from(bytes.subarray(0, bytes.length & ~1))
  const text = (littleEndian ? even : even.swap16()).toString('utf16le')
  return bytes.length % 2 === 0 ? text : `${text}\uFFFD`
}

function fileProblem(ruleSet: RuleSet, file: string, what: string): Finding {
  const rule = ruleSet.fileUnreadable
  const span = { line: 1, column: 1, endLine: 1, endColumn: 1 }
  return createFinding(rule, { messageId: 'unreadable', data: { what }, severity: rule.meta.severity, file, span })
}
