import rule from '../../src/rules/restore-namespace-is-mapping-target.js'
import { runRuleTests, yaml } from '../support/rule-tester.js'

runRuleTests(rule, {
  valid: [
    {
      name: 'the source namespace is included',
      code: yaml`
        apiVersion: velero.io/v1
        kind: Restore
        metadata:
          name: copy
        spec:
          backupName: nightly
          includedNamespaces: [shop]
          namespaceMapping: {shop: shop-copy}
      `,
    },
    {
      name: 'source and target both included',
      code: yaml`
        apiVersion: velero.io/v1
        kind: Restore
        metadata:
          name: swap
        spec:
          backupName: nightly
          includedNamespaces: [a, b]
          namespaceMapping: {a: b}
      `,
    },
    {
      name: 'a chained mapping: the target is also a source',
      code: yaml`
        apiVersion: velero.io/v1
        kind: Restore
        metadata:
          name: swap
        spec:
          backupName: nightly
          includedNamespaces: [b]
          namespaceMapping: {a: b, b: c}
      `,
    },
    {
      name: 'the source Backup holds a namespace of that name',
      code: yaml`
        apiVersion: velero.io/v1
        kind: Backup
        metadata:
          name: nightly
        spec:
          includedNamespaces: [shop, shop-copy]
        ---
        apiVersion: velero.io/v1
        kind: Restore
        metadata:
          name: copy
        spec:
          backupName: nightly
          includedNamespaces: [shop-copy]
          namespaceMapping: {shop: shop-copy}
      `,
    },
  ],
  invalid: [
    {
      name: 'includedNamespaces names the mapping target',
      code: yaml`
        apiVersion: velero.io/v1
        kind: Restore
        metadata:
          name: copy
        spec:
          backupName: nightly
          includedNamespaces:
            - shop-copy
          namespaceMapping:
            shop: shop-copy
      `,
      errors: [
        {
          messageId: 'target',
          line: 8,
          column: 7,
          path: 'spec.includedNamespaces[0]',
          message:
            'Velero matches a Restore\'s includedNamespaces against the namespaces in the backup, and "shop-copy" is where namespaceMapping puts "shop" (line 10), so Restore copy (test.yaml:4) restores nothing of "shop" and runs no restore hook there; write "shop".',
        },
      ],
    },
  ],
})
