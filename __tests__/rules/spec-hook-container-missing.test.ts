import rule from '../../src/rules/spec-hook-container-missing.js'
import { runRuleTests, yaml } from '../support/rule-tester.js'

/** Two Deployments of namespace shop: db runs postgres, web runs nginx. */
const SHOP = yaml`
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
  ---
  apiVersion: apps/v1
  kind: Deployment
  metadata:
    name: web
    namespace: shop
  spec:
    template:
      metadata:
        labels: {app: web}
      spec:
        containers:
          - name: nginx
            image: nginx:1.27
`

const BACKUP = yaml`
  apiVersion: velero.io/v1
  kind: Backup
  metadata: {name: nightly, namespace: velero}
  spec:
    includedNamespaces: [shop]
`

runRuleTests(rule, {
  valid: [
    {
      name: 'the hook selects only the pods that have the container',
      code: yaml`
        apiVersion: velero.io/v1
        kind: Backup
        metadata:
          name: nightly
        spec:
          includedNamespaces: [shop]
          hooks:
            resources:
              - name: dump-db
                labelSelector:
                  matchLabels:
                    app: db
                pre:
                  - exec:
                      container: postgres
                      command: ["/bin/sh", "-c", "pg_dump > /backup/db.sql"]
        ---
      ` + SHOP,
    },
    {
      name: 'an annotation of the same phase replaces the spec hook on the pod without the container',
      code: yaml`
        apiVersion: velero.io/v1
        kind: Backup
        metadata: {name: b}
        spec:
          hooks:
            resources:
              - name: h
                includedNamespaces: [n]
                post: [{exec: {container: app, command: ["true"]}}]
        ---
        apiVersion: v1
        kind: Pod
        metadata:
          name: other
          namespace: n
          annotations: {post.hook.backup.velero.io/command: "true"}
        spec: {containers: [{name: main, image: busybox}]}
      `,
    },
    {
      name: 'a container a service mesh injects',
      code: yaml`
        apiVersion: velero.io/v1
        kind: Backup
        metadata: {name: b}
        spec:
          hooks:
            resources:
              - name: drain
                pre: [{exec: {container: istio-proxy, command: ["pilot-agent", "request", "POST", "drain"]}}]
        ---
      ` + SHOP,
    },
    {
      name: 'the Backup does not take the pods without the container',
      code: yaml`
        apiVersion: velero.io/v1
        kind: Backup
        metadata: {name: b}
        spec:
          labelSelector: {matchLabels: {app: db}}
          hooks:
            resources:
              - name: h
                pre: [{exec: {container: postgres, command: ["true"]}}]
        ---
      ` + SHOP,
    },
    {
      name: 'a Restore whose Backup is not in the repository: unknown pods',
      code: yaml`
        apiVersion: velero.io/v1
        kind: Restore
        metadata: {name: r}
        spec:
          backupName: elsewhere
          hooks:
            resources:
              - name: h
                postHooks: [{exec: {container: postgres, command: ["true"]}}]
        ---
      ` + SHOP,
    },
    {
      name: "a Job's pods may be gone",
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
        apiVersion: batch/v1
        kind: Job
        metadata: {name: migrate, namespace: n}
        spec:
          template:
            spec:
              containers: [{name: migrate, image: busybox}]
              restartPolicy: Never
      `,
    },
    {
      name: 'an init container is spec-hook-targets-init-container business',
      code: yaml`
        apiVersion: velero.io/v1
        kind: Backup
        metadata: {name: b}
        spec:
          hooks:
            resources:
              - name: h
                pre: [{exec: {container: setup, command: ["true"]}}]
        ---
        apiVersion: v1
        kind: Pod
        metadata: {name: p, namespace: n}
        spec:
          initContainers: [{name: setup, image: busybox}]
          containers: [{name: app, image: busybox}]
      `,
    },
    {
      name: 'a template parameter may name any container',
      code: yaml`
        apiVersion: velero.io/v1
        kind: Backup
        metadata: {name: b}
        spec:
          hooks:
            resources:
              - name: h
                pre: [{exec: {container: "\${APP_CONTAINER}", command: ["true"]}}]
        ---
      ` + SHOP,
    },
  ],
  invalid: [
    {
      name: 'a namespace-wide hook names the container of one of two Deployments',
      code: yaml`
        apiVersion: velero.io/v1
        kind: Backup
        metadata:
          name: nightly
        spec:
          includedNamespaces: [shop]
          hooks:
            resources:
              - name: dump-db
                includedNamespaces: [shop]
                pre:
                  - exec:
                      container: postgres
                      command: ["/bin/sh", "-c", "pg_dump > /backup/db.sql"]
        ---
      ` + SHOP,
      errors: [
        {
          messageId: 'backup',
          line: 13,
          column: 26,
          message: 'Container "postgres" is not in Deployment web in namespace shop (test.yaml:33; containers "nginx"), so Velero v1.18.2 fails this pre hook',
        },
      ],
    },
    {
      name: 'onError Fail on a pre hook: the pods are not backed up',
      code: BACKUP + yaml`
          hooks:
            resources:
              - name: h
                pre:
                  - exec:
                      container: redis
                      onError: Fail
                      command: ["redis-cli", "save"]
        ---
      ` + SHOP,
      errors: [{ messageId: 'backupFail', line: 11, column: 26, message: /Deployment db .* and Deployment web .*as onError is Fail, does not back up those pods/ }],
    },
    {
      name: 'a Restore from a Backup of the repository: the Restore hangs',
      code: yaml`
        apiVersion: velero.io/v1
        kind: Restore
        metadata: {name: restore-shop, namespace: velero}
        spec:
          backupName: nightly
          hooks:
            resources:
              - name: check
                postHooks:
                  - exec:
                      container: postgres
                      command: ["pg_isready"]
      `,
      extraFiles: { 'backups.yaml': BACKUP, 'apps/shop.yaml': SHOP },
      errors: [{ messageId: 'restore', line: 11, column: 26, message: 'Deployment web in namespace shop (apps/shop.yaml:18; containers "nginx"), so Velero v1.18.2 discards this exec hook for those pods and the Restore hangs in Finalizing forever' }],
    },
    {
      name: 'on main the Restore waits until --resource-timeout',
      velero: 'main',
      code: yaml`
        apiVersion: velero.io/v1
        kind: Restore
        metadata: {name: restore-shop, namespace: velero}
        spec:
          backupName: nightly
          hooks:
            resources:
              - name: check
                postHooks: [{exec: {container: nginx, command: ["true"]}}]
      `,
      extraFiles: { 'backups.yaml': BACKUP, 'apps/shop.yaml': SHOP },
      errors: [{ messageId: 'restore', line: 9, column: 40, message: 'waits in Finalizing until --resource-timeout (10m by default), then ends PartiallyFailed' }],
    },
    {
      name: 'Velero 1.13 only discards the hook',
      velero: '1.13',
      code: yaml`
        apiVersion: velero.io/v1
        kind: Restore
        metadata: {name: r}
        spec:
          scheduleName: daily
          hooks:
            resources:
              - name: check
                postHooks: [{exec: {container: nginx, command: ["true"]}}]
        ---
        apiVersion: velero.io/v1
        kind: Schedule
        metadata: {name: daily}
        spec:
          schedule: "@daily"
          template: {includedNamespaces: ["*"]}
        ---
      ` + SHOP,
      errors: [{ messageId: 'restore', line: 9, column: 40, message: 'discards this exec hook for those pods; name a container' }],
    },
  ],
})
