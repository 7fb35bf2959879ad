import rule from '../../src/rules/spec-hook-hidden-by-annotation.js'
import { runRuleTests, yaml } from '../support/rule-tester.js'

const DB = yaml`
  apiVersion: apps/v1
  kind: Deployment
  metadata:
    name: db
    namespace: shop
  spec:
    template:
      metadata:
        labels:
          app: db
        annotations:
          pre.hook.backup.velero.io/command: '["/bin/sh", "-c", "pg_dump > /backup/db.sql"]'
          post.hook.restore.velero.io/command: '["/bin/sh", "-c", "psql < /backup/db.sql"]'
      spec:
        containers:
          - name: postgres
            image: postgres:16
`

runRuleTests(rule, {
  valid: [
    {
      name: 'the spec hook runs in another phase than the annotation',
      code: yaml`
        apiVersion: velero.io/v1
        kind: Backup
        metadata:
          name: nightly
        spec:
          includedNamespaces: [shop]
          hooks:
            resources:
              - name: unfreeze
                labelSelector:
                  matchLabels:
                    app: db
                post:
                  - exec:
                      command: ["/sbin/fsfreeze", "--unfreeze", "/data"]
      ` + `---\n${DB}`,
    },
    {
      name: 'a restore init hook and an exec annotation are independent',
      code: yaml`
        apiVersion: velero.io/v1
        kind: Restore
        metadata: {name: r}
        spec:
          backupName: nightly
          hooks:
            resources:
              - name: prepare
                includedNamespaces: [shop]
                postHooks:
                  - init:
                      initContainers:
                        - {name: prepare, image: busybox, command: ["true"]}
      ` + `---\n${DB}`,
    },
    {
      name: 'the entry does not select the annotated pods',
      code: yaml`
        apiVersion: velero.io/v1
        kind: Backup
        metadata: {name: b}
        spec:
          hooks:
            resources:
              - name: h
                labelSelector: {matchLabels: {app: web}}
                pre: [{exec: {command: ["true"]}}]
      ` + `---\n${DB}`,
    },
    {
      name: 'the Backup does not take the namespace',
      code: yaml`
        apiVersion: velero.io/v1
        kind: Backup
        metadata: {name: b}
        spec:
          includedNamespaces: [other]
          hooks:
            resources:
              - name: h
                pre: [{exec: {command: ["true"]}}]
      ` + `---\n${DB}`,
    },
    {
      name: 'an empty annotation command is no hook',
      code: yaml`
        apiVersion: velero.io/v1
        kind: Backup
        metadata: {name: b}
        spec:
          hooks:
            resources:
              - name: h
                pre: [{exec: {command: ["true"]}}]
        ---
        apiVersion: v1
        kind: Pod
        metadata:
          name: p
          namespace: shop
          annotations:
            pre.hook.backup.velero.io/command: ""
        spec:
          containers: [{name: c, image: busybox}]
      `,
    },
    {
      name: 'a workload without a namespace under a namespace-restricted entry is unknown',
      code: yaml`
        apiVersion: velero.io/v1
        kind: Backup
        metadata: {name: b}
        spec:
          hooks:
            resources:
              - name: h
                includedNamespaces: [shop]
                pre: [{exec: {command: ["true"]}}]
        ---
        apiVersion: v1
        kind: Pod
        metadata:
          name: p
          annotations:
            pre.hook.backup.velero.io/command: '["true"]'
        spec:
          containers: [{name: c, image: busybox}]
      `,
    },
  ],
  invalid: [
    {
      name: 'a pre annotation hides the spec pre hooks of the same pod',
      code: yaml`
        apiVersion: velero.io/v1
        kind: Backup
        metadata:
          name: nightly
        spec:
          includedNamespaces: [shop]
          hooks:
            resources:
              - name: freeze
                labelSelector:
                  matchLabels:
                    app: db
                pre:
                  - exec:
                      command: ["/sbin/fsfreeze", "--freeze", "/data"]
                post:
                  - exec:
                      command: ["/sbin/fsfreeze", "--unfreeze", "/data"]
      ` + `---\n${DB}`,
      errors: [
        {
          messageId: 'backup',
          line: 13,
          column: 9,
          message: 'Deployment db in namespace shop (test.yaml:23; pre.hook.backup.velero.io/command at test.yaml:31): a pre hook annotation wins over spec pre hooks',
        },
      ],
    },
    {
      name: 'the legacy pre annotation hides spec pre hooks of a Schedule, across files',
      code: yaml`
        apiVersion: velero.io/v1
        kind: Schedule
        metadata: {name: daily}
        spec:
          schedule: "@daily"
          template:
            hooks:
              resources:
                - name: all-pods
                  pre: [{exec: {command: ["sync"]}}]
      `,
      extraFiles: {
        'apps/a.yaml': 'apiVersion: v1\nkind: Pod\nmetadata:\n  name: a\n  namespace: x\n  annotations:\n    hook.backup.velero.io/command: sync\nspec: {containers: [{name: c, image: busybox}]}\n',
        'apps/b.yaml': 'apiVersion: v1\nkind: Pod\nmetadata:\n  name: b\n  namespace: x\n  annotations:\n    pre.hook.backup.velero.io/command: sync\nspec: {containers: [{name: c, image: busybox}]}\n',
      },
      errors: [{ messageId: 'backup', line: 10, column: 11, message: 'Pod a in namespace x (apps/a.yaml:4; hook.backup.velero.io/command at apps/a.yaml:7) and Pod b in namespace x (apps/b.yaml:4; pre.hook' }],
    },
    {
      name: 'restore: the image annotation hides the spec init containers, the command annotation the exec hooks',
      code: yaml`
        apiVersion: velero.io/v1
        kind: Restore
        metadata: {name: r}
        spec:
          backupName: nightly
          hooks:
            resources:
              - name: restore-db
                includedNamespaces: [shop]
                postHooks:
                  - init:
                      initContainers:
                        - {name: prepare, image: busybox, command: ["true"]}
                  - exec:
                      container: postgres
                      command: ["psql", "-c", "select 1"]
        ---
        apiVersion: v1
        kind: Pod
        metadata:
          name: db-0
          namespace: shop
          annotations:
            init.hook.restore.velero.io/container-image: busybox
            init.hook.restore.velero.io/command: '["true"]'
            post.hook.restore.velero.io/command: '["true"]'
        spec:
          containers: [{name: postgres, image: postgres}]
      `,
      errors: [
        { messageId: 'init', line: 11, column: 13, message: 'Pod db-0 in namespace shop (test.yaml:21; init.hook.restore.velero.io/container-image at test.yaml:24)' },
        { messageId: 'exec', line: 14, column: 13, message: '(test.yaml:21; post.hook.restore.velero.io/command at test.yaml:26)' },
      ],
    },
    {
      name: 'at most three workloads are named',
      code: yaml`
        apiVersion: velero.io/v1
        kind: Backup
        metadata: {name: b}
        spec:
          hooks:
            resources:
              - name: h
                post: [{exec: {command: ["true"]}}]
        ---
        apiVersion: v1
        kind: List
        items:
          - {apiVersion: v1, kind: Pod, metadata: {name: p1, namespace: n, annotations: {post.hook.backup.velero.io/command: "true"}}, spec: {containers: [{name: c, image: i}]}}
          - {apiVersion: v1, kind: Pod, metadata: {name: p2, namespace: n, annotations: {post.hook.backup.velero.io/command: "true"}}, spec: {containers: [{name: c, image: i}]}}
          - {apiVersion: v1, kind: Pod, metadata: {name: p3, namespace: n, annotations: {post.hook.backup.velero.io/command: "true"}}, spec: {containers: [{name: c, image: i}]}}
          - {apiVersion: v1, kind: Pod, metadata: {name: p4, namespace: n, annotations: {post.hook.backup.velero.io/command: "true"}}, spec: {containers: [{name: c, image: i}]}}
          - {apiVersion: v1, kind: Pod, metadata: {name: p5, namespace: n, annotations: {post.hook.backup.velero.io/command: "true"}}, spec: {containers: [{name: c, image: i}]}}
      `,
      errors: [{ messageId: 'backup', line: 8, column: 9, message: /Pod p3 .* and 2 more: a post hook annotation wins over spec post hooks/ }],
    },
  ],
})
