/** Guards over the rule registry: ids, order, docs, message style, and a test table for every rule. */
import assert from 'node:assert/strict'
import { existsSync, readdirSync } from 'node:fs'
import path from 'node:path'
import { fileURLToPath } from 'node:url'
import { describe, it } from 'node:test'
import { pathToFileURL } from 'node:url'
import type { RuleModule } from '../../src/engine/define-rule.js'
import { RULES, RULES_BY_ID, defaultRuleSet } from '../../src/rules/index.js'

const here = path.dirname(fileURLToPath(import.meta.url))
const RULES_DIR = path.resolve(here, '../../src/rules')
/** The files in src/rules that are not rules: the registry and helpers shared by rules. */
const NOT_RULES = ['index.ts', 'spec-walk.ts', 'util.ts']
const RULE_FILES = readdirSync(RULES_DIR)
  .filter((f) => f.endsWith('.ts') && !NOT_RULES.includes(f))
  .map((f) => f.slice(0, -'.ts'.length))
  .sort()
// Loaded here, not in a test: the docs generator imports this file too, and a test must finish synchronously there.
const RULE_FILE_EXPORTS = new Map<string, RuleModule | undefined>()
for (const id of RULE_FILES) {
  RULE_FILE_EXPORTS.set(id, ((await import(pathToFileURL(path.join(RULES_DIR, `${id}.ts`)).href)) as { default?: RuleModule }).default)
}

/** The ids issue #2 requires, with exactly these names. */
const REQUIRED_IDS = [
  'yaml-syntax',
  'template-skipped',
  'hook-annotation-unknown-key',
  'hook-annotation-not-string',
  'hook-annotation-on-controller',
  'hook-command-invalid-json',
  'hook-command-not-array',
  'hook-command-empty-array',
  'hook-invalid-on-error',
  'hook-invalid-duration',
  'hook-invalid-bool',
  'hook-unknown-container',
  'hook-orphan-setting',
  'backup-hook-legacy-mixed',
  'init-hook-missing-image',
  'init-hook-missing-command',
  'init-hook-invalid-name',
  'init-hook-name-conflict',
  'init-hook-invalid-image',
  'init-hook-timeout-ignored',
  'init-hook-no-volume-access',
  'restore-spec-invalid-init-container',
  'spec-hook-invalid-exec',
]

/** Rules the engine reports itself (no create); they still need a test file, except file-unreadable (run-lint). */
const ENGINE_RULES_WITH_TESTS = ['yaml-syntax', 'template-skipped']

describe('rule registry', () => {
  const ids = RULES.map((r) => r.meta.id)

  it('every id is kebab-case', () => {
    for (const id of ids) assert.match(id, /^[a-z][a-z0-9]*(?:-[a-z0-9]+)*$/, id)
  })

  it('ids are unique', () => {
    assert.equal(new Set(ids).size, ids.length)
    assert.equal(RULES_BY_ID.size, ids.length)
  })

  it('the registry is sorted by id', () => {
    assert.deepEqual(ids, [...ids].sort())
  })

  it('every id the issue requires exists', () => {
    for (const id of REQUIRED_IDS) assert.ok(RULES_BY_ID.has(id), `missing rule ${id}`)
  })

  it('every rule has a severity and summary, description and fix docs', () => {
    for (const { meta } of RULES) {
      assert.ok(['error', 'warning', 'notice'].includes(meta.severity), `${meta.id}: severity ${meta.severity}`)
      for (const field of ['summary', 'description', 'fix'] as const) {
        assert.ok(meta.docs[field].trim().length > 10, `${meta.id}: docs.${field} is missing or too short`)
      }
      assert.ok(!meta.docs.summary.includes('\n'), `${meta.id}: the summary is one line`)
      assert.match(meta.docs.summary, /[.?]$/, `${meta.id}: the summary ends with a full stop`)
    }
  })

  it("every message template ends with '.' or '?' and has at least one message", () => {
    for (const { meta } of RULES) {
      const messages = Object.entries(meta.messages)
      assert.ok(messages.length > 0, `${meta.id}: no messages`)
      for (const [messageId, template] of messages) {
        assert.match(template, /[.?]$/, `${meta.id}.${messageId} must end with a full stop: ${template}`)
      }
    }
  })

  it('registers exactly the rule files of src/rules (one rule a file, named by its id)', () => {
    const unregistered = RULE_FILES.filter((id) => !RULES_BY_ID.has(id))
    const withoutFile = ids.filter((id) => !RULE_FILES.includes(id))
    assert.deepEqual(unregistered, [], 'rule files not in src/rules/index.ts (register them, or list a helper in NOT_RULES)')
    assert.deepEqual(withoutFile, [], 'registered rules without a src/rules/<id>.ts file')
    for (const [id, module] of RULE_FILE_EXPORTS) {
      assert.equal(module?.meta.id, id, `src/rules/${id}.ts exports the rule ${module?.meta.id} as default`)
      assert.equal(RULES_BY_ID.get(id), module, `the registry holds src/rules/${id}.ts's rule`)
    }
  })

  it('every rule with create or checkRepository has a test table in __tests__/rules/<id>.test.ts', () => {
    for (const rule of RULES) {
      if (!rule.create && !rule.checkRepository && !ENGINE_RULES_WITH_TESTS.includes(rule.meta.id)) continue
      const file = path.join(here, `${rule.meta.id}.test.ts`)
      assert.ok(existsSync(file), `missing ${path.relative(process.cwd(), file)}`)
    }
  })

  it('the default rule set runs every rule with create or checkRepository, and the engine rules are wired', () => {
    const set = defaultRuleSet()
    assert.deepEqual(
      set.rules.map((r) => r.meta.id),
      RULES.filter((r) => r.create || r.checkRepository).map((r) => r.meta.id),
    )
    assert.equal(set.yamlSyntax.meta.id, 'yaml-syntax')
    assert.equal(set.templateSkipped.meta.id, 'template-skipped')
    assert.equal(set.fileUnreadable.meta.id, 'file-unreadable')
    assert.ok(set.yamlSyntax.meta.messages.syntax, 'lint-text reads messages.syntax')
    assert.ok(set.templateSkipped.meta.messages.template, 'lint-text reads messages.template')
  })
})
