import rule from '../../src/rules/backup-namespace-glob-literal.js'
import { runRuleTests, yaml } from '../support/rule-tester.js'

const globBackup = yaml`
  apiVersion: velero.io/v1
  kind: Backup
  metadata:
    name: apps
  spec:
    includedNamespaces:
      - app-*
`

const ns = (name: string): string => yaml`
  apiVersion: v1
  kind: Namespace
  metadata:
    name: ${name}
`

runRuleTests(rule, {
  valid: [
    { name: 'a glob on Velero 1.18 (expanded)', code: globBackup, velero: '1.18.0' },
    { name: 'a glob on main', code: globBackup, velero: 'main' },
    {
      name: 'literal names and a bare * on 1.17',
      velero: '1.17',
      code: yaml`
        apiVersion: velero.io/v1
        kind: Schedule
        metadata:
          name: daily
        spec:
          schedule: "0 1 * * *"
          template:
            includedNamespaces: [shop, billing]
        ---
        apiVersion: velero.io/v1
        kind: Backup
        metadata:
          name: all
        spec:
          includedNamespaces: ["*"]
          excludedNamespaces: [kube-*]
      `,
    },
    {
      name: 'Restore and hook namespace lists are globs in every version',
      velero: '1.12',
      code: yaml`
        apiVersion: velero.io/v1
        kind: Restore
        metadata:
          name: r
        spec:
          backupName: nightly
          includedNamespaces: [app-*]
        ---
        apiVersion: velero.io/v1
        kind: Backup
        metadata:
          name: nightly
        spec:
          hooks:
            resources:
              - name: freeze
                includedNamespaces: [app-*]
                pre: [{exec: {command: ["/freeze"]}}]
      `,
    },
  ],
  invalid: [
    {
      name: 'app-* on Velero 1.17',
      code: globBackup + '---\n' + ns('app-a') + '---\n' + ns('app-b'),
      velero: '1.17',
      extraFiles: { 'ns/c.yaml': ns('billing') },
      errors: [
        {
          messageId: 'literal',
          line: 7,
          column: 7,
          path: 'spec.includedNamespaces[0]',
          message:
            'Velero v1.17.2 reads "app-*" as the name of one namespace (globs other than a bare "*" are expanded only from v1.18.0), and no namespace has that name: Backup apps (test.yaml:4) backs up nothing from it and runs no hook there; list the namespaces by name (app-a and app-b), or target Velero 1.18 or later.',
        },
      ],
    },
    {
      name: "a Schedule's ? and [] patterns on 1.16.2, with a workload namespace matched",
      velero: '1.16.2',
      code: yaml`
        apiVersion: velero.io/v1
        kind: Schedule
        metadata:
          name: daily
        spec:
          schedule: "0 1 * * *"
          template:
            includedNamespaces: [shop, "team-?"]
            excludedNamespaces: ["tmp-[0-9]"]
        ---
        apiVersion: apps/v1
        kind: Deployment
        metadata:
          name: web
          namespace: team-a
        spec:
          template:
            spec:
              containers: [{name: web, image: nginx}]
      `,
      errors: [
        {
          messageId: 'rejected',
          line: 8,
          column: 32,
          message: 'Velero v1.16.2 rejects every Backup of Schedule daily (test.yaml:4): "team-?" in includedNamespaces is no valid namespace name before v1.18.0 (only "*" may stand for any text), so the backup ends FailedValidation, backs up nothing and runs no hook; list the namespaces by name (team-a), or target',
        },
        { messageId: 'rejected', line: 9, column: 26, message: '"tmp-[0-9]" in excludedNamespaces is no valid namespace name before v1.18.0' },
      ],
    },
    {
      name: 'a glob with no namespace of the repository to suggest (Velero 1.12)',
      velero: '1.12',
      code: yaml`
        apiVersion: velero.io/v1
        kind: Backup
        metadata:
          name: prod
        spec:
          includedNamespaces: ["*-prod"]
      `,
      errors: [{ messageId: 'literal', line: 6, column: 24, message: /runs no hook there; list the namespaces by name, or target Velero 1\.18 or later\.$/ }],
    },
  ],
})
