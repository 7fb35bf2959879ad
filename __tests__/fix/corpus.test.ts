/**
 * --fix on real manifests with real mistakes. The corpus lives outside the repository (licences):
 * it is read from ../shared/corpus relative to the repository root, and the test is skipped when
 * that directory is absent.
 */
import assert from 'node:assert/strict'
import { existsSync, readdirSync, readFileSync } from 'node:fs'
import path from 'node:path'
import { describe, it } from 'node:test'
import { fixText } from '../../src/fix/fix-text.js'
import { FIXERS } from '../../src/fix/fixers/index.js'
import { parseManifestText } from '../../src/yaml/parse.js'
import { findings, ruleSet } from './fix-support.js'

const repoRoot = path.resolve(import.meta.dirname, '..', '..')
const hooksDir = path.resolve(repoRoot, '..', 'shared', 'corpus', 'hooks')
const present = existsSync(hooksDir)
const FIXABLE = new Set(FIXERS.map((f) => f.ruleId))

describe('fix on the hooks corpus', { skip: present ? false : `corpus not found at ${hooksDir}` }, () => {
  it('fixes safely: parses, keeps comments and untouched documents, never adds errors, and is idempotent', () => {
    const files = readdirSync(hooksDir).filter((f) => /\.ya?ml$/.test(f))
    assert.ok(files.length > 0)
    let fixedFiles = 0
    let fixes = 0
    for (const name of files) {
      const raw = readFileSync(path.join(hooksDir, name), 'utf8')
      const result = fixText(name, raw, { ruleSet })
      if (result.output === raw) continue
      fixedFiles++
      fixes += result.fixes.length
      const before = findings(raw)
      const after = findings(result.output)
      assert.ok(!after.some((f) => f.ruleId === 'yaml-syntax') || before.some((f) => f.ruleId === 'yaml-syntax'), `${name}: fix broke the YAML`)
      const count = (list: typeof before) => list.filter((f) => FIXABLE.has(f.ruleId)).length
      assert.ok(count(after) < count(before), `${name}: fixable findings did not go down`)
      for (const line of raw.split('\n').filter((l) => /^\s*#/.test(l))) assert.ok(result.output.includes(line.trim()), `${name}: comment lost: ${line}`)
      const docsBefore = parseManifestText(raw).documents.length
      assert.equal(parseManifestText(result.output).documents.length, docsBefore)
      assert.equal(fixText(name, result.output, { ruleSet }).output, result.output, `${name}: a second --fix changed the text`)
    }
    // The corpus has hook annotations on Deployments; if nothing is fixed, a fixer stopped working.
    assert.ok(fixedFiles >= 3 && fixes >= 3, `fixed ${fixes} problem(s) in ${fixedFiles} file(s)`)
  })
})
