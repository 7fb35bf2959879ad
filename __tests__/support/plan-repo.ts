/**
 * A small repository for the hook plan's tests (hand-written): two workloads of namespace shop, a
 * Backup whose spec hooks select both (its pre hook hidden by web's annotation), a Schedule that
 * takes no pod, and a Restore into a mapped namespace with a spec init container and exec hook.
 */
export const PLAN_REPO: Readonly<Record<string, string>> = {
  'apps/web.yaml': `apiVersion: apps/v1
kind: Deployment
metadata:
  name: web
  namespace: shop
spec:
  selector:
    matchLabels:
      app: web
  template:
    metadata:
      labels:
        app: web
      annotations:
        pre.hook.backup.velero.io/command: '["/sbin/fsfreeze", "--freeze", "/data"]'
        pre.hook.backup.velero.io/on-error: Fail
    spec:
      containers:
        - name: app
          image: nginx
`,
  'apps/db.yaml': `apiVersion: apps/v1
kind: StatefulSet
metadata:
  name: db
  namespace: shop
spec:
  serviceName: db
  selector:
    matchLabels:
      app: db
  template:
    metadata:
      labels:
        app: db
    spec:
      containers:
        - name: postgres
          image: postgres
`,
  'velero/nightly.yaml': `apiVersion: velero.io/v1
kind: Backup
metadata:
  name: nightly
  namespace: velero
spec:
  includedNamespaces: [shop]
  hooks:
    resources:
      - name: sync-all
        pre:
          - exec:
              command: ["/bin/sync"]
        post:
          - exec:
              command: ["/bin/echo", "done"]
              timeout: 1m
`,
  'velero/empty.yaml': `apiVersion: velero.io/v1
kind: Schedule
metadata:
  name: elsewhere
  namespace: velero
spec:
  schedule: "@daily"
  template:
    includedNamespaces: [not-in-this-repo]
`,
  'velero/restore.yaml': `apiVersion: velero.io/v1
kind: Restore
metadata:
  name: copy
  namespace: velero
spec:
  backupName: nightly
  namespaceMapping:
    shop: shop2
  hooks:
    resources:
      - name: db-hooks
        labelSelector:
          matchLabels:
            app: db
        postHooks:
          - init:
              initContainers:
                - name: prep
                  image: busybox
                  command: ["/bin/sh", "-c", "true"]
          - exec:
              command: ["/bin/sh", "-c", "pg_isready"]
              waitTimeout: 5m
`,
}
