import rule from '../../src/rules/hook-command-empty-array.js'
import { runRuleTests, yaml } from '../support/rule-tester.js'

runRuleTests(rule, {
  valid: [
    {
      name: 'non-empty arrays, a [null] array, and strings',
      code: yaml`
        apiVersion: v1
        kind: Pod
        metadata:
          annotations:
            init.hook.restore.velero.io/container-image: alpine
            init.hook.restore.velero.io/command: '[""]'
            post.hook.restore.velero.io/command: '[null]'
            pre.hook.backup.velero.io/command: /bin/true
            post.hook.backup.velero.io/command: '["[]"]'
      `,
    },
    {
      name: 'an empty string is not an array (no hook / init-hook-missing-command)',
      code: yaml`
        kind: Pod
        metadata:
          annotations:
            post.hook.restore.velero.io/command: ""
            pre.hook.backup.velero.io/command: ' []'
      `,
    },
    {
      name: 'a legacy [] that Velero ignores because the prefixed command is set',
      code: yaml`
        kind: Pod
        metadata:
          annotations:
            pre.hook.backup.velero.io/command: '["/bin/true"]'
            hook.backup.velero.io/command: '[]'
      `,
    },
    {
      name: 'an unknown container: Velero fails on the container before the command (hook-unknown-container)',
      code: yaml`
        kind: Pod
        metadata:
          annotations:
            pre.hook.backup.velero.io/command: '[]'
            pre.hook.backup.velero.io/container: cache
            post.hook.restore.velero.io/command: '[]'
            post.hook.restore.velero.io/container: cache
        spec:
          containers: [{name: app}]
      `,
    },
    {
      name: 'an init command without an image: no hook (init-hook-missing-image)',
      code: yaml`
        kind: Pod
        metadata:
          annotations:
            init.hook.restore.velero.io/command: '[]'
      `,
    },
  ],
  invalid: [
    {
      name: 'init hook [] is a warning (Pod)',
      code: yaml`
        apiVersion: v1
        kind: Pod
        metadata:
          name: p
          annotations:
            init.hook.restore.velero.io/container-image: alpine
            init.hook.restore.velero.io/command: '[]'
      `,
      errors: [
        {
          messageId: 'init',
          line: 7,
          column: 42,
          severity: 'warning',
          message: 'This init hook command is an empty array, so Velero injects a container that runs the image ENTRYPOINT; give the command to run or remove the annotation.',
          path: 'metadata.annotations["init.hook.restore.velero.io/command"]',
        },
      ],
    },
    {
      name: 'restore exec hook [] is an error (Deployment)',
      code: yaml`
        apiVersion: apps/v1
        kind: Deployment
        metadata: {name: d}
        spec:
          template:
            metadata:
              annotations:
                post.hook.restore.velero.io/command: '[ ]'
      `,
      errors: [
        {
          messageId: 'exec',
          line: 8,
          column: 46,
          severity: 'error',
          message: 'Velero turns the hook on (skipping spec hooks for this pod) and then fails it with "command is required"',
        },
      ],
    },
    {
      name: 'backup hooks [] are errors, including legacy and a block scalar (StatefulSet)',
      code: yaml`
        apiVersion: apps/v1
        kind: StatefulSet
        metadata: {name: s}
        spec:
          template:
            metadata:
              annotations:
                hook.backup.velero.io/command: '[]'
                post.hook.backup.velero.io/command: |
                  []
      `,
      errors: [
        { messageId: 'exec', line: 8, column: 40, severity: 'error', path: 'spec.template.metadata.annotations["hook.backup.velero.io/command"]' },
        { messageId: 'exec', line: 9, column: 45, severity: 'error' },
      ],
    },
    {
      name: 'DaemonSet, Job, CronJob, ReplicaSet, ReplicationController, PodTemplate',
      code: yaml`
        kind: DaemonSet
        spec: {template: {metadata: {annotations: {pre.hook.backup.velero.io/command: '[]'}}}}
        ---
        kind: Job
        spec: {template: {metadata: {annotations: {pre.hook.backup.velero.io/command: '[]'}}}}
        ---
        kind: CronJob
        spec: {jobTemplate: {spec: {template: {metadata: {annotations: {pre.hook.backup.velero.io/command: '[]'}}}}}}
        ---
        kind: ReplicaSet
        spec: {template: {metadata: {annotations: {pre.hook.backup.velero.io/command: '[]'}}}}
        ---
        kind: ReplicationController
        spec: {template: {metadata: {annotations: {pre.hook.backup.velero.io/command: '[]'}}}}
        ---
        kind: PodTemplate
        template: {metadata: {annotations: {pre.hook.backup.velero.io/command: '[]'}}}
      `,
      errors: [
        { messageId: 'exec', line: 2, column: 79 },
        { messageId: 'exec', line: 5, column: 79 },
        { messageId: 'exec', line: 8, column: 100, path: 'spec.jobTemplate.spec.template.metadata.annotations["pre.hook.backup.velero.io/command"]' },
        { messageId: 'exec', line: 11, column: 79 },
        { messageId: 'exec', line: 14, column: 79 },
        { messageId: 'exec', line: 17, column: 72, path: 'template.metadata.annotations["pre.hook.backup.velero.io/command"]' },
      ],
    },
    {
      name: 'Argo Rollout, List item, OpenShift Template object',
      code: yaml`
        kind: Rollout
        spec:
          template:
            metadata: {annotations: {post.hook.restore.velero.io/command: '[]'}}
            spec: {containers: [{name: app}]}
        ---
        kind: List
        items:
          - kind: Pod
            metadata: {annotations: {init.hook.restore.velero.io/command: '[]', init.hook.restore.velero.io/container-image: alpine}}
        ---
        kind: Template
        objects:
          - kind: Pod
            metadata: {annotations: {post.hook.backup.velero.io/command: '[]'}}
      `,
      errors: [
        { messageId: 'exec', line: 4, column: 67 },
        { messageId: 'init', line: 10, column: 67, severity: 'warning', path: 'items[0].metadata.annotations["init.hook.restore.velero.io/command"]' },
        { messageId: 'exec', line: 15, column: 66, path: 'objects[0].metadata.annotations["post.hook.backup.velero.io/command"]' },
      ],
    },
  ],
})
