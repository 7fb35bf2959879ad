import assert from 'node:assert/strict'
import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { after, before, describe, it } from 'node:test'
import { applyConfig, findingFilter, lintOptionsWithConfig, ruleSetForConfig } from '../../src/config/apply-config.js'
import { ConfigError, loadConfig, loadConfigOrThrow } from '../../src/config/load-config.js'
import { parseConfigText } from '../../src/config/parse-config.js'
import type { Finding } from '../../src/engine/finding.js'
import type { LintResult } from '../../src/engine/run-lint.js'
import { defaultRuleSet } from '../../src/rules/index.js'

const finding = (over: Partial<Finding>): Finding => ({
  ruleId: 'hook-unknown-container',
  messageId: 'unknown',
  severity: 'error',
  message: 'm.',
  helpUrl: 'https://example.test/hook-unknown-container',
  file: 'apps/db.yaml',
  line: 1,
  column: 1,
  endLine: 1,
  endColumn: 2,
  resource: { apiVersion: 'apps/v1', kind: 'Deployment', namespace: 'prod', name: 'db' },
  ...over,
})
const configOf = (text: string) => {
  const { config, problems } = parseConfigText(text, '.velero-hooks.yaml')
  assert.deepEqual(problems, [])
  return config
}

describe('loadConfig', () => {
  let dir: string
  before(async () => {
    dir = await mkdtemp(path.join(tmpdir(), 'velero-hooks-config-'))
  })
  after(async () => {
    await rm(dir, { recursive: true, force: true })
  })

  it('uses the defaults when the base directory has no configuration file', async () => {
    const { config, problems } = await loadConfig(dir)
    assert.deepEqual(problems, [])
    assert.equal(config.file, undefined)
    assert.equal(config.rules.size, 0)
  })

  it('finds .velero-hooks.yaml or .velero-hooks.yml in the base directory, and refuses both', async () => {
    const base = path.join(dir, 'found')
    await mkdir(base)
    await writeFile(path.join(base, '.velero-hooks.yml'), 'rules: {yaml-syntax: warning}\n')
    const yml = await loadConfig(base)
    assert.equal(yml.config.file, path.join(base, '.velero-hooks.yml'))
    assert.equal(yml.config.rules.get('yaml-syntax'), 'warning')
    await writeFile(path.join(base, '.velero-hooks.yaml'), 'rules: {}\n')
    const both = await loadConfig(base)
    assert.deepEqual(
      both.problems.map((p) => p.message),
      ['both .velero-hooks.yaml and .velero-hooks.yml exist; keep one of them.'],
    )
  })

  it('reads an explicit file relative to the base directory, and reports a missing one', async () => {
    await writeFile(path.join(dir, 'lint.yaml'), 'ignore: [vendor/**]\n')
    assert.deepEqual((await loadConfig(dir, 'lint.yaml')).config.ignore, ['vendor/**'])
    const missing = await loadConfig(dir, 'nope.yaml')
    assert.deepEqual(missing.problems, [{ file: 'nope.yaml', line: 1, column: 1, message: 'the configuration file does not exist.' }])
    await assert.rejects(loadConfigOrThrow(dir, 'nope.yaml'), (e: unknown) => {
      assert.ok(e instanceof ConfigError)
      assert.equal(e.message, 'invalid configuration: nope.yaml:1:1: the configuration file does not exist.')
      return true
    })
  })

  it('names every problem with its line in one error', async () => {
    await writeFile(path.join(dir, 'bad.yaml'), 'rules:\n  nope: off\nextra: 1\n')
    await assert.rejects(loadConfigOrThrow(dir, 'bad.yaml'), /invalid configuration \(2 problems\):\n {2}bad\.yaml:2:3: unknown rule id "nope".*\n {2}bad\.yaml:3:1: unknown key "extra"/)
  })
})

describe('applying a configuration', () => {
  it('turns rules off, changes their level, and lets the rule set skip off rules', () => {
    const config = configOf('rules:\n  hook-unknown-container: off\n  init-hook-no-volume-access: error\n')
    const filter = findingFilter(config)
    assert.equal(filter(finding({})), undefined)
    assert.equal(filter(finding({ ruleId: 'init-hook-no-volume-access', severity: 'warning' }))?.severity, 'error')
    assert.equal(ruleSetForConfig(config).severities?.get('hook-unknown-container'), 'off')
  })

  it('ignores files by glob or by a directory above them', () => {
    const filter = findingFilter(configOf('ignore: [vendor, "**/*.generated.yaml"]\n'))
    assert.equal(filter(finding({ file: 'vendor/chart/templates/a.yaml' })), undefined)
    assert.equal(filter(finding({ file: 'apps/x.generated.yaml' })), undefined)
    assert.ok(filter(finding({ file: 'apps/vendor.yaml' })))
    assert.deepEqual(lintOptionsWithConfig({ ruleSet: defaultRuleSet(), cwd: '.', patterns: [], ignore: ['a/**'] }, configOf('ignore: [vendor]\n')).ignore, ['a/**', 'vendor'])
  })

  it('excludes a finding only when every field of an entry matches', () => {
    const filter = findingFilter(
      configOf(
        [
          'exclude:',
          '  - {rule: "hook-unknown-*", path: "apps/**"}',
          '  - {kind: StatefulSet, namespace: "kube-*"}',
          '  - {name: legacy-db}',
        ].join('\n'),
      ),
    )
    assert.equal(filter(finding({})), undefined) // rule and path
    assert.ok(filter(finding({ file: 'other/db.yaml' }))) // path differs
    assert.ok(filter(finding({ ruleId: 'init-hook-missing-image' }))) // rule differs
    assert.equal(filter(finding({ ruleId: 'x', file: 'z.yaml', resource: { kind: 'StatefulSet', namespace: 'kube-system' } })), undefined)
    assert.ok(filter(finding({ ruleId: 'x', file: 'z.yaml', resource: { kind: 'StatefulSet' } })), 'no namespace: the namespace glob cannot match')
    assert.equal(filter(finding({ ruleId: 'x', file: 'z.yaml', resource: { name: 'legacy-db' } })), undefined)
    assert.ok(filter(finding({ ruleId: 'yaml-syntax', file: 'z.yaml', resource: undefined })), 'a finding without a resource matches no resource field')
  })

  it('recounts the summary after filtering', () => {
    const result: LintResult = {
      summary: { files: 1, documents: 1, resources: 1, hooks: 1, errors: 2, warnings: 1, notices: 0 },
      findings: [finding({}), finding({ ruleId: 'yaml-syntax' }), finding({ ruleId: 'hook-orphan-setting', severity: 'warning' })],
      skipped: [],
    }
    const out = applyConfig(result, configOf('rules: {hook-unknown-container: off, hook-orphan-setting: notice}\n'))
    assert.deepEqual(out.summary, { files: 1, documents: 1, resources: 1, hooks: 1, errors: 1, warnings: 0, notices: 1 })
    assert.deepEqual(
      out.findings.map((f) => `${f.ruleId} ${f.severity}`),
      ['yaml-syntax error', 'hook-orphan-setting notice'],
    )
  })
})
