/**
 * The three GitHub REST calls the action makes, behind an interface so the sinks are tested with
 * plain fakes. @actions/github (Octokit, undici, proxy support) is imported only when a token-using
 * feature runs: most runs never pay for loading it.
 */
import { VERSION } from '../version.js'
import { DEFAULT_RETRY_POLICY, withRetry, type RetryPolicy } from './retry.js'

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

export interface GitHubApi {
  createCheckRun(params: CheckRunCreate): Promise<{ id: number; url: string | undefined }>
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
  octokit.hook.wrap('request', (request, params) => withRetry(async () => request(params), policy, options.onRetry))
  const { owner, repo } = options.repository
  return {
    async createCheckRun(params) {
      const { data } = await octokit.rest.checks.create({ owner, repo, ...params })
      return { id: data.id, url: data.html_url ?? undefined }
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
