import assert from 'node:assert/strict'
import { describe, it } from 'node:test'
import { isRateLimited, retryDelayMs, withRetry, type RetryPolicy } from '../../src/github/retry.js'

const NOW = 1_800_000_000_000
const policy: RetryPolicy = { retries: 3, baseDelayMs: 100, maxDelayMs: 10_000, now: () => NOW, sleep: async () => {} }
const failure = (status: number | undefined, headers: Record<string, string> = {}) => Object.assign(new Error(`HTTP ${status}`), { status, response: { headers } })

describe('GitHub API retry policy', () => {
  it('backs off exponentially on 5xx and network failures', () => {
    assert.deepEqual([0, 1, 2].map((a) => retryDelayMs(failure(502), a, policy)), [100, 200, 400])
    assert.equal(retryDelayMs(failure(undefined), 0, policy), 100)
    assert.equal(retryDelayMs(failure(500), 3, policy), undefined, 'gives up after the last retry')
  })

  it('does not retry client errors, including a 403 without rate-limit headers', () => {
    for (const status of [400, 401, 403, 404, 422]) assert.equal(retryDelayMs(failure(status), 0, policy), undefined, String(status))
    assert.equal(isRateLimited(failure(403)), false)
  })

  it('waits what a rate limit asks for, and gives up when that is too long', () => {
    assert.equal(retryDelayMs(failure(429, { 'retry-after': '3' }), 0, policy), 3000)
    assert.equal(retryDelayMs(failure(403, { 'retry-after': '2' }), 0, policy), 2000, 'secondary rate limit')
    assert.equal(retryDelayMs(failure(403, { 'x-ratelimit-remaining': '0', 'x-ratelimit-reset': String(NOW / 1000 + 5) }), 0, policy), 5000)
    assert.equal(retryDelayMs(failure(403, { 'x-ratelimit-remaining': '0', 'x-ratelimit-reset': String(NOW / 1000 + 3600) }), 0, policy), undefined)
    assert.equal(retryDelayMs(failure(429), 1, policy), 200, 'no header: backoff')
  })

  it('retries until success and reports each wait', async () => {
    const waits: number[] = []
    let calls = 0
    const result = await withRetry(
      async () => {
        calls++
        if (calls < 3) throw failure(503)
        return 'ok'
      },
      { ...policy, sleep: async (ms) => void waits.push(ms) },
    )
    assert.equal(result, 'ok')
    assert.deepEqual(waits, [100, 200])
  })

  it('rethrows the last error when retries run out', async () => {
    let calls = 0
    await assert.rejects(
      withRetry(async () => {
        calls++
        throw failure(500)
      }, policy),
      /HTTP 500/,
    )
    assert.equal(calls, 4)
  })
})
