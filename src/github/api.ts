/**
 * The three GitHub REST calls the action makes, behind an interface so the sinks are tested with
 * plain fakes. @actions/github (Octokit, undici, proxy support) is imported only when a token-using
 * feature runs: most runs never pay for loading it.
 */
import { randomUUID } from 'node:crypto'
import { VERSION } from '../version.js'
import { createOnce, DEFAULT_RETRY_POLICY, FinalApiError, withRetry, type RetryPolicy } from './retry.js'

export type AnnotationLevel = 'notice' | 'warning' | 'failure'

export interface CheckRunAnnotation {
  path: string
  start_line: number
  end_line: number
  start_column?: number
  end_column?: number
  annotation_level: AnnotationLevel
  message: string
  title?: string
  raw_details?: string
}

export interface CheckRunOutput {
  title: string
  summary: string
  text?: string
  annotations?: CheckRunAnnotation[]
}

export type CheckConclusion = 'success' | 'failure' | 'neutral'

export interface CheckRunCreate {
  name: string
  head_sha: string
  status: 'in_progress' | 'completed'
  conclusion?: CheckConclusion
  output: CheckRunOutput
}

export interface CheckRunUpdate {
  status?: 'in_progress' | 'completed'
  conclusion?: CheckConclusion
  output: CheckRunOutput
}

export interface PullRequestFile {
  filename: string
  status: string
  /** Absent for binary files and very large diffs. */
  patch?: string
}

export interface CreatedCheckRun {
  id: number
  url: string | undefined
}

export interface GitHubApi {
  /**
   * Creates the check run exactly once: a retry first looks for the run an earlier attempt may
   * have created (same name and head SHA, and this call's external_id) and returns that one.
   */
  createCheckRun(params: CheckRunCreate): Promise<CreatedCheckRun>
  updateCheckRun(checkRunId: number, params: CheckRunUpdate): Promise<void>
  /** Every page of pulls.listFiles (GitHub stops at 3,000 files). */
  listPullRequestFiles(pullNumber: number): Promise<PullRequestFile[]>
}

export interface ConnectOptions {
  token: string
  apiUrl: string
  repository: { owner: string; repo: string }
  retry?: RetryPolicy
  /** Called before each retry, for the debug log. */
  onRetry?: (delayMs: number, error: unknown) => void
  debug?: (message: string) => void
  /** Time limits (tests shorten them); DEFAULT_API_DEADLINES otherwise. */
  deadlines?: ApiDeadlines
}

export interface ApiDeadlines {
  /** One attempt of one request, from sending it to the last byte of the answer. */
  requestMs: number
  /** Every request of this client together, retries and their waits included. */
  totalMs: number
}

/**
 * undici alone would wait 300 s for headers and again for each body chunk, four attempts over:
 * an API that never answers (or drips) would hold the job for twenty minutes and more.
 */
export const DEFAULT_API_DEADLINES: ApiDeadlines = { requestMs: 30_000, totalMs: 120_000 }

/** Marks a request (in Octokit's `request` options) that the retrying hook must send only once. */
const SINGLE_ATTEMPT = 'velerohooksSingleAttempt'

type Octokit = ReturnType<(typeof import('@actions/github'))['getOctokit']>
type RequestParams = Record<string, unknown> & { request?: Record<string, unknown> }

const seconds = (ms: number): string => `${Math.round(ms / 100) / 10} s`

/**
 * Every attempt gets its own deadline and shares the client's total one (both abort the fetch,
 * body included); the retry waits end when the total deadline passes.
 */
function deadlineGuard(deadlines: ApiDeadlines, policy: RetryPolicy) {
  // Plain timers and controllers: Node 20's AbortSignal.any / AbortSignal.timeout can fail to fire.
  let total: AbortController | undefined
  const overall = (): FinalApiError => new FinalApiError(`the GitHub API did not finish within ${seconds(deadlines.totalMs)}`)
  const startTotal = (): AbortController => {
    const controller = new AbortController()
    setTimeout(() => controller.abort(), deadlines.totalMs).unref()
    return controller
  }
  const attempt = async <P extends RequestParams, T>(request: (params: P) => T | Promise<T>, params: P): Promise<T> => {
    total ??= startTotal() // from the first request on
    if (total.signal.aborted) throw overall()
    const one = new AbortController()
    const timer = setTimeout(() => one.abort(), deadlines.requestMs)
    const stop = (): void => one.abort()
    total.signal.addEventListener('abort', stop, { once: true })
    // Octokit reads a body cut by the abort as empty: an aborted attempt failed even if it "answered".
    const cut = (): Error | undefined =>
      total!.signal.aborted ? overall() : one.signal.aborted ? new Error(`no complete answer within ${seconds(deadlines.requestMs)}`) : undefined
    try {
      // Set on the request's own options: before-after-hook binds them for every inner hook, and
      // ignores what a wrapper passes on (a copy would lose the signal).
      params.request = { ...params.request, signal: one.signal }
      const response = await request(params)
      const error = cut()
      if (error) throw error
      return response
    } catch (error) {
      throw cut() ?? error
    } finally {
      clearTimeout(timer)
      total.signal.removeEventListener('abort', stop)
    }
  }
  const sleep = (ms: number): Promise<void> => {
    const budget = total?.signal
    if (!budget) return policy.sleep(ms)
    const ended = new Promise<void>((resolve) => budget.addEventListener('abort', () => resolve(), { once: true }))
    return Promise.race([policy.sleep(ms), ended])
  }
  return { attempt, policy: { ...policy, sleep } }
}

