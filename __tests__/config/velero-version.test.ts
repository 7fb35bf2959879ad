/**
 * The targeted Velero version (issue 11, item 1): the values and their facts, `velero-version` in
 * `.velero-hooks.yaml`, `--velero-version`, the `velero-version` input, which wins, and that the
 * version reaches rules on worker threads too.
 */
import assert from 'node:assert/strict'
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { Readable } from 'node:stream'
import { after, describe, it } from 'node:test'
import { readActionInputs } from '../../src/action/inputs.js'
import { parseSettings } from '../../src/app/settings.js'
import { parseCliArgs } from '../../src/cli/args.js'
import { runCli } from '../../src/cli/cli.js'
import { formatConfigProblem } from '../../src/config/config.js'
import { ruleSetForConfig } from '../../src/config/apply-config.js'
import { parseConfigText } from '../../src/config/parse-config.js'
import { LintPool } from '../../src/engine/lint-pool.js'
import { lintTextCounts } from '../../src/engine/lint-text.js'
import { SOURCE_LINT_WORKERS } from '../support/lint-workers.js'
import { defaultRuleSet } from '../../src/rules/index.js'
import {
  backupHookAcceptsSidecar,
  backupNamespaceGlobsExpanded,
  compareVersions,
  emptyInitCommandPanics,
  execTimeoutBoundedOnMain,
  formatVersion,
  LATEST_RELEASE,
  MAIN,
  missingRestoreExecContainer,
  negativeExecTimeoutMeansNone,
  parseVeleroVersion,
  postHooksIndexMismatchHangs,
  readsWaitForReady,
  type VeleroVersion,
} from '../../src/velero/versions.js'

const v = (text: string): VeleroVersion => {
  const parsed = parseVeleroVersion(text)
  if (!parsed.ok) throw new Error(parsed.error)
  return parsed.version
}

const roots: string[] = []
after(() => {
  for (const r of roots) rmSync(r, { recursive: true, force: true })
})

function tree(files: Record<string, string>): string {
  const root = mkdtempSync(path.join(os.tmpdir(), 'vh-version-'))
  roots.push(root)
  for (const [file, content] of Object.entries(files)) {
    mkdirSync(path.dirname(path.join(root, file)), { recursive: true })
    writeFileSync(path.join(root, file), content)
  }
  return root
}

/** A backup hook on a native sidecar: "no such container" up to v1.18.2, fine on main. */
const SIDECAR_HOOK = `apiVersion: v1
kind: Pod
metadata:
  name: p
  annotations:
    pre.hook.backup.velero.io/command: '["/bin/true"]'
    pre.hook.backup.velero.io/container: log-shipper
spec:
  initContainers:
    - name: log-shipper
      image: fluent-bit
      restartPolicy: Always
  containers:
    - name: app
      image: nginx
`

