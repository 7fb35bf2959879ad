/**
 * Every way a chart or an overlay puts a hook on a pod, rendered with the real helm and kubectl
 * (checkSources end to end: discover, render, lint, locate), and the file, line and column each
 * finding lands on: the line a person edits to fix it.
 *
 * Column arithmetic in the comments: a hook key such as pre.hook.backup.velero.io/container is
 * 35 characters, …/command and …/on-error 33 and 34, …/timeout 33.
 */
import assert from 'node:assert/strict'
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { after, before, describe, it } from 'node:test'
import type { Finding } from '../../src/engine/finding.js'
import { defaultRuleSet } from '../../src/rules/index.js'
import { checkSources, type SourcesOptions, type SourcesResult } from '../../src/sources/check-sources.js'
import type { HelmChartConfig } from '../../src/sources/helm.js'
import { ensureRenderTools, renderToolsUnavailable } from '../support/render-tools.js'

const unavailable = renderToolsUnavailable()
const roots: string[] = []
after(() => {
  for (const r of roots) rmSync(r, { recursive: true, force: true })
})

function writeRepo(files: Readonly<Record<string, string>>): string {
  const root = mkdtempSync(path.join(os.tmpdir(), 'vh-mapping-'))
  roots.push(root)
  for (const [name, text] of Object.entries(files)) {
    mkdirSync(path.dirname(path.join(root, name)), { recursive: true })
    writeFileSync(path.join(root, name), text)
  }
  return root
}

async function check(files: Readonly<Record<string, string>>, extra: Partial<SourcesOptions> = {}): Promise<SourcesResult> {
  const tools = ensureRenderTools()
  const base = writeRepo(files)
  const dirs = [...new Set(Object.keys(files).map((f) => path.posix.dirname(f)))]
  return checkSources({ base, dirs, ruleSet: defaultRuleSet(), helm: tools.helm, kustomize: tools.kubectl, timeoutMs: 60_000, concurrency: 2, ...extra })
}

/** `file:line:column-endLine:endColumn rule`, one per finding, in report order. */
const places = (findings: readonly Finding[]): string[] => findings.map((f) => `${f.file}:${f.line}:${f.column}-${f.endLine}:${f.endColumn} ${f.ruleId}`)

/** The one finding of `rule` at file:line:column (asserts there is exactly one). */
function findingAt(result: SourcesResult, rule: string, where: string): Finding {
  const [file, line, column] = where.split(':')
  const found = result.findings.filter((f) => f.ruleId === rule && f.file === file && f.line === Number(line) && f.column === Number(column))
  assert.equal(found.length, 1, `one ${rule} at ${where}; findings:\n${places(result.findings).join('\n')}`)
  return found[0]!
}

const lines = (...l: string[]): string => `${l.join('\n')}\n`

function deployment(name: string, annotations: readonly string[], container = name): string {
  return lines(
    'apiVersion: apps/v1',
    'kind: Deployment',
    'metadata:',
    `  name: ${name}`,
    'spec:',
    `  selector: {matchLabels: {app: ${name}}}`,
    '  template:',
    '    metadata:',
    `      labels: {app: ${name}}`,
    ...(annotations.length > 0 ? ['      annotations:', ...annotations.map((a) => `        ${a}`)] : []),
    '    spec:',
    '      containers:',
    `        - name: ${container}`,
    '          image: nginx:1.27',
  )
}

