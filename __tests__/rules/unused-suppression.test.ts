import rule from '../../src/rules/unused-suppression.js'
import { runRuleTests, yaml } from '../support/rule-tester.js'

runRuleTests(rule, {
  valid: [
    {
      name: 'a suppression that hides a finding on the next line',
      code: yaml`
        apiVersion: apps/v1
        kind: Deployment
        metadata:
          name: metrics
          annotations:
            # velero-hooks-ignore hook-annotation-on-controller -- our operator copies these to the Pods
            pre.hook.backup.velero.io/command: '["/bin/true"]'
        spec:
          template:
            spec:
              containers: [{name: metrics, image: prom/statsd-exporter}]
      `,
    },
  ],
  invalid: [
    {
      name: 'a suppression left behind after the mistake was fixed',
      code: yaml`
        apiVersion: v1
        kind: Pod
        metadata:
          name: db
          annotations:
            # velero-hooks-ignore hook-unknown-container -- the sidecar is injected
            pre.hook.backup.velero.io/container: db
            pre.hook.backup.velero.io/command: '["/bin/sync"]'
        spec:
          containers: [{name: db, image: postgres}]
      `,
      errors: [{ messageId: 'unused', line: 6, column: 27, message: 'matched no finding on line 7' }],
    },
    {
      name: 'a misspelt rule id',
      code: yaml`
        kind: Pod
        metadata:
          annotations:
            pre.hook.backup.velero.io/command: '["/bin/true"]' # velero-hooks-ignore hook-unknown-containr
      `,
      errors: [{ messageId: 'unknownRule', line: 4, column: 78, message: 'did you mean "hook-unknown-container"?' }],
    },
    {
      name: 'a file-level suppression with nothing to hide',
      code: yaml`
        # velero-hooks-ignore-file yaml-syntax -- generated file
        kind: Pod
        metadata:
          annotations:
            pre.hook.backup.velero.io/command: '["/bin/true"]'
      `,
      errors: [{ messageId: 'unused', line: 1, column: 28, message: 'in this file' }],
    },
    {
      name: 'a suppression comment that names no rule, on a line and for the file',
      code: yaml`
        # velero-hooks-ignore-file -- generated
        kind: Pod
        metadata:
          annotations:
            # velero-hooks-ignore -- the sidecar is injected
            pre.hook.backup.velero.io/container: db
            pre.hook.backup.velero.io/command: '["/bin/true"]'
      `,
      errors: [
        {
          messageId: 'noRules',
          line: 1,
          column: 1,
          endColumn: 40,
          message: 'This velero-hooks-ignore-file comment names no rule, so it suppresses nothing; list the rule ids: # velero-hooks-ignore-file <rule>[,<rule>] -- reason.',
        },
        { messageId: 'noRules', line: 5, column: 5, endColumn: 53, message: 'This velero-hooks-ignore comment names no rule' },
      ],
    },
  ],
})
