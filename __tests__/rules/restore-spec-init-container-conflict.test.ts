import rule from '../../src/rules/restore-spec-init-container-conflict.js'
import { runRuleTests, yaml } from '../support/rule-tester.js'

/** A Backup of namespace shop and the Deployment it takes (volume "data", container "postgres"). */
const SHOP = yaml`
  apiVersion: velero.io/v1
  kind: Backup
  metadata:
    name: nightly
    namespace: velero
  spec:
    includedNamespaces: [shop]
  ---
  apiVersion: apps/v1
  kind: Deployment
  metadata:
    name: db
    namespace: shop
  spec:
    template:
      metadata:
        labels: {app: db}
      spec:
        containers:
          - name: postgres
            image: postgres:16
            volumeMounts: [{name: data, mountPath: /var/lib/postgresql}]
        volumes:
          - name: data
            persistentVolumeClaim: {claimName: db-data}
`

const restore = (postHooks: string): string => yaml`
  apiVersion: velero.io/v1
  kind: Restore
  metadata: {name: restore-shop, namespace: velero}
  spec:
    backupName: nightly
    hooks:
      resources:
        - name: prepare
          includedNamespaces: [shop]
          postHooks:
` + postHooks

runRuleTests(rule, {
  valid: [
    {
      name: 'an init container with its own name, mounting a volume of the pod',
      code:
        restore(`            - init:
                initContainers:
                  - name: fix-permissions
                    image: busybox:1.36
                    command: ["chown", "-R", "999:999", "/data"]
                    volumeMounts:
                      - name: data
                        mountPath: /data
`) + '---\n' + SHOP,
    },
    {
      name: 'an image annotation replaces the spec init hooks',
      code:
        restore(`            - init:
                initContainers:
                  - {name: postgres, image: busybox, command: ["true"]}
`) +
        '---\n' +
        SHOP.replace('labels: {app: db}', 'labels: {app: db}\n        annotations: {init.hook.restore.velero.io/container-image: busybox, init.hook.restore.velero.io/command: "true"}'),
    },
    {
      name: 'a Restore whose Backup is not in the repository',
      code:
        yaml`
          apiVersion: velero.io/v1
          kind: Restore
          metadata: {name: r}
          spec:
            backupName: from-the-cli
            hooks:
              resources:
                - name: h
                  postHooks:
                    - init: {initContainers: [{name: postgres, image: busybox, command: ["true"]}]}
          ---
        ` + SHOP.split('---\n')[1],
    },
    {
      name: 'a Restore that fails validation restores nothing',
      code:
        restore(`            - init:
                initContainers:
                  - {name: postgres, image: busybox}
`) + '---\n' + SHOP,
    },
  ],
  invalid: [
    {
      name: 'the init container mounts a volume the pod does not have',
      code:
        restore(`            - init:
                initContainers:
                  - name: restore-dump
                    image: postgres:16
                    command: ["pg_restore", "/backup/db.dump"]
                    volumeMounts:
                      - name: backup
                        mountPath: /backup
`) +
        '---\n' +
        SHOP,
      errors: [{ messageId: 'mount', line: 17, column: 31, message: 'Volume "backup" is not a volume of Deployment db in namespace shop (test.yaml:31; volumes "data"), so the API server rejects those pods' }],
    },
    {
      name: 'two entries inject the same name into one pod',
      code:
        restore(`          - init:
              initContainers:
                - {name: prepare, image: busybox, command: ["true"]}
      - name: again
        postHooks:
          - init:
              initContainers:
                - {name: prepare, image: busybox, command: ["true"]}
`) +
        '---\n' +
        SHOP,
      errors: [{ messageId: 'duplicate', line: 18, column: 26, message: 'Velero also injects an init container named "prepare" from test.yaml:13 into the pods of Deployment db in namespace shop (test.yaml:31)' }],
    },
    {
      name: 'the name of an app container',
      code: restore(`            - init: {initContainers: [{name: postgres, image: busybox, command: ["true"]}]}\n`),
      extraFiles: { 'shop.yaml': SHOP },
      errors: [{ messageId: 'clash', line: 11, column: 46, message: 'Init container name "postgres" is already used in Deployment db in namespace shop (shop.yaml:12; its container)' }],
    },
    {
      name: 'restore-wait is deleted (Velero 1.17 and later)',
      code: restore(`            - init: {initContainers: [{name: restore-wait, image: busybox, command: ["true"]}]}\n`) + '---\n' + SHOP,
      errors: [{ messageId: 'reserved', line: 11, column: 46, message: 'so Velero v1.18.2 deletes this container from the pods of Deployment db' }],
    },
    {
      name: 'restic-wait on Velero 1.16',
      velero: '1.16',
      code: restore(`            - init: {initContainers: [{name: restic-wait, image: busybox, command: ["true"]}]}\n`) + '---\n' + SHOP,
      errors: [{ messageId: 'reservedOld', severity: 'warning', line: 11, column: 46, message: 'Velero v1.16.2 replaces or duplicates it' }],
    },
  ],
})
