/**
 * When to try a GitHub API request again. The action makes a handful of sequential requests, so a
 * small policy is enough (no request queue, which is what @octokit/plugin-throttling adds):
 * - rate limits (429, or 403 with rate-limit headers): wait what GitHub asks for, if that is short;
 * - server errors and network failures (5xx): back off exponentially;
 * - anything else (401, 403 without rate-limit headers, 404, 422): do not retry.
 * A request that creates something is retried only after looking for what it may have created
 * (createOnce).
 */

export interface RetryPolicy {
  /** Attempts after the first. */
  retries: number
  /** First backoff for server errors; doubles on each retry. */
  baseDelayMs: number
  /** Give up rather than wait longer than this for one retry (a rate limit that resets in an hour). */
  maxDelayMs: number
  now: () => number
  sleep: (ms: number) => Promise<void>
}

export const DEFAULT_RETRY_POLICY: RetryPolicy = {
  retries: 3,
  baseDelayMs: 500,
  maxDelayMs: 60_000,
  now: () => Date.now(),
  sleep: (ms) => new Promise((resolve) => setTimeout(resolve, ms)),
}

/** The parts of an Octokit RequestError this policy looks at. */
interface HttpFailure {
  status?: unknown
  response?: { headers?: Record<string, string | number | undefined> }
}

function header(error: HttpFailure, name: string): string | undefined {
  const value = error.response?.headers?.[name]
  return value === undefined ? undefined : String(value)
}

export function isRateLimited(error: unknown): boolean {
  const e = error as HttpFailure
  if (e?.status === 429) return true
  return e?.status === 403 && (header(e, 'x-ratelimit-remaining') === '0' || header(e, 'retry-after') !== undefined)
}

/**
 * A failure that no retry can mend: the deadline for all API work has passed, or GitHub answered
 * with something that is not what the endpoint returns.
 */
export class FinalApiError extends Error {
  readonly final = true
}

/** Milliseconds to wait before retry number `attempt` (0-based), or undefined to give up. */
export function retryDelayMs(error: unknown, attempt: number, policy: RetryPolicy): number | undefined {
  if (attempt >= policy.retries || error instanceof FinalApiError) return undefined
  const e = error as HttpFailure
  const backoff = policy.baseDelayMs * 2 ** attempt
  let delay: number | undefined
  if (isRateLimited(e)) {
    const retryAfter = Number(header(e, 'retry-after'))
    const reset = Number(header(e, 'x-ratelimit-reset'))
    if (header(e, 'retry-after') !== undefined && Number.isFinite(retryAfter)) delay = Math.max(0, retryAfter * 1000)
    else if (header(e, 'x-ratelimit-remaining') === '0' && Number.isFinite(reset)) delay = Math.max(0, reset * 1000 - policy.now())
    else delay = backoff
  } else if (typeof e?.status === 'number' && e.status >= 500) {
    delay = backoff
  } else if (e?.status === undefined) {
    delay = backoff // no response at all: a network failure
  }
  return delay !== undefined && delay <= policy.maxDelayMs ? delay : undefined
}

export async function withRetry<T>(request: () => Promise<T>, policy: RetryPolicy, onRetry?: (delayMs: number, error: unknown) => void): Promise<T> {
  for (let attempt = 0; ; attempt++) {
    try {
      return await request()
    } catch (error) {
      const delay = retryDelayMs(error, attempt, policy)
      if (delay === undefined) throw error
      onRetry?.(delay, error)
      await policy.sleep(delay)
    }
  }
}

/**
 * Runs a request that creates something (a check run) so that it never creates it twice. A failed
 * attempt may still have done its work: GitHub can answer 502 or drop the connection after
 * creating the run. So before each retry `find` looks for what an earlier attempt may have made,
 * and only when it finds nothing is `create` tried again. `create` and `find` must each make a
 * single attempt: this loop does the retrying (with the same policy as withRetry), and a failed
 * `find` counts as a failed attempt, never as "not found".
 */
export async function createOnce<T>(
  create: () => Promise<T>,
  find: () => Promise<T | undefined>,
  policy: RetryPolicy,
  onRetry?: (delayMs: number, error: unknown) => void,
): Promise<T> {
  let attempted = false
  return withRetry(
    async () => {
      if (attempted) {
        const found = await find()
        if (found !== undefined) return found
      }
      attempted = true
      return create()
    },
    policy,
    onRetry,
  )
}
