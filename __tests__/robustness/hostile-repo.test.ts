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
import { boundedDetail, lintText, MAX_DETAIL_CHARS } from '../../src/engine/lint-text.js'
import { runLint } from '../../src/engine/run-lint.js'
import { defaultRuleSet } from '../../src/rules/index.js'
import { REPO_ROOT } from './fuzz-properties.js'

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
    pre.hook.backup.velero.io/command: '["/bin/true"]'
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
