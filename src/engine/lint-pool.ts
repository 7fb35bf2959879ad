/**
 * Worker threads that lint files in parallel: the main thread discovers, reads and pre-filters;
 * workers parse, model and check, and send back only findings and counts (parsed documents never
 * cross threads).
 *
 * The engine does not know where its worker is or which rules exist: the program's entry names
 * a worker file (a plain script that calls serveLintJobs, bundled by ncc as its own entry) and how
 * a rule set crosses to it, through useLintWorkers(). Without that, runLint uses this thread only.
 */
import { existsSync } from 'node:fs'
import { availableParallelism } from 'node:os'
import { fileURLToPath } from 'node:url'
import { parentPort, Worker, workerData } from 'node:worker_threads'
import { lintTextCounts, type FileCounts, type RuleSet } from './lint-text.js'

/**
 * At most this many workers, whatever is asked (`--workers 2000` starts at most this many, and
 * never more than the cores Node may use): each worker is a heap of its own, and parsing does not
 * get faster with more threads than cores.
 */
export const MAX_WORKERS = 8
/** Jobs a worker holds at once: its next job is there when it answers the current one. */
const JOBS_PER_WORKER = 2
const WARNING_CODE = 'VELERO_HOOKS_LINT_WORKER'

/** What a pool runs, as the program's entry describes it. */
export interface LintWorkers {
  /** The worker script: it calls serveLintJobs. */
  file: URL
  /** The rule set as workerData (structured-cloneable), or undefined when it cannot cross threads. */
  workerData(ruleSet: RuleSet): unknown
}

let configured: LintWorkers | undefined

/** Called once by the program's entry: the worker file and how rule sets cross to it. */
export function useLintWorkers(workers: LintWorkers | undefined): void {
  configured = workers
}

/**
 * How many workers a run gets: `requested` (undefined: one per core), capped at the cores Node may
 * use and at MAX_WORKERS.
 */
export function workerCount(requested: number | undefined): number {
  const cap = Math.min(availableParallelism(), MAX_WORKERS)
  return Math.max(0, Math.min(requested ?? cap, cap))
}

/** The pool could not lint the file (its workers could not start): the caller lints it itself. */
export class PoolUnavailableError extends Error {
  override name = 'PoolUnavailableError'
}

interface Job {
  id: number
  file: string
  text: string
}

type Reply = { ready: true } | { id: number; result: FileCounts } | { id: number; error: string }

interface Pending {
  job: Job
  resolve(result: FileCounts): void
  reject(error: Error): void
}

interface PooledWorker {
  worker: Worker
  /** Set by the worker's first message: its script loaded and it serves jobs. */
  ready: boolean
  inFlight: Map<number, Pending>
}

export class LintPool {
  private readonly workers: PooledWorker[] = []
  private readonly queue: Pending[] = []
  private nextId = 1
  private closed = false
  private warned = false

  private constructor() {}

  /**
   * A started pool of `size` workers for this rule set, or undefined when there is nothing to
   * start: no worker configured (useLintWorkers), its file missing (running from source), size 0,
   * or a rule set that cannot cross threads.
   */
  static start(ruleSet: RuleSet, size: number, workers: LintWorkers | undefined = configured): LintPool | undefined {
    if (!workers || size < 1 || !existsSync(fileURLToPath(workers.file))) return undefined
    const data = workers.workerData(ruleSet)
    if (data === undefined) return undefined
    const pool = new LintPool()
    try {
      for (let i = 0; i < size; i++) pool.spawn(workers.file, data)
    } catch (e) {
      // Node refused a thread (out of resources): the workers started so far serve, if any.
      if (pool.workers.length > 0) return pool
      process.emitWarning(`no lint worker could start (${(e as Error)?.message ?? String(e)}); files are checked on the main thread`, { code: WARNING_CODE })
      return undefined
    }
    return pool
  }

  lint(file: string, text: string): Promise<FileCounts> {
    if (this.closed || this.workers.length === 0) return Promise.reject(new PoolUnavailableError('the lint pool is closed'))
    return new Promise((resolve, reject) => {
      this.queue.push({ job: { id: this.nextId++, file, text }, resolve, reject })
      this.dispatch()
    })
  }

