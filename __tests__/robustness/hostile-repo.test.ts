/**
 * Hostile repositories (issue 14): a PR check runs on changes anyone can propose, so a repository
 * built to leak, escape, hang or forge output must get a refusal or a bounded, escaped answer.
 * Each case builds its repository in a temp dir (symbolic links, FIFOs, odd names).
 */
import assert from 'node:assert/strict'
import { spawnSync } from 'node:child_process'
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { after, before, describe, it } from 'node:test'
import { loadConfig } from '../../src/config/index.js'
import { MAX_CONFIG_BYTES } from '../../src/config/load-config.js'
import { MAX_QUOTED_CHARS } from '../../src/config/read-helpers.js'
import { boundedDetail, lintText, MAX_DETAIL_CHARS } from '../../src/engine/lint-text.js'
import { runLint } from '../../src/engine/run-lint.js'
import { defaultRuleSet } from '../../src/rules/index.js'
import { REPO_ROOT } from './fuzz-properties.js'
import { run, type ActionCore } from '../../src/action/main.js'
import type { RawSettings } from '../../src/app/settings.js'
import { renderRepository } from '../../src/render/render-repo.js'
import { renderSummary } from '../../src/report/summary.js'
import { finding } from '../sinks/fixtures.js'

export const SECRET = 'U0VDUkVUVE9LRU4tdmVsZXJv'
const GIT_CONFIG = `[core]
\trepositoryformatversion = 0
[remote "origin"]
\turl = https://github.com/acme/velero-hooks
[http "https://github.com/"]
\textraheader = AUTHORIZATION: basic ${SECRET}
`
const POD = `apiVersion: v1
kind: Pod
metadata:
  name: p
  annotations:
    pre.hook.backup.velero.io/command: '["/bin/true"]'
    pre.hook.backup.velero.io/on-error: Abort
`

/** The CLI from source, run from the repository (where tsx resolves). */
export const cli = (...args: string[]) => spawnSync(process.execPath, ['--import', 'tsx', path.join(REPO_ROOT, 'src', 'cli-main.ts'), ...args], { cwd: REPO_ROOT, encoding: 'utf8', timeout: 60_000 })

let dir: string
before(() => {
  dir = mkdtempSync(path.join(tmpdir(), 'vh-hostile-repo-'))
})
after(() => rmSync(dir, { recursive: true, force: true }))

/** A fresh directory under the test's temp dir with these files. */
function workspace(name: string, files: Record<string, string | Buffer> = {}): string {
  const root = path.join(dir, name)
  mkdirSync(root, { recursive: true })
  for (const [rel, content] of Object.entries(files)) {
    mkdirSync(path.dirname(path.join(root, rel)), { recursive: true })
    writeFileSync(path.join(root, rel), content)
  }
  return root
}

/** The action on a workspace with these inputs, recording every call on its core (the runner's log). */
export async function runAction(root: string, inputs: RawSettings, env: Record<string, string> = {}) {
  const calls: Array<[string, ...unknown[]]> = []
  const record = (name: string) => (...args: unknown[]) => void calls.push([name, ...args])
  const core = Object.fromEntries(['info', 'debug', 'notice', 'warning', 'error', 'setOutput', 'setFailed', 'setSecret', 'startGroup', 'endGroup'].map((n) => [n, record(n)])) as unknown as ActionCore
  const summaries: string[] = []
  await run({
    core,
    env: { GITHUB_WORKSPACE: root, GITHUB_REPOSITORY: 'o/r', GITHUB_SHA: 'c'.repeat(40), GITHUB_EVENT_NAME: 'push', ...env },
    readInputs: () => inputs,
    writeSummary: async (md) => void summaries.push(md),
    renderRepository,
    connectGitHub: async () => {
      throw new Error('no network in these tests')
    },
  })
  const of = (name: string) => calls.filter((c) => c[0] === name).map((c) => c.slice(1))
  return { calls, of, summaries, outputs: Object.fromEntries(of('setOutput').map(([k, v]) => [k, v])) as Record<string, string> }
}

