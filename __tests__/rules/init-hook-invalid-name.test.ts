import rule from '../../src/rules/init-hook-invalid-name.js'
import { runRuleTests, yaml } from '../support/rule-tester.js'

const CMD = `init.hook.restore.velero.io/command: '["/bin/true"]'`

// Velero v1.18.2 passes the name through (getInitContainerFromAnnotation); the API server then checks it.

runRuleTests(rule, {
  valid: [
    {
      name: 'DNS-1123 labels, an empty name (Velero generates one) and no name',
      code: yaml`
        apiVersion: v1
        kind: Pod
        metadata:
          annotations:
            init.hook.restore.velero.io/container-image: alpine
            init.hook.restore.velero.io/container-name: restore-init-1
            init.hook.restore.velero.io/command: '["/bin/true"]'
        ---
        kind: Pod
        metadata:
          annotations:
            init.hook.restore.velero.io/container-name: ""
        ---
        kind: Pod
        metadata:
          annotations:
            init.hook.restore.velero.io/container-name: ${'a'.repeat(63)}
      `,
    },
    {
      name: 'no image: Velero builds no init container, so the name does nothing (init-hook-missing-image)',
      code: yaml`
        kind: Pod
        metadata:
          annotations:
            init.hook.restore.velero.io/container-name: Restore_Init
            ${CMD}
      `,
    },
    {
      name: 'no command: Velero (up to v1.18.2) panics before the API server sees the name (init-hook-missing-command)',
      code: yaml`
        kind: Pod
        metadata:
          annotations:
            init.hook.restore.velero.io/container-image: alpine
            init.hook.restore.velero.io/container-name: Restore_Init
      `,
    },
  ],
  invalid: [
    {
      name: 'upper case and underscore (Pod)',
      code: yaml`
        apiVersion: v1
        kind: Pod
        metadata:
          name: p
          annotations:
            init.hook.restore.velero.io/container-image: alpine
            init.hook.restore.velero.io/container-name: Restore_Init
            ${CMD}
      `,
      errors: [
        {
          messageId: 'invalid',
          line: 7,
          column: 49,
          message:
            `Container name "Restore_Init" is not a valid DNS-1123 label (it must consist of lower-case letters, digits and '-', and start and end with a letter or digit), so the API server rejects the restored pod; use e.g. "restore-init".`,
          path: 'metadata.annotations["init.hook.restore.velero.io/container-name"]',
        },
      ],
    },
    {
      name: 'too long (Deployment)',
      code: yaml`
        apiVersion: apps/v1
        kind: Deployment
        spec:
          template:
            metadata:
              annotations:
                init.hook.restore.velero.io/container-name: ${'a'.repeat(64)}
                init.hook.restore.velero.io/container-image: alpine
                ${CMD}
      `,
      errors: [{ messageId: 'invalid', line: 7, column: 53, message: '(it is 64 characters long; the limit is 63)' }],
    },
    {
      name: 'dots, spaces and a leading dash (StatefulSet, DaemonSet, Job)',
      code: yaml`
        kind: StatefulSet
        spec: {template: {metadata: {annotations: {init.hook.restore.velero.io/container-name: restore.init, init.hook.restore.velero.io/container-image: alpine, ${CMD}}}}}
        ---
        kind: DaemonSet
        spec: {template: {metadata: {annotations: {init.hook.restore.velero.io/container-name: restore init, init.hook.restore.velero.io/container-image: alpine, ${CMD}}}}}
        ---
        kind: Job
        spec: {template: {metadata: {annotations: {init.hook.restore.velero.io/container-name: "-init", init.hook.restore.velero.io/container-image: alpine, ${CMD}}}}}
      `,
      errors: [
        { messageId: 'invalid', line: 2, column: 88, message: 'use e.g. "restore-init".' },
        { messageId: 'invalid', line: 5, column: 88, message: '"restore init"' },
        { messageId: 'invalid', line: 8, column: 88, message: 'use e.g. "init".' },
      ],
    },
    {
      name: 'CronJob, ReplicaSet, ReplicationController, PodTemplate, Rollout, List, Template',
      code: yaml`
        kind: CronJob
        spec: {jobTemplate: {spec: {template: {metadata: {annotations: {init.hook.restore.velero.io/container-name: Init, init.hook.restore.velero.io/container-image: alpine, ${CMD}}}}}}}
        ---
        kind: ReplicaSet
        spec: {template: {metadata: {annotations: {init.hook.restore.velero.io/container-name: Init, init.hook.restore.velero.io/container-image: alpine, ${CMD}}}}}
        ---
        kind: ReplicationController
        spec: {template: {metadata: {annotations: {init.hook.restore.velero.io/container-name: Init, init.hook.restore.velero.io/container-image: alpine, ${CMD}}}}}
        ---
        kind: PodTemplate
        template: {metadata: {annotations: {init.hook.restore.velero.io/container-name: Init, init.hook.restore.velero.io/container-image: alpine, ${CMD}}}}
        ---
        kind: Rollout
        spec: {template: {metadata: {annotations: {init.hook.restore.velero.io/container-name: Init, init.hook.restore.velero.io/container-image: alpine, ${CMD}}}, spec: {containers: []}}}
        ---
        kind: List
        items: [{kind: Pod, metadata: {annotations: {init.hook.restore.velero.io/container-name: Init, init.hook.restore.velero.io/container-image: alpine, ${CMD}}}}]
        ---
        kind: Template
        objects: [{kind: Pod, metadata: {annotations: {init.hook.restore.velero.io/container-name: Init, init.hook.restore.velero.io/container-image: alpine, ${CMD}}}}]
      `,
      errors: [
        { messageId: 'invalid', line: 2, column: 109, path: 'spec.jobTemplate.spec.template.metadata.annotations["init.hook.restore.velero.io/container-name"]' },
        { messageId: 'invalid', line: 5, column: 88 },
        { messageId: 'invalid', line: 8, column: 88 },
        { messageId: 'invalid', line: 11, column: 81 },
        { messageId: 'invalid', line: 14, column: 88 },
        { messageId: 'invalid', line: 17, column: 90, path: 'items[0].metadata.annotations["init.hook.restore.velero.io/container-name"]' },
        { messageId: 'invalid', line: 20, column: 92 },
      ],
    },
  ],
})
