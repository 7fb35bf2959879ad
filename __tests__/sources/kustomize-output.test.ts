import assert from 'node:assert/strict'
import { describe, it } from 'node:test'
import { cleanKustomizeOutput, type CleanOptions } from '../../src/sources/kustomize-output.js'

const drop: CleanOptions = { keepOrigin: false, keepTransformations: false, rebase: (p) => p }

const OUTPUT = `apiVersion: v1
kind: ConfigMap
metadata:
  annotations:
    config.kubernetes.io/origin: |
      configuredIn: ../repo/kustomization.yaml
      configuredBy:
        apiVersion: builtin
        kind: ConfigMapGenerator
  name: cfg-4h2mbtbbt6
---
apiVersion: apps/v1
kind: Deployment
metadata:
  annotations:
    alpha.config.kubernetes.io/transformations: |
      - configuredIn: ../repo/base/kustomization.yaml
        configuredBy:
          apiVersion: builtin
          kind: AnnotationsTransformer
      - configuredIn: ../repo/kustomization.yaml
        configuredBy:
          apiVersion: builtin
          kind: PatchTransformer
    config.kubernetes.io/origin: |
      path: ../repo/base/deploy.yaml
    pre.hook.backup.velero.io/container: app
  name: "web"
spec:
  template:
    metadata:
      annotations:
        config.kubernetes.io/origin: not-the-object-metadata
`

describe('cleanKustomizeOutput', () => {
  it('reads origin and transformations, removes them (and an emptied annotations map), and numbers the cleaned documents', () => {
    const { text, documents } = cleanKustomizeOutput(OUTPUT, drop)
    assert.equal(
      text,
      `apiVersion: v1
kind: ConfigMap
metadata:
  name: cfg-4h2mbtbbt6
---
apiVersion: apps/v1
kind: Deployment
metadata:
  annotations:
    pre.hook.backup.velero.io/container: app
  name: "web"
spec:
  template:
    metadata:
      annotations:
        config.kubernetes.io/origin: not-the-object-metadata
`,
    )
    assert.deepEqual(documents, [
      { startLine: 1, endLine: 4, kind: 'ConfigMap', name: 'cfg-4h2mbtbbt6', transformations: [], origin: { configuredIn: '../repo/kustomization.yaml' } },
      {
        startLine: 6,
        endLine: 16,
        kind: 'Deployment',
        name: 'web',
        origin: { path: '../repo/base/deploy.yaml' },
        transformations: [
          { configuredIn: '../repo/base/kustomization.yaml', transformer: 'AnnotationsTransformer' },
          { configuredIn: '../repo/kustomization.yaml', transformer: 'PatchTransformer' },
        ],
      },
    ])
  })

  it('keeps an annotation the root asked for itself, its paths rebased', () => {
    const { text } = cleanKustomizeOutput(OUTPUT, { keepOrigin: true, keepTransformations: false, rebase: (p) => p.replace('../repo/', '') })
    assert.match(text, /metadata:\n {2}annotations:\n {4}config\.kubernetes\.io\/origin: \|\n {6}configuredIn: kustomization\.yaml\n/)
    assert.match(text, /\n {4}config\.kubernetes\.io\/origin: \|\n {6}path: base\/deploy\.yaml\n {4}pre\.hook/)
    assert.doesNotMatch(text, /transformations/)
  })

  it('passes empty output and output without annotations through unchanged', () => {
    assert.deepEqual(cleanKustomizeOutput('', drop), { text: '', documents: [] })
    const plain = 'apiVersion: v1\nkind: Namespace\nmetadata:\n  name: a\n'
    assert.deepEqual(cleanKustomizeOutput(plain, drop), { text: plain, documents: [{ startLine: 1, endLine: 4, kind: 'Namespace', name: 'a', transformations: [] }] })
  })
})
