/**
 * Rendered charts and overlays join the repository model (issue 12): their workloads and Velero
 * objects with the namespace the render put them in, every place on the source line the user edits
 * (template, values file, base), never twice (once from a template or base file, once rendered),
 * and cross-resource findings on those lines obey the suppression comments written there. With the
 * real helm and kubectl; skipped where they cannot run.
 */
import assert from 'node:assert/strict'
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { after, before, describe, it } from 'node:test'
import { parseSettings } from '../../src/app/settings.js'
import { runRequested } from '../../src/app/run.js'
import { crossResourceExtra, mergeSources } from '../../src/app/sources-step.js'
import { defineRule, type RuleModule } from '../../src/engine/define-rule.js'
import { pget, pitems, placeOf, type Place, type RepoModel } from '../../src/engine/repo-model.js'
import type { RuleSet } from '../../src/engine/rule-set.js'
import { runLint, withCrossResource } from '../../src/engine/run-lint.js'
import { defaultRuleSet } from '../../src/rules/index.js'
import { checkSources } from '../../src/sources/check-sources.js'
import { ensureRenderTools, renderToolsUnavailable } from '../support/render-tools.js'

const unavailable = renderToolsUnavailable()
const lines = (...l: string[]): string => `${l.join('\n')}\n`
const at = (p: Place): string => `${p.file}:${p.span.line}:${p.span.column}`

const REPO: Readonly<Record<string, string>> = {
  '.velero-hooks.yaml': lines('charts:', '  charts/shop:', '    namespace: shop'),
  'charts/shop/Chart.yaml': lines('apiVersion: v2', 'name: shop', 'version: 0.1.0'),
  'charts/shop/values.yaml': lines('selector:', '  app: worker', 'container: app'),
  'charts/shop/templates/worker.yaml': lines(
    'apiVersion: apps/v1',
    'kind: Deployment',
    'metadata:',
    '  name: {{ .Release.Name }}-worker', // 4
    'spec:',
    '  selector: {matchLabels: {app: worker}}',
    '  template:',
    '    metadata:',
    '      labels: {app: worker}', // 9
    '    spec:',
    '      containers:',
    '        - name: app', // 12
    '          image: nginx',
  ),
  'charts/shop/templates/backup.yaml': lines(
    'apiVersion: velero.io/v1',
    'kind: Backup',
    'metadata:',
    '  name: {{ .Release.Name }}-nightly', // 4
    'spec:',
    '  hooks:',
    '    resources:',
    '      - name: freeze',
    '        labelSelector:',
    '          matchLabels:',
    '            {{- toYaml .Values.selector | nindent 12 }}',
    '        pre:',
    '          - exec:',
    '              container: {{ .Values.container }}', // 14
    '              command: [sh, -c, sync]',
  ),
  // A chart without a configured namespace: helm renders "default", which says nothing.
  'charts/loose/Chart.yaml': lines('apiVersion: v2', 'name: loose', 'version: 0.1.0'),
  'charts/loose/templates/job.yaml': lines(
    'apiVersion: batch/v1',
    'kind: Job',
    'metadata:',
    '  name: loose',
    '  namespace: {{ .Release.Namespace }}',
    'spec:',
    '  template:',
    '    spec:',
    '      restartPolicy: Never',
    '      containers: [{name: c, image: busybox}]',
  ),
  'base/kustomization.yaml': lines('resources:', '  - deploy.yaml'),
  'base/deploy.yaml': lines(
    'apiVersion: apps/v1',
    'kind: Deployment',
    'metadata:',
    '  name: api', // 4
    'spec:',
    '  selector: {matchLabels: {app: api}}',
    '  template:',
    '    metadata:',
    '      labels: {app: api}', // 9
    '    spec:',
    '      containers:',
    '        - name: api', // 12
    '          image: nginx',
  ),
  'overlays/prod/kustomization.yaml': lines('namespace: prod', 'resources:', '  - ../../base'),
  'apps/plain.yaml': lines('apiVersion: v1', 'kind: Pod', 'metadata: {name: plain, namespace: shop}', 'spec:', '  containers: [{name: p, image: busybox}]'),
}

function write(files: Readonly<Record<string, string>>): string {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'vh-rendered-facts-'))
  for (const [name, text] of Object.entries(files)) {
    mkdirSync(path.dirname(path.join(dir, name)), { recursive: true })
    writeFileSync(path.join(dir, name), text)
  }
  return dir
}

