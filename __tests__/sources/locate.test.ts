/** Finding the source line of a rendered key or value: templates, values, patches, kustomizations. */
import assert from 'node:assert/strict'
import { describe, it } from 'node:test'
import { parseDocument } from 'yaml'
import { SourceLocator, targetAt } from '../../src/sources/locate.js'
import type { RenderJob, SourceFile } from '../../src/sources/types.js'

const KEY = 'pre.hook.backup.velero.io/command'

const files: Record<string, string> = {
  'web/templates/deploy.yaml': [
    'spec:',
    '  template:',
    '    metadata:',
    '      annotations:',
    `        ${KEY}: {{ .Values.hook.command | quote }}`,
    '        pre.hook.backup.velero.io/container: app',
    '        {{- toYaml .Values.extra | nindent 8 }}',
  ].join('\n'),
  'web/values.yaml': ['hook:', "  command: \"['/bin/sh', 'x']\"", 'extra:', '  post.hook.backup.velero.io/on-error: fail', ''].join('\n'),
  'web/ci/prod-values.yaml': ['extra:', '  post.hook.backup.velero.io/on-error: Fail', ''].join('\n'),
  'overlay/kustomization.yaml': [
    'resources: [../base]',
    'commonAnnotations:',
    '  post.hook.restore.velero.io/on-error: fail',
    'patches:',
    '  - patch: |-',
    '      - op: add',
    '        path: /spec/template/metadata/annotations/post.hook.restore.velero.io~1command',
    "        value: \"['x']\"",
    '',
  ].join('\n'),
}

const read = (f: string): string | undefined => files[f]
const chartJob: RenderJob = { root: { kind: 'chart', dir: 'web', anchorFile: 'web/Chart.yaml' }, valueSet: 'values.yaml', valuesFiles: ['web/values.yaml'] }
const chartSources: SourceFile[] = [
  { path: 'web/templates/deploy.yaml', role: 'template' },
  { path: 'web/values.yaml', role: 'values' },
]

describe('SourceLocator', () => {
  it('puts a key finding on the template line that writes the key', () => {
    const spot = new SourceLocator(read).locate({ key: 'pre.hook.backup.velero.io/container', value: 'app', onKey: true }, chartSources, chartJob)
    assert.deepEqual(spot, { file: 'web/templates/deploy.yaml', line: 6, column: 9, endLine: 6, endColumn: 44 })
  })

  it('puts a literal template value on its template line', () => {
    const spot = new SourceLocator(read).locate({ key: 'pre.hook.backup.velero.io/container', value: 'app', onKey: false }, chartSources, chartJob)
    assert.deepEqual(spot, { file: 'web/templates/deploy.yaml', line: 6, column: 46, endLine: 6, endColumn: 49 })
  })

  it('follows {{ .Values.a.b }} into the values file', () => {
    const spot = new SourceLocator(read).locate({ key: KEY, value: "['/bin/sh', 'x']", onKey: false }, chartSources, chartJob)
    assert.deepEqual(spot, { file: 'web/values.yaml', line: 2, column: 12, endLine: 2, endColumn: 30 })
  })

  it('finds keys that toYaml copied from values, in the file whose value won', () => {
    const job = { ...chartJob, valueSet: 'ci/prod-values.yaml', valuesFiles: ['web/values.yaml', 'web/ci/prod-values.yaml'] }
    const sources: SourceFile[] = [chartSources[0]!, { path: 'web/ci/prod-values.yaml', role: 'values' }, { path: 'web/values.yaml', role: 'values' }]
    const locator = new SourceLocator(read)
    assert.deepEqual(locator.locate({ key: 'post.hook.backup.velero.io/on-error', value: 'fail', onKey: false }, sources, chartJob), {
      file: 'web/values.yaml',
      line: 4,
      column: 40,
      endLine: 4,
      endColumn: 44,
    })
    assert.deepEqual(locator.locate({ key: 'post.hook.backup.velero.io/on-error', value: 'Fail', onKey: false }, sources, job)?.file, 'web/ci/prod-values.yaml')
  })

  it('finds commonAnnotations and JSON 6902 paths in a kustomization', () => {
    const job: RenderJob = { root: { kind: 'kustomization', dir: 'overlay', anchorFile: 'overlay/kustomization.yaml' } }
    const sources: SourceFile[] = [{ path: 'overlay/kustomization.yaml', role: 'kustomization' }]
    const locator = new SourceLocator(read)
    assert.deepEqual(locator.locate({ key: 'post.hook.restore.velero.io/on-error', value: 'fail', onKey: false }, sources, job), {
      file: 'overlay/kustomization.yaml',
      line: 3,
      column: 41,
      endLine: 3,
      endColumn: 45,
    })
    const inline = locator.locate({ key: 'post.hook.restore.velero.io/command', value: "['x']", onKey: false }, sources, job)
    assert.deepEqual([inline?.line, inline?.column], [8, 17])
  })

  it('returns undefined when no source has the key', () => {
    assert.equal(new SourceLocator(read).locate({ key: 'init.hook.restore.velero.io/container-image', value: 'x', onKey: false }, chartSources, chartJob), undefined)
  })
})

describe('targetAt', () => {
  it('names the pair a rendered finding starts in, and whether it is on the key', () => {
    const text = `metadata:\n  annotations:\n    ${KEY}: '["a"]'\n`
    const document = parseDocument(text)
    const keyOffset = text.indexOf(KEY)
    const path = ['metadata', 'annotations', KEY]
    assert.deepEqual(targetAt(document, keyOffset), { key: KEY, value: '["a"]', onKey: true, path, keyOffset })
    assert.deepEqual(targetAt(document, text.indexOf("'[")), { key: KEY, value: '["a"]', onKey: false, path, keyOffset })
  })
})
