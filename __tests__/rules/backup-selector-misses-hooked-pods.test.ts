import rule from '../../src/rules/backup-selector-misses-hooked-pods.js'
import { runRuleTests, yaml } from '../support/rule-tester.js'

const pod = (name: string, labels: string, extra = ''): string =>
  `---\napiVersion: v1\nkind: Pod\nmetadata:\n  name: ${name}\n  namespace: shop\n  labels: ${labels}\n  annotations: {pre.hook.backup.velero.io/command: sync}\nspec:\n  containers: [{name: c, image: busybox}]\n${extra}`

runRuleTests(rule, {
  valid: [
    {
      name: 'the selector matches the pod template labels',
      code: yaml`
        apiVersion: velero.io/v1
        kind: Backup
        metadata:
          name: nightly
        spec:
          includedNamespaces: [shop]
          labelSelector:
            matchLabels:
              backup: "true"
        ---
        apiVersion: apps/v1
        kind: Deployment
        metadata:
          name: db
          namespace: shop
          labels:
            backup: "true"
        spec:
          template:
            metadata:
              labels:
                app: db
                backup: "true"
              annotations:
                pre.hook.backup.velero.io/command: '["/bin/sh", "-c", "pg_dump > /backup/db.sql"]'
            spec:
              containers:
                - name: postgres
                  image: postgres:16
      `,
    },
    {
      name: 'the hooked workload is in a namespace the Backup does not include',
      code: yaml`
        apiVersion: velero.io/v1
        kind: Backup
        metadata: {name: b}
        spec:
          includedNamespaces: [other]
          labelSelector: {matchLabels: {app: web}}
      ` + pod('db', '{app: db}'),
    },
    {
      name: 'a workload without hooks',
      code: yaml`
        apiVersion: velero.io/v1
        kind: Backup
        metadata: {name: b}
        spec:
          labelSelector: {matchLabels: {app: web}}
        ---
        apiVersion: v1
        kind: Pod
        metadata: {name: p, namespace: shop, labels: {app: db}}
        spec: {containers: [{name: c, image: busybox}]}
      `,
    },
    {
      name: 'templated pod labels are unknown',
      code: yaml`
        apiVersion: velero.io/v1
        kind: Backup
        metadata: {name: b}
        spec:
          labelSelector: {matchLabels: {app: web}}
      ` + pod('db', '{app: "{{ .Values.app }}"}'),
    },
    {
      name: 'a pod that opts out of backups',
      code: yaml`
        apiVersion: velero.io/v1
        kind: Backup
        metadata: {name: b}
        spec:
          labelSelector: {matchLabels: {app: web}}
      ` + pod('db', '{app: db, velero.io/exclude-from-backup: "true"}'),
    },
    {
      name: 'both selectors set: the Backup fails validation (another rule)',
      code: yaml`
        apiVersion: velero.io/v1
        kind: Backup
        metadata: {name: b}
        spec:
          labelSelector: {matchLabels: {app: web}}
          orLabelSelectors: [{matchLabels: {app: api}}]
      ` + pod('db', '{app: db}'),
    },
    {
      name: 'a namespace-wide spec hook does not mean every pod was meant to be backed up',
      code: yaml`
        apiVersion: velero.io/v1
        kind: Backup
        metadata: {name: b}
        spec:
          labelSelector: {matchLabels: {app: web}}
          hooks:
            resources:
              - name: sync
                pre: [{exec: {command: ["sync"]}}]
        ---
        apiVersion: v1
        kind: Pod
        metadata: {name: p, namespace: shop, labels: {app: db}}
        spec: {containers: [{name: c, image: busybox}]}
      `,
    },
    {
      name: 'a workload without a namespace, under a Backup of some namespaces',
      code: yaml`
        apiVersion: velero.io/v1
        kind: Backup
        metadata: {name: b}
        spec:
          includedNamespaces: [shop]
          labelSelector: {matchLabels: {app: web}}
        ---
        apiVersion: v1
        kind: Pod
        metadata:
          name: p
          labels: {app: db}
          annotations: {pre.hook.backup.velero.io/command: sync}
        spec: {containers: [{name: c, image: busybox}]}
      `,
    },
  ],
  invalid: [
    {
      name: "the selector matches the Deployment's labels, not its pods'",
      code: yaml`
        apiVersion: velero.io/v1
        kind: Backup
        metadata:
          name: nightly
        spec:
          includedNamespaces: [shop]
          labelSelector:
            matchLabels:
              backup: "true"
        ---
        apiVersion: apps/v1
        kind: Deployment
        metadata:
          name: db
          namespace: shop
          labels:
            backup: "true"
        spec:
          template:
            metadata:
              labels:
                app: db
              annotations:
                pre.hook.backup.velero.io/command: '["/bin/sh", "-c", "pg_dump > /backup/db.sql"]'
            spec:
              containers:
                - name: postgres
                  image: postgres:16
      `,
      errors: [{ messageId: 'objectLabels', line: 7, column: 3, message: 'This selector matches the metadata.labels of Deployment db in namespace shop (test.yaml:14), but Velero selects pods by their own labels' }],
    },
    {
      name: 'a spec hook selects pods the Backup selector misses, across files',
      code: yaml`
        apiVersion: velero.io/v1
        kind: Schedule
        metadata: {name: daily}
        spec:
          schedule: "@daily"
          template:
            labelSelector: {matchLabels: {backup: "true"}}
            hooks:
              resources:
                - name: dump
                  labelSelector: {matchLabels: {app: db}}
                  pre: [{exec: {command: ["pg_dump"]}}]
      `,
      extraFiles: { 'db.yaml': 'apiVersion: v1\nkind: Pod\nmetadata: {name: db, namespace: shop, labels: {app: db}}\nspec: {containers: [{name: c, image: busybox}]}\n' },
      errors: [{ messageId: 'podLabels', line: 7, column: 5, message: 'does not match the pod labels of Pod db in namespace shop (db.yaml:3), which have hooks' }],
    },
    {
      name: 'none of the orLabelSelectors match; at most three workloads are named',
      code:
        yaml`
          apiVersion: velero.io/v1
          kind: Backup
          metadata: {name: b}
          spec:
            orLabelSelectors:
              - matchLabels: {app: web}
              - matchLabels: {app: api}
        ` +
        pod('p1', '{app: db}') +
        pod('p2', '{app: db}') +
        pod('p3', '{app: db}') +
        pod('p4', '{app: db}') +
        pod('p5', '{app: web}'),
      errors: [{ messageId: 'podLabels', line: 5, column: 3, message: /Pod p3 in namespace shop \(test\.yaml:\d+\) and 1 more, which have hooks/ }],
    },
    {
      name: 'two Backups written alike: a finding at each selector',
      code:
        yaml`
          apiVersion: velero.io/v1
          kind: Backup
          metadata: {name: b1}
          spec:
            labelSelector: {matchLabels: {app: web}}
          ---
          apiVersion: velero.io/v1
          kind: Backup
          metadata: {name: b2}
          spec:
            labelSelector: {matchLabels: {app: web}}
        ` + pod('db', '{app: db}'),
      errors: [
        { messageId: 'podLabels', line: 5, column: 3, message: 'Pod db in namespace shop (test.yaml:16)' },
        { messageId: 'podLabels', line: 11, column: 3, message: 'Pod db in namespace shop (test.yaml:16)' },
      ],
    },
    {
      name: 'a pod that shares a claim with a selected pod joins the backup (Velero 1.15 and later)',
      code:
        yaml`
          apiVersion: velero.io/v1
          kind: Backup
          metadata: {name: b}
          spec:
            labelSelector: {matchLabels: {app: web}}
        ` +
        pod('web', '{app: web}', '  volumes: [{name: d, persistentVolumeClaim: {claimName: shared}}]\n') +
        pod('db', '{app: db}', '  volumes: [{name: d, persistentVolumeClaim: {claimName: shared}}]\n'),
      errors: [{ messageId: 'sharedClaim', line: 5, column: 3, message: 'Pod db in namespace shop (test.yaml:21; claim "shared" of Pod web in namespace shop (test.yaml:10)), which have hooks: Velero v1.18.2 backs up their pods' }],
    },
    {
      name: 'the same claim on Velero 1.14: not backed up',
      velero: '1.14',
      code:
        yaml`
          apiVersion: velero.io/v1
          kind: Backup
          metadata: {name: b}
          spec:
            labelSelector: {matchLabels: {app: web}}
        ` +
        pod('web', '{app: web}', '  volumes: [{name: d, persistentVolumeClaim: {claimName: shared}}]\n') +
        pod('db', '{app: db}', '  volumes: [{name: d, persistentVolumeClaim: {claimName: shared}}]\n'),
      errors: [{ messageId: 'podLabels', line: 5, column: 3, message: 'Pod db in namespace shop (test.yaml:21)' }],
    },
  ],
})
