import assert from 'node:assert/strict'
import path from 'node:path'
import { describe, it } from 'node:test'
import { readActionInputs } from '../../src/action/inputs.js'
import { parseBool as parseBoolean, parseSettings } from '../../src/app/settings.js'
import { UsageError } from '../../src/errors.js'
import { actionInputDefaults } from '../support/action-yml.js'

const WS = path.resolve('/work/ws')
/** What the runner passes for an input that the workflow did not set and action.yml defaults to ''. */
const settingsFrom = (inputs: Record<string, string>, env: NodeJS.ProcessEnv = {}) =>
  parseSettings(readActionInputs((name) => inputs[name] ?? '', env), { dir: WS, source: 'action' })

describe('action settings', () => {
  it('sets the defaults action.yml declares when every input is empty', () => {
    const declared = actionInputDefaults()
    const lines = (value: string) => value.split(/[\n,]/).map((l) => l.trim()).filter((l) => l !== '')
    // github-token's default is an expression the runner fills in; without a runner there is none.
    assert.equal(declared['github-token'], '${{ github.token }}')
    const expected = {
      cwd: WS,
      format: 'text', // not an input: the action always reports through its sinks
      output: undefined,
      workers: undefined,
      patterns: lines(declared.files!),
      ignore: lines(declared.ignore!),
      failOn: declared['fail-on'],
      maxFileBytes: 16 * 1024 * 1024, // not an input: the engine's limit
      mode: declared.mode,
      outputDir: declared['output-dir'],
      volumeMounts: declared['volume-mounts'],
      sarifFile: declared['sarif-file'] || undefined,
      checkRun: declared['check-run'] === 'true',
      onlyChanged: declared['only-changed'] === 'true',
      token: undefined,
      configPath: declared.config || undefined,
      fix: declared.fix === 'true',
      reportDir: WS, // the workspace: reported paths are relative to it
      onUnmatched: declared['allow-no-files'] === 'true' ? 'allow' : 'all', // files as one list: matching nothing fails
      stdinFilename: undefined, // the action reads no standard input
      quiet: false, // not an input
      maxWarnings: undefined, // not an input
      chartsAndOverlays: declared['charts-and-overlays'] === 'true',
      helm: declared.helm || undefined,
      kustomize: declared.kustomize || undefined,
      veleroVersion: undefined, // velero-version '' : the configuration's, else the latest release
      planFile: declared.plan === 'true' ? path.join(WS, declared['plan-file'] || 'velero-hooks-plan.json') : undefined,
      planFormat: 'text', // not an input: the CLI's plan --format
    }
    assert.ok(expected.patterns.length > 0 && expected.mode && expected.failOn && expected.outputDir && expected.volumeMounts, 'action.yml declares these defaults')
    // An input left empty (the bundle run by hand) and an input set to its action.yml default agree.
    assert.deepEqual(settingsFrom({}), expected)
    assert.deepEqual(settingsFrom({ ...declared, 'github-token': '' }), expected)
  })

  it('reads every input action.yml declares, and no other', () => {
    assert.deepEqual(Object.keys(readActionInputs(() => '', {})).sort(), Object.keys(actionInputDefaults()).sort())
  })

  it('reads each input', () => {
    const s = settingsFrom({
      files: 'deploy/**/*.yaml\ncharts/*/out/*.yml, extra.yaml',
      ignore: '# vendored\nvendor/**',
      mode: 'check',
      'output-dir': 'out/rendered/',
      'volume-mounts': 'none',
      'fail-on': 'warning',
      'sarif-file': 'reports/vh.sarif',
      'check-run': 'True',
      'only-changed': 'TRUE',
      'github-token': 'ghs_x',
    })
    assert.deepEqual(s.patterns, ['deploy/**/*.yaml', 'charts/*/out/*.yml', 'extra.yaml'])
    assert.deepEqual(s.ignore, ['vendor/**'])
    assert.equal(s.mode, 'check')
    assert.equal(s.outputDir, 'out/rendered')
    assert.equal(s.volumeMounts, 'none')
    assert.equal(s.failOn, 'warning')
    assert.equal(s.sarifFile, path.join(WS, 'reports/vh.sarif'))
    assert.equal(s.checkRun, true)
    assert.equal(s.onlyChanged, true)
    assert.equal(s.token, 'ghs_x')
  })

  it('allow-no-files: true lets files match nothing; a "-" in files is a glob, not standard input', () => {
    assert.equal(settingsFrom({ 'allow-no-files': 'true' }).onUnmatched, 'allow')
    assert.equal(settingsFrom({ files: 'deploy/*.yaml' }).onUnmatched, 'all')
    const dash = settingsFrom({ files: '-' })
    assert.deepEqual([dash.patterns, dash.stdinFilename], [['-'], undefined])
  })

  it("takes '.' as in place and keeps an absolute sarif-file", () => {
    const s = settingsFrom({ 'output-dir': '.', 'sarif-file': '/tmp/runner/vh.sarif' })
    assert.equal(s.outputDir, '.')
    assert.equal(s.sarifFile, path.resolve('/tmp/runner/vh.sarif'))
  })

  it('falls back to GITHUB_TOKEN only when github-token is empty', () => {
    assert.equal(settingsFrom({}, { GITHUB_TOKEN: 'ghs_env' }).token, 'ghs_env')
    assert.equal(settingsFrom({ 'github-token': 'ghs_input' }, { GITHUB_TOKEN: 'ghs_env' }).token, 'ghs_input')
  })

  for (const [input, value, message] of [
    ['mode', 'fix', /mode must be one of lint, render, check; got "fix"/],
    ['fail-on', 'errors', /fail-on must be one of error, warning, notice, never/],
    ['volume-mounts', 'all', /volume-mounts must be one of app, none/],
    ['check-run', 'yes', /check-run must be true or false; got "yes"/],
    ['only-changed', '1', /only-changed must be true or false/],
    ['allow-no-files', 'yes', /allow-no-files must be true or false; got "yes"/],
    ['output-dir', '../elsewhere', /output-dir must stay inside the workspace/],
    ['output-dir', '/abs/dir', /output-dir must be relative to the workspace/],
  ] as const) {
    it(`rejects ${input}: ${value} with a usage error`, () => {
      assert.throws(() => settingsFrom({ [input]: value }), (e: unknown) => e instanceof UsageError && message.test(e.message))
    })
  }

  it('parses booleans like core.getBooleanInput, with a default for empty', () => {
    assert.equal(parseBoolean('x', '', true), true)
    assert.equal(parseBoolean('x', ' false ', true), false)
    assert.throws(() => parseBoolean('x', 'tRuE', false), UsageError)
  })
})
