/** `velero-hooks render` and `velero-hooks check` through runCli, as a user or a PR check runs them. */
import assert from 'node:assert/strict'
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { after, describe, it } from 'node:test'
import { runCli } from '../../src/cli/cli.js'

const EXAMPLE = readFileSync(path.resolve(import.meta.dirname, '..', '..', 'examples', 'my-web-app.yaml'), 'utf8')
const roots: string[] = []
after(() => {
  for (const r of roots) rmSync(r, { recursive: true, force: true })
})

function repo(): string {
  const root = mkdtempSync(path.join(os.tmpdir(), 'vh-cli-'))
  roots.push(root)
  mkdirSync(path.join(root, 'k8s'))
  writeFileSync(path.join(root, 'k8s', 'app.yaml'), EXAMPLE)
  writeFileSync(path.join(root, 'k8s', 'cfg.yaml'), 'kind: ConfigMap\nmetadata: {name: cfg}\n')
  return root
}

async function run(argv: string[], cwd: string): Promise<{ code: number; stdout: string; stderr: string }> {
  let stdout = ''
  let stderr = ''
  const code = await runCli(argv, { stdout: (s) => (stdout += s), stderr: (s) => (stderr += s), cwd, isTty: false })
  return { code, stdout, stderr }
}

describe('velero-hooks render / check', () => {
  it('render then check exits 0; editing a source hook makes check exit 1 naming that file', async () => {
    const root = repo()
    const render = await run(['render'], root)
    assert.equal(render.code, 0, render.stderr)
    assert.match(render.stderr, /wrote rendered\/k8s\/app\.yaml: Pod "my-web-app" \+ "velero-restore-init-0"/)
    assert.match(render.stderr, /wrote rendered\/k8s\/cfg\.yaml \(copied unchanged\)/)
    assert.match(render.stderr, /1 init container rendered under rendered\/; 2 files written, 0 already current\./)
    assert.match(render.stdout, /no problems|problem/, 'the lint report is printed too')

    const clean = await run(['check'], root)
    assert.equal(clean.code, 0, clean.stderr)
    assert.match(clean.stderr, /The render under rendered\/ is current \(2 files\)\./)

    writeFileSync(path.join(root, 'k8s', 'app.yaml'), EXAMPLE.replace("'[\"/bin/sh\", \"-c\", \"echo host=db", "'[\"/bin/sh\", \"-c\", \"echo host=db2"))
    const stale = await run(['check'], root)
    assert.equal(stale.code, 1)
    assert.match(stale.stderr, /stale rendered\/k8s\/app\.yaml: differs from a fresh render of k8s\/app\.yaml/)
    assert.match(stale.stderr, /1 stale file under rendered\/; run "velero-hooks render" and commit the result\./)
    assert.doesNotMatch(stale.stderr, /cfg\.yaml/)
  })

  it('--in-place edits the manifests, and check --in-place agrees afterwards', async () => {
    const root = repo()
    assert.equal((await run(['check', '--in-place'], root)).code, 1)
    const render = await run(['render', '--in-place', '--volume-mounts', 'none'], root)
    assert.equal(render.code, 0, render.stderr)
    assert.ok(!existsSync(path.join(root, 'rendered')))
    const text = readFileSync(path.join(root, 'k8s', 'app.yaml'), 'utf8')
    assert.match(text, /initContainers:\n {4}- name: velero-restore-init-0\n/)
    assert.doesNotMatch(text.slice(text.indexOf('initContainers')), /volumeMounts:\n\s+- name: data-volume\n\s+mountPath: \/data\n {2}volumes/)
    const check = await run(['check', '--in-place', '--volume-mounts', 'none'], root)
    assert.equal(check.code, 0, check.stderr)
  })

  it('--cwd, --output-dir and patterns; the output directory is relative to --cwd', async () => {
    const root = repo()
    const r = await run(['render', 'k8s/app.yaml', '--cwd', root, '--output-dir', 'out/'], os.tmpdir())
    assert.equal(r.code, 0, r.stderr)
    assert.ok(existsSync(path.join(root, 'out', 'k8s', 'app.yaml')))
    assert.ok(!existsSync(path.join(root, 'out', 'k8s', 'cfg.yaml')))
    assert.equal((await run(['check', 'k8s/app.yaml', '--cwd', root, '--output-dir', 'out'], os.tmpdir())).code, 0)
  })

  it('lints with the same options: --format json, --fail-on', async () => {
    const root = repo()
    const r = await run(['render', '--format', 'json', '--fail-on', 'warning'], root)
    const report = JSON.parse(r.stdout) as { summary: { files: number }; findings: { ruleId: string }[] }
    assert.equal(report.summary.files, 2)
    assert.ok(report.findings.some((f) => f.ruleId === 'init-hook-no-volume-access'))
    assert.equal(r.code, 1, 'a warning reaches --fail-on warning')
    assert.ok(existsSync(path.join(root, 'rendered', 'k8s', 'app.yaml')), 'files are still written')
  })

  it('explains pods it leaves unchanged', async () => {
    const root = repo()
    writeFileSync(path.join(root, 'k8s', 'app.yaml'), EXAMPLE.replace(/^ {4}init\.hook\.restore\.velero\.io\/command:.*\n/m, ''))
    const r = await run(['render'], root)
    assert.equal(r.code, 1, 'init-hook-missing-command is an error')
    assert.match(r.stderr, /k8s\/app\.yaml:3: Pod "my-web-app": left unchanged: its init hook has an image but no "init\.hook\.restore\.velero\.io\/command": Velero up to v1\.18\.2 panics on it/)
    assert.match(r.stdout, /init-hook-missing-command/)
  })

  it('refuses bad option combinations with exit 2 and one line', async () => {
    const root = repo()
    for (const argv of [
      ['render', '--in-place', '--output-dir', 'x'],
      ['render', '--volume-mounts', 'all'],
      ['render', '--output-dir', '../elsewhere'],
      ['lint', '--in-place'],
      ['check', '--output-dir', ''],
    ]) {
      const r = await run(argv, root)
      assert.equal(r.code, 2, argv.join(' '))
      assert.match(r.stderr, /^velero-hooks: .+\nRun "velero-hooks --help" for usage\.\n$/, argv.join(' '))
    }
  })

  it('documents render and check in --help', async () => {
    const r = await run(['--help'], os.tmpdir())
    assert.match(r.stdout, /render \[PATTERN\.\.\.\]/)
    assert.match(r.stdout, /check \[PATTERN\.\.\.\]/)
    assert.match(r.stdout, /--volume-mounts MODE/)
  })
})
