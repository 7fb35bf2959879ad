/**
 * ESLint-style rule tables: `valid` snippets must yield no finding of the rule, `invalid` ones exactly
 * the listed findings (messageId, line, column, severity, and optionally a message fragment and the
 * YAML path). A table must exercise every message of its rule: after the cases, a last test fails
 * naming each messageId that no invalid case produced.
 */
import assert from 'node:assert/strict'
import { describe, it } from 'node:test'
import type { RuleModule } from '../../src/engine/define-rule.js'
import { compareFindings, type Finding, type Severity } from '../../src/engine/finding.js'
import { lintText } from '../../src/engine/lint-text.js'
import { repoModelFromTexts } from '../../src/engine/repo-facts.js'
import { runRepoRules } from '../../src/engine/run-repo-rules.js'
import { defaultRuleSet } from '../../src/rules/index.js'
import { parseVeleroVersion } from '../../src/velero/versions.js'
import { ruleDocUrl } from '../../src/version.js'

export interface ExpectedFinding<M extends string = string> {
  /** Required: which of the rule's messages the finding says (a misspelt id is a compile error). */
  messageId: M
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
  /** The file the finding is in (default test.yaml, the case's `code`). */
  file?: string
}

export interface InvalidCase<M extends string = string> {
  name: string
  code: string
  errors: ExpectedFinding<M>[]
  /** The targeted Velero version ("1.16.2", "main"); default: the latest release. */
  velero?: string
  /** More files of the repository (name → text), for cross-resource rules; `code` is test.yaml. */
  extraFiles?: Readonly<Record<string, string>>
}

export interface ValidCase {
  name: string
  code: string
  /** The targeted Velero version ("1.16.2", "main"); default: the latest release. */
  velero?: string
  /** More files of the repository (name → text), for cross-resource rules; `code` is test.yaml. */
  extraFiles?: Readonly<Record<string, string>>
}

/** Strip the common indentation of a template literal, so YAML can be written indented in tests. */
export function yaml(strings: TemplateStringsArray, ...values: unknown[]): string {
  const text = strings.reduce((acc, s, i) => acc + s + (i < values.length ? String(values[i]) : ''), '')
  const lines = text.replace(/^\n/, '').replace(/\n[ \t]*$/, '\n').split('\n')
  const indent = Math.min(...lines.filter((l) => l.trim() !== '').map((l) => /^ */.exec(l)![0].length))
  return lines.map((l) => l.slice(indent)).join('\n')
}

/** The rule set a case runs under: every rule, for the case's Velero version (default: the latest release). */
export function ruleSetFor(velero?: string): ReturnType<typeof defaultRuleSet> {
  if (velero === undefined) return defaultRuleSet()
  const parsed = parseVeleroVersion(velero)
  if (!parsed.ok) throw new Error(`velero: ${parsed.error}`)
  return defaultRuleSet(undefined, parsed.version)
}

/**
 * The rule's findings for a case: every file linted, then the cross-resource step over all of them
 * (so a case's YAML may hold a Backup and the workloads it takes, in one file or in extraFiles).
 */
export function findingsOf(rule: RuleModule, code: string, file = 'test.yaml', velero?: string, extraFiles: Readonly<Record<string, string>> = {}): Finding[] {
  const ruleSet = ruleSetFor(velero)
  const files: Record<string, string> = { [file]: code, ...extraFiles }
  const found: Finding[] = []
  for (const [name, text] of Object.entries(files)) found.push(...lintText(name, text, ruleSet).findings)
  found.push(...runRepoRules(repoModelFromTexts(files), ruleSet))
  return found.filter((f) => f.ruleId === rule.meta.id).sort(compareFindings)
}

export interface RuleTestCases<M extends string = string> {
  valid: ValidCase[]
  invalid: InvalidCase<M>[]
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

export function runRuleTests<M extends string>(rule: RuleModule<M>, cases: RuleTestCases<M>): void {
  if (process.env[COLLECT_ENV]) {
    const collected = collectedRuleTests()
    const previous = collected.get(rule.meta.id)
    collected.set(rule.meta.id, previous ? { valid: [...previous.valid, ...cases.valid], invalid: [...previous.invalid, ...cases.invalid] } : cases)
    return
  }
  describe(rule.meta.id, () => {
    /** messageIds the invalid cases produced, for the last test. */
    const exercised = new Set<string>()
    const names = new Set<string>()
    for (const c of [...cases.valid, ...cases.invalid]) {
      assert.ok(!names.has(c.name), `duplicate case name ${c.name}`)
      names.add(c.name)
    }
    for (const c of cases.valid) {
      it(`valid: ${c.name}${c.velero ? ` (Velero ${c.velero})` : ''}`, () => {
        const found = findingsOf(rule, c.code, 'test.yaml', c.velero, c.extraFiles)
        assert.deepEqual(found.map((f) => `${f.line}:${f.column} ${f.message}`), [])
      })
    }
    for (const c of cases.invalid) {
      it(`invalid: ${c.name}${c.velero ? ` (Velero ${c.velero})` : ''}`, () => {
        assert.ok(c.errors.length > 0, 'an invalid case must expect at least one finding')
        const found = findingsOf(rule, c.code, 'test.yaml', c.velero, c.extraFiles)
        assert.equal(found.length, c.errors.length, `expected ${c.errors.length} finding(s), got:\n${found.map((f) => `${f.line}:${f.column} ${f.message}`).join('\n')}`)
        c.errors.forEach((e, i) => {
          const f = found[i]!
          exercised.add(f.messageId)
          assert.equal(f.messageId, e.messageId, `messageId of finding ${i}: ${f.message}`)
          assert.equal(f.helpUrl, ruleDocUrl(rule.meta.id), `helpUrl of finding ${i}`)
          assert.equal(f.line, e.line, `line of finding ${i}: ${f.message}`)
          assert.equal(f.column, e.column, `column of finding ${i}: ${f.message}`)
          assert.ok(f.endLine > f.line || (f.endLine === f.line && f.endColumn > f.column), `finding ${i} spans no text: ${JSON.stringify(f)}`)
          if (e.endLine !== undefined) assert.equal(f.endLine, e.endLine, `end line of finding ${i}`)
          if (e.endColumn !== undefined) assert.equal(f.endColumn, e.endColumn, `end column of finding ${i}`)
          assert.equal(f.severity, e.severity ?? rule.meta.severity, `severity of finding ${i}`)
          if (typeof e.message === 'string') assert.ok(f.message.includes(e.message), `message ${JSON.stringify(f.message)} lacks ${JSON.stringify(e.message)}`)
          if (e.message instanceof RegExp) assert.match(f.message, e.message)
          if (e.path !== undefined) assert.equal(f.path, e.path)
          assert.equal(f.file, e.file ?? 'test.yaml', `file of finding ${i}`)
          assert.ok(f.message.endsWith('.') || f.message.endsWith('?'), `message must end with a full stop: ${f.message}`)
        })
      })
    }
    // Runs after the cases above (tests of a suite run in order).
    it('every message of the rule is exercised by an invalid case', () => {
      const unexercised = Object.keys(rule.meta.messages).filter((id) => !exercised.has(id))
      assert.deepEqual(unexercised, [], `no invalid case produces ${unexercised.map((id) => `"${id}"`).join(', ')}: add a case whose YAML triggers it`)
    })
  })
}
