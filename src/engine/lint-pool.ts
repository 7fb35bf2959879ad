/**
 * Worker threads that lint files in parallel: the main thread discovers, reads and pre-filters;
 * workers parse, model and check, and send back only findings and counts (parsed documents never
 * cross threads).
 *
 * A worker runs the module that holds this code: this file when running from source, and the whole
 * bundle (dist/cli/index.js, dist/index.js) when bundled by ncc, where `import.meta.url` is the
 * bundle. A bundle entry must therefore not start its own work in a worker: it calls
 * `runningAsLintWorker()` and only starts its main when that is false. Until an entry has made that
 * call, workers are only started from an unbundled copy of this module, so an entry that forgets it
 * falls back to linting on one thread instead of running itself twice.
 */
import { createRequire } from 'node:module'
import { availableParallelism } from 'node:os'
import { pathToFileURL } from 'node:url'
import { isMainThread, parentPort, Worker, workerData } from 'node:worker_threads'
import type { Severity } from './finding.js'
import { lintTextCounts, type FileCounts } from './lint-text.js'
import type { RuleSet } from './rule-set.js'
import { RULES_BY_ID } from '../rules/index.js'
import type { VeleroVersion } from '../velero/versions.js'

const WORKER_TAG = 'velero-hooks/lint-worker@1'
/** More workers than this cost memory (one heap each) and gain little on CI runners. */
export const MAX_WORKERS = 4
/** Jobs sent to one worker before it answers: keeps it busy across the message round trip. */
const JOBS_PER_WORKER = 2
/** How long an idle pool keeps its workers for the next run in the same process. */
export const IDLE_MS = 2000

let sharedPool: { key: string; pool: LintPool } | undefined

interface WorkerConfig {
  tag: typeof WORKER_TAG
  ruleIds: string[]
  yamlSyntax: string
  templateSkipped: string
  fileUnreadable: string
  severities: [string, Severity | 'off'][] | undefined
  veleroVersion: VeleroVersion
}

export type LintJobResult = FileCounts

interface JobMessage {
  id: number
  file: string
  text: string
}

type ReplyMessage = { id: number; result: LintJobResult } | { id: number; error: string } | { ready: true }

/** The pool cannot serve (its workers failed to start): the caller lints the file itself. */
export class PoolUnavailableError extends Error {
  override name = 'PoolUnavailableError'
}

let entryChecked = false

/**
 * True in a lint worker thread. A bundle entry calls this and starts its main only when false;
 * the call also tells the pool that this bundle may be started as a worker.
 */
export function runningAsLintWorker(): boolean {
  entryChecked = true
  return isLintWorkerThread()
}

function isLintWorkerThread(): boolean {
  return !isMainThread && (workerData as Partial<WorkerConfig> | null)?.tag === WORKER_TAG
}

/** Lint one file the way runLint does, returning only what crosses threads (documents are not kept). */
export function lintForPool(file: string, text: string, ruleSet: RuleSet): LintJobResult {
  return lintTextCounts(file, text, ruleSet)
}

/** The worker id of every rule in the set, or undefined when a rule is not in the registry. */
function configFor(ruleSet: RuleSet): WorkerConfig | undefined {
  const idOf = (rule: RuleSet['rules'][number]): string | undefined => (RULES_BY_ID.get(rule.meta.id) === rule ? rule.meta.id : undefined)
  const ruleIds = ruleSet.rules.map(idOf)
  const yamlSyntax = idOf(ruleSet.yamlSyntax)
  const templateSkipped = idOf(ruleSet.templateSkipped)
  const fileUnreadable = idOf(ruleSet.fileUnreadable)
  if (ruleIds.some((id) => id === undefined) || !yamlSyntax || !templateSkipped || !fileUnreadable) return undefined
  return { tag: WORKER_TAG, ruleIds: ruleIds as string[], yamlSyntax, templateSkipped, fileUnreadable, severities: ruleSet.severities ? [...ruleSet.severities] : undefined, veleroVersion: ruleSet.veleroVersion }
}

