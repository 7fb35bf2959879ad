/**
 * Tried as a new user would: a repository with a vendored third-party chart full of mistakes and one
 * intentional exception in its own manifests goes green with one config file and one comment.
 */
import assert from 'node:assert/strict'
import { mkdir, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { after, before, describe, it } from 'node:test'
import { runCli } from '../../src/cli/cli.js'

const VENDORED_DEPLOYMENT = `# Rendered from the upstream chart; we do not edit vendored files.
apiVersion: apps/v1
kind: Deployment
metadata:
  name: thirdparty-cache
  namespace: cache
  annotations:
    pre.hook.backup.velero.io/command: "['redis-cli', 'BGSAVE']"
spec:
  template:
    metadata:
      annotations:
        post.hook.restore.velero.io/container: warmup
        post.hook.restore.velero.io/command: '["/warmup.sh"]'
        post.hook.restore.velero.io/timeout: 5m
    spec:
      containers:
        - name: redis
          image: redis:7
`

const OWN_STATEFULSET = `apiVersion: apps/v1
kind: StatefulSet
metadata:
  name: orders-db
spec:
  template:
    metadata:
      annotations:
        # The Istio webhook injects istio-proxy into every Pod, so the container exists when the hook runs.
        pre.hook.backup.velero.io/container: istio-proxy
        pre.hook.backup.velero.io/command: '["pilot-agent", "request", "POST", "drain"]'
    spec:
      containers:
        - name: postgres
          image: postgres:16
`

async function lint(cwd: string, ...argv: string[]) {
  let stdout = ''
  let stderr = ''
  const code = await runCli(['lint', '--format', 'json', ...argv], { stdout: (s) => (stdout += s), stderr: (s) => (stderr += s), cwd, isTty: false })
  return { code, stderr, findings: code === 2 ? [] : (JSON.parse(stdout).findings as { ruleId: string; file: string; line: number }[]) }
}

describe('a new user makes a repository green', () => {
  let repo: string
  before(async () => {
    repo = await mkdtemp(path.join(tmpdir(), 'velero-hooks-new-user-'))
    await mkdir(path.join(repo, 'vendor', 'charts', 'thirdparty-cache'), { recursive: true })
    await mkdir(path.join(repo, 'apps'))
    await writeFile(path.join(repo, 'vendor', 'charts', 'thirdparty-cache', 'deployment.yaml'), VENDORED_DEPLOYMENT)
    await writeFile(path.join(repo, 'apps', 'orders-db.yaml'), OWN_STATEFULSET)
  })
  after(async () => {
    await rm(repo, { recursive: true, force: true })
  })

  it('with one config file and one comment', async () => {
    const first = await lint(repo)
    assert.equal(first.code, 1)
    const byFile = (file: string) => first.findings.filter((f) => f.file === file).map((f) => f.ruleId)
    assert.ok(byFile('vendor/charts/thirdparty-cache/deployment.yaml').length >= 3, JSON.stringify(first.findings))
    assert.deepEqual(byFile('apps/orders-db.yaml'), ['hook-unknown-container'])

    // The config file: the vendored chart cannot be edited.
    await writeFile(
      path.join(repo, '.velero-hooks.yaml'),
      '# Third-party manifests we vendor but do not maintain.\nexclude:\n  - path: vendor/charts/thirdparty-cache\n',
    )
    // The comment: the one intentional exception, with its reason.
    const own = path.join(repo, 'apps', 'orders-db.yaml')
    const text = await readFile(own, 'utf8')
    await writeFile(
      own,
      text.replace(
        '        pre.hook.backup.velero.io/container: istio-proxy\n',
        '        # velero-hooks-ignore hook-unknown-container -- injected by the Istio webhook\n        pre.hook.backup.velero.io/container: istio-proxy\n',
      ),
    )
    const second = await lint(repo, '--fail-on', 'notice')
    assert.deepEqual(second.findings, [])
    assert.equal(second.code, 0)
  })

  it('a mistake in the config file is one clear line with its position, and exit code 2', async () => {
    await writeFile(path.join(repo, 'strict.yaml'), 'rules:\n  hook-unknown-containers: off\n')
    const bad = await lint(repo, '--config', 'strict.yaml')
    assert.equal(bad.code, 2)
    assert.match(bad.stderr, /^velero-hooks: invalid configuration: strict\.yaml:2:3: unknown rule id "hook-unknown-containers" .*did you mean "hook-unknown-container"\?\n/)
  })
})
