/**
 * The committed dist/index.js, run as a runner runs it: child process, runner environment, event
 * payload, output and summary files, and a loopback fake GitHub API that records every request.
 */
import assert from 'node:assert/strict'
import { describe, it } from 'node:test'
import { cp, mkdtemp, readdir, readFile, rm } from 'node:fs/promises'
import os from 'node:os'
import path from 'node:path'
import { ensureFreshDist } from '../support/dist.js'
import { startFakeGitHub, type FakeGitHub, type RecordedRequest } from '../support/fake-github.js'
import { CLEAN_POD, pods, TEMPLATE_WITH_HOOK } from '../support/manifests.js'
import { committedBundle, pullRequestEvent, repoRoot, runAction, type WorkflowCommand } from '../support/run-action.js'

const TOKEN = 'ghs_fakeTokenForTests0123456789abcdef'
const HEAD_SHA = 'd'.repeat(40)

interface CheckRunBody {
  name?: string
  head_sha?: string
  status?: string
  conclusion?: string
  output?: { title: string; summary: string; annotations?: Array<{ path: string; start_line: number; annotation_level: string; message: string }> }
}

const byLevel = (annotations: WorkflowCommand[], level: string): WorkflowCommand[] => annotations.filter((a) => a.command === level)
const checkRunRequests = (requests: RecordedRequest[]): RecordedRequest[] => requests.filter((r) => r.url.includes('/check-runs'))

async function withApi<T>(options: Parameters<typeof startFakeGitHub>[0], fn: (api: FakeGitHub) => Promise<T>): Promise<T> {
  const api = await startFakeGitHub(options)
  try {
    return await fn(api)
  } finally {
    await api.close()
  }
}