/** One chart with every way a template takes a hook: literal, .Values, nested, toYaml, with, include; a ci/ set. */
const CHART: Readonly<Record<string, string>> = {
  'shop/Chart.yaml': lines('apiVersion: v2', 'name: shop', 'version: 0.1.0'),
  'shop/values.yaml': lines(
    'workerContainer: wokrer', // 1
    'hooks:', // 2
    '  backup:', // 3
    '    timeout: 5 minutes', // 4
    'podAnnotations:', // 5
    // post-backup: the worker's pre-backup hook names a container it lacks, which Velero hits first.
    `  post.hook.backup.velero.io/command: "['/bin/sh', '-c', 'sync']"`, // 6
    '  post.hook.backup.velero.io/comand: x', // 7
    'annotations:', // 8
    `  post.hook.backup.velero.io/command: '["/bin/true"]'`, // 9
    '  post.hook.backup.velero.io/on-error: fail', // 10
    'api:', // 11
    '  container: api', // 12
  ),
  'shop/ci/prod-values.yaml': lines('api:', '  container: apii'),
  'shop/templates/_helpers.tpl': lines(
    '{{- define "shop.backupTimeout" -}}',
    'post.hook.backup.velero.io/timeout: 90 secs', // line 2: a literal value in a helper
    '{{- end }}',
  ),
  'shop/templates/cache.yaml': lines(
    'apiVersion: apps/v1',
    'kind: StatefulSet',
    'metadata:',
    '  name: {{ .Release.Name }}-cache',
    '  annotations:',
    '    pre.hook.backup.velero.io/container: redis', // 6: on the StatefulSet's own metadata
    'spec:',
    '  serviceName: cache',
    '  selector: {matchLabels: {app: cache}}',
    '  template:',
    '    metadata:',
    '      labels: {app: cache}',
    '      annotations:',
    `        pre.hook.backup.velero.io/command: '["redis-cli", "save"]'`, // 14
    '        pre.hook.backup.velero.io/on-error: fail', // 15: a literal value
    '        pre.hook.backup.velero.io/timeout: {{ .Values.hooks.backup.timeout }}', // 16: nested values
    '    spec:',
    '      containers:',
    '        - name: redis',
    '          image: redis:7',
  ),
  'shop/templates/worker.yaml': lines(
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
    '        pre.hook.backup.velero.io/container: {{ .Values.workerContainer }}', // 11: .Values.x
    `        pre.hook.backup.velero.io/command: '["/bin/sync"]'`,
    '        {{- toYaml .Values.podAnnotations | nindent 8 }}',
    '    spec:',
    '      containers:',
    '        - name: worker',
    '          image: busybox:1.36',
  ),
  'shop/templates/api.yaml': lines(
    'apiVersion: apps/v1',
    'kind: Deployment',
    'metadata:',
    '  name: {{ .Release.Name }}-api',
    'spec:',
    '  selector: {matchLabels: {app: api}}',
    '  template:',
    '    metadata:',
    '      labels: {app: api}',
    '      {{- with .Values.annotations }}',
    '      annotations:',
    '        {{- toYaml . | nindent 8 }}',
    '        post.hook.backup.velero.io/container: {{ $.Values.api.container }}', // 13
    '        {{- include "shop.backupTimeout" $ | nindent 8 }}',
    '      {{- end }}',
    '    spec:',
    '      containers:',
    '        - name: api',
    '          image: nginx:1.27',
  ),
}

/** A value set as .velero-hooks.yaml will configure it: --set api.container=apy, written at line 6. */
const STAGING_AT = { file: '.velero-hooks.yaml', line: 6, column: 15, endLine: 6, endColumn: 35 }
const STAGING: ReadonlyMap<string, HelmChartConfig> = new Map([['shop', { valueSets: [{ name: 'staging', set: [{ key: 'api.container', value: 'apy', at: STAGING_AT }] }] }]])

