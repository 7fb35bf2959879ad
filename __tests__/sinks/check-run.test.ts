import assert from 'node:assert/strict'
import { describe, it } from 'node:test'
import type { CheckRunCreate, CheckRunUpdate, GitHubApi } from '../../src/github/api.js'
import { checkRunAnnotation, MAX_CHECK_RUN_ANNOTATIONS, publishCheckRun } from '../../src/github/check-run.js'
import { finding, many, report } from './fixtures.js'

const target = { name: 'velero-hooks lint (job)', headSha: 'f'.repeat(40), fromFork: false }
const failing = { failed: true, line: 'velero-hooks: 3 errors reach fail-on: error' }

function fakeApi(fail?: (call: number) => unknown) {
  const calls: Array<{ kind: 'create'; params: CheckRunCreate } | { kind: 'update'; id: number; params: CheckRunUpdate }> = []
  const maybeFail = (): void => {
    const error = fail?.(calls.length)
    if (error) throw error
  }
  const api: GitHubApi = {
    async createCheckRun(params) {
      calls.push({ kind: 'create', params })
      maybeFail()
      return { id: 42, url: 'https://github.example/runs/42' }
    },
    async updateCheckRun(id, params) {
      calls.push({ kind: 'update', id, params })
      maybeFail()
    },
    async listPullRequestFiles() {
      throw new Error('not used')
    },
  }
  return { api, calls }
}

describe('check-run sink', () => {
  it('creates with 50, updates with the rest, completes in the last request', async () => {
    const { api, calls } = fakeApi()
    const warnings: string[] = []
    const url = await publishCheckRun(async () => api, report([...many('warning', 30), ...many('error', 101)]), failing, target, (m) => warnings.push(m))
    assert.equal(url, 'https://github.example/runs/42')
    assert.deepEqual(calls.map((c) => [c.kind, c.params.output.annotations?.length, c.params.status, c.params.conclusion]), [
      ['create', 50, 'in_progress', undefined],
      ['update', 50, undefined, undefined],
      ['update', 31, 'completed', 'failure'],
    ])
    const levels = calls.flatMap((c) => c.params.output.annotations ?? []).map((a) => a.annotation_level)
    assert.equal(levels.lastIndexOf('failure'), 100, 'errors first')
    assert.equal(levels.length, 131)
    assert.deepEqual(warnings, [])
  })

  it('completes an empty run with success', async () => {
    const { api, calls } = fakeApi()
    await publishCheckRun(async () => api, report([]), { failed: false, line: 'velero-hooks: ok' }, target, () => {})
    assert.equal(calls.length, 1)
    assert.equal(calls[0]!.params.status, 'completed')
    assert.equal(calls[0]!.params.conclusion, 'success')
    assert.deepEqual(calls[0]!.params.output.annotations, [])
  })

  it('caps the annotations and says so in the output', async () => {
    const { api, calls } = fakeApi()
    await publishCheckRun(async () => api, report(many('error', MAX_CHECK_RUN_ANNOTATIONS + 7)), failing, target, () => {})
    assert.equal(calls.length, MAX_CHECK_RUN_ANNOTATIONS / 50)
    assert.match(calls[0]!.params.output.summary, /The first 3,000 of 3,007 findings \(errors first\) are annotated here/)
  })

  it('on a failure after creating, completes the run and warns once', async () => {
    const { api, calls } = fakeApi((n) => (n === 2 ? Object.assign(new Error('Server Error'), { status: 502 }) : undefined))
    const warnings: string[] = []
    const url = await publishCheckRun(async () => api, report(many('error', 120)), failing, target, (m) => warnings.push(m))
    assert.equal(url, undefined)
    assert.equal(warnings.length, 1)
    assert.match(warnings[0]!, /could not publish the check run "velero-hooks lint \(job\)" \(HTTP 502: Server Error\)\. The annotations and the job summary still show every finding/)
    const last = calls.at(-1)!
    assert.equal(last.kind, 'update')
    assert.equal(last.params.status, 'completed')
    assert.equal(last.params.conclusion, 'failure')
    assert.match(last.params.output.summary, /Some annotations could not be delivered/)
  })

  it('names the missing permission on 403, or the fork', async () => {
    for (const [fromFork, hint] of [
      [false, /The job needs `permissions: checks: write`\./],
      [true, /Pull requests from forks get a read-only GITHUB_TOKEN/],
    ] as const) {
      const { api } = fakeApi(() => Object.assign(new Error('Resource not accessible by integration'), { status: 403 }))
      const warnings: string[] = []
      await publishCheckRun(async () => api, report(many('error', 1)), failing, { ...target, fromFork }, (m) => warnings.push(m))
      assert.equal(warnings.length, 1)
      assert.match(warnings[0]!, hint)
    }
  })

  it('blames a rate limit that outlasts the retries on the rate limit, not on permissions', async () => {
    const limited = Object.assign(new Error('API rate limit exceeded'), { status: 403, response: { headers: { 'x-ratelimit-remaining': '0' } } })
    const { api } = fakeApi(() => limited)
    const warnings: string[] = []
    await publishCheckRun(async () => api, report(many('error', 1)), failing, target, (m) => warnings.push(m))
    assert.equal(warnings.length, 1)
    assert.match(warnings[0]!, /HTTP 403: API rate limit exceeded\)\. GitHub's API rate limit was reached\./)
    assert.doesNotMatch(warnings[0]!, /checks: write/)
  })

  it('warns once when it cannot connect at all', async () => {
    const warnings: string[] = []
    await publishCheckRun(async () => Promise.reject(new Error('github-token is empty')), report(many('error', 1)), failing, target, (m) => warnings.push(m))
    assert.deepEqual(warnings.length, 1)
    assert.match(warnings[0]!, /\(github-token is empty\)/)
  })

  it('maps a finding to a Checks API annotation', () => {
    assert.deepEqual(checkRunAnnotation(finding('notice', 'a.yaml', 3, { path: 'metadata.annotations' })), {
      path: 'a.yaml',
      start_line: 3,
      end_line: 3,
      start_column: 5,
      end_column: 12,
      annotation_level: 'notice',
      message: 'notice at a.yaml:3.',
      title: 'rule-notice',
      raw_details: 'metadata.annotations',
    })
    assert.equal('start_column' in checkRunAnnotation(finding('error', 'a.yaml', 3, { endLine: 4 })), false)
  })
})
