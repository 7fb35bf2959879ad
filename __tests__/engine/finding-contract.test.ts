/**
 * The finding contract: every finding, the engine's own included, is made from a messageId of its
 * rule's meta.messages and data, carries the rule's docs page, and never ships an unfilled
 * {{placeholder}}.
 */
import assert from 'node:assert/strict'
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { after, describe, it } from 'node:test'
import { createFinding, defineRule, interpolate } from '../../src/engine/define-rule.js'
import type { Finding } from '../../src/engine/finding.js'
import { lintText } from '../../src/engine/lint-text.js'
import type { RuleSet } from '../../src/engine/rule-set.js'
import { runLint } from '../../src/engine/run-lint.js'
import { formatJson } from '../../src/report/json.js'
import { defaultRuleSet, RULES_BY_ID } from '../../src/rules/index.js'
import { RULE_DOCS_URL } from '../../src/version.js'

const roots: string[] = []
after(() => {
  for (const r of roots) rmSync(r, { recursive: true, force: true })
})

const span = { line: 1, column: 1, endLine: 1, endColumn: 2 }
const HOOK = `pre.hook.backup.velero.io/command: '["/bin/true"]'`

/** Holds for every finding: its messageId is one of its rule's messages, its helpUrl the rule's page. */
function assertContract(f: Finding): void {
  const rule = RULES_BY_ID.get(f.ruleId)
  assert.ok(rule, `unknown rule ${f.ruleId}`)
  assert.ok(Object.hasOwn(rule.meta.messages, f.messageId), `${f.ruleId} has no message ${f.messageId}`)
  assert.equal(f.helpUrl, `https://github.com/velero-hooks/velero-hooks/blob/main/docs/rules/${f.ruleId}.md`)
}

describe('message interpolation', () => {
  it('fills every placeholder, once (data that looks like a placeholder stays as it is)', () => {
    assert.equal(interpolate('a {{x}} b {{ y }} {{x}}.', { x: 1, y: '{{x}}' }), 'a 1 b {{x}} 1.')
    assert.equal(interpolate('no placeholders.'), 'no placeholders.')
  })

  it('throws on a placeholder without data, naming it, instead of shipping "{{…}}"', () => {
    assert.throws(() => interpolate('Velero reads {{key}} as {{value}}.', { key: 'k' }), /no data for \{\{value\}\}/)
    assert.throws(() => interpolate('{{constructor}}.', {}), /no data for \{\{constructor\}\}/, 'own data only, not Object.prototype')
  })
})

