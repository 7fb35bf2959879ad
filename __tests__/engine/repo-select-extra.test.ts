import assert from 'node:assert/strict'
import { describe, it } from 'node:test'
import { repoModelFromTexts } from '../../src/engine/repo-facts.js'
import { backupTaker, boundedList, podFilterPlace, restoreHookSelector, restoredSourceNamespaces, restoreTaker, targetNamespaces } from '../../src/engine/repo-select-extra.js'
import { backupTakes, hookEntrySelects, hookResourceEntries, restoreSource, restoreTakes, targetNamespace } from '../../src/engine/repo-select.js'
import { MAIN, parseVeleroVersion } from '../../src/velero/versions.js'
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

  it('the takers answer as backupTakes, restoreTakes and hookEntrySelects do, for every workload', () => {
    const workload = (name: string, ns: string | undefined, labels: string): string =>
      `apiVersion: apps/v1\nkind: Deployment\nmetadata: {name: ${name}${ns ? `, namespace: ${ns}` : ''}}\nspec:\n  template:\n    metadata: {labels: ${labels}}\n    spec: {containers: [{name: c, image: i}]}\n`
    const object = (kind: string, name: string, spec: string): string => `apiVersion: velero.io/v1\nkind: ${kind}\nmetadata: {name: ${name}}\nspec: ${spec}\n`
    const hooks = '{resources: [{name: a, includedNamespaces: [shop-dr, "b*"]}, {name: b, excludedNamespaces: [shop], labelSelector: {matchLabels: {app: web}}}, {name: c, labelSelector: {matchExpressions: [{key: app, operator: bad}]}}, {name: d, includedNamespaces: "{{ x }}"}]}'
    const specs = [
      '{}',
      '{includedNamespaces: [shop, "b*"], labelSelector: {matchLabels: {app: web}}}',
      '{excludedNamespaces: [billing], orLabelSelectors: [{matchLabels: {app: db}}, {matchExpressions: [{key: tier, operator: Exists}]}]}',
      '{excludedResources: [pods]}',
      '{includedResources: "{{ .Values.r }}"}',
      '{labelSelector: {matchExpressions: [{key: app, operator: In}]}}',
      `{namespaceMapping: {shop: shop-dr}, hooks: ${hooks}}`,
    ]
    const texts: Record<string, string> = {
      'w.yaml': [
        workload('web', 'shop', '{app: web}'),
        workload('db', 'billing', '{app: db, tier: data}'),
        workload('x', undefined, '{app: web}'),
        workload('y', 'shop', '{app: "{{ .Values.app }}"}'),
        workload('z', 'shop', '{app: web, velero.io/exclude-from-backup: "true"}'),
        workload('b', 'b1', '{}'),
      ].join('---\n'),
      'v.yaml': specs.flatMap((spec, i) => [object('Backup', `b${i}`, spec), object('Restore', `r${i}`, spec)]).join('---\n'),
    }
    const model = repoModelFromTexts(texts)
    assert.equal(model.workloads.length, 6)
    const seen = new Set<string>()
    for (const version of [MAIN, (parseVeleroVersion('1.17') as { version: typeof MAIN }).version]) {
      for (const object of model.velero) {
        const takes = backupTaker(object.spec, version)
        const restores = restoreTaker(object)
        const selectors = hookResourceEntries(object.spec).map((e) => ({ e, f: restoreHookSelector(object, e) }))
        for (const w of model.workloads) {
          const where = `${object.name} / ${w.name}`
          assert.equal(takes(w), backupTakes(object.spec, w, version).takes, `backup ${where}`)
          assert.equal(restores(w), restoreTakes(object, w).takes, `restore ${where}`)
          seen.add(`b:${takes(w)}`).add(`r:${restores(w)}`)
          for (const { e, f } of selectors) seen.add(`h:${f(w)}`)
          for (const { e, f } of selectors) assert.equal(f(w), hookEntrySelects(e, w, 'restore', targetNamespace(object, w)), `hook ${where}`)
        }
      }
    }
    // The cases reach every answer of each.
    assert.deepEqual([...seen].sort(), ['b:no', 'b:unknown', 'b:yes', 'h:no', 'h:unknown', 'h:yes', 'r:no', 'r:unknown', 'r:yes'])
  })
})