describe('Velero versions', () => {
  it('reads 1.12 … 1.18, patch releases with or without "v", and main; a minor means its latest patch', () => {
    assert.deepEqual(
      ['1.12', '1.13', '1.16', '1.18', '1.18.2', 'v1.16.1', ' 1.15.0 ', 'main'].map((t) => formatVersion(v(t))),
      ['v1.12.4', 'v1.13.2', 'v1.16.2', 'v1.18.2', 'v1.18.2', 'v1.16.1', 'v1.15.0', 'main'],
    )
    assert.equal(formatVersion(LATEST_RELEASE), 'v1.18.2')
  })

  it('refuses anything else, naming the accepted values', () => {
    for (const bad of ['1.11', '1.19', '2.0', '1.18.3', '1.16.9', 'latest', 'Main', '', '1', '1.18.2.1', '1.18-rc.1']) {
      const parsed = parseVeleroVersion(bad)
      assert.equal(parsed.ok, false, bad)
      if (!parsed.ok) assert.match(parsed.error, /^must be 1\.12 … 1\.18 \(a minor means its latest patch\), a patch release such as 1\.16\.1 or 1\.18\.2, or main[;]/, bad)
    }
    const patch = parseVeleroVersion('1.18.3')
    assert.ok(!patch.ok && patch.error.endsWith('Velero 1.18 has 1.18.0 to 1.18.2, not "1.18.3"'))
  })

  it('orders releases by minor and patch, main last', () => {
    const order = ['1.12.0', '1.12.4', '1.13.0', '1.16.1', '1.16.2', '1.17.2', '1.18.0', '1.18.2', 'main'].map(v)
    for (let i = 1; i < order.length; i++) assert.ok(compareVersions(order[i - 1]!, order[i]!) < 0, formatVersion(order[i]!))
    assert.equal(compareVersions(MAIN, MAIN), 0)
  })

  it('encodes each fact for the versions read in Velero', () => {
    const table: Array<[string, (x: VeleroVersion) => unknown, Record<string, unknown>]> = [
      ['empty init command panics', emptyInitCommandPanics, { '1.12.0': true, '1.18.2': true, main: false }],
      ['exec timeout ≤0 → 30s and >4h → 4h', execTimeoutBoundedOnMain, { '1.12.0': false, '1.18.2': false, main: true }],
      ['negative exec timeout = none', negativeExecTimeoutMeansNone, { '1.12.0': true, '1.18.2': true, main: false }],
      ['backup hook on a native sidecar', backupHookAcceptsSidecar, { '1.12.0': false, '1.18.2': false, main: true }],
      [
        'restore exec hook on a missing container',
        missingRestoreExecContainer,
        { '1.12.0': 'discarded', '1.13.2': 'discarded', '1.14.0': 'hangs', '1.18.2': 'hangs', main: 'hangs-until-resource-timeout' },
      ],
      ['wait-for-ready read', readsWaitForReady, { '1.12.4': false, '1.13.0': true, main: true }],
      [
        'postHooks index mismatch hangs',
        postHooksIndexMismatchHangs,
        { '1.16.1': false, '1.16.2': true, '1.17.0': true, '1.17.2': true, '1.18.0': false, main: false },
      ],
      ['backup namespace globs expanded', backupNamespaceGlobsExpanded, { '1.17.2': false, '1.18.0': true, main: true }],
    ]
    for (const [fact, predicate, expected] of table) {
      assert.deepEqual(Object.fromEntries(Object.keys(expected).map((k) => [k, predicate(v(k))])), expected, fact)
    }
  })
})

describe('velero-version in .velero-hooks.yaml', () => {
  const FILE = '.velero-hooks.yaml'
  const read = (text: string) => {
    const { config, problems } = parseConfigText(text, FILE)
    return { version: config.veleroVersion && formatVersion(config.veleroVersion), problems: problems.map(formatConfigProblem) }
  }

  it('reads a version as written (1.18 and 1.12 are YAML numbers), main, or nothing', () => {
    assert.deepEqual(read('velero-version: 1.18.2\n'), { version: 'v1.18.2', problems: [] })
    assert.deepEqual(read('velero-version: 1.16\n'), { version: 'v1.16.2', problems: [] })
    assert.deepEqual(read('velero-version: "1.16.1"\n'), { version: 'v1.16.1', problems: [] })
    assert.deepEqual(read('velero-version: main\n'), { version: 'main', problems: [] })
    assert.deepEqual(read('velero-version:\n'), { version: undefined, problems: [] })
  })

  it('a bad value is a problem at its line naming the accepted values, and the default stays', () => {
    assert.deepEqual(read('rules: {}\nvelero-version: 1.10\n'), {
      version: undefined,
      problems: [
        `${FILE}:2:17: velero-version must be 1.12 … 1.18 (a minor means its latest patch), a patch release such as 1.16.1 or 1.18.2, or main; got "1.10".`,
      ],
    })
    assert.deepEqual(read('velero-version: [1.18]\n').problems, [`${FILE}:1:17: velero-version must be a version such as "1.18.2" or "main".`])
    assert.match(read('velero-version: latest\n').problems[0]!, /^\.velero-hooks\.yaml:1:17: velero-version must be .*; got "latest"\.$/)
  })

  it('a misspelt key is an unknown key with a suggestion', () => {
    assert.deepEqual(read('veleroVersion: main\n').problems, [
      `${FILE}:1:1: unknown key "veleroVersion"; the configuration has the keys rules, ignore, exclude, render, charts, velero-version; did you mean "velero-version"?`,
    ])
  })

  it('goes into the rule set; a version given by the caller wins', () => {
    const config = parseConfigText('velero-version: main\n', FILE).config
    assert.equal(formatVersion(ruleSetForConfig(config).veleroVersion), 'main')
    assert.equal(formatVersion(ruleSetForConfig(config, v('1.14')).veleroVersion), 'v1.14.1')
    assert.equal(formatVersion(ruleSetForConfig(parseConfigText('', FILE).config).veleroVersion), 'v1.18.2')
  })
})

