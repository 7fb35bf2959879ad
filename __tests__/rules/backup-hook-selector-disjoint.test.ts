import rule from '../../src/rules/backup-hook-selector-disjoint.js'
import { runRuleTests, yaml } from '../support/rule-tester.js'

runRuleTests(rule, {
  valid: [
    {
      name: 'the hook selects a subset of the pods the Backup selects',
      code: yaml`
        apiVersion: velero.io/v1
        kind: Backup
        metadata:
          name: nightly
          namespace: velero
        spec:
          includedNamespaces: [shop]
          labelSelector:
            matchLabels:
              backup: "true"
          hooks:
            resources:
              - name: freeze-db
                labelSelector:
                  matchLabels:
                    app: db
                pre:
                  - exec:
                      command: ["/sbin/fsfreeze", "--freeze", "/data"]
      `,
    },
    {
      name: 'a Backup without a selector takes every pod',
      code: yaml`
        apiVersion: velero.io/v1
        kind: Backup
        metadata: {name: all}
        spec:
          hooks:
            resources:
              - name: h
                labelSelector: {matchLabels: {app: db}}
                pre: [{exec: {command: ["true"]}}]
      `,
    },
    {
      name: 'one of the orLabelSelectors overlaps the hook selector',
      code: yaml`
        apiVersion: velero.io/v1
        kind: Schedule
        metadata: {name: daily}
        spec:
          schedule: "0 1 * * *"
          template:
            orLabelSelectors:
              - matchLabels: {app: web}
              - matchLabels: {app: db}
            hooks:
              resources:
                - name: h
                  labelSelector: {matchLabels: {app: db}}
                  pre: [{exec: {command: ["true"]}}]
      `,
    },
    {
      name: 'a selector we cannot read is unknown',
      code: yaml`
        apiVersion: velero.io/v1
        kind: Backup
        metadata: {name: b}
        spec:
          labelSelector: {matchLabels: {app: "{{ .Values.app }}"}}
          hooks:
            resources:
              - name: h
                labelSelector: {matchLabels: {app: db, tier: "{{ .Values.tier }}"}}
                pre: [{exec: {command: ["true"]}}]
      `,
    },
    {
      name: 'an entry that excludes pods is backup-spec-hooks-skip-pods business',
      code: yaml`
        apiVersion: velero.io/v1
        kind: Backup
        metadata: {name: b}
        spec:
          labelSelector: {matchLabels: {app: web}}
          hooks:
            resources:
              - name: h
                includedResources: [deployments]
                labelSelector: {matchLabels: {app: db}}
                pre: [{exec: {command: ["true"]}}]
      `,
    },
    {
      name: 'a Restore is not a Backup',
      code: yaml`
        apiVersion: velero.io/v1
        kind: Restore
        metadata: {name: r}
        spec:
          backupName: b
          labelSelector: {matchLabels: {app: web}}
          hooks:
            resources:
              - name: h
                labelSelector: {matchLabels: {app: db}}
                postHooks: [{exec: {command: ["true"]}}]
      `,
    },
  ],
  invalid: [
    {
      name: 'hook selector app=db under a Backup selecting app=web',
      code: yaml`
        apiVersion: velero.io/v1
        kind: Backup
        metadata:
          name: nightly
          namespace: velero
        spec:
          labelSelector:
            matchLabels:
              app: web
          hooks:
            resources:
              - name: freeze-db
                labelSelector:
                  matchLabels:
                    app: db
                pre:
                  - exec:
                      command: ["/sbin/fsfreeze", "--freeze", "/data"]
      `,
      errors: [{ messageId: 'sharedClaimOnly', line: 13, column: 9, message: 'Backup nightly (test.yaml:4)' }],
    },
    {
      name: 'the same on Velero 1.14: the hook never runs',
      velero: '1.14',
      code: yaml`
        apiVersion: velero.io/v1
        kind: Backup
        metadata: {name: nightly}
        spec:
          labelSelector: {matchLabels: {app: web}}
          hooks:
            resources:
              - name: freeze-db
                labelSelector: {matchLabels: {app: db}}
                post: [{exec: {command: ["true"]}}]
      `,
      errors: [{ messageId: 'never', line: 9, column: 9, message: 'Velero v1.14.1 runs hooks only on pods the Backup selects, so these hooks never run' }],
    },
    {
      name: 'disjoint from every orLabelSelectors item, by expressions',
      code: yaml`
        apiVersion: velero.io/v1
        kind: Schedule
        metadata: {name: daily}
        spec:
          schedule: "0 1 * * *"
          template:
            orLabelSelectors:
              - matchLabels: {app: web}
              - matchExpressions: [{key: app, operator: In, values: [api, worker]}]
            hooks:
              resources:
                - name: ok
                  labelSelector: {matchLabels: {app: api}}
                  pre: [{exec: {command: ["true"]}}]
                - name: never
                  labelSelector:
                    matchExpressions: [{key: app, operator: DoesNotExist}]
                  pre: [{exec: {command: ["true"]}}]
      `,
      errors: [{ messageId: 'sharedClaimOnly', line: 16, column: 11, message: 'Schedule daily (test.yaml:3)' }],
    },
  ],
})
