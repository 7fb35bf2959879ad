import rule from '../../src/rules/hook-unknown-container.js'
import { runRuleTests, yaml } from '../support/rule-tester.js'

runRuleTests(rule, {
  valid: [
    {
      name: 'containers that exist; backup hooks may name a native sidecar',
      code: yaml`
        apiVersion: v1
        kind: Pod
        metadata:
          annotations:
            post.hook.restore.velero.io/command: '["/bin/true"]'
            post.hook.restore.velero.io/container: app
            pre.hook.backup.velero.io/command: '["/bin/true"]'
            pre.hook.backup.velero.io/container: log-shipper
            post.hook.backup.velero.io/command: '["/bin/true"]'
            post.hook.backup.velero.io/container: db
        spec:
          initContainers:
            - name: log-shipper
              image: fluent-bit
              restartPolicy: Always
          containers:
            - name: app
              image: nginx
            - name: db
              image: postgres
      `,
    },
    {
      name: 'no container list to check against, or no container annotation',
      code: yaml`
        kind: Pod
        metadata:
          annotations:
            post.hook.restore.velero.io/container: app
        ---
        kind: Pod
        metadata:
          annotations:
            post.hook.restore.velero.io/command: '["/bin/true"]'
        spec:
          containers: [{name: app}]
      `,
    },
    {
      name: 'OpenShift Template parameters may stand for the name (patroni corpus case)',
      code: yaml`
        apiVersion: template.openshift.io/v1
        kind: Template
        objects:
          - apiVersion: apps/v1
            kind: StatefulSet
            spec:
              template:
                metadata:
                  annotations:
                    pre.hook.backup.velero.io/command: '["/bin/true"]'
                    pre.hook.backup.velero.io/container: patroni-persistent
                    post.hook.backup.velero.io/command: '["/bin/true"]'
                    post.hook.backup.velero.io/container: \${APP}
                spec:
                  containers:
                    - name: \${APPLICATION_NAME}
      `,
    },
    {
      name: 'a legacy container that Velero ignores because the prefixed command is set',
      code: yaml`
        kind: Pod
        metadata:
          annotations:
            pre.hook.backup.velero.io/command: '["/bin/true"]'
            hook.backup.velero.io/container: nope
        spec:
          containers: [{name: app}]
      `,
    },
  ],
  invalid: [
    {
      name: 'restore exec hook names a container that does not exist (Pod)',
      code: yaml`
        apiVersion: v1
        kind: Pod
        metadata:
          name: p
          annotations:
            post.hook.restore.velero.io/command: '["/bin/true"]'
            post.hook.restore.velero.io/container: application
        spec:
          containers:
            - name: app
              image: nginx
            - name: sidecar
              image: envoy
      `,
      errors: [
        {
          messageId: 'restore',
          line: 7,
          column: 44,
          message:
            'Container "application" is not in spec.containers ("app", "sidecar"), so Velero discards this restore exec hook and the restore may hang in Finalizing; name one of them.',
          path: 'metadata.annotations["post.hook.restore.velero.io/container"]',
        },
      ],
    },
    {
      name: 'restore exec hooks do not accept init containers, even native sidecars (Deployment)',
      code: yaml`
        apiVersion: apps/v1
        kind: Deployment
        metadata: {name: d}
        spec:
          template:
            metadata:
              annotations:
                post.hook.restore.velero.io/command: '["/bin/true"]'
                post.hook.restore.velero.io/container: log-shipper
            spec:
              initContainers:
                - name: log-shipper
                  restartPolicy: Always
              containers:
                - name: app
      `,
      errors: [{ messageId: 'restore', line: 9, column: 48, message: 'is not in spec.containers ("app")' }],
    },
    {
      name: 'backup hooks: plain init containers do not count (StatefulSet)',
      code: yaml`
        apiVersion: apps/v1
        kind: StatefulSet
        metadata: {name: s}
        spec:
          template:
            metadata:
              annotations:
                pre.hook.backup.velero.io/command: '["/bin/true"]'
                pre.hook.backup.velero.io/container: setup
                post.hook.backup.velero.io/command: '["/bin/true"]'
                post.hook.backup.velero.io/container: mysql
            spec:
              initContainers:
                - name: setup
              containers:
                - name: mariadb
      `,
      errors: [
        {
          messageId: 'backup',
          line: 9,
          column: 46,
          message: 'Container "setup" is not a container or native sidecar of this pod ("mariadb"), so the backup hook fails with "no such container"; name one of them.',
        },
        { messageId: 'backup', line: 11, column: 47, message: '"mysql"', path: 'spec.template.metadata.annotations["post.hook.backup.velero.io/container"]' },
      ],
    },
    {
      name: 'legacy hook container, and an empty container list (DaemonSet, Job)',
      code: yaml`
        kind: DaemonSet
        spec:
          template:
            metadata:
              annotations:
                hook.backup.velero.io/command: '["/bin/true"]'
                hook.backup.velero.io/container: agent
            spec:
              containers: [{name: node-agent}]
        ---
        kind: Job
        spec:
          template:
            metadata:
              annotations:
                post.hook.backup.velero.io/container: app
            spec:
              containers: []
      `,
      errors: [
        { messageId: 'backup', line: 7, column: 42, message: '"agent"' },
        { messageId: 'backup', line: 16, column: 47, message: 'this pod (none)' },
      ],
    },
    {
      name: 'CronJob, ReplicaSet, ReplicationController, PodTemplate, Rollout, List, Template',
      code: yaml`
        kind: CronJob
        spec: {jobTemplate: {spec: {template: {metadata: {annotations: {pre.hook.backup.velero.io/container: x}}, spec: {containers: [{name: a}]}}}}}
        ---
        kind: ReplicaSet
        spec: {template: {metadata: {annotations: {pre.hook.backup.velero.io/container: x}}, spec: {containers: [{name: a}]}}}
        ---
        kind: ReplicationController
        spec: {template: {metadata: {annotations: {pre.hook.backup.velero.io/container: x}}, spec: {containers: [{name: a}]}}}
        ---
        kind: PodTemplate
        template: {metadata: {annotations: {pre.hook.backup.velero.io/container: x}}, spec: {containers: [{name: a}]}}
        ---
        kind: Rollout
        spec: {template: {metadata: {annotations: {pre.hook.backup.velero.io/container: x}}, spec: {containers: [{name: a}]}}}
        ---
        kind: List
        items: [{kind: Pod, metadata: {annotations: {pre.hook.backup.velero.io/container: x}}, spec: {containers: [{name: a}]}}]
        ---
        kind: Template
        objects: [{kind: Pod, metadata: {annotations: {pre.hook.backup.velero.io/container: x}}, spec: {containers: [{name: a}]}}]
      `,
      errors: [
        { messageId: 'backup', line: 2, column: 102, path: 'spec.jobTemplate.spec.template.metadata.annotations["pre.hook.backup.velero.io/container"]' },
        { messageId: 'backup', line: 5, column: 81 },
        { messageId: 'backup', line: 8, column: 81 },
        { messageId: 'backup', line: 11, column: 74 },
        { messageId: 'backup', line: 14, column: 81 },
        { messageId: 'backup', line: 17, column: 83, path: 'items[0].metadata.annotations["pre.hook.backup.velero.io/container"]' },
        { messageId: 'backup', line: 20, column: 85 },
      ],
    },
  ],
})
