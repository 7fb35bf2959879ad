import assert from 'node:assert/strict'
import { chmod, cp, lstat, mkdir, mkdtemp, readFile, readlink, rm, stat, symlink, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { after, before, describe, it } from 'node:test'
import { runCli } from '../../src/cli.js'
import { findingFilter } from '../../src/config/apply-config.js'
import { parseConfigText } from '../../src/config/parse-config.js'
import { fixText } from '../../src/fix/fix-text.js'
import { FIXERS } from '../../src/fix/fixers/index.js'
import { runFix } from '../../src/fix/run-fix.js'
import { findings, ruleSet } from './fix-support.js'

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

  it('rewrites only files with fixable findings, keeping their mode, and never replaces a symbolic link', async () => {
    const base = path.join(dir, 'files')
    await mkdir(base)
    await cp(path.join(repoRoot, 'examples', 'my-web-app.yaml'), path.join(base, 'clean.yaml'))
    await writeFile(path.join(base, 'app.yaml'), DEPLOYMENT)
    await chmod(path.join(base, 'app.yaml'), 0o640)
    await writeFile(path.join(base, 'real.yaml'), DEPLOYMENT)
    await symlink('real.yaml', path.join(base, 'link.yaml'))
    const cleanBefore = await stat(path.join(base, 'clean.yaml'))

    const result = await runFix({ cwd: base, patterns: ['app.yaml', 'clean.yaml', 'link.yaml'], ignore: [] })
    // Discovery does not follow symbolic links (src/engine/discover.ts), so link.yaml is not linted.
    assert.deepEqual(
      result.files.map((f) => f.file),
      ['app.yaml'],
    )
    assert.equal(result.count, 2) // a move, then a JSON repair
    const fixed = await readFile(path.join(base, 'app.yaml'), 'utf8')
    assert.equal(findings(fixed).filter((f) => f.severity === 'error').length, 0, fixed)
    assert.equal((await stat(path.join(base, 'app.yaml'))).mode & 0o777, 0o640)
    assert.ok((await lstat(path.join(base, 'link.yaml'))).isSymbolicLink(), 'the link was replaced by a file')
    assert.equal(await readlink(path.join(base, 'link.yaml')), 'real.yaml')
    assert.equal(await readFile(path.join(base, 'real.yaml'), 'utf8'), DEPLOYMENT)
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

  it('repairs every examples/ mistake it claims to, and a second run changes nothing', async () => {
    const base = path.join(dir, 'examples')
    await cp(path.join(repoRoot, 'examples'), base, { recursive: true })
    const fixable = new Set(FIXERS.map((f) => f.ruleId))
    const originals = new Map<string, string>()
    for (const name of ['fixable-mistakes.yaml', 'my-web-app.yaml']) originals.set(name, await readFile(path.join(base, name), 'utf8'))
    const result = await runFix({ cwd: base, patterns: [], ignore: [] })
    assert.ok(result.count >= 4, `expected the four fixes of fixable-mistakes.yaml, got ${result.count}`)
    for (const f of result.files) {
      const text = await readFile(path.join(base, f.file), 'utf8')
      for (const ruleId of new Set(f.fixes.map((x) => x.ruleId))) {
        const left = findings(text, ruleId)
        assert.deepEqual(left.map((x) => `${x.line}: ${x.message}`), [], `${f.file} still has ${ruleId} findings`)
      }
      assert.equal(fixText(f.file, text, { ruleSet }).output, text)
    }
    const fixedMistakes = await readFile(path.join(base, 'fixable-mistakes.yaml'), 'utf8')
    assert.deepEqual(findings(fixedMistakes).filter((x) => fixable.has(x.ruleId)), [])
    assert.equal(await readFile(path.join(base, 'my-web-app.yaml'), 'utf8'), originals.get('my-web-app.yaml'))
    const second = await runFix({ cwd: base, patterns: [], ignore: [] })
    assert.equal(second.count, 0)
  })
})