function ruleSetFrom(config: WorkerConfig): RuleSet {
  const get = (id: string) => RULES_BY_ID.get(id)!
  return {
    rules: config.ruleIds.map(get),
    yamlSyntax: get(config.yamlSyntax),
    templateSkipped: get(config.templateSkipped),
    fileUnreadable: get(config.fileUnreadable),
    unusedSuppression: get('unused-suppression') as RuleSet['unusedSuppression'],
    hookKeysNotChecked: get('hook-keys-not-checked') as RuleSet['hookKeysNotChecked'],
    sourceNotRendered: get('source-not-rendered') as RuleSet['sourceNotRendered'],
    knownRuleIds: new Set(RULES_BY_ID.keys()),
    severities: config.severities ? new Map(config.severities) : undefined,
    veleroVersion: config.veleroVersion,
  }
}

function serveLintJobs(): void {
  const ruleSet = ruleSetFrom(workerData as WorkerConfig)
  parentPort!.on('message', (job: JobMessage) => {
    let reply: ReplyMessage
    try {
      reply = { id: job.id, result: lintForPool(job.file, job.text, ruleSet) }
    } catch (e) {
      reply = { id: job.id, error: e instanceof Error ? `${e.name}: ${e.message}` : String(e) }
    }
    parentPort!.postMessage(reply)
  })
  parentPort!.postMessage({ ready: true } satisfies ReplyMessage)
}

// The worker side: when this module (or the bundle holding it) is loaded as a lint worker, serve.
if (isLintWorkerThread()) serveLintJobs()

/**
 * The number of workers `workers: 'auto'` means on this machine: one per core but the one this
 * thread runs on, since this thread lints too whenever every worker is busy (and it is warm
 * already: each worker's JIT starts cold).
 */
export function defaultWorkerCount(): number {
  return Math.min(MAX_WORKERS, Math.max(1, availableParallelism() - 1))
}

/** Whether this copy of the engine can start workers at all (see the module comment). */
export function canStartWorkers(): boolean {
  if (!isMainThread) return false
  const self = import.meta.url
  return entryChecked || /\/lint-pool\.[cm]?[jt]s$/.test(self)
}

/**
 * What a worker runs: the module holding this code. Running from TypeScript source (tests, bench),
 * the worker first registers tsx, whose loader hooks Node 20 does not pass on to workers.
 */
function workerScript(): { script: string | URL; evalScript: boolean } {
  const self = import.meta.url
  if (!self.endsWith('.ts')) return { script: new URL(self), evalScript: false }
  // The ESM build of tsx's API (the CommonJS one cannot be imported from an eval'd worker).
  const tsxApi = pathToFileURL(createRequire(self).resolve(['tsx', 'esm', 'api'].join('/')).replace(/\.cjs$/, '.mjs')).href
  const script = `import(${JSON.stringify(tsxApi)}).then((m) => { (m.register ?? m.default.register)(); return import(${JSON.stringify(self)}) })`
  return { script, evalScript: true }
}

interface PooledWorker {
  worker: Worker
  /** Set by the worker's first message, once the engine is loaded and listening. */
  ready: boolean
  /** Whether it has answered a job: a worker that dies before that never worked at all. */
  answered: boolean
  inFlight: Map<number, Pending>
}

interface Pending {
  resolve(result: LintJobResult): void
  reject(error: Error): void
  job: JobMessage
}

export class LintPool {
  /** @internal read by LintPool.shared */
  readonly workers: PooledWorker[] = []
  private readonly queue: Pending[] = []
  private nextId = 1
  /** @internal read by LintPool.shared */
  closed = false
  private idleTimer: NodeJS.Timeout | undefined

  private constructor(
    private readonly config: WorkerConfig,
    private readonly size: number,
  ) {}

  /** A pool for this rule set, or undefined when workers cannot be used (custom rules, no entry guard). */
  static create(ruleSet: RuleSet, size: number): LintPool | undefined {
    if (size < 1 || !canStartWorkers()) return undefined
    const config = configFor(ruleSet)
    return config ? new LintPool(config, size) : undefined
  }

  /**
   * The pool a run should use: the previous run's when it has the same rules and size and is still
   * up (its workers loaded and warmed up already), else a new one. Each pool closes itself after
   * IDLE_MS without work, so a finished run leaves no threads behind for long.
   */
  static shared(ruleSet: RuleSet, size: number): LintPool | undefined {
    const config = size >= 1 && canStartWorkers() ? configFor(ruleSet) : undefined
    if (!config) return undefined
    const key = JSON.stringify([config, size])
    if (sharedPool && sharedPool.key === key && !sharedPool.pool.closed && sharedPool.pool.workers.length > 0) return sharedPool.pool
    void sharedPool?.pool.close()
    const pool = new LintPool(config, size)
    sharedPool = { key, pool }
    return pool
  }

