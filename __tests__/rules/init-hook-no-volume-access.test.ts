import rule from '../../src/rules/init-hook-no-volume-access.js'
import { runRuleTests, yaml } from '../support/rule-tester.js'

runRuleTests(rule, {
  valid: [
    {
      name: 'a command that does not touch a mounted path',
      code: yaml`
        apiVersion: v1
        kind: Pod
        metadata:
          annotations:
            init.hook.restore.velero.io/container-image: alpine
            init.hook.restore.velero.io/command: '["/bin/sh", "-c", "echo restored > /tmp/marker"]'
        spec:
          containers:
            - name: app
              volumeMounts: [{name: data, mountPath: /data}]
      `,
    },
    {
      name: 'a path that only shares a prefix with the mount (/database vs /data), and a root mount',
      code: yaml`
        kind: Pod
        metadata:
          annotations:
            init.hook.restore.velero.io/container-image: alpine
            init.hook.restore.velero.io/command: '["ls", "/database"]'
        spec:
          containers:
            - name: app
              volumeMounts: [{name: data, mountPath: /data}, {name: root, mountPath: /}]
      `,
    },
    {
      name: 'no image (Velero ignores the hook) and exec hooks (they run in the app container)',
      code: yaml`
        kind: Pod
        metadata:
          annotations:
            init.hook.restore.velero.io/command: '["ls", "/data"]'
            post.hook.restore.velero.io/command: '["ls", "/data"]'
        spec:
          containers:
            - name: app
              volumeMounts: [{name: data, mountPath: /data}]
      `,
    },
  ],
  invalid: [
    {
      name: 'the design document example: my-web-app writes under /data (Pod)',
      code: yaml`
        apiVersion: v1
        kind: Pod
        metadata:
          name: my-web-app
          annotations:
            init.hook.restore.velero.io/container-image: alpine:latest
            init.hook.restore.velero.io/command: '["/bin/sh", "-c", "echo host=db > /data/db-config.json"]'
        spec:
          containers:
            - name: main-app
              image: nginx
              volumeMounts:
                - name: data-volume
                  mountPath: /data
          volumes:
            - name: data-volume
              emptyDir: {}
      `,
      errors: [
        {
          messageId: 'noMount',
          line: 7,
          column: 42,
          severity: 'warning',
          message:
            'This init hook command uses /data, which container "main-app" mounts, but Velero gives annotation init containers no volume mounts, so the command cannot reach that volume; use a Restore-spec init hook with volumeMounts or a post-restore exec hook.',
          path: 'metadata.annotations["init.hook.restore.velero.io/command"]',
        },
      ],
    },
    {
      name: 'a plain-string command and a mount path with a trailing slash (Deployment)',
      code: yaml`
        apiVersion: apps/v1
        kind: Deployment
        spec:
          template:
            metadata:
              annotations:
                init.hook.restore.velero.io/container-image: alpine
                init.hook.restore.velero.io/command: /usr/bin/data-populator /var/lib/app/seed
            spec:
              containers:
                - name: web
                  volumeMounts: [{name: state, mountPath: /var/lib/app/}]
      `,
      errors: [{ messageId: 'noMount', line: 8, column: 46, message: 'uses /var/lib/app, which container "web" mounts' }],
    },
    {
      name: 'the mount path itself as an argument; reported once (StatefulSet)',
      code: yaml`
        apiVersion: apps/v1
        kind: StatefulSet
        spec:
          template:
            metadata:
              annotations:
                init.hook.restore.velero.io/container-image: alpine
                init.hook.restore.velero.io/command: '["chown", "-R", "999", "/var/lib/mysql", "/etc/mysql"]'
            spec:
              containers:
                - name: db
                  volumeMounts:
                    - {name: data, mountPath: /var/lib/mysql}
                    - {name: conf, mountPath: /etc/mysql}
      `,
      errors: [{ messageId: 'noMount', line: 8, column: 46, message: 'uses /var/lib/mysql' }],
    },
    {
      name: 'DaemonSet, Job, CronJob, ReplicaSet, ReplicationController, PodTemplate',
      code: yaml`
        kind: DaemonSet
        spec: {template: {metadata: {annotations: {init.hook.restore.velero.io/container-image: a, init.hook.restore.velero.io/command: 'ls /d'}}, spec: {containers: [{name: c, volumeMounts: [{mountPath: /d}]}]}}}
        ---
        kind: Job
        spec: {template: {metadata: {annotations: {init.hook.restore.velero.io/container-image: a, init.hook.restore.velero.io/command: 'ls /d'}}, spec: {containers: [{name: c, volumeMounts: [{mountPath: /d}]}]}}}
        ---
        kind: CronJob
        spec: {jobTemplate: {spec: {template: {metadata: {annotations: {init.hook.restore.velero.io/container-image: a, init.hook.restore.velero.io/command: 'ls /d'}}, spec: {containers: [{name: c, volumeMounts: [{mountPath: /d}]}]}}}}}
        ---
        kind: ReplicaSet
        spec: {template: {metadata: {annotations: {init.hook.restore.velero.io/container-image: a, init.hook.restore.velero.io/command: 'ls /d'}}, spec: {containers: [{name: c, volumeMounts: [{mountPath: /d}]}]}}}
        ---
        kind: ReplicationController
        spec: {template: {metadata: {annotations: {init.hook.restore.velero.io/container-image: a, init.hook.restore.velero.io/command: 'ls /d'}}, spec: {containers: [{name: c, volumeMounts: [{mountPath: /d}]}]}}}
        ---
        kind: PodTemplate
        template: {metadata: {annotations: {init.hook.restore.velero.io/container-image: a, init.hook.restore.velero.io/command: 'ls /d'}}, spec: {containers: [{name: c, volumeMounts: [{mountPath: /d}]}]}}
      `,
      errors: [
        { messageId: 'noMount', line: 2, column: 129 },
        { messageId: 'noMount', line: 5, column: 129 },
        { messageId: 'noMount', line: 8, column: 150, path: 'spec.jobTemplate.spec.template.metadata.annotations["init.hook.restore.velero.io/command"]' },
        { messageId: 'noMount', line: 11, column: 129 },
        { messageId: 'noMount', line: 14, column: 129 },
        { messageId: 'noMount', line: 17, column: 122 },
      ],
    },
    {
      name: 'Argo Rollout, List item, OpenShift Template object',
      code: yaml`
        kind: Rollout
        spec: {template: {metadata: {annotations: {init.hook.restore.velero.io/container-image: a, init.hook.restore.velero.io/command: 'ls /d'}}, spec: {containers: [{name: c, volumeMounts: [{mountPath: /d}]}]}}}
        ---
        kind: List
        items: [{kind: Pod, metadata: {annotations: {init.hook.restore.velero.io/container-image: a, init.hook.restore.velero.io/command: 'ls /d'}}, spec: {containers: [{name: c, volumeMounts: [{mountPath: /d}]}]}}]
        ---
        kind: Template
        objects: [{kind: Pod, metadata: {annotations: {init.hook.restore.velero.io/container-image: a, init.hook.restore.velero.io/command: 'ls /d'}}, spec: {containers: [{name: c, volumeMounts: [{mountPath: /d}]}]}}]
      `,
      errors: [
        { messageId: 'noMount', line: 2, column: 129 },
        { messageId: 'noMount', line: 5, column: 131, path: 'items[0].metadata.annotations["init.hook.restore.velero.io/command"]' },
        { messageId: 'noMount', line: 8, column: 133 },
      ],
    },
  ],
})
