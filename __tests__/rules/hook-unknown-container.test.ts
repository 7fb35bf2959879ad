import rule from '../../src/rules/hook-unknown-container.js'
import { runRuleTests, yaml } from '../support/rule-tester.js'

runRuleTests(rule, {
  valid: [
    {
      name: 'containers that exist',
      code: yaml`
        apiVersion: v1
        kind: Pod
        metadata:
          annotations:
            post.hook.restore.velero.io/command: '["/bin/true"]'
            post.hook.restore.velero.io/container: app
            pre.hook.backup.velero.io/command: '["/bin/true"]'
            pre.hook.backup.velero.io/container: db
        spec:
          containers:
            - name: app
              image: nginx
            - name: db
              image: postgres
      `,
    },
    {
      name: 'Velero main: backup hooks may name a native sidecar (velero#9403)',
      velero: 'main',
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
      name: 'no container list to check against, or no container annotation, or no command (hook-orphan-setting business)',
      code: yaml`
        kind: Pod
        metadata:
          annotations:
            post.hook.restore.velero.io/command: '["/bin/true"]'
            post.hook.restore.velero.io/container: app
        ---
        kind: Pod
        metadata:
          annotations:
            post.hook.restore.velero.io/container: redis
            pre.hook.backup.velero.io/container: redis
            pre.hook.backup.velero.io/command: ""
        spec:
          containers: [{name: app}]
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
          messageId: 'restoreHangs',
          line: 7,
          column: 44,
          message:
            'Container "application" is not in spec.containers ("app", "sidecar"), so Velero v1.18.2 discards this restore exec hook and the Restore hangs in Finalizing forever (velero#9749); name one of them.',
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
      errors: [{ messageId: 'restoreHangs', line: 9, column: 48, message: 'is not in spec.containers ("app")' }],
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
          message: 'Container "setup" is not in spec.containers of this pod ("mariadb"), so Velero v1.18.2 fails the backup hook with "no such container"; name one of them.',
        },
        { messageId: 'backup', line: 11, column: 47, message: '"mysql"', path: 'spec.template.metadata.annotations["post.hook.backup.velero.io/container"]' },
      ],
    },
    {
      name: 'Velero v1.18.2: a backup hook on a native sidecar fails with "no such container"',
      code: yaml`
        kind: Pod
        metadata:
          annotations:
            pre.hook.backup.velero.io/command: '["/bin/true"]'
            pre.hook.backup.velero.io/container: log-shipper
        spec:
          initContainers:
            - name: log-shipper
              restartPolicy: Always
          containers:
            - name: app
      `,
      errors: [
        {
          messageId: 'backupSidecar',
          line: 5,
          column: 42,
          message:
            'Container "log-shipper" is a native sidecar, and Velero v1.18.2 runs backup hooks only in spec.containers ("app"), so the hook fails with "no such container" (only Velero main accepts sidecars); name one of them.',
        },
      ],
    },
    {
      name: 'Velero main: sidecars count for backup hooks, other names still fail; restore exec hooks still need spec.containers',
      velero: 'main',
      code: yaml`
        kind: Pod
        metadata:
          annotations:
            post.hook.backup.velero.io/command: '["/bin/true"]'
            post.hook.backup.velero.io/container: setup
            post.hook.restore.velero.io/command: '["/bin/true"]'
            post.hook.restore.velero.io/container: log-shipper
        spec:
          initContainers:
            - name: setup
            - name: log-shipper
              restartPolicy: Always
          containers:
            - name: app
      `,
      errors: [
        {
          messageId: 'backup',
          line: 5,
          column: 43,
          message: 'Container "setup" is not a container or native sidecar of this pod ("app", "log-shipper"), so Velero main fails the backup hook with "no such container"; name one of them.',
        },
        {
          messageId: 'restoreWaits',
          line: 7,
          column: 44,
          message:
            'Container "log-shipper" is not in spec.containers ("app"), so Velero main discards this restore exec hook and the Restore waits in Finalizing until --resource-timeout (10m by default), then ends PartiallyFailed; name one of them.',
        },
      ],
    },
    {
      name: 'Velero v1.13: nothing waits on a discarded restore exec hook',
      velero: '1.13',
      code: yaml`
        kind: Pod
        metadata:
          annotations:
            post.hook.restore.velero.io/command: '["/bin/true"]'
            post.hook.restore.velero.io/container: db
        spec:
          containers: [{name: app}]
      `,
      errors: [
        {
          messageId: 'restoreDiscarded',
          line: 5,
          column: 44,
          message: 'Container "db" is not in spec.containers ("app"), so Velero v1.13.2 discards this restore exec hook; name one of them.',
        },
      ],
    },
    {
      name: 'Velero v1.14.0: the first release whose Restore hangs on it',
      velero: '1.14.0',
      code: yaml`
        kind: Pod
        metadata:
          annotations:
            post.hook.restore.velero.io/command: '["/bin/true"]'
            post.hook.restore.velero.io/container: db
        spec:
          containers: [{name: app}]
      `,
      errors: [{ messageId: 'restoreHangs', line: 5, column: 44, message: 'Velero v1.14.0 discards this restore exec hook and the Restore hangs in Finalizing forever' }],
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
                post.hook.backup.velero.io/command: '["/bin/true"]'
                post.hook.backup.velero.io/container: app
            spec:
              containers: []
      `,
      errors: [
        { messageId: 'backup', line: 7, column: 42, message: '"agent"' },
        { messageId: 'backup', line: 17, column: 47, message: 'this pod (none)' },
      ],
    },
    {
      name: 'CronJob, ReplicaSet, ReplicationController, PodTemplate, Rollout, List, Template',
      code: yaml`
        kind: CronJob
        spec: {jobTemplate: {spec: {template: {metadata: {annotations: {pre.hook.backup.velero.io/command: c, pre.hook.backup.velero.io/container: x}}, spec: {containers: [{name: a}]}}}}}
        ---
        kind: ReplicaSet
        spec: {template: {metadata: {annotations: {pre.hook.backup.velero.io/command: c, pre.hook.backup.velero.io/container: x}}, spec: {containers: [{name: a}]}}}
        ---
        kind: ReplicationController
        spec: {template: {metadata: {annotations: {pre.hook.backup.velero.io/command: c, pre.hook.backup.velero.io/container: x}}, spec: {containers: [{name: a}]}}}
        ---
        kind: PodTemplate
        template: {metadata: {annotations: {pre.hook.backup.velero.io/command: c, pre.hook.backup.velero.io/container: x}}, spec: {containers: [{name: a}]}}
        ---
        kind: Rollout
        spec: {template: {metadata: {annotations: {pre.hook.backup.velero.io/command: c, pre.hook.backup.velero.io/container: x}}, spec: {containers: [{name: a}]}}}
        ---
        kind: List
        items: [{kind: Pod, metadata: {annotations: {pre.hook.backup.velero.io/command: c, pre.hook.backup.velero.io/container: x}}, spec: {containers: [{name: a}]}}]
        ---
        kind: Template
        objects: [{kind: Pod, metadata: {annotations: {pre.hook.backup.velero.io/command: c, pre.hook.backup.velero.io/container: x}}, spec: {containers: [{name: a}]}}]
      `,
      errors: [
        { messageId: 'backup', line: 2, column: 140, path: 'spec.jobTemplate.spec.template.metadata.annotations["pre.hook.backup.velero.io/container"]' },
        { messageId: 'backup', line: 5, column: 119 },
        { messageId: 'backup', line: 8, column: 119 },
        { messageId: 'backup', line: 11, column: 112 },
        { messageId: 'backup', line: 14, column: 119 },
        { messageId: 'backup', line: 17, column: 121, path: 'items[0].metadata.annotations["pre.hook.backup.velero.io/container"]' },
        { messageId: 'backup', line: 20, column: 123 },
      ],
    },
  ],
})
