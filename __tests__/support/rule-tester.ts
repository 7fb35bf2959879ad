/**
 * ESLint-style rule tables: `valid` snippets must yield no finding of the rule, `invalid` ones exactly
 * the listed findings (line, column, severity, and optionally a message fragment and the YAML path).
 * messageIds are not tracked (messages are interpolated), so cases assert on message fragments instead.
 */
import assert from 'node:assert/strict'
import { describe, it } from 'node:test'
import type { RuleModule } from '../../src/engine/define-rule.js'
import type { Finding, Severity } from '../../src/engine/finding.js'
import { lintText } from '../../src/engine/lint-text.js'
import { defaultRuleSet } from '../../src/rules/index.js'

export interface ExpectedFinding {
  line: number
  /** Required: a finding is about an exact key or value. */
  column: number
  /** Where the finding's span ends (checked when given). */
  endLine?: number
  endColumn?: number
  severity?: Severity
  /** A fragment the message must contain. */
  message?: string | RegExp
  path?: string
}

export interface InvalidCase {
  name: string
  code: string
  errors: ExpectedFinding[]
}

export interface ValidCase {
  name: string
  code: string
}

/** Strip the common indentation of a template literal, so YAML can be written indented in tests. */
export function yaml(strings: TemplateStringsArray, ...values: unknown[]): string {
  const text = strings.reduce((acc, s, i) => acc + s + (i < values.length ? String(values[i]) : ''), '')
  const lines = text.replace(/^\n/, '').replace(/\n[ \t]*$/, '\n').split('\n')
  const indent = Math.min(...lines.filter((l) => l.trim() !== '').map((l) => /^ */.exec(l)![0].length))
  return lines.map((l) => l.slice(indent)).join('\n')
}

export function findingsOf(rule: RuleModule, code: string, file = 'test.yaml'): Finding[] {
  return lintText(file, code, defaultRuleSet()).findings.filter((f) => f.ruleId === rule.meta.id)
}

export interface RuleTestCases {
  valid: ValidCase[]
  invalid: InvalidCase[]
}

/**
 * Collection mode, for the docs generator (scripts/gen-rule-docs.ts): with this variable set,
 * runRuleTests records each rule's cases here instead of registering tests, so importing a rule's
 * test file yields its examples.
 */
export const COLLECT_ENV = 'VELERO_HOOKS_COLLECT_RULE_TESTS'
const COLLECTED = Symbol.for('velero-hooks.collected-rule-tests')

/** The cases recorded so far in collection mode, by rule id. */
export function collectedRuleTests(): Map<string, RuleTestCases> {
  const g = globalThis as { [COLLECTED]?: Map<string, RuleTestCases> }
  return (g[COLLECTED] ??= new Map())
}

export function runRuleTests(rule: RuleModule, cases: RuleTestCases): void {
  if (process.env[COLLECT_ENV]) {
    const collected = collectedRuleTests()
    const previous = collected.get(rule.meta.id)
    collected.set(rule.meta.id, previous ? { valid: [...previous.valid, ...cases.valid], invalid: [...previous.invalid, ...cases.invalid] } : cases)
    return
  }
  describe(rule.meta.id, () => {
    const names = new Set<string>()
    for (const c of [...cases.valid, ...cases.invalid]) {
      assert.ok(!names.has(c.name), `duplicate case name ${c.name}`)
      names.add(c.name)
    }
    for (const c of cases.valid) {
      it(`valid: ${c.name}`, () => {
        const found = findingsOf(rule, c.code)
        assert.deepEqual(found.map((f) => `${f.line}:${f.column} ${f.message}`), [])
      })
    }
    for (const c of cases.invalid) {
      it(`invalid: ${c.name}`, () => {
        assert.ok(c.errors.length > 0, 'an invalid case must expect at least one finding')
        const found = findingsOf(rule, c.code)
        assert.equal(found.length, c.errors.length, `expected ${c.errors.length} finding(s), got:\n${found.map((f) => `${f.line}:${f.column} ${f.message}`).join('\n')}`)
        c.errors.forEach((e, i) => {
          const f = found[i]!
          assert.equal(f.line, e.line, `line of finding ${i}: ${f.message}`)
          assert.equal(f.column, e.column, `column of finding ${i}: ${f.message}`)
          assert.ok(f.endLine > f.line || (f.endLine === f.line && f.endColumn > f.column), `finding ${i} spans no text: ${JSON.stringify(f)}`)
          if (e.endLine !== undefined) assert.equal(f.endLine, e.endLine, `end line of finding ${i}`)
          if (e.endColumn !== undefined) assert.equal(f.endColumn, e.endColumn, `end column of finding ${i}`)
          assert.equal(f.severity, e.severity ?? rule.meta.severity, `severity of finding ${i}`)
          if (typeof e.message === 'string') assert.ok(f.message.includes(e.message), `message ${JSON.stringify(f.message)} lacks ${JSON.stringify(e.message)}`)
          if (e.message instanceof RegExp) assert.match(f.message, e.message)
          if (e.path !== undefined) assert.equal(f.path, e.path)
          assert.ok(f.message.endsWith('.') || f.message.endsWith('?'), `message must end with a full stop: ${f.message}`)
        })
      })
    }
  })
}
