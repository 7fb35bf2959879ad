import assert from 'node:assert/strict'
import { describe, it } from 'node:test'
import { yaml } from '../support/rule-tester.js'
import { fixText } from '../../src/fix/index.js'
import { assertUnchanged, findings, fixAndCheck, ruleSet } from './fix-support.js'

const RULE = 'fs-backup-annotation-on-controller'

describe('fix: fs-backup-annotation-on-controller (move into the pod template)', () => {
  it('moves backup-volumes, with its comment, into existing template annotations', () => {
    const input = yaml`
      apiVersion: apps/v1
      kind: Deployment
      metadata:
        name: db
        annotations:
          deployment.kubernetes.io/revision: "3"
          # the database files, with restic/kopia
          backup.velero.io/backup-volumes: data,logs   # both
      spec:
        template:
          metadata:
            annotations:
              prometheus.io/scrape: "true"
          spec:
            containers: [{name: db, image: postgres}]
            volumes:
              - name: data
                emptyDir: {}
              - name: logs
                emptyDir: {}
    `
    const { output, fixes } = fixAndCheck(input, RULE)
    assert.deepEqual(
      fixes.map((f) => [f.ruleId, f.description]),
      [[RULE, `moved "backup.velero.io/backup-volumes" into the pod template's annotations`]],
    )
    assert.equal(
      output,
      yaml`
        apiVersion: apps/v1
        kind: Deployment
        metadata:
          name: db
          annotations:
            deployment.kubernetes.io/revision: "3"
        spec:
          template:
            metadata:
              annotations:
                prometheus.io/scrape: "true"
                # the database files, with restic/kopia
                backup.velero.io/backup-volumes: data,logs   # both
            spec:
              containers: [{name: db, image: postgres}]
              volumes:
                - name: data
                  emptyDir: {}
                - name: logs
                  emptyDir: {}
      `,
    )
  })

  it('creates metadata.annotations in a CronJob template and drops the emptied annotations key', () => {
    const input = yaml`
      apiVersion: batch/v1
      kind: CronJob
      metadata:
        name: nightly
        annotations:
          backup.velero.io/backup-volumes-excludes: scratch
      spec:
        jobTemplate:
          spec:
            template:
              spec:
                containers: [{name: job, image: busybox}]
    `
    const { output } = fixAndCheck(input, RULE)
    assert.equal(
      output,
      yaml`
        apiVersion: batch/v1
        kind: CronJob
        metadata:
          name: nightly
        spec:
          jobTemplate:
            spec:
              template:
                metadata:
                  annotations:
                    backup.velero.io/backup-volumes-excludes: scratch
                spec:
                  containers: [{name: job, image: busybox}]
      `,
    )
  })

  it('moves hook keys and FSB keys of one Deployment together (each fixer moves its own rule\'s keys)', () => {
    const input = yaml`
      apiVersion: apps/v1
      kind: Deployment
      metadata:
        name: db
        annotations:
          pre.hook.backup.velero.io/command: '["/bin/sync"]'
          backup.velero.io/backup-volumes: data
          post.hook.backup.velero.io/command: '["/bin/true"]'
      spec:
        template:
          spec:
            containers: [{name: db, image: postgres}]
            volumes: [{name: data, emptyDir: {}}]
    `
    const { output, fixes } = fixAndCheck(input, RULE)
    assert.deepEqual(fixes.map((f) => f.ruleId).sort(), [RULE, 'hook-annotation-on-controller'].sort())
    assert.deepEqual(findings(output, 'hook-annotation-on-controller'), [])
    assert.doesNotMatch(output, /^ {2}annotations:/m)
    const moved = /\n {4}metadata:\n {6}annotations:\n((?: {8}.*\n)+) {4}spec:/.exec(output)
    assert.ok(moved, output)
    assert.deepEqual(
      moved[1]!.trim().split('\n').map((l) => l.trim().split(':')[0]).sort(),
      ['backup.velero.io/backup-volumes', 'post.hook.backup.velero.io/command', 'pre.hook.backup.velero.io/command'],
    )
  })

  it('leaves the key alone (and reported) when the template already has it with another value: no clobbering', () => {
    const input = yaml`
      apiVersion: apps/v1
      kind: Deployment
      metadata:
        name: db
        annotations:
          backup.velero.io/backup-volumes: data,logs
      spec:
        template:
          metadata:
            annotations:
              backup.velero.io/backup-volumes: data
          spec:
            containers: [{name: db, image: postgres}]
            volumes: [{name: data, emptyDir: {}}, {name: logs, emptyDir: {}}]
    `
    assert.deepEqual(
      findings(input, RULE).map((f) => f.ruleId + ':' + f.line),
      [`${RULE}:6`],
    )
    assertUnchanged(input, RULE)
  })

  it('moves the key it can and leaves the one the template already has with another value', () => {
    const input = yaml`
      apiVersion: apps/v1
      kind: Deployment
      metadata:
        name: db
        annotations:
          backup.velero.io/backup-volumes: data
          backup.velero.io/backup-volumes-excludes: cache
      spec:
        template:
          metadata:
            annotations:
              backup.velero.io/backup-volumes: logs
          spec:
            containers: [{name: db, image: postgres}]
    `
    const { output } = fixAndCheck(input, RULE, 1)
    assert.match(output, /\n {2}annotations:\n {4}backup\.velero\.io\/backup-volumes: data\nspec:/)
    assert.match(output, /\n {8}backup\.velero\.io\/backup-volumes: logs\n {8}backup\.velero\.io\/backup-volumes-excludes: cache\n/)
  })

  it('leaves the same key and value on both (not reported: Velero reads the template copy)', () => {
    const input = yaml`
      apiVersion: apps/v1
      kind: Deployment
      metadata:
        name: db
        annotations:
          backup.velero.io/backup-volumes: data
      spec:
        template:
          metadata:
            annotations:
              backup.velero.io/backup-volumes: data
          spec:
            containers: [{name: db, image: postgres}]
    `
    assert.deepEqual(findings(input, RULE), [])
    assert.equal(fixText('test.yaml', input, { ruleSet }).output, input)
  })

  it('leaves objects with no pod template and flow-style annotations', () => {
    assertUnchanged(
      yaml`
        apiVersion: v1
        kind: PersistentVolumeClaim
        metadata:
          name: data
          annotations:
            backup.velero.io/backup-volumes: data
      `,
      RULE,
    )
    assertUnchanged(
      yaml`
        apiVersion: apps/v1
        kind: Deployment
        metadata:
          name: d
          annotations: {backup.velero.io/backup-volumes: data}
        spec:
          template:
            spec:
              containers: [{name: a, image: b}]
      `,
      RULE,
    )
  })

  it('is not made when the finding is suppressed', () => {
    const input = yaml`
      apiVersion: apps/v1
      kind: Deployment
      metadata:
        name: d
        annotations:
          backup.velero.io/backup-volumes: data # velero-hooks-ignore fs-backup-annotation-on-controller -- a kustomize patch copies it
      spec:
        template:
          spec:
            containers: [{name: a, image: b}]
    `
    assert.deepEqual(findings(input, RULE), [])
    assert.equal(fixText('test.yaml', input, { ruleSet }).output, input)
  })
})
