import assert from 'node:assert/strict'
import { describe, it } from 'node:test'
import { yaml } from '../support/rule-tester.js'
import { fixText } from '../../src/fix/index.js'
import { assertUnchanged, findings, fixAndCheck, ruleSet } from './fix-support.js'

const RULE = 'hook-annotation-on-controller'

describe('fix: hook-annotation-on-controller (move into the pod template)', () => {
  it('moves the hook lines, with their comment, into existing template annotations', () => {
    const input = yaml`
      # Database
      apiVersion: apps/v1
      kind: Deployment
      metadata:
        name: db
        annotations:
          deployment.kubernetes.io/revision: "3"
          # freeze before the snapshot
          pre.hook.backup.velero.io/command: '["/sbin/fsfreeze", "--freeze", "/data"]'
          pre.hook.backup.velero.io/timeout: 3m   # plenty
      spec:
        template:
          metadata:
            annotations:
              prometheus.io/scrape: "true"
          spec:
            containers:
              - name: db
                image: postgres
    `
    const { output, fixes } = fixAndCheck(input, RULE)
    assert.equal(fixes.length, 1)
    assert.equal(
      output,
      yaml`
        # Database
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
                # freeze before the snapshot
                pre.hook.backup.velero.io/command: '["/sbin/fsfreeze", "--freeze", "/data"]'
                pre.hook.backup.velero.io/timeout: 3m   # plenty
            spec:
              containers:
                - name: db
                  image: postgres
      `,
    )
  })

  it('creates metadata.annotations in the template, and drops the emptied annotations key', () => {
    const input = yaml`
      apiVersion: apps/v1
      kind: StatefulSet
      metadata:
        name: db
        annotations:
          post.hook.backup.velero.io/command: '["/bin/true"]'
      spec:
        template:
          spec:
            containers: [{name: db, image: postgres}]
    `
    const { output } = fixAndCheck(input, RULE)
    assert.equal(
      output,
      yaml`
        apiVersion: apps/v1
        kind: StatefulSet
        metadata:
          name: db
        spec:
          template:
            metadata:
              annotations:
                post.hook.backup.velero.io/command: '["/bin/true"]'
            spec:
              containers: [{name: db, image: postgres}]
      `,
    )
  })

  it('adds annotations after the labels of an existing template metadata, at 4-space indentation', () => {
    const input = [
      'apiVersion: batch/v1',
      'kind: CronJob',
      'metadata:',
      '    name: nightly',
      '    annotations:',
      '        pre.hook.backup.velero.io/command: \'["/bin/true"]\'',
      'spec:',
      '    jobTemplate:',
      '        spec:',
      '            template:',
      '                metadata:',
      '                    labels:',
      '                        app: nightly',
      '                spec:',
      '                    containers: [{name: job, image: busybox}]',
      '',
    ].join('\n')
    const { output } = fixAndCheck(input, RULE)
    assert.match(output, /\n {20}labels:\n {24}app: nightly\n {20}annotations:\n {24}pre\.hook\.backup\.velero\.io\/command: '\["\/bin\/true"\]'\n {16}spec:/)
    assert.doesNotMatch(output, /^ {4}annotations:/m)
  })

  it('keeps CRLF line endings and a BOM, and leaves other documents byte for byte', () => {
    const other = 'apiVersion: v1\r\nkind: ConfigMap # velero is mentioned here\r\nmetadata: {name: x}\r\n'
    const input =
      '\uFEFF' +
      other +
      '---\r\napiVersion: apps/v1\r\nkind: Deployment\r\nmetadata:\r\n  name: d\r\n  annotations:\r\n    pre.hook.backup.velero.io/command: \'["/bin/true"]\'\r\n' +
      'spec:\r\n  template:\r\n    spec:\r\n      containers: [{name: a, image: b}]\r\n'
    const { output } = fixAndCheck(input, RULE)
    assert.ok(output.startsWith('\uFEFF' + other + '---\r\n'))
    assert.ok(!/[^\r]\n/.test(output), 'a bare LF was written into a CRLF file')
    assert.match(output, /\r\n {4}metadata:\r\n {6}annotations:\r\n {8}pre\.hook\.backup\.velero\.io\/command/)
  })

  it('leaves a copy the template already has with the same value (kustomize commonAnnotations write both; Velero reads the template copy, so nothing is reported or moved)', () => {
    const input = yaml`
      apiVersion: apps/v1
      kind: Deployment
      metadata:
        name: d
        annotations:
          pre.hook.backup.velero.io/command: '["/bin/true"]'
      spec:
        template:
          metadata:
            annotations:
              pre.hook.backup.velero.io/command: '["/bin/true"]'
          spec:
            containers: [{name: a, image: b}]
    `
    assert.deepEqual(findings(input, RULE), [])
    const result = fixText('test.yaml', input, { ruleSet })
    assert.equal(result.output, input)
  })

  it('leaves a document that uses a merge key (<<): an annotations map written next to it would replace the merged one', () => {
    assertUnchanged(yaml`
      apiVersion: apps/v1
      kind: Deployment
      metadata:
        name: d
        annotations:
          pre.hook.backup.velero.io/command: '["/bin/true"]'
      spec:
        template:
          metadata:
            <<: {annotations: {team: a}}
          spec:
            containers: [{name: a, image: b}]
    `, RULE)
  })

  it('leaves a key the template already has with another value (which one was meant?)', () => {
    assertUnchanged(yaml`
      apiVersion: apps/v1
      kind: Deployment
      metadata:
        name: d
        annotations:
          pre.hook.backup.velero.io/command: '["/bin/false"]'
      spec:
        template:
          metadata:
            annotations:
              pre.hook.backup.velero.io/command: '["/bin/true"]'
          spec:
            containers: [{name: a, image: b}]
    `, RULE)
  })

  it('leaves objects with no pod template, flow-style maps and anchored values', () => {
    assertUnchanged(yaml`
      apiVersion: v1
      kind: Service
      metadata:
        name: s
        annotations:
          pre.hook.backup.velero.io/command: '["/bin/true"]'
    `, RULE)
    assertUnchanged(yaml`
      apiVersion: apps/v1
      kind: Deployment
      metadata:
        name: d
        annotations: {pre.hook.backup.velero.io/command: '["/bin/true"]'}
      spec:
        template:
          spec:
            containers: [{name: a, image: b}]
    `, RULE)
    assertUnchanged(yaml`
      apiVersion: apps/v1
      kind: Deployment
      metadata:
        name: d
        annotations:
          pre.hook.backup.velero.io/command: &cmd '["/bin/true"]'
        labels:
          x: *cmd
      spec:
        template:
          spec:
            containers: [{name: a, image: b}]
    `, RULE)
  })

  it('moves a block scalar value intact', () => {
    const input = yaml`
      apiVersion: apps/v1
      kind: Deployment
      metadata:
        name: d
        annotations:
          post.hook.backup.velero.io/command: >-
            ["/bin/sh", "-c",
             "echo done"]
      spec:
        template:
          spec:
            containers: [{name: a, image: b}]
    `
    const { output } = fixAndCheck(input, RULE)
    assert.match(output, / {8}post\.hook\.backup\.velero\.io\/command: >-\n {10}\["\/bin\/sh", "-c",\n {11}"echo done"\]\n/)
    assert.equal(findings(output).filter((f) => f.severity === 'error').length, 0)
  })

  it('moves within a List item, after a flow-style last value', () => {
    const input = yaml`
      apiVersion: v1
      kind: List
      items:
        - apiVersion: apps/v1
          kind: Deployment
          metadata:
            name: a
            annotations:
              pre.hook.backup.velero.io/command: '["/bin/true"]'
          spec:
            template:
              metadata:
                labels: {app: a}
              spec:
                containers: [{name: a, image: b}]
    `
    const { output } = fixAndCheck(input, RULE)
    assert.match(output, /\n {10}labels: \{app: a\}\n {10}annotations:\n {12}pre\.hook\.backup\.velero\.io\/command: '\["\/bin\/true"\]'\n {8}spec:/)
  })
})
