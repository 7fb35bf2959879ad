/**
 * Issue 10's "done when", as a user runs it: a repository holding a chart (mistakes in values and
 * templates, a ci/ value set) and a kustomize base with a broken and a correct overlay, linted
 * through runCli with the real helm and kubectl first on PATH; then without them; then the action
 * bundle as a runner runs it, rendering by default and not with `charts-and-overlays: false`.
 */
import assert from 'node:assert/strict'
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { after, before, describe, it } from 'node:test'
import { runCli } from '../../src/cli/cli.js'
import { runAction } from '../support/run-action.js'
import { ensureRenderTools, renderToolsUnavailable } from '../support/render-tools.js'

const unavailable = renderToolsUnavailable()
const lines = (...l: string[]): string => `${l.join('\n')}\n`

const DONE_WHEN_REPO: Readonly<Record<string, string>> = {
  'charts/shop/Chart.yaml': lines('apiVersion: v2', 'name: shop', 'version: 0.1.0'),
  'charts/shop/values.yaml': lines(
    'worker:',
    '  annotations:',
    `    pre.hook.backup.velero.io/command: "['/bin/sh', '-c', 'sync']"`, // 3: single quotes in the JSON
    '    pre.hook.backup.velero.io/container: worker',
    'cache:',
    '  container: redis',
  ),
  'charts/shop/ci/prod-values.yaml': lines('worker:', '  annotations:', '    pre.hook.backup.velero.io/container: wrker'), // 3: no such container
  'charts/shop/templates/cache.yaml': lines(
    'apiVersion: apps/v1',
    'kind: StatefulSet',
    'metadata:',
    '  name: {{ .Release.Name }}-cache',
    '  annotations:', // 6, 7: hooks on the StatefulSet, not its pods
    `    pre.hook.backup.velero.io/command: '["redis-cli", "save"]'`,
    '    pre.hook.backup.velero.io/container: {{ .Values.cache.container }}',
    'spec:',
    '  serviceName: cache',
    '  selector: {matchLabels: {app: cache}}',
    '  template:',
    '    metadata:',
    '      labels: {app: cache}',
    '    spec:',
    '      containers:',
    '        - name: redis',
    '          image: redis:7',
  ),
  'charts/shop/templates/worker.yaml': lines(
    'apiVersion: apps/v1',
    'kind: Deployment',
    'metadata:',
    '  name: {{ .Release.Name }}-worker',
    'spec:',
    '  selector: {matchLabels: {app: worker}}',
    '  template:',
    '    metadata:',
    '      labels: {app: worker}',
    '      annotations:',
    '        {{- toYaml .Values.worker.annotations | nindent 8 }}',
    '    spec:',
    '      containers:',
    '        - name: worker',
    '          image: busybox:1.36',
  ),
  'deploy/base/kustomization.yaml': lines('resources:', '  - deploy.yaml'),
  'deploy/base/deploy.yaml': lines(
    'apiVersion: apps/v1',
    'kind: Deployment',
    'metadata:',
    '  name: web',
    'spec:',
    '  selector: {matchLabels: {app: web}}',
    '  template:',
    '    metadata:',
    '      labels: {app: web}',
    '      annotations:',
    `        pre.hook.backup.velero.io/command: '["/bin/true"]'`,
    '    spec:',
    '      containers:',
    '        - name: web',
    '          image: nginx:1.27',
  ),
  'deploy/overlays/broken/kustomization.yaml': lines(
    'resources:',
    '  - ../../base',
    'commonAnnotations:',
    `  post.hook.backup.velero.io/command: '["/bin/true"]'`,
    '  post.hook.backup.velero.io/on-error: fail', // 5
    'patches:',
    '  - path: patch.yaml',
  ),
  'deploy/overlays/broken/patch.yaml': lines(
    'apiVersion: apps/v1',
    'kind: Deployment',
    'metadata:',
    '  name: web',
    'spec:',
    '  template:',
    '    metadata:',
    '      annotations:',
    '        pre.hook.backup.velero.io/container: webb', // 9
  ),
  'deploy/overlays/good/kustomization.yaml': lines(
    'resources:',
    '  - ../../base',
    'commonAnnotations:',
    `  post.hook.backup.velero.io/command: '["/bin/true"]'`,
    '  post.hook.backup.velero.io/on-error: Fail',
  ),
}

const roots: string[] = []
after(() => {
  for (const r of roots) rmSync(r, { recursive: true, force: true })
})

function tempDir(prefix: string): string {
  const dir = mkdtempSync(path.join(os.tmpdir(), prefix))
  roots.push(dir)
  return dir
}

function writeRepo(files: Readonly<Record<string, string>>): string {
  const root = tempDir('vh-e2e-')
  for (const [name, text] of Object.entries(files)) {
    mkdirSync(path.dirname(path.join(root, name)), { recursive: true })
    writeFileSync(path.join(root, name), text)
  }
  return root
}

interface JsonFinding {
  ruleId: string
  severity: string
  file: string
  line: number
  column: number
  message: string
}

