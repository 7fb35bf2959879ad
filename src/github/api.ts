/**
 * The three GitHub REST calls the action makes, behind an interface so the sinks are tested with
 * plain fakes. @actions/github (Octokit, undici, proxy support) is imported only when a token-using
 * feature runs: most runs never pay for loading it.
 */
import { randomUUID } from 'node:crypto'
import { VERSION } from '../version.js'
import { createOnce, DEFAULT_RETRY_POLICY, withRetry, type RetryPolicy } from './retry.js'

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
}

/** Marks a request (in Octokit's `request` options) that the retrying hook must send only once. */
const SINGLE_ATTEMPT = 'velerohooksSingleAttempt'

export async function connectGitHub(options: ConnectOptions): Promise<GitHubApi> {
  const { getOctokit } = await import('@actions/github')
  const debug = options.debug ?? (() => {})
  const octokit = getOctokit(options.token, {
    baseUrl: options.apiUrl,
    userAgent: `velero-hooks/${VERSION}`,
    // Octokit would print its own warnings to the step log; keep them in the debug log.
    log: { debug: () => {}, info: () => {}, warn: debug, error: debug },
  })
  const policy = options.retry ?? DEFAULT_RETRY_POLICY
  // Every request is retried here, except those marked as a single attempt (createOnce retries those).
  octokit.hook.wrap('request', (request, params) =>
    params.request?.[SINGLE_ATTEMPT] ? request(params) : withRetry(async () => request(params), policy, options.onRetry),
  )
  const once = { request: { [SINGLE_ATTEMPT]: true } }
  const { owner, repo } = options.repository
  const created = (run: { id: number; html_url: string | null }): CreatedCheckRun => ({ id: run.id, url: run.html_url ?? undefined })
  return {
    async createCheckRun(params) {
      // Tells this call's run from any other of the same name on the commit (a re-run, a matrix leg).
      const externalId = `velero-hooks:${randomUUID()}`
      return createOnce(
        async () => created((await octokit.rest.checks.create({ owner, repo, ...params, external_id: externalId, ...once })).data),
        async () => {
          const { data } = await octokit.rest.checks.listForRef({ owner, repo, ref: params.head_sha, check_name: params.name, filter: 'all', per_page: 100, ...once })
          const run = data.check_runs.find((r) => r.external_id === externalId)
          return run && created(run)
        },
        policy,
        options.onRetry,
      )
    },
    async updateCheckRun(checkRunId, params) {
      await octokit.rest.checks.update({ owner, repo, check_run_id: checkRunId, ...params })
    },
    async listPullRequestFiles(pullNumber) {
      const files = await octokit.paginate(octokit.rest.pulls.listFiles, { owner, repo, pull_number: pullNumber, per_page: 100 })
      return files.map((f) => ({ filename: f.filename, status: f.status, ...(f.patch !== undefined ? { patch: f.patch } : {}) }))
    },
  }
}
