/**
 * Worker threads that lint files in parallel: the main thread discovers, reads and pre-filters;
 * workers (and the main thread, when they are all busy) parse, model and check, and send back only
 * findings, counts and the file's facts for the repository model (plain data, by structured clone;
 * parsed documents never cross threads). They also read the facts alone of files that were not
 * linted (factsOfText), when the repository's Velero objects need them.
 *
 * The engine does not know where its worker is or which rules exist: the program's entry names
 * a worker file (a plain script that calls serveLintJobs, bundled by ncc as its own entry) and how
 * a rule set crosses to it, through useLintWorkers(). Without that, runLint uses this thread only.
 */
import { existsSync } from 'node:fs'
import { availableParallelism } from 'node:os'
import { fileURLToPath } from 'node:url'
import { parentPort, Worker, workerData } from 'node:worker_threads'
import { lintTextCounts, type FileCounts } from './lint-text.js'
import { factsOfText } from './repo-facts.js'
import { reviveFileFacts, type FileFacts } from './repo-model.js'
import type { RuleSet } from './rule-set.js'

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
 * How many workers a run gets: `requested`, capped at the cores Node may use and at MAX_WORKERS.
 * By default one per core but this thread's, which checks files too (none on one core).
 */
export function workerCount(requested: number | undefined): number {
  const cores = availableParallelism()
  return Math.max(0, Math.min(requested ?? cores - 1, cores, MAX_WORKERS))
}

interface Job {
  id: number
  file: string
  text: string
  /** 'facts': only the file's facts (factsOfText), no lint. */
  task?: 'facts'
}

type Reply = { ready: true } | { id: number; result: FileCounts } | { id: number; facts: FileFacts } | { id: number; error: string }

interface Pending {
  job: Job
  resolve(result: FileCounts | FileFacts): void
  reject(error: Error): void
}

/** A job's answer, wherever it runs. */
function runJob(job: Job, ruleSet: RuleSet): FileCounts | FileFacts {
  return job.task === 'facts' ? factsOfText(job.file, job.text) : lintTextCounts(job.file, job.text, ruleSet)
}

/** An answer as it arrives from a worker: maps that were made without a prototype get none again. */
function revive(reply: FileCounts | FileFacts, job: Job): FileCounts | FileFacts {
  if (job.task === 'facts') return reviveFileFacts(reply as FileFacts)
  const counts = reply as FileCounts
  return counts.facts ? { ...counts, facts: reviveFileFacts(counts.facts) } : counts
}

interface PooledWorker {
  worker: Worker
  /** Set by the worker's first message: its script loaded and it serves jobs. Only then it gets jobs. */
  ready: boolean
  inFlight: Map<number, Pending>
}

/**
 * Workers plus this thread: a job goes to a ready worker with room, and otherwise this thread
 * checks it, one job per event-loop turn so that the workers' replies (and their next jobs) are
 * handled in between. So this thread is busy while the workers load, and every job is done even
 * if no worker ever starts.
 */
export class LintPool {
  private readonly workers: PooledWorker[] = []
  private readonly queue: Pending[] = []
  private nextId = 1
  private closed = false
  private warned = false
  private localTurn: NodeJS.Immediate | undefined
  private readonly readyWaiters: ((serving: boolean) => void)[] = []

  private constructor(private readonly ruleSet: RuleSet) {}

  /**
   * A pool of up to `size` workers for this rule set, or undefined when there is nothing to
   * start: no worker configured (useLintWorkers), its file missing (running from source), size 0,
   * or a rule set that cannot cross threads. Workers load in the background.
   */
  static start(ruleSet: RuleSet, size: number, workers: LintWorkers | undefined = configured): LintPool | undefined {
    if (!workers || size < 1 || !existsSync(fileURLToPath(workers.file))) return undefined
    const data = workers.workerData(ruleSet)
    if (data === undefined) return undefined
    const pool = new LintPool(ruleSet)
    try {
      for (let i = 0; i < size; i++) pool.spawn(workers.file, data)
    } catch (e) {
      // Node refused a thread (out of resources): the workers started so far serve, if any.
      if (pool.workers.length === 0) pool.warn(`no lint worker could start (${(e as Error)?.message ?? String(e)})`)
    }
    return pool
  }

  lint(file: string, text: string): Promise<FileCounts> {
    return this.submit({ id: this.nextId++, file, text }) as Promise<FileCounts>
  }

  /** The facts alone of a file that is not linted (factsOfText). */
  facts(file: string, text: string): Promise<FileFacts> {
    return this.submit({ id: this.nextId++, file, text, task: 'facts' }) as Promise<FileFacts>
  }

  private submit(job: Job): Promise<FileCounts | FileFacts> {
    if (this.closed) return Promise.reject(new Error('the lint pool is closed'))
    return new Promise((resolve, reject) => {
      this.queue.push({ job, resolve, reject })
      this.dispatch()
    })
  }