async function lint(argv: string[], cwd: string): Promise<{ code: number; findings: JsonFinding[]; stderr: string }> {
  let stdout = ''
  let stderr = ''
  const code = await runCli(['lint', '--format', 'json', ...argv], { stdout: (s) => (stdout += s), stderr: (s) => (stderr += s), cwd, isTty: false })
  return { code, findings: (JSON.parse(stdout) as { findings: JsonFinding[] }).findings, stderr }
}

const places = (findings: readonly JsonFinding[]): string[] => findings.map((f) => `${f.file}:${f.line}:${f.column} ${f.severity} ${f.ruleId}`)

/** PATH for the duration of a describe block (runCli finds helm and kubectl through process.env.PATH). */
function withPath(value: () => string): void {
  let saved: string | undefined
  before(() => {
    saved = process.env.PATH
    process.env.PATH = value()
  })
  after(() => {
    process.env.PATH = saved
  })
}

describe('done when: a chart and overlays, linted with helm and kubectl on PATH', { skip: unavailable ?? false }, () => {
  // Only the bundled helm and kubectl: a runner's own kustomize (preferred over kubectl) or helm v3 stays out.
  withPath(() => ensureRenderTools().binDir)
  let repo: string
  before(() => {
    repo = writeRepo(DONE_WHEN_REPO)
  })

  it('reports every finding at its source line and exits 1', async () => {
    const run = await lint([], repo)
    assert.equal(run.code, 1, run.stderr)
    assert.deepEqual(places(run.findings), [
      'charts/shop/ci/prod-values.yaml:3:42 error hook-unknown-container',
      'charts/shop/templates/cache.yaml:6:5 error hook-annotation-on-controller',
      'charts/shop/templates/cache.yaml:7:5 error hook-annotation-on-controller',
      'charts/shop/values.yaml:3:40 error hook-command-invalid-json',
      'deploy/overlays/broken/kustomization.yaml:5:40 notice hook-invalid-on-error',
      'deploy/overlays/broken/patch.yaml:9:46 error hook-unknown-container',
    ])
    const message = (file: string): string => run.findings.find((f) => f.file === file)!.message
    assert.match(message('charts/shop/ci/prod-values.yaml'), /\[Deployment release-name-worker rendered from chart charts\/shop \(values ci\/prod-values\.yaml\)\]$/)
    assert.match(message('deploy/overlays/broken/patch.yaml'), /\[Deployment web rendered from kustomization deploy\/overlays\/broken\]$/)
    assert.ok(!run.findings.some((f) => /velero-hooks-render-|\/tmp\//.test(f.message)), 'no temporary path in any message')
  })

  it('the correct overlay alone exits 0 with no finding', async () => {
    const run = await lint(['deploy/overlays/good'], repo)
    assert.equal(run.code, 0, run.stderr)
    assert.deepEqual(places(run.findings), [])
  })

  it('paths stay relative to where the command runs, with --cwd', async () => {
    const run = await lint(['--cwd', 'deploy'], repo)
    assert.deepEqual(places(run.findings), [
      'deploy/overlays/broken/kustomization.yaml:5:40 notice hook-invalid-on-error',
      'deploy/overlays/broken/patch.yaml:9:46 error hook-unknown-container',
    ])
  })

  it('--helm and --kustomize pointing nowhere: each chart and overlay gets a source-not-rendered warning naming them', async () => {
    const run = await lint(['--helm', '/nonexistent/helm', '--kustomize', '/nonexistent/kustomize'], repo)
    assert.equal(run.code, 0, run.stderr)
    const notRendered = run.findings.filter((f) => f.ruleId === 'source-not-rendered')
    assert.deepEqual(places(notRendered), [
      'charts/shop/Chart.yaml:1:1 warning source-not-rendered',
      'deploy/overlays/broken/kustomization.yaml:1:1 warning source-not-rendered',
      'deploy/overlays/good/kustomization.yaml:1:1 warning source-not-rendered',
    ])
    assert.match(notRendered[0]!.message, /chart charts\/shop: helm "\/nonexistent\/helm" was not found or is not executable/)
    assert.match(notRendered[1]!.message, /kustomization deploy\/overlays\/broken: kustomize or kubectl "\/nonexistent\/kustomize" was not found/)
  })
})

/** What a run reports when neither helm nor kustomize is there. */
const WITHOUT_TOOLS = [
  'charts/shop/Chart.yaml:1:1 warning source-not-rendered',
  'charts/shop/ci/prod-values.yaml:3:5 warning hook-keys-not-checked',
  'charts/shop/templates/cache.yaml:4:9 notice template-skipped',
  'charts/shop/values.yaml:3:5 warning hook-keys-not-checked',
  'deploy/overlays/broken/kustomization.yaml:1:1 warning source-not-rendered',
  'deploy/overlays/broken/kustomization.yaml:4:3 warning hook-keys-not-checked',
  // The patch alone, linted as a plain manifest: a partial object.
  'deploy/overlays/broken/patch.yaml:9:9 warning hook-orphan-setting',
  'deploy/overlays/good/kustomization.yaml:1:1 warning source-not-rendered',
  'deploy/overlays/good/kustomization.yaml:4:3 warning hook-keys-not-checked',
]

describe('done when: without helm and kustomize on PATH', { skip: process.platform === 'win32' && 'PATH handling' }, () => {
  withPath(() => tempDir('vh-empty-path-'))
  let repo: string
  before(() => {
    repo = writeRepo(DONE_WHEN_REPO)
  })

  it('warns at each Chart.yaml and kustomization.yaml (line 1), and at the hook keys no reader explains', async () => {
    const run = await lint([], repo)
    assert.equal(run.code, 0, run.stderr)
    assert.deepEqual(places(run.findings), WITHOUT_TOOLS)
    const chart = run.findings.find((f) => f.file === 'charts/shop/Chart.yaml')!
    assert.match(chart.message, /did not check the Velero hooks of chart charts\/shop: helm was not found on PATH/)
  })

  it('--fail-on warning makes the unchecked chart and overlays fail the run', async () => {
    assert.equal((await lint(['--fail-on', 'warning'], repo)).code, 1)
  })
})

describe('done when: a value set configured in .velero-hooks.yaml', { skip: unavailable ?? false }, () => {
  withPath(() => ensureRenderTools().binDir)
  const REPO: Readonly<Record<string, string>> = {
    '.velero-hooks.yaml': lines(
      'charts:',
      '  web:',
      '    valueSets:',
      '      - name: staging',
      '        set: { hookContainer: wbe }', // 5: the --set value the finding is about
    ),
    'web/Chart.yaml': lines('apiVersion: v2', 'name: web', 'version: 0.1.0'),
    'web/values.yaml': lines('hookContainer: web'),
    'web/templates/deploy.yaml': lines(
      'apiVersion: apps/v1',
      'kind: Deployment',
      'metadata:',
      '  name: web',
      'spec:',
      '  selector: {matchLabels: {app: web}}',
      '  template:',
      '    metadata:',
      '      labels: {app: web}',
      '      annotations:',
      `        pre.hook.backup.velero.io/command: '["/bin/sync"]'`,
      '        pre.hook.backup.velero.io/container: {{ .Values.hookContainer }}',
      '    spec:',
      '      containers:',
      '        - name: web',
      '          image: nginx:1.27',
    ),
  }

  it('a --set pair of a configured value set: its finding at the pair’s line in .velero-hooks.yaml, exit 1', async () => {
    const run = await lint([], writeRepo(REPO))
    assert.equal(run.code, 1, run.stderr)
    assert.deepEqual(places(run.findings), ['.velero-hooks.yaml:5:31 error hook-unknown-container'])
    assert.match(run.findings[0]!.message, /Container "wbe".*\[Deployment web rendered from chart web \(values staging\)\]$/)
  })
})

describe('the action bundle renders charts and overlays by default', { skip: unavailable ?? false }, () => {
  const PATH = (): string => ensureRenderTools().binDir
  const fileErrors = (run: Awaited<ReturnType<typeof runAction>>): string[] =>
    run.annotations.filter((a) => a.properties.file).map((a) => `${a.properties.file}:${a.properties.line}:${a.properties.col} ${a.command} ${a.properties.title?.replace(/^velero-hooks: /, '')}`)

  it('annotates the chart’s and the overlays’ source lines and fails the step', async () => {
    const run = await runAction({ files: DONE_WHEN_REPO, env: { PATH: PATH() } })
    assert.equal(run.code, 1, run.stderr)
    assert.deepEqual(fileErrors(run), [
      'charts/shop/ci/prod-values.yaml:3:42 error hook-unknown-container',
      'charts/shop/templates/cache.yaml:6:5 error hook-annotation-on-controller',
      'charts/shop/templates/cache.yaml:7:5 error hook-annotation-on-controller',
      'charts/shop/values.yaml:3:40 error hook-command-invalid-json',
      'deploy/overlays/broken/patch.yaml:9:46 error hook-unknown-container',
      // Errors are annotated first. A post-backup hook behaves the same with Fail as with Continue.
      'deploy/overlays/broken/kustomization.yaml:5:40 notice hook-invalid-on-error',
    ])
  })

  it('charts-and-overlays: false renders nothing: only the plain lint’s warnings, and the step passes', async () => {
    const run = await runAction({ files: DONE_WHEN_REPO, env: { PATH: PATH() }, inputs: { 'charts-and-overlays': 'false' } })
    assert.equal(run.code, 0, run.stderr)
    const found = fileErrors(run)
    assert.ok(!found.some((f) => / error /.test(f)), found.join('\n'))
    assert.ok(!found.some((f) => f.includes('source-not-rendered')), found.join('\n'))
    assert.ok(found.includes('charts/shop/values.yaml:3:5 warning hook-keys-not-checked'), found.join('\n'))
    assert.ok(found.includes('deploy/overlays/broken/kustomization.yaml:4:3 warning hook-keys-not-checked'), found.join('\n'))
  })
})
