import rule from '../../src/rules/spec-hook-targets-init-container.js'
import { runRuleTests, yaml } from '../support/rule-tester.js'

/** A StatefulSet whose log shipper is a native sidecar, and whose schema migration is an init container. */
const DB = yaml`
  apiVersion: apps/v1
  kind: StatefulSet
  metadata:
    name: db
    namespace: shop
  spec:
    template:
      metadata:
        labels: {app: db}
      spec:
        initContainers:
          - name: migrate
            image: flyway:10
          - name: shipper
            image: fluent-bit:3
            restartPolicy: Always
        containers:
          - name: postgres
            image: postgres:16
`

runRuleTests(rule, {
  valid: [
    {
      name: 'the hook runs in the app container',
      code: yaml`
        apiVersion: velero.io/v1
        kind: Backup
        metadata:
          name: nightly
        spec:
          includedNamespaces: [shop]
          hooks:
            resources:
              - name: dump
                labelSelector:
                  matchLabels:
                    app: db
                pre:
                  - exec:
                      container: postgres
                      command: ["/bin/sh", "-c", "pg_dump > /backup/db.sql"]
        ---
      ` + DB,
    },
    {
      name: 'Velero main runs backup hooks in native sidecars',
      velero: 'main',
      code: yaml`
        apiVersion: velero.io/v1
        kind: Backup
        metadata: {name: b}
        spec:
          hooks:
            resources:
              - name: flush
                pre: [{exec: {container: shipper, command: ["flush"]}}]
        ---
      ` + DB,
    },
    {
      name: 'a Restore whose Backup is not in the repository',
      code: yaml`
        apiVersion: velero.io/v1
        kind: Restore
        metadata: {name: r}
        spec:
          backupName: from-the-cli
          hooks:
            resources:
              - name: h
                postHooks: [{exec: {container: shipper, command: ["true"]}}]
        ---
      ` + DB,
    },
    {
      name: 'an app container of the same name wins',
      code: yaml`
        apiVersion: velero.io/v1
        kind: Backup
        metadata: {name: b}
        spec:
          hooks:
            resources:
              - name: h
                pre: [{exec: {container: app, command: ["true"]}}]
        ---
        apiVersion: v1
        kind: Pod
        metadata: {name: p, namespace: n}
        spec:
          initContainers: [{name: app, image: busybox}]
          containers: [{name: app, image: busybox}]
      `,
    },
  ],
  invalid: [
    {
      name: 'a backup hook on a native sidecar (Velero 1.18)',
      code: yaml`
        apiVersion: velero.io/v1
        kind: Backup
        metadata:
          name: nightly
        spec:
          includedNamespaces: [shop]
          hooks:
            resources:
              - name: flush-logs
                labelSelector:
                  matchLabels:
                    app: db
                pre:
                  - exec:
                      container: shipper
                      command: ["fluent-bit", "--flush"]
        ---
      ` + DB,
      errors: [
        {
          messageId: 'backupSidecar',
          line: 15,
          column: 26,
          message: 'Container "shipper" is a native sidecar of StatefulSet db in namespace shop (test.yaml:21; native sidecar at test.yaml:31), and Velero v1.18.2 runs backup hooks only in spec.containers',
        },
      ],
    },
    {
      name: 'a backup hook on an ordinary init container fails on main too',
      velero: 'main',
      code: yaml`
        apiVersion: velero.io/v1
        kind: Backup
        metadata: {name: b}
        spec:
          hooks:
            resources:
              - name: h
                post: [{exec: {container: migrate, command: ["true"]}}]
        ---
      ` + DB,
      errors: [{ messageId: 'backupInit', line: 8, column: 35, message: 'is an init container of StatefulSet db in namespace shop (test.yaml:13; init container at test.yaml:21), so Velero main fails' }],
    },
    {
      name: 'a restore exec hook on a sidecar, from a Schedule of the repository',
      code: yaml`
        apiVersion: velero.io/v1
        kind: Restore
        metadata: {name: r}
        spec:
          scheduleName: daily
          hooks:
            resources:
              - name: h
                postHooks: [{exec: {container: shipper, command: ["true"]}}]
      `,
      extraFiles: {
        'schedule.yaml': 'apiVersion: velero.io/v1\nkind: Schedule\nmetadata: {name: daily}\nspec:\n  schedule: "@daily"\n  template: {}\n',
        'db.yaml': DB,
      },
      errors: [{ messageId: 'restore', line: 9, column: 40, message: 'is not an app container of StatefulSet db in namespace shop (db.yaml:4; native sidecar at db.yaml:14), and Velero v1.18.2 runs restore exec hooks only in spec.containers, so it discards this hook for those pods and the Restore hangs in Finalizing forever' }],
    },
  ],
})
