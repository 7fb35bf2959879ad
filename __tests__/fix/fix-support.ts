/** Shared checks for the fixer tests: what every fix must guarantee. */
import assert from 'node:assert/strict'
import { lintText } from '../../src/engine/lint-text.js'
import { fixText, type FixTextResult } from '../../src/fix/fix-text.js'
import { defaultRuleSet } from '../../src/rules/index.js'

export const ruleSet = defaultRuleSet()

export function findings(text: string, ruleId?: string) {
  return lintText('test.yaml', text, ruleSet).findings.filter((f) => ruleId === undefined || f.ruleId === ruleId)
}

/**
 * Fixes `text` and asserts the guarantees every fix gives: the rule's findings are gone (or, with
 * `remaining`, that many stay), running the fixer again changes nothing, and every comment line of
 * the input is still in the output.
 */
export function fixAndCheck(text: string, ruleId: string, remaining = 0): FixTextResult {
  assert.ok(findings(text, ruleId).length > 0, `the input has no ${ruleId} finding`)
  const result = fixText('test.yaml', text, { ruleSet })
  assert.equal(findings(result.output, ruleId).length, remaining, `${ruleId} findings left:\n${result.output}`)
  const again = fixText('test.yaml', result.output, { ruleSet })
  assert.equal(again.output, result.output, 'a second --fix changed the text')
  assert.equal(again.fixes.length, 0)
  for (const comment of text.split('\n').filter((l) => /^\s*#/.test(l) || / #/.test(l))) {
    const c = comment.slice(comment.indexOf('#')).trim()
    assert.ok(result.output.includes(c), `comment lost: ${c}`)
  }
  return result
}

/** Asserts the rule reports the text but nothing is fixed (the case is not certain enough). */
export function assertUnchanged(text: string, ruleId: string): void {
  assert.ok(findings(text, ruleId).length > 0, `the input has no ${ruleId} finding`)
  const result = fixText('test.yaml', text, { ruleSet })
  assert.equal(result.output, text)
  assert.deepEqual(result.fixes, [])
}