  /** Stop every worker; jobs not answered yet fail with PoolUnavailableError. */
  async close(): Promise<void> {
    this.closed = true
    const workers = this.workers.splice(0)
    await Promise.all(workers.map((w) => w.worker.terminate()))
    for (const w of workers) this.giveBack(w.inFlight.values(), new PoolUnavailableError('the lint pool closed'))
    this.giveBack(this.queue.splice(0), new PoolUnavailableError('the lint pool closed'))
  }

  private spawn(file: URL, data: unknown): void {
    const pooled: PooledWorker = { worker: new Worker(file, { workerData: data }), ready: false, inFlight: new Map() }
    this.workers.push(pooled)
    pooled.worker.on('message', (reply: Reply) => {
      if ('ready' in reply) {
        pooled.ready = true
        return
      }
      const pending = pooled.inFlight.get(reply.id)
      if (!pending) return
      pooled.inFlight.delete(reply.id)
      if ('result' in reply) pending.resolve(reply.result)
      else pending.reject(new Error(reply.error))
      this.dispatch()
    })
    pooled.worker.on('error', (e: unknown) => this.lose(pooled, e instanceof Error ? e : new Error(String(e))))
    pooled.worker.on('exit', (code) => this.lose(pooled, new Error(`the lint worker stopped (exit code ${code})`)))
  }

  /**
   * A worker failed. One that never got ready could not start (a broken script): its jobs go back
   * to the caller to lint itself, with a warning (a broken build would otherwise go unnoticed).
   * One that was serving died on a job (out of memory on a hostile file): those jobs fail with
   * the reason. Once no worker is left, the queue goes back to the caller.
   */
  private lose(pooled: PooledWorker, error: Error): void {
    const index = this.workers.indexOf(pooled)
    if (this.closed || index < 0) return
    this.workers.splice(index, 1)
    void pooled.worker.terminate()
    if (!pooled.ready && !this.warned) {
      this.warned = true
      process.emitWarning(`a lint worker could not start (${error.message}); its files are checked on the main thread`, { code: WARNING_CODE })
    }
    this.giveBack(pooled.inFlight.values(), pooled.ready ? new Error(`the lint worker failed: ${error.message}`) : new PoolUnavailableError(`the lint worker could not start: ${error.message}`))
    if (this.workers.length === 0) this.giveBack(this.queue.splice(0), new PoolUnavailableError(`no lint worker left: ${error.message}`))
    else this.dispatch()
  }

  private giveBack(pending: Iterable<Pending>, error: Error): void {
    for (const p of [...pending]) p.reject(error)
  }

  /** Hand queued jobs to the least busy workers that have room. */
  private dispatch(): void {
    while (this.queue.length > 0) {
      let target: PooledWorker | undefined
      for (const w of this.workers) if (w.inFlight.size < JOBS_PER_WORKER && (!target || w.inFlight.size < target.inFlight.size)) target = w
      if (!target) return
      const pending = this.queue.shift()!
      target.inFlight.set(pending.job.id, pending)
      target.worker.postMessage(pending.job)
    }
  }
}

/**
 * The worker side, called by the worker script: lint each file the pool sends with the rule set
 * made from workerData, and answer with its findings and counts (or the error that stopped it).
 */
export function serveLintJobs(ruleSetFrom: (data: unknown) => RuleSet): void {
  if (!parentPort) throw new Error('serveLintJobs runs in a lint worker thread')
  const port = parentPort
  const ruleSet = ruleSetFrom(workerData)
  port.on('message', (job: Job) => {
    let reply: Reply
    try {
      reply = { id: job.id, result: lintTextCounts(job.file, job.text, ruleSet) }
    } catch (e) {
      reply = { id: job.id, error: e instanceof Error ? `${e.name}: ${e.message}` : String(e) }
    }
    port.postMessage(reply)
  })
  port.postMessage({ ready: true } satisfies Reply)
}
