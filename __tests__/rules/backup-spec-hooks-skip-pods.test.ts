import rule from '../../src/rules/backup-spec-hooks-skip-pods.js'
import { runRuleTests, yaml } from '../support/rule-tester.js'

runRuleTests(rule, {
  valid: [
    {
      name: 'no resource filter',
      code: yaml`
        apiVersion: velero.io/v1
        kind: Backup
        spec:
          hooks:
            resources:
              - name: db
                pre: [{exec: {command: ["/bin/true"]}}]
      `,
    },
    {
      name: 'pods included',
      code: yaml`
        apiVersion: velero.io/v1
        kind: Backup
        spec:
          hooks:
            resources:
              - name: db
                includedResources: [deployments, Pods]
      `,
    },
    {
      name: 'a Restore ignores resource filters (not this rule)',
      code: yaml`
        apiVersion: velero.io/v1
        kind: Restore
        spec:
          hooks:
            resources:
              - name: db
                includedResources: [deployments]
      `,
    },
  ],
  invalid: [
    {
      name: 'includedResources without pods (OpenShift DeploymentConfig)',
      code: yaml`
        apiVersion: velero.io/v1
        kind: Backup
        spec:
          hooks:
            resources:
              - name: mongodb
                includedResources:
                  - deploymentconfigs.apps.openshift.io
      `,
      errors: [{ messageId: 'notIncluded', line: 7, column: 9, message: 'never runs these backup hooks', path: 'spec.hooks.resources[0].includedResources' }],
    },
    {
      name: 'a Schedule excluding pods',
      code: yaml`
        apiVersion: velero.io/v1
        kind: Schedule
        spec:
          schedule: "0 1 * * *"
          template:
            hooks:
              resources:
                - name: all
                  excludedResources: [secrets, pods]
      `,
      errors: [{ messageId: 'excluded', line: 9, column: 40, message: 'remove "pods"' }],
    },
  ],
})
