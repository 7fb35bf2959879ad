import assert from 'node:assert/strict'
import { describe, it } from 'node:test'
import { lintText } from '../../src/engine/lint-text.js'
import { pathText } from '../../src/engine/model.js'
import { defaultRuleSet } from '../../src/rules/index.js'
import { yaml } from '../support/rule-tester.js'

const models = (text: string) => lintText('f.yaml', text, defaultRuleSet()).models

function templateFor(kind: string, apiVersion: string, body: string): string {
  return `apiVersion: ${apiVersion}\nkind: ${kind}\nmetadata: {name: x}\n${body}`
}

const POD_TEMPLATE = (indent: string) =>
  [`metadata:`, `  annotations: {pre.hook.backup.velero.io/command: '["a"]'}`, `spec:`, `  containers: [{name: c, image: i}]`]
    .map((l) => indent + l)
    .join('\n')

describe('model: where pod specs are found', () => {
  const cases: Array<[string, string, string, string]> = [
    ['Deployment', 'apps/v1', `spec:\n  template:\n${POD_TEMPLATE('    ')}\n`, 'spec.template'],
    ['StatefulSet', 'apps/v1', `spec:\n  template:\n${POD_TEMPLATE('    ')}\n`, 'spec.template'],
    ['DaemonSet', 'apps/v1', `spec:\n  template:\n${POD_TEMPLATE('    ')}\n`, 'spec.template'],
    ['ReplicaSet', 'apps/v1', `spec:\n  template:\n${POD_TEMPLATE('    ')}\n`, 'spec.template'],
    ['ReplicationController', 'v1', `spec:\n  template:\n${POD_TEMPLATE('    ')}\n`, 'spec.template'],
    ['Job', 'batch/v1', `spec:\n  template:\n${POD_TEMPLATE('    ')}\n`, 'spec.template'],
    ['CronJob', 'batch/v1', `spec:\n  jobTemplate:\n    spec:\n      template:\n${POD_TEMPLATE('        ')}\n`, 'spec.jobTemplate.spec.template'],
    ['PodTemplate', 'v1', `template:\n${POD_TEMPLATE('  ')}\n`, 'template'],
    ['Rollout', 'argoproj.io/v1alpha1', `spec:\n  template:\n${POD_TEMPLATE('    ')}\n`, 'spec.template'],
  ]
  for (const [kind, apiVersion, body, path] of cases) {
    it(`${kind} → ${path}`, () => {
      const [m] = models(templateFor(kind, apiVersion, body))
      assert.equal(m?.pods.length, 1)
      assert.equal(pathText(m!.pods[0]!.path), path)
      assert.equal(m!.pods[0]!.role, 'template')
      assert.deepEqual(m!.pods[0]!.containers.map((c) => c.name), ['c'])
      assert.equal(m!.pods[0]!.annotations.entries.length, 1)
    })
  }

  it('a Pod is its own pod spec', () => {
    const [m] = models(`apiVersion: v1\nkind: Pod\n${POD_TEMPLATE('')}\n`)
    assert.equal(m?.pods[0]?.role, 'pod')
    assert.equal(m?.objects.length, 0)
  })

  it('a CRD without spec.template.spec.containers is not a pod template', () => {
    const [m] = models(`apiVersion: x/v1\nkind: Thing\nmetadata: {name: velero}\nspec:\n  template:\n    metadata: {}\n`)
    assert.equal(m?.pods.length, 0)
    assert.equal(m?.objects.length, 1)
  })

  it('walks List items and OpenShift Template objects', () => {
    const list = yaml`
      apiVersion: v1
      kind: List
      items:
        - apiVersion: v1
          kind: Pod
          metadata: {name: a, annotations: {pre.hook.backup.velero.io/command: x}}
          spec: {containers: [{name: c}]}
    `
    const [m] = models(list)
    assert.equal(pathText(m!.pods[0]!.path), 'items[0]')
    const template = yaml`
      apiVersion: template.openshift.io/v1
      kind: Template
      objects:
        - apiVersion: apps/v1
          kind: Deployment
          metadata: {name: velero-app}
          spec:
            template:
              metadata: {}
              spec: {containers: [{name: c}]}
    `
    const [t] = models(template)
    assert.equal(pathText(t!.pods[0]!.path), 'objects[0].spec.template')
  })

  it('finds Velero Restore, Backup and Schedule hooks', () => {
    const text = [
      'apiVersion: velero.io/v1\nkind: Restore\nspec:\n  hooks: {resources: []}\n',
      'apiVersion: velero.io/v1\nkind: Backup\nspec:\n  hooks: {resources: []}\n',
      'apiVersion: velero.io/v1\nkind: Schedule\nspec:\n  template:\n    hooks: {resources: []}\n',
      'apiVersion: ark.heptio.com/v1\nkind: Backup\nspec:\n  hooks: {resources: []}\n',
    ].join('---\n')
    const found = models(text).flatMap((m) => m.velero.map((v) => `${v.kind} ${pathText(v.path)}`))
    assert.deepEqual(found, ['Restore spec.hooks', 'Backup spec.hooks', 'Schedule spec.template.hooks'])
  })

  it('reads Helm-values podAnnotations as pod annotations', () => {
    const [m] = models('app:\n  podAnnotations:\n    pre.hook.backup.velero.io/command: x\n')
    assert.equal(m?.pods[0]?.role, 'values')
    assert.equal(pathText(m!.pods[0]!.annotations.path), 'app.podAnnotations')
  })
})

