import rule from '../../src/rules/resource-filter-excludes-hooked-pods.js'
import { runRuleTests, yaml } from '../support/rule-tester.js'

const db = yaml`
  apiVersion: apps/v1
  kind: StatefulSet
  metadata:
    name: db
    namespace: shop
  spec:
    template:
      metadata:
        labels: {app: db}
        annotations:
          pre.hook.backup.velero.io/command: '["/bin/sh", "-c", "fsfreeze -f /data"]'
          init.hook.restore.velero.io/container-image: busybox
      spec:
        containers: [{name: db, image: postgres}]
`

const web = (name: string, ns = 'shop'): string => yaml`
  apiVersion: apps/v1
  kind: Deployment
  metadata:
    name: ${name}
    namespace: ${ns}
  spec:
    template:
      metadata:
        labels: {app: ${name}}
        annotations:
          post.hook.restore.velero.io/command: '["/migrate"]'
      spec:
        containers: [{name: web, image: nginx}]
`

runRuleTests(rule, {
  valid: [
    {
      name: 'a Backup that takes pods',
      code: yaml`
        apiVersion: velero.io/v1
        kind: Backup
        metadata:
          name: nightly
        spec:
          includedNamespaces: [shop]
          excludedResources: [secrets]
        ---
        apiVersion: apps/v1
        kind: StatefulSet
        metadata:
          name: db
          namespace: shop
        spec:
          template:
            metadata:
              annotations:
                pre.hook.backup.velero.io/command: '["/bin/sh", "-c", "fsfreeze -f /data"]'
            spec:
              containers: [{name: db, image: postgres}]
      `,
    },
    {
      name: 'pods excluded, but no hooked workload in its namespaces',
      code: yaml`
        apiVersion: velero.io/v1
        kind: Backup
        metadata:
          name: config-only
        spec:
          includedNamespaces: [other]
          includedResources: [configmaps, secrets]
      `,
      extraFiles: { 'apps/db.yaml': db },
    },
    {
      name: 'pods excluded, the hooked workload has no namespace (unknown)',
      code: yaml`
        apiVersion: velero.io/v1
        kind: Backup
        metadata:
          name: config-only
        spec:
          includedNamespaces: [shop]
          excludedResources: [pods]
      `,
      extraFiles: { 'apps/db.yaml': db.replace('  namespace: shop\n', '') },
    },
    {
      name: 'pods excluded, the label selector does not take the hooked workload',
      code: yaml`
        apiVersion: velero.io/v1
        kind: Backup
        metadata:
          name: web-only
        spec:
          labelSelector: {matchLabels: {app: web}}
          excludedResources: [pods]
      `,
      extraFiles: { 'apps/db.yaml': db },
    },
    {
      name: 'namespace-scoped filters that include pods',
      code: yaml`
        apiVersion: velero.io/v1
        kind: Backup
        metadata:
          name: nightly
        spec:
          includedNamespaceScopedResources: [pods, persistentvolumeclaims]
      `,
      extraFiles: { 'apps/db.yaml': db },
    },
    {
      name: 'a Restore of pods, with hooks',
      code: yaml`
        apiVersion: velero.io/v1
        kind: Restore
        metadata:
          name: r
        spec:
          backupName: nightly
          excludedResources: [secrets]
          hooks:
            resources:
              - name: migrate
                postHooks: [{exec: {command: ["/migrate"]}}]
      `,
      extraFiles: { 'apps/web.yaml': web('web') },
    },
    {
      name: 'a Restore without pods whose source Backup does not take the hooked workload',
      code: yaml`
        apiVersion: velero.io/v1
        kind: Backup
        metadata:
          name: nightly
        spec:
          includedNamespaces: [other]
        ---
        apiVersion: velero.io/v1
        kind: Restore
        metadata:
          name: r
        spec:
          backupName: nightly
          includedResources: [deployments]
      `,
      extraFiles: { 'apps/web.yaml': web('web') },
    },
    {
      name: 'a Backup whose own hook entry leaves out pods (backup-spec-hooks-skip-pods reports it)',
      code: yaml`
        apiVersion: velero.io/v1
        kind: Backup
        metadata:
          name: nightly
        spec:
          includedResources: [deployments]
          hooks:
            resources:
              - name: freeze
                includedResources: [deployments]
                pre: [{exec: {command: ["/freeze"]}}]
      `,
    },
  ],
  invalid: [
    {
      name: 'a Backup excluding pods, with hook annotations on a workload in its namespace',
      code: yaml`
        apiVersion: velero.io/v1
        kind: Backup
        metadata:
          name: nightly
          namespace: velero
        spec:
          includedNamespaces: [shop]
          excludedResources: [pods, secrets]
        ---
        apiVersion: apps/v1
        kind: StatefulSet
        metadata:
          name: db
          namespace: shop
        spec:
          template:
            metadata:
              annotations:
                pre.hook.backup.velero.io/command: '["/bin/sh", "-c", "fsfreeze -f /data"]'
            spec:
              containers: [{name: db, image: postgres}]
      `,
      errors: [
        {
          messageId: 'backupExcluded',
          line: 8,
          column: 23,
          message:
            'Backup nightly (test.yaml:4) backs up no pods because excludedResources lists "pods", and hooks run only in backed-up pods (restore hooks only in pods the backup holds): Velero never runs the pre-backup hook of StatefulSet db in namespace shop (test.yaml:13); remove "pods" from excludedResources.',
          path: 'spec.excludedResources[0]',
        },
      ],
    },
    {
      name: 'hooks of both families, in another file',
      code: yaml`
        apiVersion: velero.io/v1
        kind: Backup
        metadata:
          name: nightly
        spec:
          includedNamespaces: [shop]
          excludedResources: [pods]
      `,
      extraFiles: { 'apps/db.yaml': db },
      errors: [{ messageId: 'backupExcluded', line: 7, column: 23, message: 'Velero never runs the pre-backup and restore init hooks of StatefulSet db in namespace shop (apps/db.yaml:4); remove "pods"' }],
    },
    {
      name: 'a Schedule whose includedResources leaves pods out, with its own spec hook',
      code: yaml`
        apiVersion: velero.io/v1
        kind: Schedule
        metadata:
          name: daily
        spec:
          schedule: "0 1 * * *"
          template:
            includedResources: [deployments, persistentvolumeclaims]
            hooks:
              resources:
                - name: freeze
                  pre: [{exec: {command: ["/freeze"]}}]
      `,
      errors: [{ messageId: 'backupNotIncluded', line: 8, column: 5, message: 'Schedule daily (test.yaml:4) backs up no pods because includedResources leaves them out, and hooks run only in backed-up pods (restore hooks only in pods the backup holds): Velero never runs hook "freeze" (test.yaml:11); add "pods" to includedResources' }],
    },
    {
      name: 'includedNamespaceScopedResources without pods (Velero 1.18 filters)',
      code: yaml`
        apiVersion: velero.io/v1
        kind: Backup
        metadata:
          name: nightly
        spec:
          includedNamespaceScopedResources: [deployments]
      `,
      extraFiles: { 'apps/db.yaml': db },
      errors: [{ messageId: 'backupNotIncluded', line: 6, column: 3, message: 'includedNamespaceScopedResources leaves them out' }],
    },
    {
      name: 'a bounded list: the first three hooked workloads and how many more',
      code: yaml`
        apiVersion: velero.io/v1
        kind: Backup
        metadata:
          name: nightly
        spec:
          excludedNamespaceScopedResources: [po]
      `,
      extraFiles: { 'apps/a.yaml': web('a'), 'apps/b.yaml': web('b'), 'apps/c.yaml': web('c'), 'apps/d.yaml': web('d'), 'apps/e.yaml': web('e', 'other') },
      errors: [{ messageId: 'backupExcluded', line: 6, column: 38, message: /never runs the restore exec hook of Deployment a .*, the restore exec hook of Deployment b .*, the restore exec hook of Deployment c .* and 2 more; remove "po" from excludedNamespaceScopedResources\.$/ }],
    },
    {
      name: 'a Restore of controllers only, its source Backup taking the workload with an init hook',
      code: yaml`
        apiVersion: velero.io/v1
        kind: Backup
        metadata:
          name: nightly
        spec:
          includedNamespaces: [shop]
        ---
        apiVersion: velero.io/v1
        kind: Restore
        metadata:
          name: r
        spec:
          backupName: nightly
          includedResources: [deployments, statefulsets]
      `,
      extraFiles: { 'apps/db.yaml': db },
      errors: [
        {
          messageId: 'restoreNotIncluded',
          line: 14,
          column: 3,
          message: 'Restore r (test.yaml:11) restores no pods because includedResources leaves them out, and Velero injects init containers and runs exec hooks only in pods it restores itself (never in pods controllers create later): it never runs the restore init hook of StatefulSet db in namespace shop (apps/db.yaml:4); add "pods" to includedResources or remove the list.',
        },
      ],
    },
    {
      name: 'a Restore excluding pods, with its own spec hooks (source Backup not in the repository)',
      code: yaml`
        apiVersion: velero.io/v1
        kind: Restore
        metadata:
          name: r
        spec:
          backupName: elsewhere
          excludedResources:
            - Pods
          hooks:
            resources:
              - name: migrate
                postHooks: [{exec: {command: ["/migrate"]}}]
      `,
      extraFiles: { 'apps/web.yaml': web('web') },
      errors: [
        {
          messageId: 'restoreExcluded',
          line: 8,
          column: 7,
          message: 'it never runs hook "migrate" (test.yaml:11) and the restore exec hook of Deployment web in namespace shop (apps/web.yaml:4); remove "Pods" from excludedResources.',
          file: 'test.yaml',
        },
      ],
    },
  ],
})