describe('createFinding', () => {
  const rule = defineRule({
    meta: { id: 'demo-rule', severity: 'warning', docs: { summary: 's.', description: 'd.', fix: 'f.' }, messages: { bad: 'Bad {{what}}.', plain: 'Plain.' } },
  })

  it("makes the finding from the rule's message, with its messageId and docs page", () => {
    assert.deepEqual(createFinding(rule, { messageId: 'bad', data: { what: 'thing' }, severity: 'error', file: 'a.yaml', span, path: 'metadata' }), {
      ruleId: 'demo-rule',
      messageId: 'bad',
      severity: 'error',
      message: 'Bad thing.',
      helpUrl: `${RULE_DOCS_URL}/demo-rule.md`,
      file: 'a.yaml',
      ...span,
      path: 'metadata',
    })
  })

  it('throws on missing data and on a messageId the rule does not define, naming the rule', () => {
    assert.throws(() => createFinding(rule, { messageId: 'bad', severity: 'error', file: 'a.yaml', span }), /rule demo-rule, message "bad": no data for \{\{what\}\}/)
    assert.throws(() => createFinding(rule, { messageId: 'nope' as 'bad', severity: 'error', file: 'a.yaml', span }), /rule demo-rule has no message "nope"/)
  })

  it("a rule that reports without a placeholder's data fails the file's check loudly", async () => {
    const careless = defineRule({
      meta: { id: 'careless-rule', severity: 'error', docs: { summary: 's.', description: 'd.', fix: 'f.' }, messages: { oops: 'Missing {{detail}}.' } },
      create: (context) => ({
        podTemplate(pod) {
          context.report({ messageId: 'oops', node: pod.annotations.entries[0]?.keyNode, resource: pod.resource, path: pod.path })
        },
      }),
    })
    const ruleSet: RuleSet = { ...defaultRuleSet(), rules: [careless] }
    const text = `kind: Pod\nmetadata:\n  annotations:\n    ${HOOK}\n`
    assert.throws(() => lintText('a.yaml', text, ruleSet), /rule careless-rule, message "oops": no data for \{\{detail\}\}/)
    // runLint reports the file as not checked rather than a finding with a hole in its message.
    const dir = mkdtempSync(path.join(os.tmpdir(), 'vh-contract-'))
    roots.push(dir)
    writeFileSync(path.join(dir, 'a.yaml'), text)
    const { findings } = await runLint({ cwd: dir, patterns: [], ignore: [], workers: 0, ruleSet })
    assert.deepEqual(
      findings.map((f) => [f.ruleId, f.messageId]),
      [['file-unreadable', 'unreadable']],
    )
    assert.match(findings[0]!.message, /^This file could not be checked \(rule careless-rule, message "oops": no data for \{\{detail\}\} in /)
  })
})

describe("the engine's own findings", () => {
  const lint = (text: string): Finding[] => lintText('a.yaml', text, defaultRuleSet()).findings

  it('yaml-syntax, template-skipped and unused-suppression go through the same typed path as rules', () => {
    const findings = [
      ...lint(`kind: Pod\nmetadata:\n  annotations:\n    ${HOOK}\n    ${HOOK}\n`), // duplicate key
      ...lint(`kind: Pod\nmetadata:\n  annotations: {${HOOK}\n`), // unterminated
      ...lint(`kind: Pod\nmetadata:\n  annotations:\n    ${HOOK}\nx: ${'['.repeat(2000)}\n`), // too deep to parse
      ...lint(`kind: Pod\nmetadata:\n  name: {{ .Values.name }}\n  annotations:\n    ${HOOK}\n`), // a template
      ...lint(`# velero-hooks-ignore-file\n# velero-hooks-ignore-file hook-unknown-containr\nkind: Pod\nmetadata:\n  annotations:\n    ${HOOK} # velero-hooks-ignore yaml-syntax\n`),
    ]
    assert.deepEqual(
      [...new Set(findings.map((f) => `${f.ruleId}.${f.messageId}`))].sort(),
      [
        'template-skipped.template',
        'unused-suppression.noRules',
        'unused-suppression.unknownRule',
        'unused-suppression.unused',
        'yaml-syntax.duplicateKey',
        'yaml-syntax.syntax',
      ],
    )
    for (const f of findings) assertContract(f)
  })

  it('file-unreadable (run-lint) too', async () => {
    const dir = mkdtempSync(path.join(os.tmpdir(), 'vh-contract-'))
    roots.push(dir)
    writeFileSync(path.join(dir, 'big.yaml'), `kind: Pod\nmetadata:\n  annotations:\n    ${HOOK}\n`)
    const { findings } = await runLint({ ruleSet: defaultRuleSet(), cwd: dir, patterns: [], ignore: [], workers: 0, maxFileBytes: 10 })
    assert.deepEqual(
      findings.map((f) => [f.ruleId, f.messageId, f.message]),
      [['file-unreadable', 'unreadable', 'This file is 90 bytes, over the 10-byte limit, and was not read: its Velero hooks (if any) were not checked. Raise the limit or ignore the file.']],
    )
    for (const f of findings) assertContract(f)
  })

  it('the JSON output carries messageId and helpUrl', () => {
    const findings = lint(`kind: Deployment\nmetadata:\n  annotations:\n    ${HOOK}\nspec: {template: {spec: {containers: [{name: a, image: b}]}}}\n`)
    const json = JSON.parse(formatJson({ summary: { files: 1, documents: 1, resources: 1, hooks: 1, errors: 1, warnings: 0, notices: 0 }, findings })) as {
      findings: Array<Record<string, unknown>>
    }
    assert.deepEqual(
      json.findings.map((f) => [f.ruleId, f.messageId, f.helpUrl]),
      [['hook-annotation-on-controller', 'move', `${RULE_DOCS_URL}/hook-annotation-on-controller.md`]],
    )
  })
})
