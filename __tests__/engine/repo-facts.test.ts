/**
 * The facts one file gives the repository model (src/engine/repo-facts.ts): where each fact is
 * written (line and column of the key or value a finding would point at), objects inside Lists,
 * aliases followed, and what is not plain data (templated labels, a label map that is not a map)
 * marked unknown rather than read as "no labels".
 */
import assert from 'node:assert/strict'
import { describe, it } from 'node:test'
import { factsOfText, repoModelFromTexts } from '../../src/engine/repo-facts.js'
import { pget, placeOf, pstring, type Place, type WorkloadFact } from '../../src/engine/repo-model.js'
import { yaml } from '../support/rule-tester.js'

const at = (p: Place): string => `${p.file}:${p.span.line}:${p.span.column}`
const only = <T>(list: readonly T[]): T => {
  assert.equal(list.length, 1, `one item, got ${list.length}`)
  return list[0]!
}

describe('workload facts', () => {
  const deployment = yaml`
    apiVersion: apps/v1
    kind: Deployment
    metadata:
      name: web
      namespace: shop
      labels: {team: a}
    spec:
      replicas: 3
      template:
        metadata:
          labels:
            app: web
          annotations:
            pre.hook.backup.velero.io/container: app
            prometheus.io/scrape: "true"
        spec:
          initContainers:
            - name: sidecar
              image: envoy
              restartPolicy: Always
          containers:
            - name: app
              image: nginx
              volumeMounts:
                - name: data
                  mountPath: /data
          volumes:
            - name: data
              persistentVolumeClaim:
                claimName: web-data
  `

  it('has every fact at the line and column it is written', () => {
    const w = only(factsOfText('apps/web.yaml', deployment).workloads)
    assert.equal(w.kind, 'Deployment')
    assert.equal(w.apiVersion, 'apps/v1')
    assert.equal(w.name, 'web')
    assert.equal(w.namespace, 'shop')
    assert.equal(at(w.place), 'apps/web.yaml:4:9')
    assert.deepEqual({ ...w.podLabels }, { app: 'web' })
    assert.equal(w.podLabelsKnown, true)
    assert.equal(at(w.podLabelsPlace), 'apps/web.yaml:11:7')
    assert.deepEqual({ ...w.objectLabels }, { team: 'a' })
    assert.equal(w.replicas, 3)
    // Only Velero's annotations are kept, each with its key and value.
    const a = only(w.annotations)
    assert.equal(a.key, 'pre.hook.backup.velero.io/container')
    assert.equal(a.value, 'app')
    assert.equal(at(a.keyPlace), 'apps/web.yaml:14:9')
    assert.equal(at(a.valuePlace), 'apps/web.yaml:14:46')
    assert.equal(at(w.annotationsPlace), 'apps/web.yaml:13:7')
    const c = only(w.containers)
    assert.deepEqual([c.name, c.image, c.restartPolicy, c.volumeMounts], ['app', 'nginx', undefined, ['data']])
    assert.equal(at(c.place), 'apps/web.yaml:22:17')
    const init = only(w.initContainers)
    assert.deepEqual([init.name, init.restartPolicy], ['sidecar', 'Always'])
    assert.equal(w.containersKnown, true)
    const v = only(w.volumes)
    assert.deepEqual([v.name, v.claimName, at(v.place)], ['data', 'web-data', 'apps/web.yaml:28:17'])
    assert.equal(w.volumesKnown, true)
  })

  it('reads a Pod from its own metadata and a CronJob from its job template', () => {
    const facts = factsOfText(
      'f.yaml',
      yaml`
        apiVersion: v1
        kind: Pod
        metadata:
          name: once
          labels: {app: once}
        spec:
          containers: [{name: c, image: busybox}]
        ---
        apiVersion: batch/v1
        kind: CronJob
        metadata: {name: report}
        spec:
          schedule: "@daily"
          jobTemplate:
            spec:
              template:
                metadata: {labels: {app: report}}
                spec:
                  containers: [{name: r, image: busybox}]
      `,
    )
    assert.deepEqual(
      facts.workloads.map((w) => [w.kind, w.name, { ...w.podLabels }, at(w.place), w.namespace]),
      [
        ['Pod', 'once', { app: 'once' }, 'f.yaml:4:9', undefined],
        ['CronJob', 'report', { app: 'report' }, 'f.yaml:11:18', undefined],
      ],
    )
  })

  it('reads the objects of a List, each at its own lines', () => {
    const facts = factsOfText(
      'list.yaml',
      yaml`
        apiVersion: v1
        kind: List
        items:
          - apiVersion: apps/v1
            kind: Deployment
            metadata: {name: a, namespace: x}
            spec:
              template:
                metadata: {labels: {app: a}}
                spec: {containers: [{name: a, image: a}]}
          - apiVersion: apps/v1
            kind: StatefulSet
            metadata: {name: b, namespace: y}
            spec:
              template:
                metadata: {labels: {app: b}}
                spec: {containers: [{name: b, image: b}]}
          - apiVersion: v1
            kind: Namespace
            metadata: {name: y}
      `,
    )
    assert.deepEqual(
      facts.workloads.map((w) => [w.kind, w.name, w.namespace, at(w.place), w.place.path]),
      [
        ['Deployment', 'a', 'x', 'list.yaml:6:22', 'items[0].metadata.name'],
        ['StatefulSet', 'b', 'y', 'list.yaml:13:22', 'items[1].metadata.name'],
      ],
    )
    assert.deepEqual(
      facts.namespaces.map((n) => [n.name, at(n.place)]),
      [['y', 'list.yaml:20:22']],
    )
  })

  it('follows aliases (labels and a Backup spec written once, used again)', () => {
    const facts = factsOfText(
      'a.yaml',
      yaml`
        apiVersion: apps/v1
        kind: Deployment
        metadata: {name: web, labels: &labels {app: web}}
        spec:
          template:
            metadata: {labels: *labels}
            spec: {containers: [{name: app, image: nginx}]}
        ---
        apiVersion: velero.io/v1
        kind: Backup
        metadata: {name: b}
        spec: &spec
          includedNamespaces: [shop]
      `,
    )
    const w = only(facts.workloads)
    assert.deepEqual({ ...w.podLabels }, { app: 'web' })
    assert.equal(w.podLabelsKnown, true)
    const b = only(facts.velero)
    assert.equal(b.kind, 'Backup')
    assert.deepEqual(pget(b.spec, 'includedNamespaces')?.kind, 'seq')
  })

  const labelsOf = (labels: string): WorkloadFact =>
    only(
      factsOfText(
        't.yaml',
        `apiVersion: apps/v1\nkind: Deployment\nmetadata: {name: w}\nspec:\n  template:\n    metadata:\n      labels: ${labels}\n    spec: {containers: [{name: c, image: i}]}\n`,
      ).workloads,
    )

  it('marks templated labels unknown, never "no such label"', () => {
    for (const labels of ['{app: "{{ .Values.app }}"}', '{app: "${APP}"}', '{app: "$(APP)"}', '{"{{ .Values.key }}": web}']) {
      assert.equal(labelsOf(labels).podLabelsKnown, false, labels)
    }
  })

  it('marks labels that are not a map of strings unknown; no labels at all are known to be none', () => {
    assert.equal(labelsOf('[app, web]').podLabelsKnown, false)
    assert.equal(labelsOf('{app: {nested: x}}').podLabelsKnown, false)
    assert.equal(labelsOf('{}').podLabelsKnown, true)
    const none = only(factsOfText('n.yaml', 'apiVersion: apps/v1\nkind: Deployment\nmetadata: {name: w}\nspec:\n  template:\n    spec: {containers: [{name: c}]}\n').workloads)
    assert.equal(none.podLabelsKnown, true)
    assert.deepEqual({ ...none.podLabels }, {})
  })

  it('a namespace that is no DNS-1123 label is a placeholder: not stated', () => {
    const ns = (n: string): string | undefined =>
      factsOfText('a.yaml', `apiVersion: v1\nkind: Pod\nmetadata:\n  name: p\n  namespace: ${n}\nspec:\n  containers: [{name: a, image: a}]\n`).workloads[0]!.namespace
    assert.equal(ns('shop'), 'shop')
    assert.equal(ns('"<mongo namespace>"'), undefined)
    assert.equal(ns('"${NAMESPACE}"'), undefined)
    assert.equal(ns('Shop'), undefined)
  })

  it('label maps have no prototype: a label named "constructor" is only a label', () => {
    const w = labelsOf('{app: web}')
    assert.equal(Object.getPrototypeOf(w.podLabels), null)
    assert.equal(Object.getPrototypeOf(w.objectLabels), null)
    assert.equal(w.podLabels['constructor'], undefined)
  })
})