describe('links into .git and quoted file content', () => {
  it('leak.yaml -> .git/config (and a linked directory onto .git) is skipped, never read', async () => {
    const root = workspace('git-leak', { '.git/config': GIT_CONFIG, 'ok.yaml': POD })
    symlinkSync('.git/config', path.join(root, 'leak.yaml'))
    symlinkSync('.git', path.join(root, 'cfg'))
    const all = await runLint({ ruleSet: defaultRuleSet(), cwd: root, patterns: [], ignore: [] })
    assert.deepEqual(all.skipped, [{ path: 'leak.yaml', reason: 'symbolic link into a .git directory' }])
    assert.deepEqual([...new Set(all.findings.map((f) => f.file))], ['ok.yaml'])
    const viaDir = await runLint({ ruleSet: defaultRuleSet(), cwd: root, patterns: ['cfg/config', 'cfg/*'], ignore: [] })
    assert.deepEqual(viaDir.findings, [])
    assert.deepEqual(viaDir.skipped.map((s) => s.reason), ['inside a .git directory'])
    const out = cli('lint', '--cwd', root, '--format', 'json', '--fail-on', 'never', 'leak.yaml', 'cfg/config')
    assert.doesNotMatch(out.stdout + out.stderr, new RegExp(SECRET))
  })

  it('a yaml-syntax message never quotes the source line or token it failed on, and is bounded', () => {
    const long = 'x'.repeat(5000)
    const texts = [
      GIT_CONFIG,
      `# velero\na: b\n${SECRET}: c: d\n`,
      `# velero\nkey: |-${SECRET}${long}\n  x\n`,
      `# velero\nkey: "unterminated ${SECRET}\n`,
      `# velero\na: [b, ${SECRET}${long}: ]] c\n`,
    ]
    for (const text of texts) {
      const { findings } = lintText('leak.yaml', text, defaultRuleSet())
      assert.ok(findings.some((f) => f.ruleId === 'yaml-syntax'), text)
      for (const f of findings) {
        assert.doesNotMatch(f.message, new RegExp(SECRET), 'the excerpt is dropped')
        assert.ok(f.message.length < MAX_DETAIL_CHARS + 200, `${f.message.length} chars`)
      }
    }
    assert.equal(boundedDetail('Unexpected scalar token in YAML stream: "basic abc"'), 'Unexpected scalar token in YAML stream')
    assert.equal(boundedDetail('Bad thing at line 2, column 3:\n\nsecret line\n  ^\n'), 'Bad thing')
    assert.equal(boundedDetail('a\u202eb\u0007c'), 'a?b?c')
  })
})

/** A Pod whose fix and render both change it: an on-error in the wrong case and an init hook. */
const FIXABLE_POD = `apiVersion: v1
kind: Pod
metadata:
  name: web
  annotations:
    pre.hook.backup.velero.io/command: ["/bin/true"]
    pre.hook.backup.velero.io/on-error: fail
    init.hook.restore.velero.io/container-image: alpine:3.20
    init.hook.restore.velero.io/command: '["/bin/true"]'
spec:
  containers: [{name: app, image: nginx}]
`

describe('a glob whose fixed leading part is a linked directory', () => {
  it('deploy -> ../outside with deploy/**/*.yaml is refused like "lint deploy": nothing outside is read, fixed or rendered', async () => {
    const outside = workspace('glob-outside', { 'web.yaml': FIXABLE_POD, 'sub/db.yaml': FIXABLE_POD })
    const root = workspace('glob-link', { 'in.yaml': 'kind: ConfigMap\n' })
    symlinkSync(outside, path.join(root, 'deploy'))
    const expected = ['deploy/sub/db.yaml', 'deploy/web.yaml']
    for (const pattern of ['deploy/**/*.yaml', 'deploy/*.yaml', 'deploy/sub/db.yaml', 'deploy']) {
      const result = await runLint({ ruleSet: defaultRuleSet(), cwd: root, patterns: [pattern], ignore: [] })
      assert.deepEqual(result.findings, [], pattern)
      assert.ok(result.skipped.length > 0 && result.skipped.every((s) => expected.includes(s.path) && /outside the base directory/.test(s.reason)), JSON.stringify(result.skipped))
    }
    for (const args of [['lint', '--fix'], ['render'], ['render', '--in-place'], ['check']]) {
      const run = cli(...args, '--cwd', root, '--no-charts-and-overlays', '--no-error-on-unmatched-pattern', 'deploy/**/*.yaml')
      assert.doesNotMatch(run.stderr, /internal error/, run.stderr)
      assert.equal(readFileSync(path.join(outside, 'web.yaml'), 'utf8'), FIXABLE_POD, args.join(' '))
      assert.equal(readFileSync(path.join(outside, 'sub/db.yaml'), 'utf8'), FIXABLE_POD, args.join(' '))
      assert.ok(!existsSync(path.join(root, 'rendered', 'deploy')), `${args.join(' ')}: outside files copied into rendered/`)
    }
  })
})

