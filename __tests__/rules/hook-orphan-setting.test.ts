import rule from '../../src/rules/hook-orphan-setting.js'
import { runRuleTests, yaml } from '../support/rule-tester.js'

runRuleTests(rule, {
  valid: [
    {
      name: 'settings with their command',
      code: yaml`
        apiVersion: v1
        kind: Pod
        metadata:
          annotations:
            post.hook.restore.velero.io/command: '["/bin/true"]'
            post.hook.restore.velero.io/container: app
            post.hook.restore.velero.io/wait-timeout: 5m
            pre.hook.backup.velero.io/command: '["/bin/true"]'
            pre.hook.backup.velero.io/on-error: Fail
            post.hook.backup.velero.io/command: /bin/true
            post.hook.backup.velero.io/timeout: 1m
            hook.backup.velero.io/command: '["/bin/true"]'
      `,
    },
    {
      name: 'init hook settings are init-hook-missing-image business',
      code: yaml`
        kind: Pod
        metadata:
          annotations:
            init.hook.restore.velero.io/container-name: restore-init
            init.hook.restore.velero.io/command: '["/bin/true"]'
      `,
    },
    {
      name: 'legacy settings next to a prefixed command are backup-hook-legacy-mixed business',
      code: yaml`
        kind: Pod
        metadata:
          annotations:
            pre.hook.backup.velero.io/command: '["/bin/true"]'
            hook.backup.velero.io/container: app
      `,
    },
    {
      name: 'a command that is not a YAML string: kubectl rejects the object (hook-annotation-not-string), one finding',
      code: yaml`
        apiVersion: apps/v1
        kind: StatefulSet
        spec:
          template:
            metadata:
              annotations:
                post.hook.backup.velero.io/command: ["/bin/true"]
                post.hook.backup.velero.io/timeout: 30s
      `,
    },
    {
      name: 'empty settings of a hook that does not exist do nothing, as if absent',
      code: yaml`
        kind: Pod
        metadata:
          annotations:
            post.hook.restore.velero.io/container: ""
            pre.hook.backup.velero.io/command: ""
            pre.hook.backup.velero.io/timeout: ""
            hook.backup.velero.io/on-error: ""
      `,
    },
  ],
  invalid: [
    {
      name: 'restore exec settings without a command (Pod)',
      code: yaml`
        apiVersion: v1
        kind: Pod
        metadata:
          name: p
          annotations:
            post.hook.restore.velero.io/container: app
            post.hook.restore.velero.io/exec-timeout: 30s
        spec:
          containers: [{name: app, image: nginx}]
      `,
      errors: [
        {
          messageId: 'orphan',
          line: 6,
          column: 5,
          severity: 'warning',
          message:
            'Velero ignores "post.hook.restore.velero.io/container" because "post.hook.restore.velero.io/command" is missing, so no restore exec hook runs; add the command or remove this setting.',
          path: 'metadata.annotations["post.hook.restore.velero.io/container"]',
        },
        { messageId: 'orphan', line: 7, column: 5, message: '"post.hook.restore.velero.io/exec-timeout"' },
      ],
    },
    {
      name: 'an empty command switches the hook off (Deployment)',
      code: yaml`
        apiVersion: apps/v1
        kind: Deployment
        metadata: {name: d}
        spec:
          template:
            metadata:
              annotations:
                pre.hook.backup.velero.io/command: ""
                pre.hook.backup.velero.io/on-error: Fail
      `,
      errors: [{ messageId: 'orphan', line: 9, column: 9, message: 'because "pre.hook.backup.velero.io/command" is empty, so no pre-backup exec hook runs' }],
    },
    {
      name: 'legacy settings without any command (DaemonSet)',
      code: yaml`
        apiVersion: apps/v1
        kind: DaemonSet
        spec:
          template:
            metadata:
              annotations:
                hook.backup.velero.io/timeout: 30s
      `,
      errors: [{ messageId: 'orphan', line: 7, column: 9, message: 'so no legacy (unprefixed) pre-backup exec hook runs' }],
    },
    {
      name: 'Job, CronJob, ReplicaSet, ReplicationController, PodTemplate, Rollout, List, Template',
      code: yaml`
        kind: Job
        spec: {template: {metadata: {annotations: {post.hook.restore.velero.io/wait-for-ready: "true"}}}}
        ---
        kind: CronJob
        spec: {jobTemplate: {spec: {template: {metadata: {annotations: {post.hook.restore.velero.io/wait-for-ready: "true"}}}}}}
        ---
        kind: ReplicaSet
        spec: {template: {metadata: {annotations: {post.hook.restore.velero.io/wait-for-ready: "true"}}}}
        ---
        kind: ReplicationController
        spec: {template: {metadata: {annotations: {post.hook.restore.velero.io/wait-for-ready: "true"}}}}
        ---
        kind: PodTemplate
        template: {metadata: {annotations: {post.hook.restore.velero.io/wait-for-ready: "true"}}}
        ---
        kind: Rollout
        spec: {template: {metadata: {annotations: {post.hook.restore.velero.io/wait-for-ready: "true"}}, spec: {containers: []}}}
        ---
        kind: List
        items: [{kind: Pod, metadata: {annotations: {post.hook.restore.velero.io/wait-for-ready: "true"}}}]
        ---
        kind: Template
        objects: [{kind: Pod, metadata: {annotations: {post.hook.restore.velero.io/wait-for-ready: "true"}}}]
      `,
      errors: [
        { messageId: 'orphan', line: 2, column: 44 },
        { messageId: 'orphan', line: 5, column: 65, path: 'spec.jobTemplate.spec.template.metadata.annotations["post.hook.restore.velero.io/wait-for-ready"]' },
        { messageId: 'orphan', line: 8, column: 44 },
        { messageId: 'orphan', line: 11, column: 44 },
        { messageId: 'orphan', line: 14, column: 37 },
        { messageId: 'orphan', line: 17, column: 44 },
        { messageId: 'orphan', line: 20, column: 46, path: 'items[0].metadata.annotations["post.hook.restore.velero.io/wait-for-ready"]' },
        { messageId: 'orphan', line: 23, column: 48 },
      ],
    },
  ],
})
