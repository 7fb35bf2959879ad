import rule from '../../src/rules/restore-exec-hook-no-wait-timeout.js'
import { runRuleTests, yaml } from '../support/rule-tester.js'

/** A Backup of namespace shop and its Deployment db (container postgres, claim db-data). */
const SHOP = yaml`
  apiVersion: velero.io/v1
  kind: Backup
  metadata: {name: nightly, namespace: velero}
  spec:
    includedNamespaces: [shop]
  ---
  apiVersion: apps/v1
  kind: Deployment
  metadata: {name: db, namespace: shop}
  spec:
    template:
      metadata:
        labels: {app: db}
      spec:
        containers: [{name: postgres, image: postgres:16}]
        volumes: [{name: data, persistentVolumeClaim: {claimName: db-data}}]
`

runRuleTests(rule, {
  valid: [
    {
      name: 'the annotation hook has a wait timeout',
      code: yaml`
        apiVersion: apps/v1
        kind: Deployment
        metadata:
          name: db
          namespace: shop
        spec:
          template:
            metadata:
              annotations:
                init.hook.restore.velero.io/container-image: busybox:1.36
                init.hook.restore.velero.io/command: '["/bin/sh", "-c", "chown -R 999 /data"]'
                post.hook.restore.velero.io/command: '["/bin/sh", "-c", "psql -c \"select 1\""]'
                post.hook.restore.velero.io/wait-timeout: 10m
            spec:
              containers:
                - name: postgres
                  image: postgres:16
      `,
    },
    {
      name: 'nothing runs before the app container',
      code: yaml`
        apiVersion: v1
        kind: Pod
        metadata:
          name: p
          annotations: {post.hook.restore.velero.io/command: '["true"]'}
        spec: {containers: [{name: c, image: busybox}]}
      `,
    },
    {
      name: 'Velero 1.13 waits while InProgress (not reported)',
      velero: '1.13',
      code: yaml`
        apiVersion: v1
        kind: Pod
        metadata:
          name: p
          annotations:
            post.hook.restore.velero.io/command: '["true"]'
            backup.velero.io/backup-volumes: data
        spec: {containers: [{name: c, image: busybox}], volumes: [{name: data, emptyDir: {}}]}
      `,
    },
    {
      name: 'a container Velero does not find is discarded, not waited for',
      code: yaml`
        apiVersion: v1
        kind: Pod
        metadata:
          name: p
          annotations:
            post.hook.restore.velero.io/command: '["true"]'
            post.hook.restore.velero.io/container: sidecar
            init.hook.restore.velero.io/container-image: busybox
            init.hook.restore.velero.io/command: '["true"]'
        spec: {containers: [{name: c, image: busybox}]}
      `,
    },
    {
      name: 'a spec hook with a waitTimeout',
      code:
        yaml`
          apiVersion: velero.io/v1
          kind: Restore
          metadata: {name: r}
          spec:
            backupName: nightly
            hooks:
              resources:
                - name: h
                  postHooks:
                    - init: {initContainers: [{name: prep, image: busybox, command: ["true"]}]}
                    - exec: {container: postgres, command: ["true"], waitTimeout: 5m}
          ---
        ` + SHOP,
    },
    {
      name: 'an unparsable wait-timeout is hook-invalid-duration business',
      code: yaml`
        apiVersion: v1
        kind: Pod
        metadata:
          name: p
          annotations:
            post.hook.restore.velero.io/command: '["true"]'
            post.hook.restore.velero.io/wait-timeout: 10 minutes
            backup.velero.io/backup-volumes: data
        spec: {containers: [{name: c, image: busybox}], volumes: [{name: data, emptyDir: {}}]}
      `,
    },
  ],
  invalid: [
    {
      name: 'an exec annotation hook without wait-timeout on a pod with an init hook',
      code: yaml`
        apiVersion: apps/v1
        kind: Deployment
        metadata:
          name: db
          namespace: shop
        spec:
          template:
            metadata:
              annotations:
                init.hook.restore.velero.io/container-image: busybox:1.36
                init.hook.restore.velero.io/command: '["/bin/sh", "-c", "chown -R 999 /data"]'
                post.hook.restore.velero.io/command: '["/bin/sh", "-c", "psql -c \"select 1\""]'
            spec:
              containers:
                - name: postgres
                  image: postgres:16
      `,
      errors: [
        {
          messageId: 'annotation',
          line: 12,
          column: 9,
          message:
            'no post.hook.restore.velero.io/wait-timeout, and the app containers of Deployment db in namespace shop (test.yaml:4; init hook init.hook.restore.velero.io/container-image at test.yaml:10) start only after that: if it fails or never ends, Velero v1.18.2 waits for it forever, and the Restore stays in Finalizing',
        },
      ],
    },
    {
      name: 'a wait-timeout of 0 on a pod with file-system backups, on main',
      velero: 'main',
      code: yaml`
        apiVersion: v1
        kind: Pod
        metadata:
          name: p
          annotations:
            post.hook.restore.velero.io/command: '["true"]'
            post.hook.restore.velero.io/wait-timeout: "0"
            backup.velero.io/backup-volumes: data
        spec: {containers: [{name: c, image: busybox}], volumes: [{name: data, emptyDir: {}}]}
      `,
      errors: [{ messageId: 'annotation', line: 7, column: 47, message: 'wait-timeout "0" (no limit), and the app containers of Pod p (test.yaml:4; file-system restore, backup.velero.io/backup-volumes at test.yaml:8) start only after that: if it fails or never ends, Velero main waits for it until --resource-timeout' }],
    },
    {
      name: 'a spec exec hook without waitTimeout on pods that get spec init containers',
      code:
        yaml`
          apiVersion: velero.io/v1
          kind: Restore
          metadata: {name: r}
          spec:
            backupName: nightly
            hooks:
              resources:
                - name: h
                  postHooks:
                    - init: {initContainers: [{name: prep, image: busybox, command: ["true"]}]}
                    - exec: {container: postgres, command: ["true"]}
          ---
        ` + SHOP,
      errors: [{ messageId: 'spec', line: 11, column: 13, message: 'no waitTimeout, and the app containers of Deployment db in namespace shop (test.yaml:21; init containers of Restore r (test.yaml:3) at test.yaml:10)' }],
    },
    {
      name: 'waitTimeout 0s on pods of a Backup that defaults to file-system backup',
      code: yaml`
        apiVersion: velero.io/v1
        kind: Restore
        metadata: {name: r}
        spec:
          backupName: nightly
          hooks:
            resources:
              - name: h
                postHooks: [{exec: {command: ["true"], waitTimeout: 0s}}]
      `,
      extraFiles: { 'shop.yaml': SHOP.replace('includedNamespaces: [shop]', 'includedNamespaces: [shop]\n  defaultVolumesToFsBackup: true') },
      errors: [{ messageId: 'spec', line: 9, column: 61, message: 'waitTimeout "0s" (no limit), and the app containers of Deployment db in namespace shop (shop.yaml:10; file-system restore, defaultVolumesToFsBackup of Backup nightly (shop.yaml:3))' }],
    },
  ],
})