describe('Velero object facts', () => {
  it('keeps a Backup spec, a Schedule template and a Restore spec, with positions', () => {
    const facts = factsOfText(
      'velero/all.yaml',
      yaml`
        apiVersion: velero.io/v1
        kind: Schedule
        metadata:
          name: nightly
          namespace: velero
        spec:
          schedule: "0 1 * * *"
          template:
            includedNamespaces: [shop]
            labelSelector:
              matchLabels: {app: web}
        ---
        apiVersion: velero.io/v1
        kind: Restore
        metadata: {name: r}
        spec:
          backupName: nightly-20240101010000
      `,
    )
    const [schedule, restore] = facts.velero
    assert.equal(schedule!.kind, 'Schedule')
    assert.equal(schedule!.namespace, 'velero')
    assert.equal(at(schedule!.place), 'velero/all.yaml:4:9')
    // A Schedule's spec is its template: the Backup spec its Backups get.
    assert.equal(pget(schedule!.spec, 'schedule'), undefined)
    const app = pget(pget(pget(schedule!.spec, 'labelSelector'), 'matchLabels'), 'app')!
    assert.equal(pstring(app), 'web')
    assert.equal(at(placeOf(schedule!.file, app)), 'velero/all.yaml:11:26')
    assert.equal(app.path, 'spec.template.labelSelector.matchLabels.app')
    assert.equal(restore!.kind, 'Restore')
    assert.equal(pstring(pget(restore!.spec, 'backupName')), 'nightly-20240101010000')
  })

  it('ignores objects named Backup that are not Velero\'s', () => {
    assert.deepEqual(factsOfText('x.yaml', 'apiVersion: example.com/v1\nkind: Backup\nmetadata: {name: b}\nspec: {}\n').velero, [])
  })

  it('a document that does not parse adds nothing; the others still do', () => {
    const facts = factsOfText('b.yaml', 'apiVersion: v1\nkind: Namespace\nmetadata: {name: shop}\n---\nkind: [unclosed\n---\napiVersion: v1\nkind: Namespace\nmetadata: {name: web}\n')
    assert.deepEqual(
      facts.namespaces.map((n) => n.name),
      ['shop', 'web'],
    )
  })

  it('a model across files keeps every file\'s facts', () => {
    const repo = repoModelFromTexts({
      'a.yaml': 'apiVersion: v1\nkind: Pod\nmetadata: {name: p, namespace: x}\nspec: {containers: [{name: c}]}\n',
      'b.yaml': 'apiVersion: velero.io/v1\nkind: Backup\nmetadata: {name: b}\nspec: {}\n',
    })
    assert.deepEqual(
      repo.workloads.map((w) => w.place.file),
      ['a.yaml'],
    )
    assert.deepEqual(
      repo.velero.map((v) => v.file),
      ['b.yaml'],
    )
  })
})
