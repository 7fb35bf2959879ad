import rule from '../../src/rules/backup-hook-legacy-mixed.js'
import { runRuleTests, yaml } from '../support/rule-tester.js'

runRuleTests(rule, {
  valid: [
    {
      name: 'only prefixed keys',
      code: yaml`
        apiVersion: v1
        kind: Pod
        metadata:
          annotations:
            pre.hook.backup.velero.io/command: '["/bin/true"]'
            pre.hook.backup.velero.io/container: app
            post.hook.backup.velero.io/command: '["/bin/true"]'
      `,
    },
    {
      name: 'only legacy keys, with a post-backup hook (which has no legacy form)',
      code: yaml`
        kind: Pod
        metadata:
          annotations:
            hook.backup.velero.io/command: '["/bin/true"]'
            hook.backup.velero.io/container: app
            post.hook.backup.velero.io/command: '["/bin/true"]'
      `,
    },
    {
      name: 'neither set switched on: hook-orphan-setting business',
      code: yaml`
        kind: Pod
        metadata:
          annotations:
            hook.backup.velero.io/container: app
            pre.hook.backup.velero.io/timeout: 30s
      `,
    },
  ],
  invalid: [
    {
      name: 'prefixed command set: every legacy key is ignored (Pod)',
      code: yaml`
        apiVersion: v1
        kind: Pod
        metadata:
          name: p
          annotations:
            pre.hook.backup.velero.io/command: '["/bin/true"]'
            hook.backup.velero.io/container: db
            hook.backup.velero.io/timeout: 2m
      `,
      errors: [
        {
          messageId: 'legacyIgnored',
          line: 7,
          column: 5,
          severity: 'warning',
          message:
            'Velero ignores "hook.backup.velero.io/container" because "pre.hook.backup.velero.io/command" is set, and never merges legacy and prefixed keys; rename it to "pre.hook.backup.velero.io/container" or remove it.',
          path: 'metadata.annotations["hook.backup.velero.io/container"]',
        },
        { messageId: 'legacyIgnored', line: 8, column: 5, message: 'rename it to "pre.hook.backup.velero.io/timeout"' },
      ],
    },
    {
      name: 'legacy command in use: every prefixed pre-backup key is ignored (Deployment)',
      code: yaml`
        apiVersion: apps/v1
        kind: Deployment
        metadata: {name: d}
        spec:
          template:
            metadata:
              annotations:
                hook.backup.velero.io/command: '["/bin/true"]'
                pre.hook.backup.velero.io/on-error: Fail
                pre.hook.backup.velero.io/command: ""
      `,
      errors: [
        {
          messageId: 'prefixedIgnored',
          line: 9,
          column: 9,
          message:
            'Velero ignores "pre.hook.backup.velero.io/on-error" because the pre-backup hook comes from the legacy hook.backup.velero.io/* keys (no pre.hook.backup.velero.io/command); use only the prefixed keys.',
        },
        { messageId: 'prefixedIgnored', line: 10, column: 9, message: '"pre.hook.backup.velero.io/command"' },
      ],
    },
    {
      name: 'both commands set: the legacy command is ignored (StatefulSet)',
      code: yaml`
        apiVersion: apps/v1
        kind: StatefulSet
        spec:
          template:
            metadata:
              annotations:
                hook.backup.velero.io/command: '["/bin/legacy"]'
                pre.hook.backup.velero.io/command: '["/bin/new"]'
      `,
      errors: [{ messageId: 'legacyIgnored', line: 7, column: 9, message: 'rename it to "pre.hook.backup.velero.io/command"', path: 'spec.template.metadata.annotations["hook.backup.velero.io/command"]' }],
    },
    {
      name: 'DaemonSet, Job, CronJob, ReplicaSet, ReplicationController, PodTemplate, Rollout, List, Template',
      code: yaml`
        kind: DaemonSet
        spec: {template: {metadata: {annotations: {pre.hook.backup.velero.io/command: x, hook.backup.velero.io/timeout: 1m}}}}
        ---
        kind: Job
        spec: {template: {metadata: {annotations: {pre.hook.backup.velero.io/command: x, hook.backup.velero.io/timeout: 1m}}}}
        ---
        kind: CronJob
        spec: {jobTemplate: {spec: {template: {metadata: {annotations: {pre.hook.backup.velero.io/command: x, hook.backup.velero.io/timeout: 1m}}}}}}
        ---
        kind: ReplicaSet
        spec: {template: {metadata: {annotations: {pre.hook.backup.velero.io/command: x, hook.backup.velero.io/timeout: 1m}}}}
        ---
        kind: ReplicationController
        spec: {template: {metadata: {annotations: {pre.hook.backup.velero.io/command: x, hook.backup.velero.io/timeout: 1m}}}}
        ---
        kind: PodTemplate
        template: {metadata: {annotations: {pre.hook.backup.velero.io/command: x, hook.backup.velero.io/timeout: 1m}}}
        ---
        kind: Rollout
        spec: {template: {metadata: {annotations: {pre.hook.backup.velero.io/command: x, hook.backup.velero.io/timeout: 1m}}, spec: {containers: []}}}
        ---
        kind: List
        items: [{kind: Pod, metadata: {annotations: {pre.hook.backup.velero.io/command: x, hook.backup.velero.io/timeout: 1m}}}]
        ---
        kind: Template
        objects: [{kind: Pod, metadata: {annotations: {pre.hook.backup.velero.io/command: x, hook.backup.velero.io/timeout: 1m}}}]
      `,
      errors: [
        { messageId: 'legacyIgnored', line: 2, column: 82 },
        { messageId: 'legacyIgnored', line: 5, column: 82 },
        { messageId: 'legacyIgnored', line: 8, column: 103, path: 'spec.jobTemplate.spec.template.metadata.annotations["hook.backup.velero.io/timeout"]' },
        { messageId: 'legacyIgnored', line: 11, column: 82 },
        { messageId: 'legacyIgnored', line: 14, column: 82 },
        { messageId: 'legacyIgnored', line: 17, column: 75 },
        { messageId: 'legacyIgnored', line: 20, column: 82 },
        { messageId: 'legacyIgnored', line: 23, column: 84, path: 'items[0].metadata.annotations["hook.backup.velero.io/timeout"]' },
        { messageId: 'legacyIgnored', line: 26, column: 86 },
      ],
    },
  ],
})