describe('model: pod volumes', () => {
  const podWith = (volumes: string) => models(`apiVersion: v1\nkind: Pod\nmetadata: {name: p, annotations: {velero: x}}\nspec:\n  containers: [{name: c}]\n${volumes}`)[0]!.pods[0]!

  it('reads names, claim names and the items of spec.volumes', () => {
    const pod = podWith('  volumes:\n    - name: data\n      persistentVolumeClaim: {claimName: data-pvc}\n    - name: cache\n      emptyDir: {}\n')
    assert.equal(pod.volumesKnown, true)
    assert.deepEqual(
      pod.volumes.map((v) => [v.name, v.claimName, pathText(v.value.path)]),
      [
        ['data', 'data-pvc', 'spec.volumes[0]'],
        ['cache', undefined, 'spec.volumes[1]'],
      ],
    )
  })

  it('an empty list is known: the pod has no volumes', () => {
    const pod = podWith('  volumes: []\n')
    assert.equal(pod.volumesKnown, true)
    assert.deepEqual(pod.volumes, [])
  })

  it('is unknown when spec.volumes is absent, not a list, or a name is missing, aliased or templated', () => {
    for (const volumes of [
      '',
      '  volumes: {data: {}}\n',
      '  volumes: ["data"]\n',
      '  volumes:\n    - emptyDir: {}\n',
      '  volumes:\n    - name: 7\n',
      '  volumes:\n    - name: &n data\n    - name: *n\n',
      '  volumes:\n    - name: data-$(SUFFIX)\n',
      '  volumes:\n    - name: ${VOLUME}\n',
    ]) {
      assert.equal(podWith(volumes).volumesKnown, false, volumes)
    }
  })

  it("a StatefulSet's volumeClaimTemplates are volumes of its Pods, with or without spec.volumes", () => {
    const sts = (volumes: string) =>
      models(`apiVersion: apps/v1\nkind: StatefulSet\nmetadata: {name: s}\nspec:\n  template:\n    metadata: {annotations: {velero: x}}\n    spec:\n      containers: [{name: c}]\n${volumes}  volumeClaimTemplates:\n    - metadata: {name: data}\n`)[0]!.pods[0]!
    const alone = sts('')
    assert.equal(alone.volumesKnown, true)
    assert.deepEqual(alone.volumes.map((v) => [v.name, v.claimName, pathText(v.value.path)]), [['data', undefined, 'spec.volumeClaimTemplates[0]']])
    const both = sts('      volumes: [{name: config, configMap: {name: c}}]\n')
    assert.deepEqual(both.volumes.map((v) => v.name), ['config', 'data'])
    assert.equal(both.volumesKnown, true)
    assert.equal(sts('      volumes: {config: {}}\n').volumesKnown, false)
  })

  it('Helm-values podAnnotations have no volumes to check', () => {
    const [m] = models('app:\n  podAnnotations:\n    backup.velero.io/backup-volumes: data\n')
    assert.equal(m?.pods[0]?.volumesKnown, false)
    assert.deepEqual(m?.pods[0]?.volumes, [])
  })
})
