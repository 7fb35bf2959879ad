import rule from '../../src/rules/restore-spec-hook-resources-ignored.js'
import { runRuleTests, yaml } from '../support/rule-tester.js'

const deployment = (name: string, ns: string, app: string): string => yaml`
  apiVersion: apps/v1
  kind: Deployment
  metadata:
    name: ${name}
    namespace: ${ns}
  spec:
    template:
      metadata:
        labels: {app: ${app}}
      spec:
        containers: [{name: main, image: busybox}]
`

runRuleTests(rule, {
  valid: [
    {
      name: 'a Restore hook selecting by labels',
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
                labelSelector: {matchLabels: {app: api}}
                postHooks: [{exec: {command: ["/migrate"]}}]
      `,
    },
    {
      name: 'includedResources naming pods says what Velero does',
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
                includedResources: [pods]
                excludedResources: [secrets]
                postHooks: [{exec: {command: ["/migrate"]}}]
      `,
    },
    {
      name: 'a Backup hook honours the lists (backup-spec-hooks-skip-pods)',
      code: yaml`
        apiVersion: velero.io/v1
        kind: Backup
        metadata:
          name: nightly
        spec:
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
      name: 'includedResources: [deployments] on a Restore hook, naming the pods it selects after namespaceMapping',
      code: yaml`
        apiVersion: velero.io/v1
        kind: Restore
        metadata:
          name: r
        spec:
          backupName: nightly
          namespaceMapping: {shop: shop-copy}
          hooks:
            resources:
              - name: migrate
                includedNamespaces: [shop-copy]
                includedResources: [deployments]
                postHooks: [{exec: {command: ["/migrate"]}}]
        ---
        apiVersion: apps/v1
        kind: Deployment
        metadata:
          name: api
          namespace: shop
        spec:
          template:
            spec:
              containers: [{name: api, image: api}]
      `,
      extraFiles: { 'apps/cache.yaml': deployment('cache', 'shop', 'cache'), 'apps/other.yaml': deployment('other', 'billing', 'x') },
      errors: [
        {
          messageId: 'included',
          line: 12,
          column: 9,
          path: 'spec.hooks.resources[0].includedResources',
          message:
            'Velero ignores includedResources in a Restore hook (restore hooks always apply to pods), so hook "migrate" (test.yaml:10) runs in every restored pod its namespaces and labelSelector match (in this repository: Deployment api in namespace shop (test.yaml:18) and Deployment cache in namespace shop (apps/cache.yaml:4)); remove includedResources',
        },
      ],
    },
    {
      name: 'excludedResources: [pods] does not turn the hook off',
      code: yaml`
        apiVersion: velero.io/v1
        kind: Restore
        metadata:
          name: r
        spec:
          backupName: nightly
          hooks:
            resources:
              - name: disabled
                excludedResources:
                  - secrets
                  - pod
                postHooks: [{init: {initContainers: [{name: seed, image: busybox, command: [/seed]}]}}]
      `,
      errors: [{ messageId: 'excluded', line: 12, column: 13, message: 'Velero ignores excludedResources in a Restore hook, so "pod" does not turn hook "disabled" (test.yaml:9) off: it runs in every restored pod its namespaces and labelSelector match; remove the hook' }],
    },
  ],
})