describe('chart mappings with the real helm', { skip: unavailable ?? false }, () => {
  let result: SourcesResult
  before(async () => {
    result = await check(CHART, { charts: STAGING })
  })

  it('renders values.yaml, the ci/ set and the configured set', () => {
    assert.equal(result.renders, 3)
    assert.equal(result.roots, 1)
  })

  it('template key: a hook key on a StatefulSet’s own metadata, at the key in the template', () => {
    const f = findingAt(result, 'hook-annotation-on-controller', 'shop/templates/cache.yaml:6:5')
    assert.equal(f.endColumn, 5 + 35)
    assert.match(f.message, /\[StatefulSet release-name-cache rendered from chart shop \(values values\.yaml\); also in chart shop \(values ci\/prod-values\.yaml\), chart shop \(values staging\)\]$/)
  })

  it('template literal value: at the value on the template line', () => {
    // `        pre.hook.backup.velero.io/on-error: fail`: 8 spaces, 34-character key, ': '.
    const f = findingAt(result, 'hook-invalid-on-error', 'shop/templates/cache.yaml:15:45')
    assert.deepEqual([f.endLine, f.endColumn], [15, 49])
  })

  it('{{ .Values.x }}: at the value in values.yaml', () => {
    const f = findingAt(result, 'hook-unknown-container', 'shop/values.yaml:1:18')
    assert.deepEqual([f.endLine, f.endColumn], [1, 24])
    assert.match(f.message, /Container "wokrer"/)
  })

  it('{{ .Values.a.b.c }}: at the nested value in values.yaml', () => {
    const f = findingAt(result, 'hook-invalid-duration', 'shop/values.yaml:4:14')
    assert.deepEqual([f.endLine, f.endColumn], [4, 23])
  })

  it('toYaml .Values.podAnnotations | nindent 8: the value and the key where values.yaml writes them', () => {
    const value = findingAt(result, 'hook-command-invalid-json', 'shop/values.yaml:6:39')
    assert.deepEqual([value.endLine, value.endColumn], [6, 66])
    const key = findingAt(result, 'hook-annotation-unknown-key', 'shop/values.yaml:7:3')
    assert.deepEqual([key.endLine, key.endColumn], [7, 3 + 33])
  })

  it('with .Values.annotations + toYaml .: at the value in values.yaml', () => {
    findingAt(result, 'hook-invalid-on-error', 'shop/values.yaml:10:40')
  })

  it('include of a helper in _helpers.tpl: at the value in the define block', () => {
    // `post.hook.backup.velero.io/timeout: 90 secs` at column 1: the value starts at 1 + 34 + 2.
    const f = findingAt(result, 'hook-invalid-duration', 'shop/templates/_helpers.tpl:2:37')
    assert.deepEqual([f.endLine, f.endColumn], [2, 44])
  })

  it('a ci/*-values.yaml override: in the ci file, naming that value set only', () => {
    const f = findingAt(result, 'hook-unknown-container', 'shop/ci/prod-values.yaml:2:14')
    assert.deepEqual([f.endLine, f.endColumn], [2, 18])
    assert.match(f.message, /Container "apii".*\[Deployment release-name-api rendered from chart shop \(values ci\/prod-values\.yaml\)\]$/)
  })

  it('a configured --set pair: where the configuration writes it, naming the value set', () => {
    const f = findingAt(result, 'hook-unknown-container', '.velero-hooks.yaml:6:15')
    assert.deepEqual([f.endLine, f.endColumn], [6, 35])
    assert.match(f.message, /Container "apy".*\[Deployment release-name-api rendered from chart shop \(values staging\)\]$/)
  })

  it('every finding, and nothing else (the api value values.yaml gets right is not blamed on it)', () => {
    assert.deepEqual(places(result.findings), [
      '.velero-hooks.yaml:6:15-6:35 hook-unknown-container',
      'shop/ci/prod-values.yaml:2:14-2:18 hook-unknown-container',
      'shop/templates/_helpers.tpl:2:37-2:44 hook-invalid-duration',
      'shop/templates/cache.yaml:6:5-6:40 hook-annotation-on-controller',
      'shop/templates/cache.yaml:15:45-15:49 hook-invalid-on-error',
      'shop/values.yaml:1:18-1:24 hook-unknown-container',
      'shop/values.yaml:4:14-4:23 hook-invalid-duration',
      'shop/values.yaml:6:39-6:66 hook-command-invalid-json',
      'shop/values.yaml:7:3-7:36 hook-annotation-unknown-key',
      'shop/values.yaml:10:40-10:44 hook-invalid-on-error',
    ])
  })

  it('the chart’s files are checked through the render: replaced and explained', () => {
    for (const file of ['shop/values.yaml', 'shop/ci/prod-values.yaml', 'shop/templates/api.yaml']) assert.ok(result.replaced.has(file), file)
  })
})

const BASE_DEPLOY = deployment('web', [`pre.hook.backup.velero.io/command: "['/bin/sh', '-c', 'sync']"`, 'pre.hook.backup.velero.io/container: web'])

