/**
 * A GitHub API that never answers, drips its body or answers with the wrong shape (issue 14): every
 * request has a deadline and so has all API work of a run, and then the documented fallback runs
 * (the check run: one warning; only-changed: every matching file is checked, with a notice).
 * The deadlines are shortened here; the tests only require that the run finishes.
 */
import assert from 'node:assert/strict'
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { describe, it } from 'node:test'
import { resolveScope } from '../../src/action/scope.js'
import { parseSettings } from '../../src/app/settings.js'
import { connectGitHub, type ApiDeadlines } from '../../src/github/api.js'
import { publishCheckRun } from '../../src/github/check-run.js'
import type { RetryPolicy } from '../../src/github/retry.js'
import type { RunContext } from '../../src/github/context.js'
import { startFakeGitHub, type FakeGitHubOptions, type FakeResponse, type RecordedRequest } from '../support/fake-github.js'
import { many, report } from '../sinks/fixtures.js'

const policy: RetryPolicy = { retries: 3, baseDelayMs: 1, maxDelayMs: 1000, now: () => Date.now(), sleep: (ms) => new Promise((r) => setTimeout(r, ms)) }
const target = { name: 'velero-hooks lint (job)', headSha: 'e'.repeat(40), fromFork: false }
const failing = { failed: true, line: 'velero-hooks: 3 errors reach fail-on: error' }

async function withApi(
  override: FakeGitHubOptions['override'],
  deadlines: ApiDeadlines,
  fn: (connect: () => ReturnType<typeof connectGitHub>, requests: RecordedRequest[]) => Promise<void>,
): Promise<void> {
  const api = await startFakeGitHub({ override, pullFiles: { 7: [{ filename: 'a.yaml' }] } })
  try {
    await fn(() => connectGitHub({ token: 'ghs_test', apiUrl: api.url, repository: { owner: 'o', repo: 'r' }, retry: policy, deadlines }), api.requests)
  } finally {
    await api.close()
  }
}

const always = (response: FakeResponse) => () => response

describe('a GitHub API that hangs, drips or answers the wrong shape', () => {
  for (const stall of ['hang', 'drip'] as const) {
    it(`the check run gives up after its deadlines when the API ${stall}s: one warning`, async () => {
      await withApi(always({ status: 201, stall }), { requestMs: 200, totalMs: 600 }, async (connect, requests) => {
        const warnings: string[] = []
        const url = await publishCheckRun(connect, report(many('error', 3)), failing, target, (m) => warnings.push(m))
        assert.equal(url, undefined)
        assert.equal(warnings.length, 1)
        assert.match(warnings[0]!, /could not publish the check run .*(no complete answer within 0\.2 s|did not finish within 0\.6 s)/)
        assert.ok(requests.length >= 2 && requests.length <= 8, `a bounded number of attempts (${requests.length})`)
      })
    })
  }

  it('one attempt that hangs is retried within the total deadline', async () => {
    const override = (r: RecordedRequest, i: number): FakeResponse | undefined => (i === 0 ? { status: 201, stall: 'hang' } : undefined)
    await withApi(override, { requestMs: 200, totalMs: 5000 }, async (connect) => {
      const warnings: string[] = []
      const url = await publishCheckRun(connect, report(many('error', 3)), failing, target, (m) => warnings.push(m))
      assert.deepEqual(warnings, [])
      assert.match(url ?? '', /^https:\/\/github\.com\/checks\/\d+$/)
    })
  })

  it('a check run answer without an id is a failure, not a run to update', async () => {
    await withApi(always({ status: 201, body: { html_url: 'x' } }), { requestMs: 1000, totalMs: 5000 }, async (connect) => {
      const warnings: string[] = []
      await publishCheckRun(connect, report(many('error', 3)), failing, target, (m) => warnings.push(m))
      assert.equal(warnings.length, 1)
      assert.match(warnings[0]!, /something else than the API returns/)
    })
  })

  describe('only-changed', () => {
    const ws = mkdtempSync(path.join(tmpdir(), 'vh-deadline-'))
    writeFileSync(path.join(ws, 'a.yaml'), 'apiVersion: v1\nkind: ConfigMap\nmetadata: {name: a}\n')
    writeFileSync(path.join(ws, 'b.yaml'), 'apiVersion: v1\nkind: ConfigMap\nmetadata: {name: b}\n')
    const settings = parseSettings({ 'only-changed': 'true', 'github-token': 'ghs_test' }, { dir: ws, source: 'action' })
    const context: RunContext = {
      eventName: 'pull_request',
      repository: { owner: 'o', repo: 'r' },
      sha: 'f'.repeat(40),
      serverUrl: 'https://github.com',
      apiUrl: '',
      job: 'lint',
      pullRequest: { number: 7, headSha: 'e'.repeat(40), fromFork: false },
    }
    const scope = async (connect: () => ReturnType<typeof connectGitHub>) => {
      const notices: string[] = []
      const result = await resolveScope(settings, context, connect, { info: () => {}, notice: (m) => notices.push(m) })
      return { result, notices }
    }
    const isFiles = (r: RecordedRequest) => r.url.includes('/pulls/7/files')

    it('narrows to the changed files when the API answers (the baseline)', async () => {
      await withApi(undefined, { requestMs: 1000, totalMs: 5000 }, async (connect) => {
        const { result, notices } = await scope(connect)
        assert.deepEqual(notices, [])
        assert.equal(result.narrowed, true)
        assert.deepEqual(result.patterns, ['a.yaml'])
      })
    })

    const cases: [string, FakeResponse][] = [
      ['hangs', { status: 200, stall: 'hang' }],
      ['drips its body', { status: 200, stall: 'drip' }],
      ['answers an object instead of a list', { status: 200, body: { total_count: 0, files: [] } }],
      ['answers a list of something else', { status: 200, body: [{ name: 'a.yaml' }] }],
      ['answers a string', { status: 200, body: 'files' }],
    ]
    for (const [what, response] of cases) {
      it(`checks every matching file, with a notice, when "list files" ${what}`, async () => {
        await withApi((r) => (isFiles(r) ? response : undefined), { requestMs: 200, totalMs: 600 }, async (connect) => {
          const { result, notices } = await scope(connect)
          assert.equal(result.narrowed, false)
          assert.deepEqual(result.patterns, settings.patterns)
          assert.equal(notices.length, 1)
          assert.match(notices[0]!, /only-changed could not list the files pull request #7 changes .*checking every matching file instead/)
        })
      })
    }

    it('cleans up', () => rmSync(ws, { recursive: true, force: true }))
  })
})
