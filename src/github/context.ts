/**
 * What the runner tells the step about the workflow run: event, repository, commit, pull request.
 * Read from the environment and the event payload directly, so the common path (no token needed)
 * never loads @actions/github.
 */
import { readFileSync } from 'node:fs'

export interface PullRequestRef {
  number: number
  /** The commit the checked-out files come from (GITHUB_SHA is the test merge commit instead). */
  headSha: string | undefined
  /** True when the head branch lives in another repository: GITHUB_TOKEN is then read-only. */
  fromFork: boolean
}

export interface RunContext {
  eventName: string
  repository: { owner: string; repo: string } | undefined
  sha: string | undefined
  serverUrl: string
  apiUrl: string
  job: string | undefined
  pullRequest: PullRequestRef | undefined
}

const PULL_REQUEST_EVENTS = new Set(['pull_request', 'pull_request_target'])

interface PullRequestPayload {
  number?: unknown
  head?: { sha?: unknown; repo?: { full_name?: unknown } | null }
  base?: { repo?: { full_name?: unknown } | null }
}

function readPayload(eventPath: string | undefined, onProblem: (message: string) => void): Record<string, unknown> {
  if (!eventPath) return {}
  try {
    const payload: unknown = JSON.parse(readFileSync(eventPath, 'utf8'))
    return payload && typeof payload === 'object' ? (payload as Record<string, unknown>) : {}
  } catch (e) {
    onProblem(`could not read the event payload ${eventPath}: ${(e as Error).message}`)
    return {}
  }
}

function pullRequestOf(payload: Record<string, unknown>): PullRequestRef | undefined {
  const pr = payload.pull_request as PullRequestPayload | undefined
  if (!pr || typeof pr !== 'object') return undefined
  const number = typeof pr.number === 'number' ? pr.number : typeof payload.number === 'number' ? payload.number : undefined
  if (number === undefined) return undefined
  const head = typeof pr.head?.repo?.full_name === 'string' ? pr.head.repo.full_name : undefined
  const base = typeof pr.base?.repo?.full_name === 'string' ? pr.base.repo.full_name : undefined
  return {
    number,
    headSha: typeof pr.head?.sha === 'string' ? pr.head.sha : undefined,
    // A deleted fork leaves head.repo null; treat it as a fork too.
    fromFork: head === undefined || (base !== undefined && head.toLowerCase() !== base.toLowerCase()),
  }
}

export function readRunContext(env: NodeJS.ProcessEnv = process.env, onProblem: (message: string) => void = () => {}): RunContext {
  const eventName = env.GITHUB_EVENT_NAME ?? ''
  const payload = readPayload(env.GITHUB_EVENT_PATH, onProblem)
  const [owner, repo, ...rest] = (env.GITHUB_REPOSITORY ?? '').split('/')
  return {
    eventName,
    repository: owner && repo && rest.length === 0 ? { owner, repo } : undefined,
    sha: env.GITHUB_SHA || undefined,
    serverUrl: (env.GITHUB_SERVER_URL || 'https://github.com').replace(/\/+$/, ''),
    apiUrl: (env.GITHUB_API_URL || 'https://api.github.com').replace(/\/+$/, ''),
    job: env.GITHUB_JOB || undefined,
    pullRequest: PULL_REQUEST_EVENTS.has(eventName) ? pullRequestOf(payload) : undefined,
  }
}

/** The commit whose files the step sees: the pull request head, or GITHUB_SHA on other events. */
export function contentSha(context: RunContext): string | undefined {
  return context.pullRequest?.headSha ?? context.sha
}