describe('.velero-hooks.yaml obeys the manifest rules', () => {
  it('a link to a file outside is refused without echoing its keys; long keys are bounded and escaped', async () => {
    const outside = workspace('config-outside', { 'aws.yaml': `AKIA${'X'.repeat(16)}: secret\n` })
    const root = workspace('config-link', { 'a.yaml': POD })
    symlinkSync(path.join(outside, 'aws.yaml'), path.join(root, '.velero-hooks.yaml'))
    const linked = await loadConfig(root)
    assert.deepEqual(linked.problems.map((p) => p.message), ['the configuration file is a symbolic link to a file outside the base directory, and was not read.'])
    const run = cli('lint', '--cwd', root)
    assert.equal(run.status, 2)
    assert.doesNotMatch(run.stderr, /AKIA/)
    // A key of 5,000 characters with control and bidi characters: quoted short, on one line.
    const inside = workspace('config-long-key', { '.velero-hooks.yaml': `? "${'k'.repeat(5000)}\\u001b[2J\\u202e"\n: 1\nrules: {"x\\ny${'z'.repeat(300)}": off}\n` })
    const { problems } = await loadConfig(inside)
    assert.equal(problems.length, 2)
    for (const p of problems) {
      assert.ok(p.message.length < 400, `${p.message.length} chars`)
      // eslint-disable-next-line no-control-regex
      assert.doesNotMatch(p.message, /[\u0000-\u001f\u202e]/)
      const quotedKey = /"([^"]*)"/.exec(p.message)![1]!
      assert.ok(quotedKey.length <= MAX_QUOTED_CHARS, quotedKey)
    }
  })

  it('a FIFO is refused at once (no hang), a link to /dev/zero and a file over 1 MiB are refused by size', { skip: process.platform === 'win32' && 'no mkfifo' }, async () => {
    const root = workspace('config-fifo', { 'a.yaml': POD })
    assert.equal(spawnSync('mkfifo', [path.join(root, '.velero-hooks.yaml')]).status, 0)
    const started = Date.now()
    const fifo = await loadConfig(root)
    assert.deepEqual(fifo.problems.map((p) => p.message), ['the configuration file is not a regular file.'])
    const run = cli('lint', '--cwd', root)
    assert.equal(run.status, 2, run.stderr)
    assert.match(run.stderr, /not a regular file/)
    assert.ok(Date.now() - started < 55_000)
    const zero = workspace('config-zero', { 'a.yaml': POD })
    symlinkSync('/dev/zero', path.join(zero, 'zero.yaml'))
    assert.match((await loadConfig(zero, 'zero.yaml')).problems[0]!.message, /outside the base directory/)
    assert.match((await loadConfig(zero, '/dev/zero')).problems[0]!.message, /not a regular file/, 'named outside by the user: read with the guards')
    const big = workspace('config-big', { '.velero-hooks.yaml': `rules: {}\n${'#'.repeat(MAX_CONFIG_BYTES)}\n` })
    assert.match((await loadConfig(big)).problems[0]!.message, /over the 1048576-byte limit/)
  })
})