  /** Start the workers (they load the engine in the background). */
  start(): void {
    while (this.workers.length < this.size) this.spawn()
  }

  /** True once some worker can take a job; before that the caller lints on its own thread. */
  get ready(): boolean {
    return !this.closed && this.workers.some((w) => w.ready)
  }

  /** True when a ready worker could start a job now; otherwise the caller's thread is better used. */
  get hasCapacity(): boolean {
    return !this.closed && this.queue.length === 0 && this.workers.some((w) => w.ready && w.inFlight.size < JOBS_PER_WORKER)
  }

  lint(file: string, text: string): Promise<LintJobResult> {
    if (this.closed) return Promise.reject(new PoolUnavailableError('lint pool is closed'))
    clearTimeout(this.idleTimer)
    return new Promise((resolve, reject) => {
      this.queue.push({ resolve, reject, job: { id: this.nextId++, file, text } })
      this.dispatch()
    })
  }

  async close(): Promise<void> {
    clearTimeout(this.idleTimer)
    this.closed = true
    const workers = this.workers.splice(0)
    await Promise.all(workers.map((w) => w.worker.terminate()))
    for (const w of workers) for (const p of w.inFlight.values()) p.reject(new Error('lint pool closed'))
    for (const p of this.queue.splice(0)) p.reject(new Error('lint pool closed'))
  }

  private spawn(): void {
    const { script, evalScript } = workerScript()
    const worker = new Worker(script, { eval: evalScript, workerData: this.config })
    const pooled: PooledWorker = { worker, ready: false, answered: false, inFlight: new Map() }
    this.workers.push(pooled)
    worker.on('message', (reply: ReplyMessage) => {
      if ('ready' in reply) {
        pooled.ready = true
        this.dispatch()
        return
      }
      const pending = pooled.inFlight.get(reply.id)
      if (!pending) return
      pooled.answered = true
      pooled.inFlight.delete(reply.id)
      if (pooled.inFlight.size === 0) worker.unref()
      if ('result' in reply) pending.resolve(reply.result)
      else pending.reject(new Error(reply.error))
      this.dispatch()
    })
    const fail = (error: Error): void => {
      const index = this.workers.indexOf(pooled)
      if (index < 0) return
      this.workers.splice(index, 1)
      // A worker that never answered failed to start: its jobs go back to the caller to lint
      // itself. One that dies mid-way (out of memory on a hostile file) fails its jobs.
      const handBack = pooled.answered ? error : new PoolUnavailableError(error.message)
      for (const p of pooled.inFlight.values()) p.reject(handBack)
      pooled.inFlight.clear()
      if (this.workers.length === 0) for (const p of this.queue.splice(0)) p.reject(new PoolUnavailableError(error.message))
      else this.dispatch()
    }
    worker.on('error', (e) => fail(e instanceof Error ? e : new Error(String(e))))
    worker.on('exit', (code) => {
      if (!this.closed) fail(new Error(`lint worker stopped (exit code ${code})`))
    })
    // An idle worker never keeps the process alive; one with jobs does, or the process could end
    // while awaiting them. After the listeners: adding a 'message' listener refs the worker again.
    worker.unref()
  }

  /** Once nothing is queued or running, close after IDLE_MS unless more work comes. */
  private scheduleIdleClose(): void {
    if (this.queue.length > 0 || this.workers.some((w) => w.inFlight.size > 0)) return
    clearTimeout(this.idleTimer)
    this.idleTimer = setTimeout(() => void this.close(), IDLE_MS)
    this.idleTimer.unref()
  }

  private dispatch(): void {
    this.scheduleIdleClose()
    while (this.queue.length > 0) {
      let target: PooledWorker | undefined
      for (const w of this.workers) {
        if (w.ready && w.inFlight.size < JOBS_PER_WORKER && (!target || w.inFlight.size < target.inFlight.size)) target = w
      }
      if (!target) return
      const pending = this.queue.shift()!
      if (target.inFlight.size === 0) target.worker.ref()
      target.inFlight.set(pending.job.id, pending)
      target.worker.postMessage(pending.job)
    }
  }
}

/**
 * Close the pool kept for a next run, so a one-shot process (the CLI, the action) exits as soon as
 * its work is done instead of when the idle timer fires.
 */
export async function closeSharedPool(): Promise<void> {
  const pool = sharedPool?.pool
  sharedPool = undefined
  await pool?.close()
}
