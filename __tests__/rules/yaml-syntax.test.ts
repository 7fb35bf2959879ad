import assert from 'node:assert/strict'
import { it } from 'node:test'
import rule from '../../src/rules/yaml-syntax.js'
import { findingsOf, runRuleTests, yaml } from '../support/rule-tester.js'

runRuleTests(rule, {
  valid: [
    {
      name: 'well-formed multi-document file with hooks',
      code: yaml`
        apiVersion: v1
        kind: Pod
        metadata:
          annotations:
            pre.hook.backup.velero.io/command: '["/bin/true"]'
        ---
        apiVersion: v1
        kind: ConfigMap
        data: {a: b}
      `,
    },
    {
      name: 'broken YAML without Velero content is not parsed at all',
      code: yaml`
        apiVersion: v1
        kind: ConfigMap
        data:
          a: "unterminated
          b: [1, 2
      `,
    },
    {
      name: 'duplicate keys without Velero content',
      code: yaml`
        kind: ConfigMap
        data:
          a: 1
          a: 2
      `,
    },
  ],
  invalid: [
    {
      name: 'a hook key listed twice: the first hook would silently be lost',
      code: yaml`
        apiVersion: apps/v1
        kind: Deployment
        spec:
          template:
            metadata:
              annotations:
                pre.hook.backup.velero.io/container: mysql
                pre.hook.backup.velero.io/command: '["/bin/sh", "-c", "mysql -e \\"FLUSH TABLES\\""]'
                pre.hook.backup.velero.io/container: sidecar
      `,
      errors: [
        {
          messageId: 'duplicateKey',
          line: 9,
          column: 9,
          endLine: 9,
          endColumn: 44,
          message:
            'YAML error (DUPLICATE_KEY): the key "pre.hook.backup.velero.io/container" is already set at line 7 of this mapping. kubectl apply and kubectl create keep only the last value (sigs.k8s.io/yaml), so the value at line 7 is silently lost, and kustomize rejects the file ("mapping key already defined"); keep one of them.',
        },
      ],
    },
    {
      name: 'an unterminated flow sequence in a Restore',
      code: yaml`
        apiVersion: velero.io/v1
        kind: Restore
        spec:
          hooks:
            resources:
              - name: h
                postHooks:
                  - exec:
                      command: [/bin/sh, -c, "echo hi"
      `,
      // The parser notices the missing ] only at the end of the input, and reports it there.
      errors: [{ messageId: 'syntax', line: 10, column: 1, message: 'YAML error (BAD_INDENT): Flow sequence in block collection must be sufficiently indented and end with a ]. kubectl rejects' }],
    },
    {
      name: 'a placeholder line in a document (the Velero docs "..." pattern)',
      code: yaml`
        apiVersion: velero.io/v1
        kind: Restore
        metadata:
          name: r
        spec:
          ...
          hooks:
            resources: []
      `,
      errors: [{ messageId: 'syntax', line: 6, column: 3, message: 'YAML error (MULTILINE_IMPLICIT_KEY)' }],
    },
    {
      name: 'only the broken document of a multi-document file is reported',
      code: yaml`
        apiVersion: v1
        kind: Pod
        metadata:
          annotations:
            pre.hook.backup.velero.io/command: '["/bin/true"]'
        ---
        kind: Pod
        metadata:
          annotations:
            post.hook.backup.velero.io/command: x
            post.hook.backup.velero.io/command: y
      `,
      errors: [{ messageId: 'duplicateKey', line: 11, column: 5, endColumn: 39, message: 'the key "post.hook.backup.velero.io/command" is already set at line 10' }],
    },
    {
      name: 'a quoted key repeated in a flow mapping: the span covers the quotes',
      code: yaml`
        kind: Pod
        metadata:
          annotations: {"pre.hook.backup.velero.io/command": '["a"]', "pre.hook.backup.velero.io/command": '["b"]'}
      `,
      errors: [{ messageId: 'duplicateKey', line: 3, column: 63, endColumn: 98, message: 'already set at line 3' }],
    },
  ],
})

it('yaml-syntax: positions survive CRLF line ends and a UTF-8 BOM', () => {
  const text = '\uFEFFkind: Pod\r\nmetadata:\r\n  annotations:\r\n    post.hook.backup.velero.io/command: x\r\n    post.hook.backup.velero.io/command: y\r\n'
  const found = findingsOf(rule, text)
  assert.deepEqual(
    found.map((f) => [f.line, f.column, f.endLine]),
    [[5, 5, 5]],
  )
})
