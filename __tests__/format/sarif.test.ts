import assert from 'node:assert/strict'
import { readFileSync } from 'node:fs'
import { createRequire } from 'node:module'
import path from 'node:path'
import { describe, it } from 'node:test'
import { runLint } from '../../src/engine/run-lint.js'
import { buildSarif } from '../../src/report/sarif.js'
import { RULES, defaultRuleSet } from '../../src/rules/index.js'

// The SARIF 2.1.0 JSON schema ships in @microsoft/jest-sarif (a devDependency), validated with its ajv.
const require = createRequire(import.meta.url)
const jestSarifDir = path.dirname(require.resolve('@microsoft/jest-sarif/package.json'))
const schema = JSON.parse(readFileSync(path.join(jestSarifDir, 'lib/schemas/sarif-2.1.0-rtm.5.json'), 'utf8'))
const Ajv = require(require.resolve('ajv', { paths: [jestSarifDir] }))
const ajvDir = path.dirname(require.resolve('ajv/package.json', { paths: [jestSarifDir] }))
const ajv = new Ajv({ schemaId: 'id', allErrors: true })
ajv.addMetaSchema(JSON.parse(readFileSync(path.join(ajvDir, 'lib/refs/json-schema-draft-04.json'), 'utf8')))
const validate = ajv.compile(schema)

const repoRoot = path.resolve(import.meta.dirname ?? path.dirname(new URL(import.meta.url).pathname), '../..')

describe('sarif', () => {
  it('is valid SARIF 2.1.0 for the examples, with exact regions and every rule described', async () => {
    const result = await runLint({ ruleSet: defaultRuleSet(), cwd: repoRoot, patterns: ['examples'], ignore: [] })
    assert.ok(result.findings.length > 5)
    const log = buildSarif(result)
    const ok = validate(log)
    assert.ok(ok, JSON.stringify(validate.errors, null, 2))
    const run = log.runs[0]!
    assert.equal(run.tool.driver.rules?.length, RULES.length)
    for (const rule of run.tool.driver.rules ?? []) {
      assert.ok(rule.help?.text && rule.shortDescription?.text && rule.helpUri, `rule ${rule.id} lacks help`)
    }
    assert.equal(run.results?.length, result.findings.length)
    run.results!.forEach((r, i) => {
      const f = result.findings[i]!
      const region = r.locations![0]!.physicalLocation!.region!
      assert.equal(r.ruleId, f.ruleId)
      assert.equal(run.tool.driver.rules![r.ruleIndex!]!.id, f.ruleId)
      assert.equal(run.tool.driver.rules![r.ruleIndex!]!.helpUri, f.helpUrl, 'the rule help is the page the finding links')
      assert.deepEqual([region.startLine, region.startColumn], [f.line, f.column])
      assert.ok(region.startLine! >= 1 && region.endColumn! > region.startColumn!)
      assert.equal(r.locations![0]!.physicalLocation!.artifactLocation!.uri, f.file)
    })
  })
})

describe('SARIF artifact URIs', () => {
  it('percent-encode every character a URI reference would read as syntax, segment by segment', async () => {
    const { relativeUri } = await import('../../src/report/sarif.js')
    assert.equal(relativeUri('deploy/a#1.yaml'), 'deploy/a%231.yaml')
    assert.equal(relativeUri('c:x/what?.yaml'), 'c%3Ax/what%3F.yaml')
    assert.equal(relativeUri('dir with space/ünï.yaml'), 'dir%20with%20space/%C3%BCn%C3%AF.yaml')
    // Each encoded URI names the file again once decoded.
    for (const file of ['a#1.yaml', 'x/y?z:w.yaml', '%41.yaml']) assert.equal(relativeUri(file).split('/').map(decodeURIComponent).join('/'), file)
  })
})