describe('--velero-version and the velero-version input', () => {
  const ORIGIN = { dir: process.cwd(), source: 'cli' } as const

  it('the CLI flag and the action input become settings; unset leaves it to the configuration', () => {
    const cli = parseSettings(parseCliArgs(['lint', '--velero-version', '1.16.2']).raw, ORIGIN)
    assert.equal(cli.veleroVersion && formatVersion(cli.veleroVersion), 'v1.16.2')
    assert.equal(parseSettings(parseCliArgs(['lint']).raw, ORIGIN).veleroVersion, undefined)
    const inputs = (version: string) => readActionInputs((name) => (name === 'velero-version' ? version : ''), {})
    const action = parseSettings(inputs('main'), { dir: process.cwd(), source: 'action' })
    assert.equal(action.veleroVersion && formatVersion(action.veleroVersion), 'main')
    assert.equal(parseSettings(inputs(''), { dir: process.cwd(), source: 'action' }).veleroVersion, undefined)
  })

  it('a bad value is a usage error naming the flag or input and the accepted values', () => {
    assert.throws(() => parseSettings(parseCliArgs(['lint', '--velero-version', '1.9']).raw, ORIGIN), {
      message: '--velero-version must be 1.12 … 1.18 (a minor means its latest patch), a patch release such as 1.16.1 or 1.18.2, or main; got "1.9"',
    })
    assert.throws(() => parseSettings(parseCliArgs(['lint', '--velero-version', '']).raw, ORIGIN), /--velero-version must be .*; got ""/)
    assert.throws(() => parseSettings({ 'velero-version': 'latest' }, { dir: process.cwd(), source: 'action' }), /^UsageError: velero-version must be/)
  })

  it('through the CLI: the finding follows the version; the flag wins over the configuration', async () => {
    const run = async (argv: string[], files: Record<string, string>) => {
      let stdout = ''
      let stderr = ''
      const code = await runCli([...argv, '--format', 'json'], { stdout: (s) => (stdout += s), stderr: (s) => (stderr += s), cwd: tree(files), isTty: false, stdin: Readable.from([]) })
      const ids = stdout ? (JSON.parse(stdout) as { findings: Array<{ ruleId: string; message: string }> }).findings.map((f) => `${f.ruleId}: ${f.message}`) : []
      return { code, ids, stderr }
    }
    const latest = await run(['lint'], { 'pod.yaml': SIDECAR_HOOK })
    assert.equal(latest.code, 1)
    assert.match(latest.ids.join('\n'), /^hook-unknown-container: Container "log-shipper" is a native sidecar, and Velero v1\.18\.2 runs backup hooks only in spec\.containers/)
    assert.deepEqual(await run(['lint', '--velero-version', 'main'], { 'pod.yaml': SIDECAR_HOOK }), { code: 0, ids: [], stderr: '' })
    const configured = { 'pod.yaml': SIDECAR_HOOK, '.velero-hooks.yaml': 'velero-version: main\n' }
    assert.deepEqual((await run(['lint'], configured)).ids, [])
    assert.equal((await run(['lint', '--velero-version', '1.17'], configured)).code, 1)
    const bad = await run(['lint', '--velero-version', '1.19'], { 'pod.yaml': SIDECAR_HOOK })
    assert.equal(bad.code, 2)
    assert.match(bad.stderr, /^velero-hooks: --velero-version must be 1\.12 … 1\.18 .*; got "1\.19"\n/)
  })

  it('reaches rules in lint workers as on the main thread', { timeout: 120_000 }, async () => {
    for (const [version, expected] of [[MAIN, 0], [LATEST_RELEASE, 1]] as const) {
      const pool = LintPool.start(defaultRuleSet(undefined, version), 1, SOURCE_LINT_WORKERS)
      assert.ok(pool)
      try {
        assert.equal(await pool.whenReady(), true)
        const answer = await pool.lint('pod.yaml', SIDECAR_HOOK)
        assert.deepEqual(answer, lintTextCounts('pod.yaml', SIDECAR_HOOK, defaultRuleSet(undefined, version)))
        assert.equal(answer.findings.filter((f) => f.ruleId === 'hook-unknown-container').length, expected, formatVersion(version))
      } finally {
        await pool.close()
      }
    }
  })
})