describe('rendered objects in the repository model', { skip: unavailable ?? false }, () => {
  let dir: string
  let repo: RepoModel
  before(async () => {
    const tools = ensureRenderTools()
    dir = write(REPO)
    const settings = parseSettings({ 'fail-on': 'never', helm: tools.helm, kustomize: tools.kubectl }, { dir, source: 'cli' })
    const outcome = await runRequested(settings)
    assert.ok(outcome.lint.repo)
    repo = outcome.lint.repo
  })
  after(() => rmSync(dir, { recursive: true, force: true }))

  it('holds each workload once: rendered ones from their render, with its namespace, plain ones as they are', () => {
    assert.deepEqual(
      repo.workloads.map((w) => `${w.kind} ${w.name} ${w.namespace ?? '-'} ${at(w.place)}`).sort(),
      [
        'Deployment api prod base/deploy.yaml:4:9',
        'Deployment release-name-worker shop charts/shop/templates/worker.yaml:4:3',
        'Job loose - charts/loose/templates/job.yaml:4:9',
        'Pod plain shop apps/plain.yaml:3:18',
      ],
    )
  })

  it('puts labels and containers on the lines that write them', () => {
    const worker = repo.workloads.find((w) => w.name === 'release-name-worker')!
    assert.equal(at(worker.podLabelsPlace), 'charts/shop/templates/worker.yaml:9:7')
    assert.equal(at(worker.containers[0]!.place), 'charts/shop/templates/worker.yaml:12:17')
    const api = repo.workloads.find((w) => w.name === 'api')!
    assert.equal(at(api.podLabelsPlace), 'base/deploy.yaml:9:7')
    assert.equal(at(api.containers[0]!.place), 'base/deploy.yaml:12:17')
  })

  it('puts a Backup spec\'s values where they are written: a values file for what the template takes from it', () => {
    const backup = repo.velero.find((v) => v.kind === 'Backup')!
    assert.equal(backup.name, 'release-name-nightly')
    assert.equal(backup.namespace, 'shop')
    assert.equal(at(backup.place), 'charts/shop/templates/backup.yaml:4:3')
    const entry = pitems(pget(pget(backup.spec, 'hooks'), 'resources'))[0]!
    const container = pget(pget(pitems(pget(entry, 'pre'))[0], 'exec'), 'container')!
    assert.equal(at(placeOf(backup.file, container)), 'charts/shop/values.yaml:3:12')
    const app = pget(pget(pget(entry, 'labelSelector'), 'matchLabels'), 'app')!
    assert.equal(at(placeOf(backup.file, app)), 'charts/shop/values.yaml:2:8')
    const name = pget(entry, 'name')!
    assert.equal(at(placeOf(backup.file, name)), 'charts/shop/templates/backup.yaml:8:15')
  })

  it('never names a temporary path', () => {
    const files = JSON.stringify(repo).match(/"(?:file|keyFile)":"[^"]*"/g) ?? []
    assert.ok(files.length > 10)
    for (const f of files) assert.doesNotMatch(f, /tmp|velero-hooks-render|^"file":"\//, f)
  })
})

/** A cross-resource rule of the test: every spec exec hook's `container`. */
const crossRule: RuleModule = defineRule({
  meta: { id: 'test-cross-container', severity: 'warning', docs: { summary: 'Test rule.', description: 'Test rule.', fix: 'None.' }, messages: { container: 'Hook container {{container}}.' } },
  checkRepository(context) {
    for (const v of context.repo.velero) {
      for (const entry of pitems(pget(pget(v.spec, 'hooks'), 'resources'))) {
        for (const hook of pitems(pget(entry, 'pre'))) {
          const container = pget(pget(hook, 'exec'), 'container')
          if (container?.kind === 'scalar') context.report({ messageId: 'container', data: { container: String(container.value) }, place: placeOf(v.file, container) })
        }
      }
    }
  },
})

describe('cross-resource findings on rendered objects', { skip: unavailable ?? false }, () => {
  const ruleSet: RuleSet = (() => {
    const base = defaultRuleSet()
    return { ...base, rules: [...base.rules, crossRule], knownRuleIds: new Set([...base.knownRuleIds, crossRule.meta.id]) }
  })()

  async function run(files: Readonly<Record<string, string>>): Promise<string[]> {
    const tools = ensureRenderTools()
    const dir = write(files)
    try {
      const sources = await checkSources({ base: dir, dirs: ['charts/shop', 'charts/shop/templates'], ruleSet, helm: tools.helm, kustomize: tools.kubectl, timeoutMs: 60_000, concurrency: 2 })
      const lint = await runLint({ ruleSet, cwd: dir, patterns: [], ignore: [], workers: 0, deferCrossResource: true })
      const merged = withCrossResource(mergeSources(lint, sources, []), ruleSet, crossResourceExtra(sources))
      return merged.findings.filter((f) => f.ruleId === crossRule.meta.id || f.ruleId === 'unused-suppression').map((f) => `${f.file}:${f.line}:${f.column} ${f.ruleId}`)
    } finally {
      rmSync(dir, { recursive: true, force: true })
    }
  }
  const chart = Object.fromEntries(Object.entries(REPO).filter(([name]) => name.startsWith('charts/shop/')))

  it('lands on the values line the value comes from', async () => {
    assert.deepEqual(await run(chart), ['charts/shop/values.yaml:3:12 test-cross-container'])
  })

  it('a suppression comment there suppresses it, and is not reported unused', async () => {
    const values = lines('selector:', '  app: worker', '# velero-hooks-ignore test-cross-container -- reviewed', 'container: app')
    assert.deepEqual(await run({ ...chart, 'charts/shop/values.yaml': values }), [])
  })

  it("one on another line suppresses nothing (a chart's files are checked through the render: no unused-suppression there, as for every rule)", async () => {
    const values = lines('# velero-hooks-ignore test-cross-container', 'selector:', '  app: worker', 'container: app')
    assert.deepEqual(await run({ ...chart, 'charts/shop/values.yaml': values }), ['charts/shop/values.yaml:4:12 test-cross-container'])
  })
})
