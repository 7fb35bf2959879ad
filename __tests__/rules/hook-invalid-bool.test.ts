import rule from '../../src/rules/hook-invalid-bool.js'
import { runRuleTests, yaml } from '../support/rule-tester.js'

runRuleTests(rule, {
  valid: [
    {
      name: '"true", every false spelling, and an empty value',
      code: yaml`
        apiVersion: v1
        kind: Pod
        metadata:
          annotations:
            post.hook.restore.velero.io/command: '["/bin/true"]'
            post.hook.restore.velero.io/wait-for-ready: "true"
        ---
        kind: Pod
        metadata: {annotations: {post.hook.restore.velero.io/command: c, post.hook.restore.velero.io/wait-for-ready: "false"}}
        ---
        kind: Pod
        metadata: {annotations: {post.hook.restore.velero.io/command: c, post.hook.restore.velero.io/wait-for-ready: "0"}}
        ---
        kind: Pod
        metadata: {annotations: {post.hook.restore.velero.io/command: c, post.hook.restore.velero.io/wait-for-ready: "F"}}
        ---
        kind: Pod
        metadata: {annotations: {post.hook.restore.velero.io/command: c, post.hook.restore.velero.io/wait-for-ready: "FALSE"}}
        ---
        kind: Pod
        metadata: {annotations: {post.hook.restore.velero.io/command: c, post.hook.restore.velero.io/wait-for-ready: ""}}
      `,
    },
    {
      name: 'an unquoted bool is hook-annotation-not-string business; a hook with no command is hook-orphan-setting business',
      code: yaml`
        kind: Pod
        metadata:
          annotations:
            post.hook.restore.velero.io/command: '["/bin/true"]'
            post.hook.restore.velero.io/wait-for-ready: true
        ---
        kind: Pod
        metadata:
          annotations:
            post.hook.restore.velero.io/wait-for-ready: "yes"
      `,
    },
    {
      name: 'Velero main reads it as every release since v1.13.0 does',
      velero: 'main',
      code: yaml`
        kind: Pod
        metadata: {annotations: {post.hook.restore.velero.io/command: c, post.hook.restore.velero.io/wait-for-ready: "true"}}
      `,
    },
    {
      name: 'Velero v1.13.0: the first release that reads it',
      velero: '1.13.0',
      code: yaml`
        kind: Pod
        metadata: {annotations: {post.hook.restore.velero.io/command: c, post.hook.restore.velero.io/wait-for-ready: "true"}}
      `,
    },
  ],
  invalid: [
    {
      name: 'yes is false for Velero (Pod)',
      code: yaml`
        apiVersion: v1
        kind: Pod
        metadata:
          name: p
          annotations:
            post.hook.restore.velero.io/command: '["/bin/true"]'
            post.hook.restore.velero.io/wait-for-ready: "yes"
      `,
      errors: [
        {
          messageId: 'invalid',
          line: 7,
          column: 49,
          message: 'Velero cannot parse "yes" as a bool, so wait-for-ready is false and the hook runs before the container is Ready; write "true" or "false".',
          path: 'metadata.annotations["post.hook.restore.velero.io/wait-for-ready"]',
        },
      ],
    },
    {
      name: 'padded and mixed-case values (Deployment, StatefulSet)',
      code: yaml`
        apiVersion: apps/v1
        kind: Deployment
        spec:
          template:
            metadata:
              annotations:
                post.hook.restore.velero.io/command: '["/bin/true"]'
                post.hook.restore.velero.io/wait-for-ready: " true"
        ---
        apiVersion: apps/v1
        kind: StatefulSet
        spec:
          template:
            metadata:
              annotations:
                post.hook.restore.velero.io/command: '["/bin/true"]'
                post.hook.restore.velero.io/wait-for-ready: tRUE
      `,
      errors: [
        { messageId: 'invalid', line: 8, column: 53, message: '" true"' },
        { messageId: 'invalid', line: 17, column: 53, message: '"tRUE"' },
      ],
    },
    {
      name: 'true spellings other than "true" are a notice: the docs say they are false (DaemonSet, Job)',
      code: yaml`
        kind: DaemonSet
        spec: {template: {metadata: {annotations: {post.hook.restore.velero.io/command: c, post.hook.restore.velero.io/wait-for-ready: "1"}}}}
        ---
        kind: Job
        spec: {template: {metadata: {annotations: {post.hook.restore.velero.io/command: c, post.hook.restore.velero.io/wait-for-ready: "True"}}}}
        ---
        kind: Job
        spec: {template: {metadata: {annotations: {post.hook.restore.velero.io/command: c, post.hook.restore.velero.io/wait-for-ready: "TRUE"}}}}
        ---
        kind: Job
        spec: {template: {metadata: {annotations: {post.hook.restore.velero.io/command: c, post.hook.restore.velero.io/wait-for-ready: t}}}}
      `,
      errors: [
        {
          messageId: 'nonCanonical',
          line: 2,
          column: 128,
          severity: 'notice',
          message: 'Velero reads "1" as true (strconv.ParseBool), although its docs say only "true" is true; write "true" so that readers agree with Velero.',
        },
        { messageId: 'nonCanonical', line: 5, column: 128, severity: 'notice', message: '"True"' },
        { messageId: 'nonCanonical', line: 8, column: 128, severity: 'notice' },
        { messageId: 'nonCanonical', line: 11, column: 128, severity: 'notice' },
      ],
    },
    {
      name: 'Velero v1.12: the key is not read; a true value does not happen (warning), a false one changes nothing (notice)',
      velero: '1.12',
      code: yaml`
        kind: Pod
        metadata:
          annotations:
            post.hook.restore.velero.io/command: '["/bin/true"]'
            post.hook.restore.velero.io/wait-for-ready: "true"
        ---
        kind: Pod
        metadata:
          annotations:
            post.hook.restore.velero.io/command: '["/bin/true"]'
            post.hook.restore.velero.io/wait-for-ready: "yes"
      `,
      errors: [
        {
          messageId: 'unread',
          line: 5,
          column: 49,
          severity: 'warning',
          message:
            'Velero v1.12.4 does not read wait-for-ready (it was added in v1.13.0), so the hook runs as soon as the container is Running, whatever this says; upgrade Velero or remove the key.',
        },
        { messageId: 'unread', line: 11, column: 49, severity: 'notice' },
      ],
    },
    {
      name: 'CronJob, ReplicaSet, ReplicationController, PodTemplate, Rollout, List, Template',
      code: yaml`
        kind: CronJob
        spec: {jobTemplate: {spec: {template: {metadata: {annotations: {post.hook.restore.velero.io/command: c, post.hook.restore.velero.io/wait-for-ready: "on"}}}}}}
        ---
        kind: ReplicaSet
        spec: {template: {metadata: {annotations: {post.hook.restore.velero.io/command: c, post.hook.restore.velero.io/wait-for-ready: "on"}}}}
        ---
        kind: ReplicationController
        spec: {template: {metadata: {annotations: {post.hook.restore.velero.io/command: c, post.hook.restore.velero.io/wait-for-ready: "on"}}}}
        ---
        kind: PodTemplate
        template: {metadata: {annotations: {post.hook.restore.velero.io/command: c, post.hook.restore.velero.io/wait-for-ready: "on"}}}
        ---
        kind: Rollout
        spec: {template: {metadata: {annotations: {post.hook.restore.velero.io/command: c, post.hook.restore.velero.io/wait-for-ready: "on"}}, spec: {containers: []}}}
        ---
        kind: List
        items: [{kind: Pod, metadata: {annotations: {post.hook.restore.velero.io/command: c, post.hook.restore.velero.io/wait-for-ready: "on"}}}]
        ---
        kind: Template
        objects: [{kind: Pod, metadata: {annotations: {post.hook.restore.velero.io/command: c, post.hook.restore.velero.io/wait-for-ready: "on"}}}]
      `,
      errors: [
        { messageId: 'invalid', line: 2, column: 149, path: 'spec.jobTemplate.spec.template.metadata.annotations["post.hook.restore.velero.io/wait-for-ready"]' },
        { messageId: 'invalid', line: 5, column: 128 },
        { messageId: 'invalid', line: 8, column: 128 },
        { messageId: 'invalid', line: 11, column: 121 },
        { messageId: 'invalid', line: 14, column: 128 },
        { messageId: 'invalid', line: 17, column: 130, path: 'items[0].metadata.annotations["post.hook.restore.velero.io/wait-for-ready"]' },
        { messageId: 'invalid', line: 20, column: 132 },
      ],
    },
  ],
})