function shapeError(what: string): FinalApiError {
  return new FinalApiError(`GitHub answered ${what} with something else than the API returns`)
}

function createdRun(run: unknown): CreatedCheckRun {
  const r = run as { id?: unknown; html_url?: unknown } | null
  if (typeof r?.id !== 'number') throw shapeError('a check-run request')
  return { id: r.id, url: typeof r.html_url === 'string' ? r.html_url : undefined }
}

function pullRequestFile(item: unknown): PullRequestFile {
  const f = item as { filename?: unknown; status?: unknown; patch?: unknown } | null
  if (typeof f?.filename !== 'string' || typeof f.status !== 'string' || (f.patch !== undefined && typeof f.patch !== 'string')) {
    throw shapeError('"list pull request files"')
  }
  return { filename: f.filename, status: f.status, ...(f.patch !== undefined ? { patch: f.patch } : {}) }
}

/** The pages of pulls.listFiles, checked: anything but a list of files is a failure, never "no files". */
async function listFiles(octokit: Octokit, owner: string, repo: string, pullNumber: number): Promise<PullRequestFile[]> {
  const files: PullRequestFile[] = []
  const perPage = 100
  for (let page = 1; page <= 3000 / perPage; page++) {
    const response = await octokit.rest.pulls.listFiles({ owner, repo, pull_number: pullNumber, per_page: perPage, ...(page > 1 ? { page } : {}) })
    if (!Array.isArray(response.data)) throw shapeError('"list pull request files"')
    files.push(...(response.data as unknown[]).map(pullRequestFile))
    if (!/\brel="next"/.test(String(response.headers.link ?? ''))) break
  }
  return files
}

export async function connectGitHub(options: ConnectOptions): Promise<GitHubApi> {
  const { getOctokit } = await import('@actions/github')
  const debug = options.debug ?? (() => {})
  const octokit = getOctokit(options.token, {
    baseUrl: options.apiUrl,
    userAgent: `velero-hooks/${VERSION}`,
    // Octokit would print its own warnings to the step log; keep them in the debug log.
    log: { debug: () => {}, info: () => {}, warn: debug, error: debug },
  })
  const { attempt, policy } = deadlineGuard(options.deadlines ?? DEFAULT_API_DEADLINES, options.retry ?? DEFAULT_RETRY_POLICY)
  // Every request is retried here, except those marked as a single attempt (createOnce retries those).
  octokit.hook.wrap('request', (request, params) =>
    params.request?.[SINGLE_ATTEMPT] ? attempt(request, params) : withRetry(async () => attempt(request, params), policy, options.onRetry),
  )
  const once = { request: { [SINGLE_ATTEMPT]: true } }
  const { owner, repo } = options.repository
  return {
    async createCheckRun(params) {
      // Tells this call's run from any other of the same name on the commit (a re-run, a matrix leg).
      const externalId = `velero-hooks:${randomUUID()}`
      return createOnce(
        async () => createdRun((await octokit.rest.checks.create({ owner, repo, ...params, external_id: externalId, ...once })).data),
        async () => {
          const { data } = await octokit.rest.checks.listForRef({ owner, repo, ref: params.head_sha, check_name: params.name, filter: 'all', per_page: 100, ...once })
          if (!Array.isArray(data?.check_runs)) throw shapeError('"list check runs"')
          const run = data.check_runs.find((r) => r?.external_id === externalId)
          return run && createdRun(run)
        },
        policy,
        options.onRetry,
      )
    },
    async updateCheckRun(checkRunId, params) {
      await octokit.rest.checks.update({ owner, repo, check_run_id: checkRunId, ...params })
    },
    listPullRequestFiles: async (pullNumber) => listFiles(octokit, owner, repo, pullNumber),
  }
}
