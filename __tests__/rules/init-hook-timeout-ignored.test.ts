import rule from '../../src/rules/init-hook-timeout-ignored.js'
import { runRuleTests, yaml } from '../support/rule-tester.js'

runRuleTests(rule, {
  valid: [
    {
      name: 'exec and backup timeouts are read',
      code: yaml`
        apiVersion: v1
        kind: Pod
        metadata:
          annotations:
            post.hook.restore.velero.io/exec-timeout: 30s
            pre.hook.backup.velero.io/timeout: 30s
      `,
    },
    {
      name: 'Restore exec timeouts and Backup hook timeouts are read',
      code: yaml`
        apiVersion: velero.io/v1
        kind: Restore
        metadata: {name: r, namespace: velero}
        spec:
          backupName: b
          hooks:
            resources:
              - name: h
                postHooks:
                  - exec:
                      command: ["/bin/true"]
                      execTimeout: 30s
                      waitTimeout: 1m
                  - init:
                      initContainers:
                        - {name: i, image: alpine, command: [/bin/true]}
        ---
        apiVersion: velero.io/v1
        kind: Backup
        metadata: {name: b}
        spec:
          hooks:
            resources:
              - name: h
                pre:
                  - exec: {command: [/bin/true], timeout: 30s}
      `,
    },
    {
      name: 'an empty init timeout: nothing anyone could expect from it',
      code: yaml`
        kind: Pod
        metadata:
          annotations:
            init.hook.restore.velero.io/timeout: ""
      `,
    },
  ],
  invalid: [
    {
      name: 'init timeout annotation (Pod)',
      code: yaml`
        apiVersion: v1
        kind: Pod
        metadata:
          name: p
          annotations:
            init.hook.restore.velero.io/container-image: alpine
            init.hook.restore.velero.io/timeout: 2m
      `,
      errors: [
        {
          messageId: 'annotation',
          line: 7,
          column: 5,
          severity: 'warning',
          message:
            'Velero never reads "init.hook.restore.velero.io/timeout", so the init hook has no timeout; remove it and bound the command itself (e.g. timeout 300 …).',
          path: 'metadata.annotations["init.hook.restore.velero.io/timeout"]',
        },
      ],
    },
    {
      name: "a Restore's init.timeout",
      code: yaml`
        apiVersion: velero.io/v1
        kind: Restore
        metadata: {name: r}
        spec:
          hooks:
            resources:
              - name: h
                postHooks:
                  - init:
                      initContainers:
                        - {name: i, image: alpine, command: [/bin/true]}
                      timeout: 5m
      `,
      errors: [
        {
          messageId: 'spec',
          line: 12,
          column: 15,
          message: 'Velero never reads init.timeout in a Restore, so the init containers have no timeout; remove it and bound the commands themselves.',
          path: 'spec.hooks.resources[0].postHooks[0].init.timeout',
        },
      ],
    },
    {
      name: 'second resource, second postHook, in flow style',
      code: yaml`
        apiVersion: velero.io/v1
        kind: Restore
        metadata: {name: r}
        spec:
          hooks:
            resources:
              - name: a
              - name: b
                postHooks:
                  - exec: {command: [x]}
                  - init: {timeout: 1m}
      `,
      errors: [{ messageId: 'spec', line: 11, column: 20, path: 'spec.hooks.resources[1].postHooks[1].init.timeout' }],
    },
    {
      name: 'Deployment, StatefulSet, DaemonSet, Job, CronJob, ReplicaSet, ReplicationController, PodTemplate',
      code: yaml`
        kind: Deployment
        spec: {template: {metadata: {annotations: {init.hook.restore.velero.io/timeout: 1m}}}}
        ---
        kind: StatefulSet
        spec: {template: {metadata: {annotations: {init.hook.restore.velero.io/timeout: 1m}}}}
        ---
        kind: DaemonSet
        spec: {template: {metadata: {annotations: {init.hook.restore.velero.io/timeout: 1m}}}}
        ---
        kind: Job
        spec: {template: {metadata: {annotations: {init.hook.restore.velero.io/timeout: 1m}}}}
        ---
        kind: CronJob
        spec: {jobTemplate: {spec: {template: {metadata: {annotations: {init.hook.restore.velero.io/timeout: 1m}}}}}}
        ---
        kind: ReplicaSet
        spec: {template: {metadata: {annotations: {init.hook.restore.velero.io/timeout: 1m}}}}
        ---
        kind: ReplicationController
        spec: {template: {metadata: {annotations: {init.hook.restore.velero.io/timeout: 1m}}}}
        ---
        kind: PodTemplate
        template: {metadata: {annotations: {init.hook.restore.velero.io/timeout: 1m}}}
      `,
      errors: [
        { messageId: 'annotation', line: 2, column: 44 },
        { messageId: 'annotation', line: 5, column: 44 },
        { messageId: 'annotation', line: 8, column: 44 },
        { messageId: 'annotation', line: 11, column: 44 },
        { messageId: 'annotation', line: 14, column: 65, path: 'spec.jobTemplate.spec.template.metadata.annotations["init.hook.restore.velero.io/timeout"]' },
        { messageId: 'annotation', line: 17, column: 44 },
        { messageId: 'annotation', line: 20, column: 44 },
        { messageId: 'annotation', line: 23, column: 37 },
      ],
    },
    {
      name: 'Argo Rollout, List item, OpenShift Template object',
      code: yaml`
        kind: Rollout
        spec: {template: {metadata: {annotations: {init.hook.restore.velero.io/timeout: 1m}}, spec: {containers: []}}}
        ---
        kind: List
        items: [{kind: Pod, metadata: {annotations: {init.hook.restore.velero.io/timeout: 1m}}}]
        ---
        kind: Template
        objects: [{kind: Pod, metadata: {annotations: {init.hook.restore.velero.io/timeout: 1m}}}]
      `,
      errors: [
        { messageId: 'annotation', line: 2, column: 44 },
        { messageId: 'annotation', line: 5, column: 46, path: 'items[0].metadata.annotations["init.hook.restore.velero.io/timeout"]' },
        { messageId: 'annotation', line: 8, column: 48 },
      ],
    },
  ],
})
