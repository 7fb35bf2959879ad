import rule from '../../src/rules/init-hook-on-job-pods.js'
import { runRuleTests, yaml } from '../support/rule-tester.js'

const job = (kind: 'Job' | 'Deployment', name: string, app: string): string => yaml`
  apiVersion: ${kind === 'Job' ? 'batch/v1' : 'apps/v1'}
  kind: ${kind}
  metadata:
    name: ${name}
    namespace: shop
  spec:
    template:
      metadata:
        labels: {app: ${app}}
      spec:
        containers: [{name: main, image: busybox}]
`

const seedRestore = yaml`
  apiVersion: velero.io/v1
  kind: Restore
  metadata:
    name: r
  spec:
    backupName: nightly
    hooks:
      resources:
        - name: seed
          includedNamespaces: [shop]
          labelSelector: {matchLabels: {app: migrate}}
          postHooks:
            - init:
                initContainers: [{name: seed, image: busybox, command: [/seed]}]
`

runRuleTests(rule, {
  valid: [
    {
      name: 'an init hook annotation on a Deployment',
      code: yaml`
        apiVersion: apps/v1
        kind: Deployment
        metadata:
          name: web
        spec:
          template:
            metadata:
              annotations:
                init.hook.restore.velero.io/container-image: busybox
                init.hook.restore.velero.io/command: '["/seed"]'
            spec:
              containers: [{name: web, image: nginx}]
      `,
    },
    {
      name: 'an empty container-image builds no init hook',
      code: yaml`
        apiVersion: batch/v1
        kind: Job
        metadata:
          name: migrate
        spec:
          template:
            metadata:
              annotations:
                init.hook.restore.velero.io/container-image: ""
            spec:
              containers: [{name: main, image: busybox}]
      `,
    },
    {
      name: 'a Restore init hook that also reaches a Deployment',
      code: seedRestore.replace('labelSelector: {matchLabels: {app: migrate}}', 'labelSelector: {matchExpressions: [{key: app, operator: In, values: [migrate, web]}]}'),
      extraFiles: { 'jobs/migrate.yaml': job('Job', 'migrate', 'migrate'), 'apps/web.yaml': job('Deployment', 'web', 'web') },
    },
    {
      name: 'a Restore init hook whose selection is unsure (a workload without a namespace)',
      code: seedRestore,
      extraFiles: { 'jobs/migrate.yaml': job('Job', 'migrate', 'migrate'), 'apps/other.yaml': job('Deployment', 'other', 'migrate').replace('  namespace: shop\n', '') },
    },
  ],
  invalid: [
    {
      name: 'an init hook annotation in a CronJob template',
      code: yaml`
        apiVersion: batch/v1
        kind: CronJob
        metadata:
          name: report
        spec:
          schedule: "0 * * * *"
          jobTemplate:
            spec:
              template:
                metadata:
                  annotations:
                    init.hook.restore.velero.io/container-image: busybox
                    init.hook.restore.velero.io/command: '["/seed"]'
                spec:
                  restartPolicy: OnFailure
                  containers: [{name: report, image: busybox}]
      `,
      errors: [
        {
          messageId: 'cronJob',
          line: 12,
          column: 13,
          message: 'Velero injects this init container only into pods it restores itself, never into the pods CronJob report creates from its template; put the step in the template\'s initContainers instead.',
        },
      ],
    },
    {
      name: 'an init hook annotation in a Job template',
      code: yaml`
        apiVersion: batch/v1
        kind: Job
        metadata:
          name: migrate
        spec:
          template:
            metadata:
              annotations:
                init.hook.restore.velero.io/container-image: busybox
            spec:
              restartPolicy: Never
              containers: [{name: main, image: busybox}]
      `,
      errors: [{ messageId: 'job', line: 9, column: 9, message: 'the restored pods of Job migrate are orphans that the Job does not adopt, the Job starts new pods without it' }],
    },
    {
      name: 'a Restore init hook that reaches only a Job',
      code: seedRestore,
      extraFiles: { 'jobs/migrate.yaml': job('Job', 'migrate', 'migrate'), 'apps/web.yaml': job('Deployment', 'web', 'web') },
      errors: [
        {
          messageId: 'spec',
          line: 13,
          column: 13,
          path: 'spec.hooks.resources[0].postHooks[0].init',
          message: 'In this repository hook "seed" (test.yaml:9) reaches only Job and CronJob pods (Job migrate in namespace shop (jobs/migrate.yaml:4)), but Velero injects init containers only into pods it restores itself',
        },
      ],
    },
  ],
})