describe('action bundle as a runner runs it', () => {
  it('is committed and matches action.yml', async () => {
    const actionYml = await readFile(path.join(repoRoot, 'action.yml'), 'utf8')
    assert.match(actionYml, /using: node24/)
    assert.match(actionYml, /main: dist\/index\.js/)
    ensureFreshDist()
    await readFile(path.join(repoRoot, 'dist', 'index.js'), 'utf8')
  })

  it('annotates the examples at their exact positions, writes outputs and summary, and fails the step', async () => {
    const files: Record<string, string> = {}
    for (const name of ['broken-hooks.yaml', 'my-web-app.yaml']) files[`examples/${name}`] = await readFile(path.join(repoRoot, 'examples', name), 'utf8')
    // No INPUT_* at all: the bundle applies action.yml's defaults itself.
    const run = await runAction({ files })
    assert.equal(run.code, 1, run.stderr)
    const errors = byLevel(run.annotations, 'error').filter((a) => a.properties.file)
    assert.deepEqual(
      errors.map((a) => [a.properties.file, a.properties.line, a.properties.col, a.properties.title]),
      [
        ['examples/broken-hooks.yaml', '9', '5', 'velero-hooks: hook-annotation-on-controller'],
        ['examples/broken-hooks.yaml', '18', '46', 'velero-hooks: hook-unknown-container'],
        ['examples/broken-hooks.yaml', '20', '45', 'velero-hooks: hook-invalid-on-error'],
        ['examples/broken-hooks.yaml', '21', '44', 'velero-hooks: hook-invalid-duration'],
        ['examples/broken-hooks.yaml', '22', '9', 'velero-hooks: init-hook-missing-command'],
      ],
    )
    for (const e of errors) {
      assert.equal(e.properties.endLine, e.properties.line)
      assert.ok(Number(e.properties.endColumn) > Number(e.properties.col), 'the range covers the key or value')
    }
    const warning = byLevel(run.annotations, 'warning')
    assert.deepEqual(warning.map((a) => [a.properties.file, a.properties.line, a.properties.col]), [['examples/my-web-app.yaml', '9', '42']])
    // setFailed: one line with the counts, no file.
    const failure = run.annotations.filter((a) => a.command === 'error' && !a.properties.file)
    assert.deepEqual(failure.map((a) => a.message), ['velero-hooks: 5 errors reach fail-on: error'])
    assert.deepEqual(
      { files: run.outputs.files, resources: run.outputs.resources, hooks: run.outputs.hooks, errors: run.outputs.errors, warnings: run.outputs.warnings, notices: run.outputs.notices },
      { files: '2', resources: '2', hooks: '2', errors: '5', warnings: '1', notices: '0' },
    )
    assert.equal(run.outputs.rendered, '')
    assert.equal(run.outputs.stale, '')
    assert.equal(run.outputs['sarif-file'], '')
    assert.match(run.summary, /^## velero-hooks: ✖ 5 errors, 1 warning, 0 notices/)
    assert.match(run.summary, /\| \[hook-invalid-on-error\]\(https:\/\/[^)]+\/hook-invalid-on-error\.md\) \| 1 \| 0 \| 0 \|/)
    // Push event: links point at GITHUB_SHA.
    assert.ok(run.summary.includes(`| [examples/broken-hooks.yaml:20:45](https://github.com/octo-org/manifests/blob/${'c'.repeat(40)}/examples/broken-hooks.yaml#L20) | hook-invalid-on-error |`))
    assert.equal(run.legacyCommands.length, 0)
    assert.doesNotMatch(run.stdout + run.stderr, /at .*\.js:\d+/, 'no stack trace')
  })

  it('loads the GitHub client chunk only when a token-using feature runs', async () => {
    const dist = path.dirname(await committedBundle())
    const chunks = (await readdir(dist)).filter((f) => /^\d+\.index\.js$/.test(f))
    assert.ok(chunks.length > 0, 'ncc split the dynamic import into a chunk')
    const dir = await mkdtemp(path.join(os.tmpdir(), 'vh-nochunk-'))
    try {
      await cp(dist, dir, { recursive: true, filter: (src) => !chunks.includes(path.basename(src)) })
      const bundle = path.join(dir, 'index.js')
      const plain = await runAction({ files: { 'a.yaml': pods(1, 'error').text }, bundle })
      assert.equal(plain.code, 1)
      assert.equal(plain.outputs.errors, '1', 'a lint run never needs the chunk')
      const withCheckRun = await runAction({ files: { 'a.yaml': pods(1, 'error').text }, inputs: { 'check-run': 'true', 'github-token': TOKEN }, bundle })
      assert.match(byLevel(withCheckRun.annotations, 'warning')[0]?.message ?? '', /could not publish the check run/, 'check-run does need it')
    } finally {
      await rm(dir, { recursive: true, force: true })
    }
  })

  describe('exit status per fail-on', () => {
    const mixed = { 'e.yaml': pods(1, 'error').text, 'w.yaml': pods(1, 'warning').text, 't.yaml': TEMPLATE_WITH_HOOK }
    const cases: Array<[string, Record<string, string>, string | undefined, number]> = [
      ['error finding, default fail-on', mixed, undefined, 1],
      ['error finding, fail-on never', mixed, 'never', 0],
      ['warning only, fail-on error', { 'w.yaml': pods(1, 'warning').text }, 'error', 0],
      ['warning only, fail-on warning', { 'w.yaml': pods(1, 'warning').text }, 'warning', 1],
      ['notice only, fail-on warning', { 't.yaml': TEMPLATE_WITH_HOOK }, 'warning', 0],
      ['notice only, fail-on notice', { 't.yaml': TEMPLATE_WITH_HOOK }, 'notice', 1],
      ['clean manifest', { 'ok.yaml': CLEAN_POD }, 'notice', 0],
    ]
    for (const [name, files, failOn, expected] of cases) {
      it(name, async () => {
        const run = await runAction({ files, inputs: failOn ? { 'fail-on': failOn } : {} })
        assert.equal(run.code, expected, run.stdout)
        const failures = run.annotations.filter((a) => a.command === 'error' && !a.properties.file)
        assert.equal(failures.length, expected, 'exactly one setFailed line when failing')
        if (expected === 1) assert.match(failures[0]!.message, /^velero-hooks: .*reach(es)? fail-on: \w+$/)
      })
    }

    it('names every failing severity in the one failure line', async () => {
      const run = await runAction({ files: mixed, inputs: { 'fail-on': 'notice' } })
      assert.equal(run.code, 1)
      assert.deepEqual(
        run.annotations.filter((a) => a.command === 'error' && !a.properties.file).map((a) => a.message),
        ['velero-hooks: 1 error, 1 warning, 1 notice reach fail-on: notice'],
      )
    })

    it('rejects a bad input with one line and no stack trace', async () => {
      const run = await runAction({ files: mixed, inputs: { mode: 'lintt' } })
      assert.equal(run.code, 1)
      assert.deepEqual(run.annotations.map((a) => a.message), ['velero-hooks: mode must be one of lint, render, check; got "lintt"'])
      assert.equal(run.stderr, '')
    })

    it('fails when files match nothing, unless allow-no-files is true', async () => {
      const none = await runAction({ files: mixed, inputs: { files: 'deploi/**/*.yaml' } })
      assert.equal(none.code, 1)
      assert.deepEqual(none.annotations.map((a) => a.message), [
        'velero-hooks: No files matching the pattern "deploi/**/*.yaml" were found. Set allow-no-files: true to let the step pass when nothing matches.',
      ])
      const allowed = await runAction({ files: mixed, inputs: { files: 'deploi/**/*.yaml', 'allow-no-files': 'true' } })
      assert.equal(allowed.code, 0)
      assert.equal(allowed.outputs.files, '0')
    })
  })

  it('keeps to 10 annotations per level, errors first, then says how many more and where', async () => {
    const errors = pods(15, 'error')
    const warnings = pods(12, 'warning', 'w')
    const files: Record<string, string> = { 'errors.yaml': errors.text, 'warnings.yaml': warnings.text }
    for (let i = 0; i < 3; i++) files[`charts/c${i}/templates/pod.yaml`] = TEMPLATE_WITH_HOOK
    const run = await runAction({ files, inputs: { 'fail-on': 'never', 'sarif-file': 'out/velero.sarif' }, collect: ['out/velero.sarif'] })
    assert.equal(run.code, 0)
    const levels = run.annotations.map((a) => a.command)
    assert.equal(byLevel(run.annotations, 'error').length, 10)
    assert.equal(byLevel(run.annotations, 'warning').length, 10)
    assert.equal(byLevel(run.annotations, 'notice').length, 4, '3 findings + the "more" notice')
    assert.deepEqual(levels, [...levels].sort((a, b) => ['error', 'warning', 'notice'].indexOf(a) - ['error', 'warning', 'notice'].indexOf(b)), 'errors first')
    assert.deepEqual(byLevel(run.annotations, 'error').map((a) => Number(a.properties.line)), errors.lines.slice(0, 10))
    const more = run.annotations.at(-1)!
    assert.equal(more.command, 'notice')
    assert.equal(more.properties.file, undefined)
    assert.equal(
      more.message,
      'velero-hooks found 30 problems; GitHub shows at most 10 annotations per level in a step, so 7 more (5 errors, 2 warnings) are not annotated here. ' +
        'Every finding is listed in the job summary, the step log and the SARIF file out/velero.sarif.',
    )
    // The summary has all 30 rows.
    assert.equal((run.summary.match(/^\| (🔴|🟠|🔵) /gmu) ?? []).length, 30)
    assert.equal(run.outputs['sarif-file'], 'out/velero.sarif')
    // The SARIF file has every finding with its exact region.
    const sarif = JSON.parse(run.collected['out/velero.sarif'] ?? 'null') as { runs: Array<{ results: Array<{ ruleId: string; locations: Array<{ physicalLocation: { artifactLocation: { uri: string }; region: Record<string, number> } }> }> }> }
    const results = sarif.runs[0]!.results
    assert.equal(results.length, 30)
    const first = results.find((r) => r.ruleId === 'hook-invalid-on-error')!.locations[0]!.physicalLocation
    assert.equal(first.artifactLocation.uri, 'errors.yaml')
    assert.equal(first.region.startLine, 8)
    assert.equal(first.region.startColumn, 41)
  })

  it('annotates the lines the pull request changed first when a level overflows', async () => {
    const errors = pods(15, 'error')
    // The pull request changed the on-error lines of the last three Pods (a new hunk at their lines).
    const changed = errors.lines.slice(12)
    const patch = changed.map((line) => `@@ -${line},1 +${line},1 @@\n-    pre.hook.backup.velero.io/on-error: Continue\n+    pre.hook.backup.velero.io/on-error: Abort`).join('\n')
    await withApi({ pullFiles: { 7: [{ filename: 'errors.yaml', patch }] } }, async (api) => {
      const run = await runAction({
        files: { 'errors.yaml': errors.text },
        inputs: { 'github-token': TOKEN },
        event: { name: 'pull_request', payload: pullRequestEvent({ number: 7, headSha: HEAD_SHA }) },
        apiUrl: api.url,
      })
      assert.equal(run.code, 1)
      const lines = byLevel(run.annotations, 'error').filter((a) => a.properties.file).map((a) => Number(a.properties.line))
      // 9 file errors: the step fails, and the ::error:: core.setFailed writes is the tenth GitHub shows.
      assert.deepEqual(lines, [...changed, ...errors.lines.slice(0, 6)])
      assert.equal(byLevel(run.annotations, 'error').length, 10)
      assert.match(byLevel(run.annotations, 'error').at(-1)!.message, /^velero-hooks: 15 errors reach fail-on: error$/)
      assert.deepEqual(api.requests.map((r) => `${r.method} ${r.url}`), ['GET /repos/octo-org/manifests/pulls/7/files?per_page=100'])
      // Links point at the pull request head, not the merge commit.
      assert.ok(run.summary.includes(`/blob/${HEAD_SHA}/errors.yaml#L8)`))
    })
  })

  describe('check run', () => {
    it('sends more than 50 findings in batches of 50, each exactly once, on the pull request head', async () => {
      const errors = pods(70, 'error')
      const warnings = pods(50, 'warning', 'w')
      await withApi({}, async (api) => {
        const run = await runAction({
          files: { 'deploy/errors.yaml': errors.text, 'deploy/warnings.yaml': warnings.text },
          inputs: { 'check-run': 'true', 'github-token': TOKEN },
          event: { name: 'pull_request', payload: pullRequestEvent({ headSha: HEAD_SHA }) },
          apiUrl: api.url,
        })
        assert.equal(run.code, 1, run.stdout)
        const requests = checkRunRequests(api.requests)
        assert.deepEqual(
          requests.map((r) => `${r.method} ${r.url}`),
          ['POST /repos/octo-org/manifests/check-runs', 'PATCH /repos/octo-org/manifests/check-runs/1000', 'PATCH /repos/octo-org/manifests/check-runs/1000'],
        )
        const bodies = requests.map((r) => r.body as CheckRunBody)
        assert.equal(bodies[0]!.name, 'velero-hooks lint (manifests)')
        assert.equal(bodies[0]!.head_sha, HEAD_SHA, 'the head commit, not GITHUB_SHA')
        assert.equal(bodies[0]!.status, 'in_progress')
        assert.deepEqual(bodies.map((b) => b.output?.annotations?.length), [50, 50, 20])
        assert.equal(bodies[2]!.status, 'completed')
        assert.equal(bodies[2]!.conclusion, 'failure')
        assert.equal(bodies[1]!.conclusion, undefined)
        const delivered = bodies.flatMap((b) => b.output?.annotations ?? []).map((a) => `${a.path}:${a.start_line}:${a.annotation_level}`)
        const expected = [
          ...errors.lines.map((l) => `deploy/errors.yaml:${l}:failure`),
          ...warnings.lines.map((l) => `deploy/warnings.yaml:${l}:warning`),
        ]
        assert.equal(new Set(delivered).size, delivered.length, 'no annotation sent twice')
        assert.deepEqual([...delivered].sort(), [...expected].sort(), 'every finding sent')
        assert.equal(delivered.slice(0, 70).every((d) => d.endsWith(':failure')), true, 'errors first')
        for (const r of requests) assert.equal(r.authorization, `token ${TOKEN}`)
        // The token reaches the runner only to be masked.
        const leaks = `${run.stdout}\n${run.stderr}\n${run.summary}\n${JSON.stringify(run.outputs)}`.split('\n').filter((l) => l.includes(TOKEN))
        assert.deepEqual(leaks, [`::add-mask::${TOKEN}`])
        assert.ok(run.summary.includes('(https://github.com/checks/1000)'), 'the summary links the check run')
        assert.equal(byLevel(run.annotations, 'warning').filter((a) => !a.properties.file).length, 0, 'no API warning')
      })
    })

    it('creates and completes a small run in one request, with conclusion success under fail-on never', async () => {
      await withApi({}, async (api) => {
        const run = await runAction({ files: { 'a.yaml': pods(3, 'error').text }, inputs: { 'check-run': 'true', 'github-token': TOKEN, 'fail-on': 'never' }, apiUrl: api.url })
        assert.equal(run.code, 0)
        const bodies = checkRunRequests(api.requests).map((r) => r.body as CheckRunBody)
        assert.equal(bodies.length, 1)
        assert.equal(bodies[0]!.head_sha, 'c'.repeat(40), 'GITHUB_SHA on push events')
        assert.equal(bodies[0]!.status, 'completed')
        assert.equal(bodies[0]!.conclusion, 'success')
        assert.equal(bodies[0]!.output?.annotations?.length, 3)
      })
    })

    for (const [name, failOn, expectedCode] of [
      ['403 (no checks: write) with errors', 'error', 1],
      ['403 (no checks: write) under fail-on never', 'never', 0],
    ] as const) {
      it(`logs one warning on ${name} and keeps the step result`, async () => {
        const forbidden = { status: 403, body: { message: 'Resource not accessible by integration', documentation_url: 'https://docs.github.com/rest' } }
        await withApi({ override: (r) => (r.url.includes('/check-runs') ? forbidden : undefined) }, async (api) => {
          const files = { 'a.yaml': pods(12, 'error').text }
          const run = await runAction({ files, inputs: { 'check-run': 'true', 'github-token': TOKEN, 'fail-on': failOn }, apiUrl: api.url })
          assert.equal(run.code, expectedCode)
          const warnings = byLevel(run.annotations, 'warning')
          assert.equal(warnings.length, 1)
          assert.match(warnings[0]!.message, /could not publish the check run "velero-hooks lint \(manifests\)" \(HTTP 403: Resource not accessible by integration/)
          assert.match(warnings[0]!.message, /permissions: checks: write/)
          assert.equal(checkRunRequests(api.requests).length, 1, '403 is not retried')
          // Annotations and summary still carry every finding.
          // A failing step keeps the tenth error for its own ::error:: (core.setFailed).
          assert.equal(byLevel(run.annotations, 'error').filter((a) => a.properties.file).length, failOn === 'error' ? 9 : 10)
          assert.equal((run.summary.match(/^\| 🔴 /gmu) ?? []).length, 12)
          assert.doesNotMatch(byLevel(run.annotations, 'notice').at(-1)!.message, /check run/, 'the "more" notice does not point at a check run that does not exist')
        })
      })
    }

    it('retries 500s with backoff, then gives up with one warning and the same result', async () => {
      await withApi({ override: (r) => (r.url.includes('/check-runs') ? { status: 500, body: { message: 'Server Error' } } : undefined) }, async (api) => {
        const run = await runAction({ files: { 'a.yaml': pods(2, 'error').text }, inputs: { 'check-run': 'true', 'github-token': TOKEN }, apiUrl: api.url })
        assert.equal(run.code, 1)
        assert.deepEqual(
          checkRunRequests(api.requests).map((r) => r.method),
          ['POST', 'GET', 'GET', 'GET'],
          'first try + 3 retries, each retry looking for a run the failed create may have made',
        )
        assert.equal(api.checkRuns.length, 0)
        const warnings = byLevel(run.annotations, 'warning')
        assert.equal(warnings.length, 1)
        assert.match(warnings[0]!.message, /HTTP 500/)
        assert.deepEqual(run.annotations.filter((a) => a.command === 'error' && !a.properties.file).map((a) => a.message), ['velero-hooks: 2 errors reach fail-on: error'])
      })
    })

    it('retries a 502 and a rate limit (429 Retry-After, 403 with x-ratelimit-remaining: 0) and completes the run', async () => {
      const failures: Array<{ status: number; headers?: Record<string, string> }> = [
        { status: 502 },
        { status: 429, headers: { 'retry-after': '0' } },
        { status: 403, headers: { 'x-ratelimit-remaining': '0', 'x-ratelimit-reset': String(Math.floor(Date.now() / 1000)) } },
      ]
      await withApi(
        {
          override: (r) => {
            if (!r.url.includes('/check-runs')) return undefined
            const next = failures.shift()
            return next ? { ...next, body: { message: 'try again' } } : undefined
          },
        },
        async (api) => {
          const run = await runAction({ files: { 'a.yaml': pods(60, 'error').text }, inputs: { 'check-run': 'true', 'github-token': TOKEN }, apiUrl: api.url })
          assert.equal(run.code, 1)
          assert.equal(byLevel(run.annotations, 'warning').length, 0, run.stdout)
          const requests = checkRunRequests(api.requests)
          assert.deepEqual(requests.map((r) => r.method), ['POST', 'GET', 'GET', 'GET', 'POST', 'PATCH'], 'a lookup before the create is sent again')
          assert.equal(api.checkRuns.length, 1)
          assert.equal(api.checkRuns[0]!.annotations.length, 60)
          const lastTwo = requests.slice(-2).map((r) => (r.body as CheckRunBody).output?.annotations?.length)
          assert.deepEqual(lastTwo, [50, 10], 'the successful requests carry each annotation once')
        },
      )
    })

    it('creates one run when GitHub created it but answered 502, and puts every annotation on it', async () => {
      let creates = 0
      const override = (r: RecordedRequest) =>
        r.method === 'POST' && r.url.endsWith('/check-runs') && creates++ === 0 ? { status: 502, body: { message: 'Bad Gateway' }, afterEffect: true } : undefined
      await withApi({ override }, async (api) => {
        const run = await runAction({ files: { 'a.yaml': pods(60, 'error').text }, inputs: { 'check-run': 'true', 'github-token': TOKEN }, apiUrl: api.url })
        assert.equal(run.code, 1)
        assert.equal(byLevel(run.annotations, 'warning').length, 0, run.stdout)
        assert.deepEqual(checkRunRequests(api.requests).map((r) => r.method), ['POST', 'GET', 'PATCH'])
        assert.equal(api.checkRuns.length, 1, 'exactly one check run')
        assert.equal(api.checkRuns[0]!.annotations.length, 60)
        assert.equal(api.checkRuns[0]!.conclusion, 'failure')
        assert.ok(run.summary.includes(`(https://github.com/checks/${api.checkRuns[0]!.id})`))
      })
    })

    it('on a fork pull request, warns once about the read-only token and uses the fork head', async () => {
      const forbidden = { status: 403, body: { message: 'Resource not accessible by integration' } }
      await withApi({ override: (r) => (r.url.includes('/check-runs') ? forbidden : undefined) }, async (api) => {
        const run = await runAction({
          files: { 'a.yaml': pods(2, 'error').text },
          inputs: { 'check-run': 'true', 'github-token': TOKEN },
          event: { name: 'pull_request', payload: pullRequestEvent({ headRepo: 'someone/manifests-fork', headSha: HEAD_SHA }) },
          apiUrl: api.url,
        })
        assert.equal(run.code, 1)
        const warnings = byLevel(run.annotations, 'warning')
        assert.equal(warnings.length, 1)
        assert.match(warnings[0]!.message, /Pull requests from forks get a read-only GITHUB_TOKEN/)
        assert.equal((checkRunRequests(api.requests)[0]!.body as CheckRunBody).head_sha, HEAD_SHA)
        assert.equal(byLevel(run.annotations, 'error').filter((a) => a.properties.file).length, 2, 'annotations need no token')
        assert.ok(run.summary.includes(`/blob/${HEAD_SHA}/a.yaml#L8`))
      })
    })
  })

  describe('only-changed', () => {
    // 250 changed files over three pages; two of them are manifests in the workspace, one removed.
    const changedFiles = [
      ...Array.from({ length: 120 }, (_, i) => ({ filename: `src/file-${i}.ts`, patch: '@@ -1 +1 @@\n-a\n+b' })),
      { filename: 'deploy/changed-a.yaml', patch: '@@ -0,0 +1,12 @@\n+apiVersion: v1' },
      ...Array.from({ length: 100 }, (_, i) => ({ filename: `docs/page-${i}.md` })),
      { filename: 'deploy/removed.yaml', status: 'removed' },
      ...Array.from({ length: 27 }, (_, i) => ({ filename: `img/${i}.png` })),
      { filename: 'deploy/changed-b.yml' },
    ]
    const workspace = {
      'deploy/changed-a.yaml': pods(1, 'error').text,
      'deploy/changed-b.yml': pods(2, 'warning').text,
      'deploy/untouched.yaml': pods(3, 'error').text,
      'deploy/untouched-2.yaml': pods(1, 'error').text,
    }

    it('follows the Link pages and checks only the changed manifests', async () => {
      await withApi({ pullFiles: { 7: changedFiles } }, async (api) => {
        const run = await runAction({
          files: workspace,
          inputs: { 'only-changed': 'true', 'github-token': TOKEN },
          event: { name: 'pull_request', payload: pullRequestEvent({ number: 7 }) },
          apiUrl: api.url,
        })
        assert.equal(run.code, 1)
        assert.deepEqual(api.requests.map((r) => `${r.method} ${r.url}`), [
          'GET /repos/octo-org/manifests/pulls/7/files?per_page=100',
          'GET /repos/octo-org/manifests/pulls/7/files?per_page=100&page=2',
          'GET /repos/octo-org/manifests/pulls/7/files?per_page=100&page=3',
        ])
        assert.equal(run.outputs.files, '2')
        assert.equal(run.outputs.errors, '1')
        assert.equal(run.outputs.warnings, '2')
        assert.deepEqual([...new Set(run.annotations.filter((a) => a.properties.file).map((a) => a.properties.file))].sort(), ['deploy/changed-a.yaml', 'deploy/changed-b.yml'])
        assert.match(run.summary, /only-changed: pull request \\#7 changes 2 of the 4 matching files; only those were checked\./)
      })
    })

    it('falls back to every file with one notice when the API fails', async () => {
      await withApi({ override: () => ({ status: 404, body: { message: 'Not Found' } }) }, async (api) => {
        const run = await runAction({
          files: workspace,
          inputs: { 'only-changed': 'true', 'github-token': TOKEN },
          event: { name: 'pull_request', payload: pullRequestEvent({ number: 7 }) },
          apiUrl: api.url,
        })
        assert.equal(run.outputs.files, '4')
        const notices = byLevel(run.annotations, 'notice')
        assert.equal(notices.length, 1)
        assert.match(notices[0]!.message, /only-changed could not list the files pull request #7 changes \(HTTP 404: Not Found\); checking every matching file instead\./)
        assert.equal(run.code, 1)
      })
    })

    it('checks every file on a push event without calling the API', async () => {
      await withApi({}, async (api) => {
        const run = await runAction({ files: workspace, inputs: { 'only-changed': 'true', 'github-token': TOKEN }, apiUrl: api.url })
        assert.equal(run.outputs.files, '4')
        assert.equal(api.requests.length, 0)
        assert.equal(byLevel(run.annotations, 'notice').length, 0)
      })
    })
  })

  it('keeps manifest text from forming workflow commands, Markdown or HTML', async () => {
    const hostile = [
      'apiVersion: v1',
      'kind: Pod',
      'metadata:',
      '  name: "x | y"',
      '  annotations:',
      `    pre.hook.backup.velero.io/command: '["/bin/true"]'`,
      `    pre.hook.backup.velero.io/on-error: "<script>alert(1)</script> | **bold** [x](http://evil) @octocat $x$ ##[set-output name=pwned;]1 ::set-output name=pwned::1"`,
      'spec:',
      '  containers:',
      '    - name: app',
      '      image: nginx',
      '',
    ].join('\n')
    const run = await runAction({
      files: {
        'ok/hostile.yaml': hostile,
        // A file name that tries to start a command on a line of its own.
        'evil/a\n::set-output name=pwned::1\n##[set-output name=pwned;]1\n<img src=x>.yaml': pods(1, 'error').text,
      },
    })
    assert.equal(run.code, 1)
    assert.deepEqual(run.legacyCommands, [])
    // Only the commands the action itself issues reach the runner (the on-error junk is a warning).
    assert.deepEqual([...new Set(run.commands.map((c) => c.command))].sort(), ['endgroup', 'error', 'group', 'warning'])
    assert.equal(run.outputs.pwned, undefined)
    // The annotation carries the file name intact (escaped by the command, unescaped by the runner).
    const evil = run.annotations.find((a) => a.properties.file?.startsWith('evil/'))
    assert.equal(evil?.properties.file, 'evil/a\n::set-output name=pwned::1\n##[set-output name=pwned;]1\n<img src=x>.yaml')
    // Summary: no raw HTML, no table cell breaks, no line-start command, no mention.
    assert.doesNotMatch(run.summary, /(?<!\\)</, "every < is escaped")
    assert.ok(run.summary.includes('\\<script\\>alert\\(1\\)\\</script\\> \\| \\*\\*bold\\*\\* \\[x\\]\\(http:/\u200b/evil\\) \\@octocat \\$x\\$'))
    for (const row of run.summary.split('\n').filter((l) => /^\| (🔴|🟠|🔵) /u.test(l))) {
      assert.equal(row.replace(/\\\|/g, '').split('|').length, 6, `four cells: ${row}`)
    }
    assert.doesNotMatch(run.summary, /^::/m)
  })
})
