/**
 * The GitHub API client against the loopback fake GitHub API: the check-run sink through the real
 * Octokit client, its retry hook and createOnce.
 */
import assert from 'node:assert/strict'
import { describe, it } from 'node:test'
import { connectGitHub } from '../../src/github/api.js'
import type { RetryPolicy } from '../../src/github/retry.js'
import { publishCheckRun } from '../../src/github/check-run.js'
import { startFakeGitHub, type FakeGitHub, type FakeGitHubOptions, type RecordedRequest } from '../support/fake-github.js'
import { many, report } from '../sinks/fixtures.js'

const HEAD_SHA = 'e'.repeat(40)
const target = { name: 'velero-hooks lint (job)', headSha: HEAD_SHA, fromFork: false }
const failing = { failed: true, line: 'velero-hooks: 120 errors reach fail-on: error' }
const policy: RetryPolicy = { retries: 3, baseDelayMs: 1, maxDelayMs: 1000, now: () => Date.now(), sleep: async () => {} }

async function withApi(options: FakeGitHubOptions, fn: (api: FakeGitHub, connect: () => ReturnType<typeof connectGitHub>) => Promise<void>): Promise<void> {
  const api = await startFakeGitHub(options)
  try {
    const connect = () => connectGitHub({ token: 'ghs_test', apiUrl: api.url, repository: { owner: 'o', repo: 'r' }, retry: policy })
    await fn(api, connect)
  } finally {
    await api.close()
  }
}

const calls = (requests: RecordedRequest[]): string[] => requests.map((r) => `${r.method} ${r.url.replace(/\?.*/, '')}`)
const isCreate = (r: RecordedRequest): boolean => r.method === 'POST' && r.url.endsWith('/check-runs')

describe('check runs through the GitHub API client', () => {
  it('a create that GitHub carried out but answered 502 is found, not repeated: one run holds every annotation once', async () => {
    let creates = 0
    const override = (r: RecordedRequest) => (isCreate(r) && creates++ === 0 ? { status: 502, body: { message: 'Bad Gateway' }, afterEffect: true } : undefined)
    await withApi({ override }, async (api, connect) => {
      const warnings: string[] = []
      const url = await publishCheckRun(connect, report(many('error', 120)), failing, target, (m) => warnings.push(m))
      assert.deepEqual(warnings, [])
      assert.equal(api.checkRuns.length, 1, 'exactly one check run')
      const [run] = api.checkRuns
      assert.equal(url, `https://github.com/checks/${run!.id}`)
      assert.deepEqual(calls(api.requests), [
        'POST /repos/o/r/check-runs',
        `GET /repos/o/r/commits/${HEAD_SHA}/check-runs`,
        `PATCH /repos/o/r/check-runs/${run!.id}`,
        `PATCH /repos/o/r/check-runs/${run!.id}`,
      ])
      const lookup = new URL(api.requests[1]!.url, 'http://x').searchParams
      assert.equal(lookup.get('check_name'), target.name)
      assert.equal(run!.annotations.length, 120, 'every annotation on the one run')
      const keys = run!.annotations.map((a) => JSON.stringify(a))
      assert.equal(new Set(keys).size, 120, 'none twice')
      assert.equal(run!.status, 'completed')
      assert.equal(run!.conclusion, 'failure')
      assert.match(run!.external_id ?? '', /^velero-hooks:[0-9a-f-]{36}$/)
    })
  })

  it('a create that failed before GitHub carried it out is looked up, then sent again', async () => {
    let creates = 0
    const override = (r: RecordedRequest) => (isCreate(r) && creates++ === 0 ? { status: 500, body: { message: 'Server Error' } } : undefined)
    await withApi({ override }, async (api, connect) => {
      const warnings: string[] = []
      await publishCheckRun(connect, report(many('error', 3)), failing, target, (m) => warnings.push(m))
      assert.deepEqual(warnings, [])
      assert.deepEqual(calls(api.requests), ['POST /repos/o/r/check-runs', `GET /repos/o/r/commits/${HEAD_SHA}/check-runs`, 'POST /repos/o/r/check-runs'])
      assert.equal(api.checkRuns.length, 1)
      assert.equal(api.checkRuns[0]!.annotations.length, 3)
      assert.equal(api.checkRuns[0]!.status, 'completed')
    })
  })

  it('never takes over another run of the same name on the commit (a matrix leg, an earlier attempt)', async () => {
    let creates = 0
    // The first create (the other job's) succeeds; ours fails once before GitHub carried it out.
    const override = (r: RecordedRequest) => (isCreate(r) && creates++ === 1 ? { status: 502, body: { message: 'Bad Gateway' } } : undefined)
    await withApi({ override }, async (api, connect) => {
      await publishCheckRun(connect, report(many('warning', 2)), { failed: false, line: 'velero-hooks: 2 warnings' }, target, () => {})
      await publishCheckRun(connect, report(many('error', 3)), failing, target, () => {})
      assert.equal(api.checkRuns.length, 2)
      assert.deepEqual(
        api.checkRuns.map((r) => [r.name, r.annotations.length, r.conclusion]),
        [
          [target.name, 2, 'success'],
          [target.name, 3, 'failure'],
        ],
      )
      assert.notEqual(api.checkRuns[0]!.external_id, api.checkRuns[1]!.external_id)
    })
  })

  it('retries a failed lookup, and gives up with one warning and no run when GitHub stays down', async () => {
    await withApi({ override: (r) => (r.url.includes('/check-runs') ? { status: 503, body: { message: 'Unavailable' } } : undefined) }, async (api, connect) => {
      const warnings: string[] = []
      await publishCheckRun(connect, report(many('error', 3)), failing, target, (m) => warnings.push(m))
      assert.deepEqual(
        api.requests.map((r) => r.method),
        ['POST', 'GET', 'GET', 'GET'],
        'one retry budget: the create, then lookups only',
      )
      assert.equal(warnings.length, 1)
      assert.match(warnings[0]!, /HTTP 503/)
    })
  })

  it('still retries requests that are safe to repeat (the lookup itself, the pull request files)', async () => {
    let n = 0
    await withApi({ pullFiles: { 7: [{ filename: 'a.yaml' }] }, override: (r) => (r.url.includes('/pulls/') && n++ < 2 ? { status: 502 } : undefined) }, async (api, connect) => {
      const github = await connect()
      assert.deepEqual(
        (await github.listPullRequestFiles(7)).map((f) => f.filename),
        ['a.yaml'],
      )
      assert.equal(api.requests.length, 3)
    })
  })
})