/** Overlays: commonAnnotations (broken and correct), every kind of patch, a component, a base shared by two overlays. */
const OVERLAYS: Readonly<Record<string, string>> = {
  'shared/base/kustomization.yaml': lines('resources:', '  - deploy.yaml'),
  'shared/base/deploy.yaml': BASE_DEPLOY, // line 11: the single-quoted command
  'shared/a/kustomization.yaml': lines('resources:', '  - ../base', 'namePrefix: a-'),
  'shared/b/kustomization.yaml': lines('resources:', '  - ../base', 'namePrefix: b-'),
  'common/base/kustomization.yaml': lines('resources:', '  - deploy.yaml'),
  'common/base/deploy.yaml': deployment('db', []),
  'common/broken/kustomization.yaml': lines(
    'resources:',
    '  - ../base',
    'commonAnnotations:',
    `  post.hook.backup.velero.io/command: '["/bin/true"]'`,
    '  post.hook.backup.velero.io/on-error: fail', // 5
  ),
  'common/good/kustomization.yaml': lines(
    'resources:',
    '  - ../base',
    'commonAnnotations:',
    `  post.hook.backup.velero.io/command: '["/bin/true"]'`,
    '  post.hook.backup.velero.io/on-error: Fail',
    '  post.hook.backup.velero.io/container: db',
  ),
  'patched/base/kustomization.yaml': lines('resources:', '  - deploy.yaml'),
  // No restore command: the restore settings the overlay adds are orphans (findings on their keys).
  'patched/base/deploy.yaml': deployment('app', [`pre.hook.backup.velero.io/command: '["/bin/sync"]'`]),
  'patched/overlay/kustomization.yaml': lines(
    'resources:', // 1
    '  - ../base',
    'components:',
    '  - ../component',
    'patches:', // 5
    '  - path: smp.yaml',
    '  - target:',
    '      kind: Deployment',
    '      name: app',
    '    patch: |-', // 10
    '      - op: add',
    '        path: /spec/template/metadata/annotations/post.hook.restore.velero.io~1wait-timeout',
    '        value: 3 hours', // 13
    '  - path: json.yaml',
    '    target:', // 15
    '      kind: Deployment',
    '      name: app',
    '  - patch: |-',
    '      apiVersion: apps/v1',
    '      kind: Deployment', // 20
    '      metadata:',
    '        name: app',
    '      spec:',
    '        template:',
    '          metadata:', // 25
    '            annotations:',
    '              pre.hook.backup.velero.io/on-error: continue', // 27
  ),
  'patched/overlay/smp.yaml': lines(
    'apiVersion: apps/v1',
    'kind: Deployment',
    'metadata:',
    '  name: app',
    'spec:',
    '  template:',
    '    metadata:',
    '      annotations:',
    '        pre.hook.backup.velero.io/container: ap', // 9
  ),
  'patched/overlay/json.yaml': lines(
    '- op: add',
    '  path: /spec/template/metadata/annotations/pre.hook.backup.velero.io~1timeout',
    '  value: 10 mins', // 3
  ),
  'patched/component/kustomization.yaml': lines('apiVersion: kustomize.config.k8s.io/v1alpha1', 'kind: Component', 'patches:', '  - path: hook.yaml'),
  'patched/component/hook.yaml': lines(
    'apiVersion: apps/v1',
    'kind: Deployment',
    'metadata:',
    '  name: app',
    'spec:',
    '  template:',
    '    metadata:',
    '      annotations:',
    '        post.hook.restore.velero.io/exec-timeout: forever', // 9
  ),
}