  /** Resolves once a worker serves (true) or none is left that could (false). */
  whenReady(): Promise<boolean> {
    return new Promise((resolve) => {
      this.readyWaiters.push(resolve)
      this.settleWaiters()
    })
  }

  private settleWaiters(): void {
    const serving = this.workers.some((w) => w.ready) ? true : this.workers.length === 0 ? false : undefined
    if (serving !== undefined) for (const resolve of this.readyWaiters.splice(0)) resolve(serving)
  }

  /** Stop every worker; jobs not answered yet fail. */
  async close(): Promise<void> {
    this.closed = true
    clearImmediate(this.localTurn)
    const workers = this.workers.splice(0)
    await Promise.all(workers.map((w) => w.worker.terminate()))
    const pending = [...this.queue.splice(0), ...workers.flatMap((w) => [...w.inFlight.values()])]
    for (const p of pending) p.reject(new Error('the lint pool closed'))
    this.settleWaiters()
  }

  private spawn(file: URL, data: unknown): void {
    const pooled: PooledWorker = { worker: new Worker(file, { workerData: data }), ready: false, inFlight: new Map() }
    this.workers.push(pooled)
    pooled.worker.on('message', (reply: Reply) => {
      if ('ready' in reply) {
        pooled.ready = true
        this.settleWaiters()
      }
      const pending = 'id' in reply ? pooled.inFlight.get(reply.id) : undefined
      if (pending && 'id' in reply) {
        pooled.inFlight.delete(reply.id)
        if ('error' in reply) pending.reject(new Error(reply.error))
        else pending.resolve(revive('result' in reply ? reply.result : reply.facts, pending.job))
      }
      this.dispatch()
    })
    pooled.worker.on('error', (e: unknown) => this.lose(pooled, e instanceof Error ? e : new Error(String(e))))
    pooled.worker.on('exit', (code) => this.lose(pooled, new Error(`the lint worker stopped (exit code ${code})`)))
  }

  /**
   * A worker failed. One that never got ready could not start (a broken script, which would
   * otherwise go unnoticed): a warning, and this thread does its share. One that was serving died
   * on a job (out of memory on a hostile file): that job fails with the reason.
   */
  private lose(pooled: PooledWorker, error: Error): void {
    const index = this.workers.indexOf(pooled)
    if (this.closed || index < 0) return
    this.workers.splice(index, 1)
    void pooled.worker.terminate()
    if (!pooled.ready) this.warn(`a lint worker could not start (${error.message})`)
    for (const p of pooled.inFlight.values()) p.reject(new Error(`the lint worker failed: ${error.message}`))
    this.settleWaiters()
    this.dispatch()
  }

  /** Queued jobs to the least busy ready workers with room; what is left, to this thread's next turn. */
  private dispatch(): void {
    while (this.queue.length > 0) {
      let target: PooledWorker | undefined
      for (const w of this.workers) if (w.ready && w.inFlight.size < JOBS_PER_WORKER && (!target || w.inFlight.size < target.inFlight.size)) target = w
      if (!target) break
      const pending = this.queue.shift()!
      target.inFlight.set(pending.job.id, pending)
      target.worker.postMessage(pending.job)
    }
    if (this.queue.length > 0 && !this.localTurn && !this.closed) this.localTurn = setImmediate(() => this.lintHere())
  }

  /** Once per pool: a worker that cannot start is a broken build, not a broken file. */
  private warn(what: string): void {
    if (this.warned) return
    this.warned = true
    process.emitWarning(`${what}; its files are checked on the main thread`, { code: WARNING_CODE })
  }

  /** One queued job checked on this thread, in an event-loop turn of its own. */
  private lintHere(): void {
    this.localTurn = undefined
    const pending = this.queue.shift()
    if (pending) {
      try {
        pending.resolve(runJob(pending.job, this.ruleSet))
      } catch (e) {
        pending.reject(e instanceof Error ? e : new Error(String(e)))
      }
    }
    this.dispatch()
  }
}

/**
 * The worker side, called by the worker script: lint each file the pool sends with the rule set
 * made from workerData, and answer with its findings, counts and facts (or the error that stopped
 * it); for a facts job, the facts alone.
 */
export function serveLintJobs(ruleSetFrom: (data: unknown) => RuleSet): void {
  if (!parentPort) throw new Error('serveLintJobs runs in a lint worker thread')
  const port = parentPort
  const ruleSet = ruleSetFrom(workerData)
  port.on('message', (job: Job) => {
    let reply: Reply
    try {
      const answer = runJob(job, ruleSet)
      reply = job.task === 'facts' ? { id: job.id, facts: answer as FileFacts } : { id: job.id, result: answer as FileCounts }
    } catch (e) {
      reply = { id: job.id, error: e instanceof Error ? `${e.name}: ${e.message}` : String(e) }
    }
    port.postMessage(reply)
  })
  port.postMessage({ ready: true } satisfies Reply)
}
