import rule from '../../src/rules/label-selector-invalid.js'
import { runRuleTests, yaml } from '../support/rule-tester.js'

runRuleTests(rule, {
  valid: [
    {
      name: 'valid selectors everywhere',
      code: yaml`
        apiVersion: velero.io/v1
        kind: Backup
        metadata:
          name: nightly
        spec:
          labelSelector:
            matchLabels: {app.kubernetes.io/name: web, tier: ""}
            matchExpressions:
              - {key: env, operator: In, values: [prod, staging]}
              - {key: skip, operator: DoesNotExist}
          hooks:
            resources:
              - name: freeze
                labelSelector:
                  matchExpressions: [{key: app, operator: Exists, values: []}]
                pre: [{exec: {command: ["/freeze"]}}]
      `,
    },
    {
      name: 'templated values are unknown',
      code: yaml`
        apiVersion: velero.io/v1
        kind: Restore
        metadata:
          name: r
        spec:
          backupName: nightly
          labelSelector:
            matchLabels: {app: "{{ .Values.app }}"}
            matchExpressions: [{key: env, operator: "{{ .Values.op }}", values: [a]}]
      `,
    },
    {
      name: 'a selector that is not plain data is unknown',
      code: yaml`
        apiVersion: velero.io/v1
        kind: Backup
        metadata:
          name: nightly
        spec:
          labelSelector:
            matchExpressions: [{key: env, operator: in, values: [{a: b}]}]
      `,
    },
  ],
  invalid: [
    {
      name: 'a Restore hook selector with a lowercase operator',
      code: yaml`
        apiVersion: velero.io/v1
        kind: Restore
        metadata:
          name: r
        spec:
          backupName: nightly
          hooks:
            resources:
              - name: migrate
                labelSelector:
                  matchExpressions:
                    - key: app
                      operator: in
                      values: [web]
                postHooks: [{exec: {command: ["/migrate"]}}]
      `,
      errors: [
        {
          messageId: 'restoreHook',
          line: 13,
          column: 25,
          path: 'spec.hooks.resources[0].labelSelector.matchExpressions[0].operator',
          message:
            'Velero cannot use the selector of hook "migrate" (test.yaml:9) in Restore r (test.yaml:4) (operator "in" is not one of In, NotIn, Exists, DoesNotExist): the Restore ends FailedValidation, restores nothing and runs no hook; use In, NotIn, Exists or DoesNotExist (case-sensitive).',
        },
      ],
    },
    {
      name: 'a Backup hook selector with In and no values',
      code: yaml`
        apiVersion: velero.io/v1
        kind: Backup
        metadata:
          name: nightly
        spec:
          hooks:
            resources:
              - name: freeze
                labelSelector:
                  matchExpressions: [{key: app, operator: In}]
                pre: [{exec: {command: ["/freeze"]}}]
      `,
      errors: [{ messageId: 'backupHook', line: 10, column: 51, message: '(operator In on "app" needs at least one value): the backup ends Failed before anything is backed up, and no hook runs; list at least one value, or use Exists.' }],
    },
    {
      name: "a Schedule's orLabelSelectors item with Exists and values, and a bad label value",
      code: yaml`
        apiVersion: velero.io/v1
        kind: Schedule
        metadata:
          name: daily
        spec:
          schedule: "0 1 * * *"
          template:
            orLabelSelectors:
              - matchLabels: {app: "web app"}
              - matchExpressions:
                  - key: app
                    operator: Exists
                    values: [web]
      `,
      errors: [
        { messageId: 'backup', line: 9, column: 28, message: 'Velero cannot use this selector of Schedule daily (test.yaml:4) (label value "web app" is not valid' },
        { messageId: 'backup', line: 13, column: 13, message: '(operator Exists on "app" takes no values): every list call of the backup fails, so it backs up nothing, ends PartiallyFailed and runs no hook; remove "values" (or use In).' },
      ],
    },
    {
      name: "a Restore's own labelSelector with an invalid key",
      code: yaml`
        apiVersion: velero.io/v1
        kind: Restore
        metadata:
          name: r
        spec:
          backupName: nightly
          labelSelector:
            matchExpressions: [{key: "-app", operator: NotIn, values: [web]}]
      `,
      errors: [{ messageId: 'restore', line: 8, column: 30, message: '(label key "-app" is not a valid label name' }],
    },
  ],
})