describe('overlay mappings with the real kubectl kustomize', { skip: unavailable ?? false }, () => {
  let result: SourcesResult
  before(async () => {
    result = await check(OVERLAYS)
  })

  it('renders the overlays, never the bases they use or the component', () => {
    assert.equal(result.roots, 5)
    assert.equal(result.renders, 5)
  })

  it('commonAnnotations: at the value in the kustomization, once (kustomize copies it to the workload and the pod template)', () => {
    const f = findingAt(result, 'hook-invalid-on-error', 'common/broken/kustomization.yaml:5:40')
    assert.deepEqual([f.endLine, f.endColumn], [5, 44])
    assert.match(f.message, /\[Deployment db rendered from kustomization common\/broken\]$/)
  })

  it('a correct commonAnnotations overlay: no finding at all (the workload’s copy has the pod template’s value)', () => {
    assert.deepEqual(places(result.findings.filter((f) => f.file.startsWith('common/good/') || f.message.includes('common/good'))), [])
  })

  it('strategic-merge patch file: at the value in the patch', () => {
    const f = findingAt(result, 'hook-unknown-container', 'patched/overlay/smp.yaml:9:46')
    assert.deepEqual([f.endLine, f.endColumn], [9, 48])
  })

  it('inline patches: at the text in the kustomization (JSON 6902 path and value, strategic merge)', () => {
    // (Its value, a wait-timeout of a restore hook with no command, is the orphan's only: one finding per root cause.)
    // The key of an orphan setting: its JSON pointer form (…velero.io~1wait-timeout) in the path.
    const key = findingAt(result, 'hook-orphan-setting', 'patched/overlay/kustomization.yaml:12:51')
    assert.deepEqual([key.endLine, key.endColumn], [12, 92])
    const smp = findingAt(result, 'hook-invalid-on-error', 'patched/overlay/kustomization.yaml:27:51')
    assert.deepEqual([smp.endLine, smp.endColumn], [27, 59])
  })

  it('JSON 6902 patch file: at the value after the path', () => {
    const f = findingAt(result, 'hook-invalid-duration', 'patched/overlay/json.yaml:3:10')
    assert.deepEqual([f.endLine, f.endColumn], [3, 17])
  })

  it('a component’s patch: in the component’s file', () => {
    const key = findingAt(result, 'hook-orphan-setting', 'patched/component/hook.yaml:9:9')
    assert.deepEqual([key.endLine, key.endColumn], [9, 49])
    assert.match(key.message, /\[Deployment app rendered from kustomization patched\/overlay\]$/)
  })

  it('a base shared by two overlays: one finding at the base line, naming both overlays', () => {
    const f = findingAt(result, 'hook-command-invalid-json', 'shared/base/deploy.yaml:11:44')
    assert.deepEqual([f.endLine, f.endColumn], [11, 71])
    assert.match(f.message, /\[Deployment a-web rendered from kustomization shared\/a; also in kustomization shared\/b\]$/)
  })

  it('every finding, and nothing else', () => {
    assert.deepEqual(places(result.findings), [
      'common/broken/kustomization.yaml:5:40-5:44 hook-invalid-on-error',
      'patched/component/hook.yaml:9:9-9:49 hook-orphan-setting',
      'patched/overlay/json.yaml:3:10-3:17 hook-invalid-duration',
      'patched/overlay/kustomization.yaml:12:51-12:92 hook-orphan-setting',
      'patched/overlay/kustomization.yaml:27:51-27:59 hook-invalid-on-error',
      'patched/overlay/smp.yaml:9:46-9:48 hook-unknown-container',
      'shared/base/deploy.yaml:11:44-11:71 hook-command-invalid-json',
    ])
  })
})

/**
 * Where several source lines hold the same key (and value), the one that produced the object: the
 * mapping bugs these cases found are the reason for locate.ts's ranking.
 */
const AMBIGUOUS: Readonly<Record<string, string>> = {
  'amb/Chart.yaml': lines('apiVersion: v2', 'name: amb', 'version: 0.1.0'),
  'amb/values.yaml': lines(
    'cacheContainer: redi', // 1: "redi" is a part of "redis" on the template's line 6
    'api:',
    '  podAnnotations:',
    `    pre.hook.backup.velero.io/command: '["/bin/sync"]'`,
    '    pre.hook.backup.velero.io/container: app', // 5: right for api
    'worker:',
    '  podAnnotations:',
    `    pre.hook.backup.velero.io/command: '["/bin/sync"]'`,
    '    pre.hook.backup.velero.io/container: app', // 9: wrong for worker
    '    pre.hook.backup.velero.io/on-error: fail', // 10: also written literally in cache.yaml
  ),
  'amb/templates/cache.yaml': lines(
    'apiVersion: apps/v1',
    'kind: StatefulSet',
    'metadata:',
    '  name: cache',
    '  annotations:',
    '    pre.hook.backup.velero.io/container: redis', // 6
    'spec:',
    '  serviceName: cache',
    '  selector: {matchLabels: {app: cache}}',
    '  template:',
    '    metadata:',
    '      labels: {app: cache}',
    '      annotations:',
    `        pre.hook.backup.velero.io/command: '["/bin/sync"]'`,
    '        pre.hook.backup.velero.io/on-error: fail', // 15
    '        pre.hook.backup.velero.io/container: {{ .Values.cacheContainer }}', // 16
    '    spec:',
    '      containers:',
    '        - name: redis',
    '          image: redis:7',
  ),
  'amb/templates/api.yaml': lines(
    'apiVersion: apps/v1',
    'kind: Deployment',
    'metadata:',
    '  name: api',
    'spec:',
    '  selector: {matchLabels: {app: api}}',
    '  template:',
    '    metadata:',
    '      labels: {app: api}',
    '      annotations: {{- toYaml .Values.api.podAnnotations | nindent 8 }}',
    '    spec:',
    '      containers:',
    '        - name: app',
    '          image: nginx:1.27',
  ),
  'amb/templates/worker.yaml': lines(
    'apiVersion: apps/v1',
    'kind: Deployment',
    'metadata:',
    '  name: worker',
    'spec:',
    '  selector: {matchLabels: {app: worker}}',
    '  template:',
    '    metadata:',
    '      labels: {app: worker}',
    '      annotations: {{- toYaml .Values.worker.podAnnotations | nindent 8 }}',
    '    spec:',
    '      containers:',
    '        - name: worker',
    '          image: busybox:1.36',
  ),
  'multi/kustomization.yaml': lines('resources:', '  - deploys.yaml'),
  // Two Deployments with the same hooks in one file: only the second lacks container "web".
  'multi/deploys.yaml': `${deployment('one', [`pre.hook.backup.velero.io/command: '["/bin/sync"]'`, 'pre.hook.backup.velero.io/container: web'], 'web')}---\n${deployment('two', [`pre.hook.backup.velero.io/command: '["/bin/sync"]'`, 'pre.hook.backup.velero.io/container: web'], 'server')}`,
}

