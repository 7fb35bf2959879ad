import assert from 'node:assert/strict'
import { chmod, cp, lstat, mkdir, mkdtemp, readFile, readlink, rm, stat, symlink, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { after, before, describe, it } from 'node:test'
import { runCli } from '../../src/cli/cli.js'
import { findingFilter } from '../../src/config/apply-config.js'
import { parseConfigText } from '../../src/config/parse-config.js'
import { fixText } from '../../src/fix/fix-text.js'
import { FIXERS } from '../../src/fix/fixers/index.js'
import { runFix } from '../../src/fix/run-fix.js'
import { findings, ruleSet } from './fix-support.js'
import { defaultRuleSet } from '../../src/rules/index.js'

const repoRoot = path.resolve(import.meta.dirname, '..', '..')

const DEPLOYMENT = `apiVersion: apps/v1
kind: Deployment
metadata:
  name: d
  annotations:
    pre.hook.backup.velero.io/command: "['/bin/true']"
spec:
  template:
    spec:
      containers: [{name: a, image: b}]
`

async function cli(cwd: string, ...argv: string[]) {
  let stdout = ''
  let stderr = ''
  const code = await runCli(argv, { stdout: (s) => (stdout += s), stderr: (s) => (stderr += s), cwd, isTty: false })
  return { code, stdout, stderr }
}

describe('runFix and lint --fix on files', () => {
  let dir: string
  before(async () => {
    dir = await mkdtemp(path.join(tmpdir(), 'velero-hooks-fix-'))
  })
  after(async () => {
    await rm(dir, { recursive: true, force: true })
  })

  it('rewrites only files with fixable findings, keeping their mode, and fixes a link\'s target without replacing the link', async () => {
    const base = path.join(dir, 'files')
    await mkdir(base)
    await cp(path.join(repoRoot, 'examples', 'my-web-app.yaml'), path.join(base, 'clean.yaml'))
    await writeFile(path.join(base, 'app.yaml'), DEPLOYMENT)
    await chmod(path.join(base, 'app.yaml'), 0o640)
    await writeFile(path.join(base, 'real.yaml'), DEPLOYMENT)
    await symlink('real.yaml', path.join(base, 'link.yaml'))
    const cleanBefore = await stat(path.join(base, 'clean.yaml'))

    const result = await runFix({ ruleSet: defaultRuleSet(), cwd: base, patterns: ['app.yaml', 'clean.yaml', 'link.yaml'], ignore: [] })
    assert.deepEqual(
      result.files.map((f) => f.file),
      ['app.yaml', 'link.yaml'],
    )
    assert.equal(result.count, 4) // in each: a move, then a JSON repair
    const fixed = await readFile(path.join(base, 'app.yaml'), 'utf8')
    assert.equal(findings(fixed).filter((f) => f.severity === 'error').length, 0, fixed)
    assert.equal((await stat(path.join(base, 'app.yaml'))).mode & 0o777, 0o640)
    assert.ok((await lstat(path.join(base, 'link.yaml'))).isSymbolicLink(), 'the link was replaced by a file')
    assert.equal(await readlink(path.join(base, 'link.yaml')), 'real.yaml')
    assert.equal(await readFile(path.join(base, 'real.yaml'), 'utf8'), fixed, 'the link target was not fixed')
    assert.equal((await stat(path.join(base, 'clean.yaml'))).ino, cleanBefore.ino, 'a file with nothing to fix was rewritten')
  })

  it('makes no fix for findings the configuration excludes or a comment suppresses', async () => {
    const { config } = parseConfigText('exclude:\n  - {rule: hook-annotation-on-controller, kind: Deployment}\n', '.velero-hooks.yaml')
    const excluded = fixText('a.yaml', DEPLOYMENT, { ruleSet, filter: findingFilter(config) })
    assert.equal(excluded.output, DEPLOYMENT)
    const suppressed = DEPLOYMENT.replace('  annotations:\n', '  annotations:\n    # velero-hooks-ignore hook-annotation-on-controller -- kept on purpose\n')
    assert.equal(fixText('a.yaml', suppressed, { ruleSet }).output, suppressed)
  })

  it('lint --fix reports what it fixed on stderr and exits by what remains', async () => {
    const base = path.join(dir, 'cli')
    await mkdir(base)
    await writeFile(path.join(base, 'app.yaml'), DEPLOYMENT)
    const unfixed = await cli(base, 'lint', '--fail-on', 'error')
    assert.equal(unfixed.code, 1)
    const fixed = await cli(base, 'lint', '--fix', '--format', 'json')
    assert.equal(fixed.code, 0, fixed.stdout + fixed.stderr)
    assert.match(fixed.stderr, /velero-hooks: fixed app\.yaml:\n {2}moved "pre\.hook\.backup\.velero\.io\/command" into the pod template's annotations \(hook-annotation-on-controller\)\n/)
    assert.deepEqual(JSON.parse(fixed.stdout).findings, [])
    const again = await cli(base, 'lint', '--fix')
    assert.equal(again.stderr, '', 'a second --fix fixed something')
  })

  it('repairs the examples/ mistakes it claims to, and a second run changes nothing', async () => {
    const base = path.join(dir, 'examples')
    await cp(path.join(repoRoot, 'examples'), base, { recursive: true })
    const fixable = new Set(FIXERS.map((f) => f.ruleId))
    const before = new Map<string, string>()
    const result = await runFix({ ruleSet: defaultRuleSet(),
      cwd: base,
      patterns: [],
      ignore: [],
      onFile: (_lint, file, raw) => {
        before.set(file.relative, raw)
      },
    })
    // One example per fixer, and one with all five mistakes (a rename that then moves, etc.).
    const fixedRules = (file: string) => [...new Set(result.files.find((f) => f.file === file)?.fixes.map((x) => x.ruleId))].sort()
    assert.deepEqual(fixedRules('broken/annotations-on-deployment.yaml'), ['hook-annotation-on-controller'])
    assert.deepEqual(fixedRules('broken/fs-backup-annotations.yaml'), ['fs-backup-annotation-on-controller'])
    assert.deepEqual(fixedRules('broken/single-quoted-json.yaml'), ['hook-command-invalid-json'])
    assert.deepEqual(fixedRules('broken/bad-values.yaml'), ['hook-annotation-not-string'])
    assert.deepEqual(fixedRules('broken/misspelt-keys.yaml'), ['hook-annotation-unknown-key'])
    assert.deepEqual(fixedRules('broken/fixable-mistakes.yaml'), [...fixable].sort())
    for (const f of result.files) {
      const text = await readFile(path.join(base, f.file), 'utf8')
      for (const ruleId of new Set(f.fixes.map((x) => x.ruleId))) {
        // (A finding may first appear in a later pass: a command checked only once it is in the pod template.)
        const left = findings(text, ruleId).length
        assert.ok(left === 0 || left < findings(before.get(f.file)!, ruleId).length, `${f.file}: ${ruleId} findings did not go down`)
      }
      // What is left of a fixed rule is what --fix leaves on purpose (e.g. pre.hook.restore…: pre-backup or init?).
      assert.equal(fixText(f.file, text, { ruleSet }).output, text)
    }
    const allFive = await readFile(path.join(base, 'broken', 'fixable-mistakes.yaml'), 'utf8')
    assert.deepEqual(findings(allFive).filter((x) => fixable.has(x.ruleId)), [])
    assert.equal(await readFile(path.join(base, 'my-web-app.yaml'), 'utf8'), await readFile(path.join(repoRoot, 'examples', 'my-web-app.yaml'), 'utf8'))
    const second = await runFix({ ruleSet: defaultRuleSet(), cwd: base, patterns: [], ignore: [] })
    assert.equal(second.count, 0)
  })
})
