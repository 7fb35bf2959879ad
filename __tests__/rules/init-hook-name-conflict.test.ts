import rule from '../../src/rules/init-hook-name-conflict.js'
import { runRuleTests, yaml } from '../support/rule-tester.js'

const CMD = `init.hook.restore.velero.io/command: '["/bin/true"]'`

// Velero v1.18.2 injects the container without checking its name (getInitContainerFromAnnotation); the
// API server then rejects a duplicate, and PodVolumeRestoreAction (v1.17+) deletes restore-wait/restic-wait.

runRuleTests(rule, {
  valid: [
    {
      name: 'a name no container uses',
      code: yaml`
        apiVersion: v1
        kind: Pod
        metadata:
          annotations:
            init.hook.restore.velero.io/container-image: alpine
            init.hook.restore.velero.io/container-name: restore-init
            init.hook.restore.velero.io/command: '["/bin/true"]'
        spec:
          initContainers: [{name: setup}]
          containers: [{name: app}]
      `,
    },
    {
      name: 'no name (Velero generates velero-restore-init-<hex>)',
      code: yaml`
        kind: Pod
        metadata:
          annotations:
            init.hook.restore.velero.io/container-image: alpine
            ${CMD}
        spec:
          containers: [{name: app}]
      `,
    },
    {
      name: 'no image: Velero builds no init container, so nothing is duplicated (init-hook-missing-image)',
      code: yaml`
        kind: Pod
        metadata:
          annotations:
            init.hook.restore.velero.io/container-name: app
            ${CMD}
        spec:
          containers: [{name: app}]
      `,
    },
    {
      name: 'no command: Velero (up to v1.18.2) panics before the API server or PodVolumeRestoreAction see the name',
      code: yaml`
        kind: Pod
        metadata:
          annotations:
            init.hook.restore.velero.io/container-image: alpine
            init.hook.restore.velero.io/container-name: app
        spec:
          containers: [{name: app}]
        ---
        kind: Pod
        metadata:
          annotations:
            init.hook.restore.velero.io/container-image: alpine
            init.hook.restore.velero.io/container-name: restore-wait
      `,
    },
  ],
  invalid: [
    {
      name: 'same name as an app container (Pod)',
      code: yaml`
        apiVersion: v1
        kind: Pod
        metadata:
          name: p
          annotations:
            init.hook.restore.velero.io/container-image: alpine
            init.hook.restore.velero.io/container-name: app
            ${CMD}
        spec:
          containers: [{name: app, image: nginx}]
      `,
      errors: [
        {
          messageId: 'duplicate',
          line: 7,
          column: 49,
          message:
            'Init hook name "app" is already used by a container of this pod, so Velero injects a duplicate and the API server rejects the restored pod; choose another name.',
          path: 'metadata.annotations["init.hook.restore.velero.io/container-name"]',
        },
      ],
    },
    {
      name: 'the rendered hook container already committed as an init container (Deployment)',
      code: yaml`
        apiVersion: apps/v1
        kind: Deployment
        spec:
          template:
            metadata:
              annotations:
                init.hook.restore.velero.io/container-image: alpine
                init.hook.restore.velero.io/container-name: restore-init
                ${CMD}
            spec:
              initContainers:
                - name: restore-init
                  image: alpine
              containers: [{name: app}]
      `,
      errors: [{ messageId: 'duplicate', line: 8, column: 53, message: 'is already used by an init container of this pod' }],
    },
    {
      name: 'an ephemeral container (StatefulSet)',
      code: yaml`
        apiVersion: apps/v1
        kind: StatefulSet
        spec:
          template:
            metadata:
              annotations:
                init.hook.restore.velero.io/container-name: debugger
                init.hook.restore.velero.io/container-image: alpine
                ${CMD}
            spec:
              containers: [{name: app}]
              ephemeralContainers: [{name: debugger}]
      `,
      errors: [{ messageId: 'duplicate', line: 7, column: 53, message: 'an ephemeral container' }],
    },
    {
      name: "Velero's own restore-wait and restic-wait (DaemonSet, Job)",
      code: yaml`
        kind: DaemonSet
        spec: {template: {metadata: {annotations: {init.hook.restore.velero.io/container-name: restore-wait, init.hook.restore.velero.io/container-image: alpine, ${CMD}}}}}
        ---
        kind: Job
        spec: {template: {metadata: {annotations: {init.hook.restore.velero.io/container-name: restic-wait, init.hook.restore.velero.io/container-image: alpine, ${CMD}}}}}
      `,
      errors: [
        {
          messageId: 'reserved',
          line: 2,
          column: 88,
          message:
            `Init hook name "restore-wait" is the name of Velero's own file-system restore container, so Velero (v1.17 and later) deletes the injected hook container and it never runs; choose another name.`,
        },
        { messageId: 'reserved', line: 5, column: 88, message: '"restic-wait"' },
      ],
    },
    {
      name: 'CronJob, ReplicaSet, ReplicationController, PodTemplate, Rollout, List, Template',
      code: yaml`
        kind: CronJob
        spec: {jobTemplate: {spec: {template: {metadata: {annotations: {init.hook.restore.velero.io/container-name: a, init.hook.restore.velero.io/container-image: alpine, ${CMD}}}, spec: {containers: [{name: a}]}}}}}
        ---
        kind: ReplicaSet
        spec: {template: {metadata: {annotations: {init.hook.restore.velero.io/container-name: a, init.hook.restore.velero.io/container-image: alpine, ${CMD}}}, spec: {containers: [{name: a}]}}}
        ---
        kind: ReplicationController
        spec: {template: {metadata: {annotations: {init.hook.restore.velero.io/container-name: a, init.hook.restore.velero.io/container-image: alpine, ${CMD}}}, spec: {containers: [{name: a}]}}}
        ---
        kind: PodTemplate
        template: {metadata: {annotations: {init.hook.restore.velero.io/container-name: a, init.hook.restore.velero.io/container-image: alpine, ${CMD}}}, spec: {containers: [{name: a}]}}
        ---
        kind: Rollout
        spec: {template: {metadata: {annotations: {init.hook.restore.velero.io/container-name: a, init.hook.restore.velero.io/container-image: alpine, ${CMD}}}, spec: {containers: [{name: a}]}}}
        ---
        kind: List
        items: [{kind: Pod, metadata: {annotations: {init.hook.restore.velero.io/container-name: a, init.hook.restore.velero.io/container-image: alpine, ${CMD}}}, spec: {containers: [{name: a}]}}]
        ---
        kind: Template
        objects: [{kind: Pod, metadata: {annotations: {init.hook.restore.velero.io/container-name: a, init.hook.restore.velero.io/container-image: alpine, ${CMD}}}, spec: {containers: [{name: a}]}}]
      `,
      errors: [
        { messageId: 'duplicate', line: 2, column: 109, path: 'spec.jobTemplate.spec.template.metadata.annotations["init.hook.restore.velero.io/container-name"]' },
        { messageId: 'duplicate', line: 5, column: 88 },
        { messageId: 'duplicate', line: 8, column: 88 },
        { messageId: 'duplicate', line: 11, column: 81 },
        { messageId: 'duplicate', line: 14, column: 88 },
        { messageId: 'duplicate', line: 17, column: 90, path: 'items[0].metadata.annotations["init.hook.restore.velero.io/container-name"]' },
        { messageId: 'duplicate', line: 20, column: 92 },
      ],
    },
  ],
})
