import assert from 'node:assert/strict'
import { describe, it } from 'node:test'
import { repoModelFromTexts } from '../../src/engine/repo-facts.js'
import { boundedList, podFilterPlace, restoredSourceNamespaces, targetNamespaces } from '../../src/engine/repo-select-extra.js'
import { restoreSource } from '../../src/engine/repo-select.js'
import { yaml } from '../support/rule-tester.js'

describe('repo-select-extra', () => {
  it('boundedList names a few and counts the rest', () => {
    assert.equal(boundedList([]), '')
    assert.equal(boundedList(['a']), 'a')
    assert.equal(boundedList(['a', 'b']), 'a and b')
    assert.equal(boundedList(['a', 'b', 'c']), 'a, b and c')
    assert.equal(boundedList(['a', 'b', 'c', 'd', 'e']), 'a, b, c and 2 more')
  })

  it('podFilterPlace: the exclude item naming pods, the include key, nothing when pods pass or it is unknown', () => {
    const model = repoModelFromTexts({
      'v.yaml': yaml`
        apiVersion: velero.io/v1
        kind: Backup
        metadata: {name: a}
        spec: {excludedResources: [secrets, "po"]}
        ---
        apiVersion: velero.io/v1
        kind: Backup
        metadata: {name: b}
        spec: {includedNamespaceScopedResources: [deployments]}
        ---
        apiVersion: velero.io/v1
        kind: Backup
        metadata: {name: c}
        spec: {includedResources: ["*"], excludedResources: ["*"]}
        ---
        apiVersion: velero.io/v1
        kind: Restore
        metadata: {name: d}
        spec: {includedResources: ["{{ .Values.kinds }}", 1]}
      `,
    })
    const [a, b, c, d] = model.velero.map(podFilterPlace)
    assert.deepEqual([a?.key, a?.item, a?.place.path], ['excludedResources', 'po', 'spec.excludedResources[1]'])
    assert.deepEqual([b?.key, b?.item], ['includedNamespaceScopedResources', undefined])
    assert.equal(c, undefined)
    assert.equal(d, undefined)
  })

  it('restoredSourceNamespaces: own literal list, else the source Backup\'s, both filters applied; unknown otherwise', () => {
    const model = repoModelFromTexts({
      'v.yaml': yaml`
        apiVersion: velero.io/v1
        kind: Backup
        metadata: {name: nightly}
        spec: {includedNamespaces: [shop, billing, auth], excludedNamespaces: [auth]}
        ---
        apiVersion: velero.io/v1
        kind: Restore
        metadata: {name: r1}
        spec: {backupName: nightly, excludedNamespaces: [bill*], namespaceMapping: {shop: shop-dr}}
        ---
        apiVersion: velero.io/v1
        kind: Restore
        metadata: {name: r2}
        spec: {backupName: elsewhere, includedNamespaces: [x, y]}
        ---
        apiVersion: velero.io/v1
        kind: Restore
        metadata: {name: r3}
        spec: {backupName: elsewhere, includedNamespaces: [x-*]}
      `,
    })
    const [, r1, r2, r3] = model.velero
    const sources = restoredSourceNamespaces(r1!, restoreSource(r1!, model.velero))
    assert.deepEqual(sources, ['shop'])
    assert.deepEqual(targetNamespaces(r1!, sources!), ['shop-dr'])
    assert.deepEqual(restoredSourceNamespaces(r2!, restoreSource(r2!, model.velero)), ['x', 'y'])
    assert.equal(restoredSourceNamespaces(r3!, restoreSource(r3!, model.velero)), undefined)
  })
})
