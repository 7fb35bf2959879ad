import rule from '../../src/rules/label-selector-with-or-selectors.js'
import { runRuleTests, yaml } from '../support/rule-tester.js'

runRuleTests(rule, {
  valid: [
    {
      name: 'orLabelSelectors alone',
      code: yaml`
        apiVersion: velero.io/v1
        kind: Backup
        metadata:
          name: nightly
        spec:
          orLabelSelectors:
            - matchLabels: {app: web}
            - matchLabels: {app: db}
      `,
    },
    {
      name: 'labelSelector alone on a Restore',
      code: yaml`
        apiVersion: velero.io/v1
        kind: Restore
        metadata:
          name: r
        spec:
          backupName: nightly
          labelSelector: {matchLabels: {app: web}}
      `,
    },
    {
      name: 'labelSelector: null next to orLabelSelectors (Go reads null as unset)',
      code: yaml`
        apiVersion: velero.io/v1
        kind: Backup
        metadata:
          name: nightly
        spec:
          labelSelector: null
          orLabelSelectors: [{matchLabels: {app: web}}]
      `,
    },
    {
      name: 'a hook entry labelSelector beside the Backup orLabelSelectors',
      code: yaml`
        apiVersion: velero.io/v1
        kind: Backup
        metadata:
          name: nightly
        spec:
          orLabelSelectors: [{matchLabels: {app: web}}]
          hooks:
            resources:
              - name: freeze
                labelSelector: {matchLabels: {app: web}}
                pre: [{exec: {command: ["/freeze"]}}]
      `,
    },
  ],
  invalid: [
    {
      name: 'a Backup with both',
      code: yaml`
        apiVersion: velero.io/v1
        kind: Backup
        metadata:
          name: nightly
        spec:
          labelSelector:
            matchLabels: {app: web}
          orLabelSelectors:
            - matchLabels: {app: db}
      `,
      errors: [
        {
          messageId: 'backup',
          line: 8,
          column: 3,
          path: 'spec.orLabelSelectors',
          message: 'Velero rejects Backup nightly (test.yaml:4): it sets labelSelector (line 6) and orLabelSelectors, and "only one can be specified", so the Backup ends FailedValidation',
        },
      ],
    },
    {
      name: 'a Schedule template with an empty orLabelSelectors list first',
      code: yaml`
        apiVersion: velero.io/v1
        kind: Schedule
        metadata:
          name: daily
        spec:
          schedule: "0 1 * * *"
          template:
            orLabelSelectors: []
            labelSelector: {matchLabels: {app: web}}
      `,
      errors: [{ messageId: 'schedule', line: 9, column: 5, message: 'Velero rejects every Backup that Schedule daily (test.yaml:4) creates: its template sets orLabelSelectors (line 8) and labelSelector' }],
    },
    {
      name: 'a Restore with both',
      code: yaml`
        apiVersion: velero.io/v1
        kind: Restore
        metadata:
          name: r
        spec:
          backupName: nightly
          orLabelSelectors: [{matchLabels: {app: web}}]
          labelSelector: {}
      `,
      errors: [{ messageId: 'restore', line: 8, column: 3, message: 'so the Restore ends FailedValidation, restores nothing' }],
    },
  ],
})
