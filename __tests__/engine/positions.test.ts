import assert from 'node:assert/strict'
import { describe, it } from 'node:test'
import { lintText } from '../../src/engine/lint-text.js'
import { defaultRuleSet } from '../../src/rules/index.js'
import { yaml } from '../support/rule-tester.js'

const lint = (text: string) => lintText('f.yaml', text, defaultRuleSet()).findings

const POD = yaml`
  apiVersion: v1
  kind: Pod
  metadata:
    name: p
    annotations:
      post.hook.restore.velero.io/on-error: continue
      post.hook.restore.velero.io/command: '["/bin/true"]'
  spec:
    containers: [{name: app, image: nginx}]
`

describe('positions', () => {
  it('points at the value of a bad value, 1-based', () => {
    const [f] = lint(POD)
    assert.equal(f?.ruleId, 'hook-invalid-on-error')
    assert.deepEqual([f?.line, f?.column, f?.endLine, f?.endColumn], [6, 43, 6, 51])
    assert.equal(f?.path, 'metadata.annotations["post.hook.restore.velero.io/on-error"]')
    assert.deepEqual(f?.resource, { apiVersion: 'v1', kind: 'Pod', namespace: undefined, name: 'p' })
  })

  it('counts lines across documents of one file', () => {
    const text = `# leading comment\n---\nkind: ConfigMap\nmetadata: {name: velero-x}\n---\n${POD}---\n${POD}`
    const lines = lint(text).map((f) => f.line)
    assert.deepEqual(lines, [11, 21])
  })

  it('CRLF line endings do not shift lines or columns', () => {
    const [lf] = lint(POD)
    const [crlf] = lint(POD.replace(/\n/g, '\r\n'))
    assert.deepEqual([crlf?.line, crlf?.column, crlf?.endColumn], [lf?.line, lf?.column, lf?.endColumn])
  })

  it('a UTF-8 BOM does not shift columns on line 1 or later lines', () => {
    const onLine1 = 'kind: Pod\nmetadata: {annotations: {pre.hook.backup.velero.io/timeout: 5}}\n'
    const plain = lint(onLine1)
    const bom = lint(`\uFEFF${onLine1}`)
    assert.ok(plain.length > 0)
    assert.deepEqual(bom.map((f) => [f.line, f.column]), plain.map((f) => [f.line, f.column]))
    const first = lint(`\uFEFF{kind: Pod, metadata: {annotations: {pre.hook.backup.velero.io/timeout: 5}}}`)
    assert.equal(first.find((f) => f.ruleId === 'hook-annotation-not-string')?.column, 73)
  })

  it('reports YAML syntax errors at their position, only in files with Velero content', () => {
    const broken = 'kind: Pod\nmetadata:\n  annotations:\n    pre.hook.backup.velero.io/command: a\n    pre.hook.backup.velero.io/command: b\n'
    const [dup] = lint(broken)
    assert.equal(dup?.ruleId, 'yaml-syntax')
    assert.deepEqual([dup?.line, dup?.column], [5, 5])
    assert.deepEqual(lint('a: [\nb: 1\n'), [])
  })

  it('skips templates with one notice at the first template mark', () => {
    const findings = lint('kind: Pod\nmetadata:\n  name: {{ .Release.Name }}\n  annotations:\n    pre.hook.backup.velero.io/command: x y\n')
    assert.deepEqual(findings.map((f) => [f.ruleId, f.line, f.column]), [['template-skipped', 3, 9]])
  })
})
