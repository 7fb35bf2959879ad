import assert from 'node:assert/strict'
import { describe, it } from 'node:test'
import { createOnce, isRateLimited, retryDelayMs, withRetry, type RetryPolicy } from '../../src/github/retry.js'

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

describe('createOnce: a create that must not happen twice', () => {
  /** A create and a find over a fake server; `outcomes` says what each create does (true: it made the thing). */
  function server(createOutcomes: Array<{ made: boolean; error?: Error }>, findErrors: Array<Error | undefined> = []) {
    const made: string[] = []
    const log: string[] = []
    return {
      made,
      log,
      create: async () => {
        log.push('create')
        const outcome = createOutcomes.shift() ?? { made: true }
        if (outcome.made) made.push(`thing-${made.length + 1}`)
        if (outcome.error) throw outcome.error
        return made.at(-1)!
      },
      find: async () => {
        log.push('find')
        const error = findErrors.shift()
        if (error) throw error
        return made.at(-1)
      },
    }
  }

  it('creates once when the first attempt succeeds, without looking anything up', async () => {
    const s = server([{ made: true }])
    assert.equal(await createOnce(s.create, s.find, policy), 'thing-1')
    assert.deepEqual(s.log, ['create'])
  })

  it('after a 502 that did create, returns what was created instead of creating again', async () => {
    const s = server([{ made: true, error: failure(502) }])
    assert.equal(await createOnce(s.create, s.find, policy), 'thing-1')
    assert.deepEqual(s.log, ['create', 'find'])
    assert.deepEqual(s.made, ['thing-1'])
  })

  it('after a failure that created nothing (5xx, network, rate limit), looks first, then creates again', async () => {
    for (const error of [failure(502), failure(undefined), failure(429, { 'retry-after': '0' })]) {
      const s = server([{ made: false, error }, { made: true }])
      assert.equal(await createOnce(s.create, s.find, policy), 'thing-1')
      assert.deepEqual(s.log, ['create', 'find', 'create'])
    }
  })

  it('never creates again without a lookup that succeeded: a failed lookup is a failed attempt', async () => {
    const waits: number[] = []
    const s = server([{ made: false, error: failure(500) }, { made: true }], [failure(503), failure(503)])
    assert.equal(await createOnce(s.create, s.find, { ...policy, sleep: async (ms) => void waits.push(ms) }), 'thing-1')
    assert.deepEqual(s.log, ['create', 'find', 'find', 'find', 'create'])
    assert.deepEqual(waits, [100, 200, 400], 'one retry budget for creates and lookups together')
  })

  it('does not retry a client error, and gives up when the retries run out', async () => {
    const forbidden = server([{ made: false, error: failure(403) }])
    await assert.rejects(createOnce(forbidden.create, forbidden.find, policy), /HTTP 403/)
    assert.deepEqual(forbidden.log, ['create'])
    const down = server([{ made: false, error: failure(500) }], [failure(500), failure(500), failure(500)])
    await assert.rejects(createOnce(down.create, down.find, policy), /HTTP 500/)
    assert.deepEqual(down.log, ['create', 'find', 'find', 'find'])
    assert.deepEqual(down.made, [])
  })
})