describe('reports are never written outside the workspace through a link', () => {
  it('sarif-file: reports/out.sarif with reports -> ../outside is refused; CLI --output too', async () => {
    const outside = workspace('report-outside')
    const root = workspace('report-link', { 'a.yaml': POD })
    symlinkSync(outside, path.join(root, 'reports'))
    const action = await runAction(root, { 'sarif-file': 'reports/out.sarif', 'fail-on': 'never' })
    assert.ok(!existsSync(path.join(outside, 'out.sarif')), 'written outside')
    assert.match(String(action.of('setFailed')[0]?.[0]), /could not write the SARIF file reports\/out\.sarif \(refused: a symbolic link on its path leads outside/)
    const fine = await runAction(root, { 'sarif-file': 'out.sarif', 'fail-on': 'never' })
    assert.deepEqual(fine.of('setFailed'), [])
    assert.ok(existsSync(path.join(root, 'out.sarif')))
    for (const target of [path.join(root, 'reports', 'out.sarif'), path.join(root, 'reports', 'new', '..', 'out.sarif')]) {
      const refused = cli('lint', '--cwd', root, '--format', 'sarif', '--output', target)
      assert.equal(refused.status, 2, refused.stderr)
      assert.match(refused.stderr, /a symbolic link on its path leads outside/)
      assert.ok(!existsSync(path.join(outside, 'out.sarif')), 'written outside')
    }
  })
})

describe('workflow-command injection through names we print', () => {
  const FORGED = 'x\n::error::forged\n::add-mask::y.yaml'
  /** Every line must be one of ours: none may start a workflow command. */
  const assertNoCommands = (text: string, what: string) => {
    for (const line of text.split(/\r\n|\r|\n/)) assert.ok(!/^\s*::/.test(line), `${what}: a line starts a workflow command: ${JSON.stringify(line)}`)
  }

  it('the CLI prints fixed, skipped, wrote and note lines on one line each', { skip: process.platform === 'win32' && 'no newlines in Windows file names' }, () => {
    const outside = workspace('inject-outside', { 'o.yaml': POD })
    const named = POD.replace('name: p', 'name: "web\\n::error::forged-by-name"').replace("pre.hook.backup.velero.io/on-error: Abort", 'init.hook.restore.velero.io/container-image: "alpine:3.20"\n    init.hook.restore.velero.io/command: \'["/bin/true"]\'\n    init.hook.restore.velero.io/container-name: "Bad_Name"')
    const root = workspace('inject-cli', { [FORGED]: FIXABLE_POD, 'named.yaml': named })
    symlinkSync(path.join(outside, 'o.yaml'), path.join(root, 'link\n::error::skipped.yaml'))
    for (const args of [['lint', '--fix'], ['render'], ['check']]) {
      const run = cli(...args, '--cwd', root, '--no-charts-and-overlays', '--fail-on', 'never')
      assert.doesNotMatch(run.stderr, /internal error/, run.stderr)
      assertNoCommands(run.stderr, args.join(' '))
      assertNoCommands(run.stdout, args.join(' '))
      if (args[0] === 'lint') assert.match(run.stderr, /fixed \S*x\\n::error::forged\\n::add-mask::y\.yaml:/)
      if (args[0] === 'render') assert.match(run.stderr, /wrote \S*x\\n::error::forged\\n::add-mask::y\.yaml: Pod "web"/)
      assert.match(run.stderr, /skipped \S*link\\n::error::skipped\.yaml: symbolic link to a file outside/)
    }
  })

  it('the action: fixed lines are flattened, path outputs leave such names out with a warning, a multi-line token is masked per line', { skip: process.platform === 'win32' && 'no newlines in Windows file names' }, async () => {
    const root = workspace('inject-action', { [FORGED]: FIXABLE_POD, 'ok.yaml': FIXABLE_POD })
    const action = await runAction(root, { fix: 'true', 'fail-on': 'never', 'github-token': 'ghp_first\nghp_second' })
    const token = action.of('info').map(([m]) => /^::stop-commands::(.+)$/.exec(String(m))?.[1]).find(Boolean)
    for (const [m] of action.of('info')) {
      if (m !== `::stop-commands::${token}` && m !== `::${token}::`) assertNoCommands(String(m), 'action log')
    }
    assert.ok(action.of('info').some(([m]) => /fixed x\\n::error::forged\\n::add-mask::y\.yaml:/.test(String(m))), JSON.stringify(action.of('info')))
    assert.equal(action.outputs.fixed, 'ok.yaml')
    assert.ok(action.of('warning').some(([m]) => /fixed output leaves out 1 path/.test(String(m))))
    assert.deepEqual(action.of('setSecret').map(([s]) => s), ['ghp_first\nghp_second', 'ghp_first', 'ghp_second'])
  })
})

describe('the job summary', () => {
  it("links the check run only at an https URL on the server's host, escaped; strips bidi controls and keeps bare URLs text", async () => {
    const report = { mode: 'lint' as const, failOn: 'error' as const, lint: { summary: { files: 1, documents: 1, resources: 1, hooks: 1, errors: 1, warnings: 0, notices: 0 }, findings: [{ ...finding('error', 'x.yaml', 1), file: 'a\u202egpj.yaml', message: 'see https://evil.example/x and www.evil.example \u2066x\u2069' }], skipped: [] }, render: undefined, scopeNote: undefined, changedLines: undefined, blobUrl: undefined }
    const verdict = { failed: true, line: 'velero-hooks: 1 error reaches fail-on: error' }
    const summary = (checkRunUrl: string) => renderSummary(report, verdict, { elsewhere: [], checkRunUrl, serverUrl: 'https://github.com' })
    assert.match(summary('https://github.com/o/r/runs/1'), /\[the check run\]\(https:\/\/github\.com\/o\/r\/runs\/1\)/)
    assert.match(summary('https://github.com/o/r/runs/1) [x](javascript:alert(1)'), /\(https:\/\/github\.com\/o\/r\/runs\/1%29%20%5Bx%5D%28javascript:alert%281%29\)/)
    for (const bad of ['javascript:alert(1)', 'http://github.com/o/r/runs/1', 'https://evil.example/runs/1', 'https://github.com.evil.example/x', 'https://u:p@github.com/x', 'not a url']) {
      assert.doesNotMatch(summary(bad), /check run/, bad)
    }
    const text = summary('')
    assert.doesNotMatch(text, /[\u202a-\u202e\u2066-\u2069]/)
    assert.doesNotMatch(text, /https:\/\/evil|www\.evil/, 'bare URLs stay text')
  })
})

describe('the render target is read with the guards sources have', () => {
  it('rendered/web.yaml -> /dev/zero, a FIFO, or a link out of the output dir: check says stale, render replaces the link; memory stays bounded', { skip: process.platform === 'win32' && 'no /dev/zero' }, () => {
    const outside = workspace('target-outside', { 'web.yaml': 'secret: outside\n' })
    const root = workspace('target-zero', { 'web.yaml': FIXABLE_POD, 'db.yaml': FIXABLE_POD, 'api.yaml': FIXABLE_POD })
    mkdirSync(path.join(root, 'rendered'))
    symlinkSync('/dev/zero', path.join(root, 'rendered', 'web.yaml'))
    assert.equal(spawnSync('mkfifo', [path.join(root, 'rendered', 'db.yaml')]).status, 0)
    symlinkSync(path.join(outside, 'web.yaml'), path.join(root, 'rendered', 'api.yaml'))
    const check = cli('check', '--cwd', root, '--no-charts-and-overlays', '--fail-on', 'never')
    assert.equal(check.status, 1, check.stderr)
    assert.equal(check.signal, null, 'finished within the timeout')
    for (const f of ['web', 'db', 'api']) assert.match(check.stderr, new RegExp(`stale rendered/${f}\\.yaml: differs from a fresh render`))
    const render = cli('render', '--cwd', root, '--no-charts-and-overlays', '--fail-on', 'never')
    assert.equal(render.status, 0, render.stderr)
    assert.equal(readFileSync(path.join(outside, 'web.yaml'), 'utf8'), 'secret: outside\n', 'the outside file is untouched')
    assert.match(readFileSync(path.join(root, 'rendered', 'web.yaml'), 'utf8'), /^apiVersion: v1/, 'the link is replaced by the render')
    assert.equal(cli('check', '--cwd', root, '--no-charts-and-overlays', '--fail-on', 'never').status, 0)
  })
})
