import rule from '../../src/rules/restore-hook-namespace-not-restored.js'
import { runRuleTests, yaml } from '../support/rule-tester.js'

runRuleTests(rule, {
  valid: [
    {
      name: 'the hook names the target namespace',
      code: yaml`
        apiVersion: velero.io/v1
        kind: Restore
        metadata:
          name: copy
        spec:
          backupName: nightly
          includedNamespaces: [shop]
          namespaceMapping: {shop: shop-copy}
          hooks:
            resources:
              - name: seed
                includedNamespaces: [shop-copy]
                postHooks: [{exec: {command: ["/seed"]}}]
      `,
    },
    {
      name: 'the restored namespaces are unknown (no includedNamespaces, source Backup not in the repository)',
      code: yaml`
        apiVersion: velero.io/v1
        kind: Restore
        metadata:
          name: copy
        spec:
          backupName: nightly
          namespaceMapping: {shop: shop-copy}
          hooks:
            resources:
              - name: seed
                includedNamespaces: [shop]
                postHooks: [{exec: {command: ["/seed"]}}]
      `,
    },
    {
      name: 'the source Backup takes every namespace (unknown)',
      code: yaml`
        apiVersion: velero.io/v1
        kind: Backup
        metadata:
          name: nightly
        spec:
          includedNamespaces: ["*"]
        ---
        apiVersion: velero.io/v1
        kind: Restore
        metadata:
          name: copy
        spec:
          backupName: nightly
          hooks:
            resources:
              - name: seed
                includedNamespaces: [anything]
                postHooks: [{exec: {command: ["/seed"]}}]
      `,
    },
    {
      name: 'a glob that meets a target, and an unmapped namespace',
      code: yaml`
        apiVersion: velero.io/v1
        kind: Restore
        metadata:
          name: copy
        spec:
          backupName: nightly
          includedNamespaces: [shop, billing]
          namespaceMapping: {shop: shop-copy}
          hooks:
            resources:
              - name: seed
                includedNamespaces: ["*-copy", billing]
                postHooks: [{exec: {command: ["/seed"]}}]
      `,
    },
  ],
  invalid: [
    {
      name: 'the hook names the mapped source namespace (velero#4720)',
      code: yaml`
        apiVersion: velero.io/v1
        kind: Restore
        metadata:
          name: copy
        spec:
          backupName: nightly
          includedNamespaces: [shop]
          namespaceMapping:
            shop: shop-copy
          hooks:
            resources:
              - name: seed
                includedNamespaces:
                  - shop
                postHooks: [{exec: {command: ["/seed"]}}]
      `,
      errors: [
        {
          messageId: 'source',
          line: 14,
          column: 13,
          path: 'spec.hooks.resources[0].includedNamespaces[0]',
          message:
            'Velero matches Restore hook namespaces against the namespace a pod is restored into, and Restore copy (test.yaml:4) restores "shop" into "shop-copy" (namespaceMapping), so hook "seed" (test.yaml:12) never runs for "shop"; write "shop-copy".',
        },
      ],
    },
    {
      name: "namespaces from the source Schedule in another file; a hook namespace that is not restored",
      code: yaml`
        apiVersion: velero.io/v1
        kind: Restore
        metadata:
          name: r
          namespace: velero
        spec:
          scheduleName: daily
          excludedNamespaces: [billing]
          namespaceMapping: {shop: shop-dr}
          hooks:
            resources:
              - name: warm
                includedNamespaces: [billing, shop-dr, shop]
                postHooks: [{exec: {command: ["/warm"]}}]
      `,
      extraFiles: {
        'velero/schedule.yaml': yaml`
          apiVersion: velero.io/v1
          kind: Schedule
          metadata:
            name: daily
            namespace: velero
          spec:
            schedule: "0 1 * * *"
            template:
              includedNamespaces: [shop, billing, auth]
        `,
      },
      errors: [
        { messageId: 'never', line: 13, column: 30, message: 'Restore r (test.yaml:4) restores only into "shop-dr" and "auth", so hook "warm" (test.yaml:12) never runs for "billing"; name one of those namespaces or remove the item.' },
        { messageId: 'source', line: 13, column: 48, message: 'restores "shop" into "shop-dr" (namespaceMapping), so hook "warm" (test.yaml:12) never runs for "shop"; write "shop-dr".' },
      ],
    },
  ],
})
