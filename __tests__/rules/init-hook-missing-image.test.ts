import rule from '../../src/rules/init-hook-missing-image.js'
import { runRuleTests, yaml } from '../support/rule-tester.js'

runRuleTests(rule, {
  valid: [
    {
      name: 'image with name and command',
      code: yaml`
        apiVersion: v1
        kind: Pod
        metadata:
          annotations:
            init.hook.restore.velero.io/container-name: restore-init
            init.hook.restore.velero.io/container-image: alpine:3.20
            init.hook.restore.velero.io/command: '["/bin/true"]'
      `,
    },
    {
      name: 'no init hook, or only the (unread) timeout',
      code: yaml`
        kind: Pod
        metadata:
          annotations:
            post.hook.restore.velero.io/command: '["/bin/true"]'
        ---
        kind: Pod
        metadata:
          annotations:
            init.hook.restore.velero.io/timeout: 1m
      `,
    },
    {
      name: 'an image that is not a string is hook-annotation-not-string business',
      code: yaml`
        kind: Pod
        metadata:
          annotations:
            init.hook.restore.velero.io/container-image: 42
            init.hook.restore.velero.io/command: '["/bin/true"]'
      `,
    },
    {
      name: 'an empty command or name without an image: Velero does nothing, as with no annotation',
      code: yaml`
        kind: Pod
        metadata:
          annotations:
            init.hook.restore.velero.io/command: ""
        ---
        kind: Pod
        metadata:
          annotations:
            init.hook.restore.velero.io/container-image: ""
            init.hook.restore.velero.io/container-name: ""
            init.hook.restore.velero.io/command: ""
      `,
    },
  ],
  invalid: [
    {
      name: 'Velero unit test #2: name and command, image missing (Pod), reported at the first of them',
      code: yaml`
        apiVersion: v1
        kind: Pod
        metadata:
          name: p
          annotations:
            velero.io/unrelated: x
            init.hook.restore.velero.io/container-name: restore-init
            init.hook.restore.velero.io/command: /usr/bin/data-populator
      `,
      errors: [
        {
          messageId: 'missing',
          line: 7,
          column: 5,
          message:
            'This init hook has no "init.hook.restore.velero.io/container-image", so Velero ignores it and injects nothing at restore; add the image to run.',
          path: 'metadata.annotations["init.hook.restore.velero.io/container-name"]',
        },
      ],
    },
    {
      name: 'Velero unit test #1: empty image (Deployment)',
      code: yaml`
        apiVersion: apps/v1
        kind: Deployment
        metadata: {name: d}
        spec:
          template:
            metadata:
              annotations:
                init.hook.restore.velero.io/container-image: ""
                init.hook.restore.velero.io/container-name: restore-init
                init.hook.restore.velero.io/command: /usr/bin/data-populator
      `,
      errors: [
        {
          messageId: 'empty',
          line: 8,
          column: 54,
          message: '"init.hook.restore.velero.io/container-image" is empty, so Velero ignores this init hook and injects nothing at restore; give the image to run.',
          path: 'spec.template.metadata.annotations["init.hook.restore.velero.io/container-image"]',
        },
      ],
    },
    {
      name: 'command only (StatefulSet); name only (DaemonSet)',
      code: yaml`
        apiVersion: apps/v1
        kind: StatefulSet
        spec:
          template:
            metadata:
              annotations:
                init.hook.restore.velero.io/command: '["/bin/true"]'
        ---
        apiVersion: apps/v1
        kind: DaemonSet
        spec:
          template:
            metadata:
              annotations:
                init.hook.restore.velero.io/timeout: 1m
                init.hook.restore.velero.io/container-name: init
      `,
      errors: [
        { messageId: 'missing', line: 7, column: 9, message: 'has no "init.hook.restore.velero.io/container-image"' },
        // At the name: the (never read) timeout is init-hook-timeout-ignored's.
        { messageId: 'missing', line: 16, column: 9, message: 'has no', path: 'spec.template.metadata.annotations["init.hook.restore.velero.io/container-name"]' },
      ],
    },
    {
      name: 'Job, CronJob, ReplicaSet, ReplicationController, PodTemplate, Rollout, List, Template',
      code: yaml`
        kind: Job
        spec: {template: {metadata: {annotations: {init.hook.restore.velero.io/command: x}}}}
        ---
        kind: CronJob
        spec: {jobTemplate: {spec: {template: {metadata: {annotations: {init.hook.restore.velero.io/command: x}}}}}}
        ---
        kind: ReplicaSet
        spec: {template: {metadata: {annotations: {init.hook.restore.velero.io/command: x}}}}
        ---
        kind: ReplicationController
        spec: {template: {metadata: {annotations: {init.hook.restore.velero.io/command: x}}}}
        ---
        kind: PodTemplate
        template: {metadata: {annotations: {init.hook.restore.velero.io/command: x}}}
        ---
        kind: Rollout
        spec: {template: {metadata: {annotations: {init.hook.restore.velero.io/command: x}}, spec: {containers: []}}}
        ---
        kind: List
        items: [{kind: Pod, metadata: {annotations: {init.hook.restore.velero.io/command: x}}}]
        ---
        kind: Template
        objects: [{kind: Pod, metadata: {annotations: {init.hook.restore.velero.io/command: x}}}]
      `,
      errors: [
        { messageId: 'missing', line: 2, column: 44 },
        { messageId: 'missing', line: 5, column: 65, path: 'spec.jobTemplate.spec.template.metadata.annotations["init.hook.restore.velero.io/command"]' },
        { messageId: 'missing', line: 8, column: 44 },
        { messageId: 'missing', line: 11, column: 44 },
        { messageId: 'missing', line: 14, column: 37 },
        { messageId: 'missing', line: 17, column: 44 },
        { messageId: 'missing', line: 20, column: 46, path: 'items[0].metadata.annotations["init.hook.restore.velero.io/command"]' },
        { messageId: 'missing', line: 23, column: 48 },
      ],
    },
  ],
})