describe('the source that produced the object, among several with the same key', { skip: unavailable ?? false }, () => {
  let result: SourcesResult
  before(async () => {
    result = await check(AMBIGUOUS)
  })

  it('a values reference whose value is a part of a literal on another line of the template: in values.yaml', () => {
    findingAt(result, 'hook-unknown-container', 'amb/values.yaml:1:17')
  })

  it('toYaml of .Values.worker.podAnnotations: in the worker’s map, not the first map with the same pair', () => {
    const f = findingAt(result, 'hook-unknown-container', 'amb/values.yaml:9:42')
    assert.match(f.message, /Deployment worker/)
  })

  it('a value copied by toYaml that another template writes literally: in values.yaml for the copy, in the template for the literal', () => {
    assert.match(findingAt(result, 'hook-invalid-on-error', 'amb/values.yaml:10:41').message, /\[Deployment worker /)
    assert.match(findingAt(result, 'hook-invalid-on-error', 'amb/templates/cache.yaml:15:45').message, /\[StatefulSet cache /)
  })

  it('a file of two objects: in the object the finding is about', () => {
    // The second Deployment starts at line 18 (after 16 lines and ---): its container annotation is line 29.
    const f = findingAt(result, 'hook-unknown-container', 'multi/deploys.yaml:29:46')
    assert.match(f.message, /\[Deployment two /)
  })

  it('every finding, and nothing else', () => {
    assert.deepEqual(places(result.findings), [
      'amb/templates/cache.yaml:6:5-6:40 hook-annotation-on-controller',
      'amb/templates/cache.yaml:15:45-15:49 hook-invalid-on-error',
      'amb/values.yaml:1:17-1:21 hook-unknown-container',
      'amb/values.yaml:9:42-9:45 hook-unknown-container',
      'amb/values.yaml:10:41-10:45 hook-invalid-on-error',
      'multi/deploys.yaml:29:46-29:49 hook-unknown-container',
    ])
  })
})

/** Suppression comments are written in the files findings land on; the renderers drop most comments. */
const SUPPRESSED: Readonly<Record<string, string>> = {
  'sup/Chart.yaml': lines('apiVersion: v2', 'name: sup', 'version: 0.1.0'),
  'sup/values.yaml': lines(
    'podAnnotations:',
    `  pre.hook.backup.velero.io/command: '["/bin/sync"]'`,
    '  # velero-hooks-ignore hook-unknown-container -- the sidecar is injected at admission',
    '  pre.hook.backup.velero.io/container: sidecar',
    '  # velero-hooks-ignore hook-invalid-duration',
    '  pre.hook.backup.velero.io/on-error: fail', // 6: suppressed for another rule only
  ),
  'sup/templates/d.yaml': lines(
    'apiVersion: apps/v1',
    'kind: Deployment',
    'metadata:',
    '  name: d',
    'spec:',
    '  selector: {matchLabels: {app: d}}',
    '  template:',
    '    metadata:',
    '      labels: {app: d}',
    '      annotations:',
    '        {{- toYaml .Values.podAnnotations | nindent 8 }}',
    '        # velero-hooks-ignore hook-invalid-duration',
    '        pre.hook.backup.velero.io/timeout: 1m',
    '    spec:',
    '      containers:',
    '        - name: app',
    '          image: nginx:1.27',
  ),
  'k/base/kustomization.yaml': lines('resources:', '  - d.yaml'),
  'k/base/d.yaml': deployment('web', [`pre.hook.backup.velero.io/command: '["/bin/sync"]'`]),
  'k/over/kustomization.yaml': lines('resources:', '  - ../base', 'patches:', '  - path: p.yaml'),
  'k/over/p.yaml': lines(
    'apiVersion: apps/v1',
    'kind: Deployment',
    'metadata:',
    '  name: web',
    'spec:',
    '  template:',
    '    metadata:',
    '      annotations:',
    '        pre.hook.backup.velero.io/container: sidecar # velero-hooks-ignore hook-unknown-container',
  ),
}

describe('suppression comments at the source line', { skip: unavailable ?? false }, () => {
  it('silence a rendered finding where it lands (values file, patch); other rules still report; a template comment is no unused suppression', async () => {
    const result = await check(SUPPRESSED)
    assert.deepEqual(places(result.findings), ['sup/values.yaml:6:39-6:43 hook-invalid-on-error'])
  })
})

/** A subchart vendored under charts/: the parent's values set `db.x`, the subchart's template reads `.Values.x`. */
const SUBCHART: Readonly<Record<string, string>> = {
  'app/Chart.yaml': lines('apiVersion: v2', 'name: app', 'version: 0.1.0', 'dependencies:', '  - name: db', '    version: 0.1.0'),
  'app/values.yaml': lines('db:', '  container: postgress', '  podAnnotations:', '    pre.hook.backup.velero.io/on-error: fail'),
  'app/charts/db/Chart.yaml': lines('apiVersion: v2', 'name: db', 'version: 0.1.0'),
  'app/charts/db/values.yaml': lines('container: postgres', 'prefix: pre.hook.backup.velero.io', 'podAnnotations: {}', 'timeout: 2 mins'),
  'app/charts/db/templates/db.yaml': lines(
    'apiVersion: apps/v1',
    'kind: Deployment',
    'metadata:',
    '  name: db',
    'spec:',
    '  selector: {matchLabels: {app: db}}',
    '  template:',
    '    metadata:',
    '      labels: {app: db}',
    '      annotations:',
    `        pre.hook.backup.velero.io/command: '["/bin/sync"]'`,
    '        pre.hook.backup.velero.io/container: {{ .Values.container }}',
    '        pre.hook.backup.velero.io/timeout: {{ .Values.timeout }}',
    // A key made by the template: no source line holds it.
    '        {{ .Values.prefix }}/wait-timeout: soon',
    '        {{- toYaml .Values.podAnnotations | nindent 8 }}',
    '    spec:',
    '      containers:',
    '        - name: postgres',
    '          image: postgres:16',
  ),
}

describe('subchart mappings', { skip: unavailable ?? false }, () => {
  it('.Values.x of a subchart: in the parent’s values at db.x when it sets it, else in the subchart’s values.yaml; no line: the subchart’s Chart.yaml', async () => {
    const result = await check(SUBCHART)
    assert.deepEqual(places(result.findings), [
      'app/charts/db/Chart.yaml:1:1-1:1 hook-annotation-unknown-key',
      'app/charts/db/values.yaml:4:10-4:16 hook-invalid-duration',
      'app/values.yaml:2:14-2:23 hook-unknown-container',
      'app/values.yaml:4:41-4:45 hook-invalid-on-error',
    ])
    assert.match(findingAt(result, 'hook-annotation-unknown-key', 'app/charts/db/Chart.yaml:1:1').message, /\[Deployment db rendered from chart app \(values values\.yaml\) \(velero-hooks could not tell which source line produced it\)\]$/)
  })
})
