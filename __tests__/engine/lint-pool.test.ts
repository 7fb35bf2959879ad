/**
 * Linting in worker threads gives exactly what one thread gives, from source (tests run under tsx)
 * and from the ncc bundle run with no node_modules beside it.
 */
import assert from 'node:assert/strict'
import { spawnSync } from 'node:child_process'
import { cpSync, mkdirSync, mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { after, before, describe, it } from 'node:test'
import { syntheticFile } from '../../bench/synthetic.js'
import { canStartWorkers, defaultWorkerCount, LintPool, lintForPool, MAX_WORKERS } from '../../src/engine/lint-pool.js'
import { PARALLEL_MIN_BYTES, runLint } from '../../src/engine/run-lint.js'
import { defaultRuleSet, RULES } from '../../src/rules/index.js'
import { REPO_ROOT } from '../robustness/fuzz-properties.js'
import { ensureFreshDist } from '../support/dist.js'

let repo: string
before(() => {
  repo = mkdtempSync(path.join(tmpdir(), 'vh-pool-'))
  // Enough Velero content to start the pool (PARALLEL_MIN_BYTES), with findings in every file.
  let bytes = 0
  for (let i = 1; bytes < 1.5 * PARALLEL_MIN_BYTES; i++) {
    const text = syntheticFile(i)
    bytes += text.length
    mkdirSync(path.join(repo, `team-${i % 3}`), { recursive: true })
    writeFileSync(path.join(repo, `team-${i % 3}`, `m${i}.yaml`), text)
  }
  writeFileSync(path.join(repo, 'plain.yaml'), 'kind: ConfigMap\nmetadata: {name: no-velero-here}\n')
})
after(() => rmSync(repo, { recursive: true, force: true }))

describe('lint worker pool', () => {
  it('is on by default, one worker per core up to MAX_WORKERS', () => {
    assert.ok(canStartWorkers(), 'from source the pool module is its own worker script')
    assert.ok(defaultWorkerCount() >= 1 && defaultWorkerCount() <= MAX_WORKERS)
  })

  it('is not used for rule sets with rules outside the registry (they cannot be sent to a worker)', () => {
    const custom = { ...defaultRuleSet(), rules: [{ meta: { ...RULES[0]!.meta, id: 'custom' }, create: () => ({}) }] }
    assert.equal(LintPool.create(custom, 2), undefined)
    assert.ok(LintPool.create(defaultRuleSet(), 2), 'the registry rule set can')
  })

  it('answers in its workers what lintForPool answers here', { timeout: 120_000 }, async () => {
    const pool = LintPool.create(defaultRuleSet(), 2)!
    pool.start()
    try {
      while (!pool.ready) await new Promise((resolve) => setTimeout(resolve, 10))
      const texts = [1, 2, 3, 4].map((i) => syntheticFile(i))
      const answers = await Promise.all(texts.map((t, i) => pool.lint(`f${i}.yaml`, t)))
      assert.deepEqual(
        answers,
        texts.map((t, i) => lintForPool(`f${i}.yaml`, t, defaultRuleSet())),
      )
    } finally {
      await pool.close()
    }
  })

  it('gives the same findings and counts as one thread', { timeout: 120_000 }, async () => {
    const one = await runLint({ ruleSet: defaultRuleSet(), cwd: repo, patterns: [], ignore: [], workers: 0 })
    const two = await runLint({ ruleSet: defaultRuleSet(), cwd: repo, patterns: [], ignore: [], workers: 2 })
    assert.ok(one.findings.length > 20, `${one.findings.length} findings`)
    assert.deepEqual(two, one)
  })

  it('keeps severity overrides in the workers', { timeout: 120_000 }, async () => {
    const severities = new Map([
      ['hook-invalid-duration', 'notice' as const],
      ['hook-command-invalid-json', 'off' as const],
    ])
    const ruleSet = defaultRuleSet(severities)
    const one = await runLint({ cwd: repo, patterns: [], ignore: [], workers: 0, ruleSet })
    const two = await runLint({ cwd: repo, patterns: [], ignore: [], workers: 2, ruleSet })
    assert.deepEqual(two, one)
    assert.ok(one.findings.some((f) => f.ruleId === 'hook-invalid-duration' && f.severity === 'notice'))
    assert.ok(!one.findings.some((f) => f.ruleId === 'hook-command-invalid-json'))
  })

  const bundle = path.join(REPO_ROOT, 'dist', 'cli', 'index.js')
  it('works from the CLI bundle in a directory without node_modules', { timeout: 300_000 }, () => {
    ensureFreshDist()
    const home = mkdtempSync(path.join(tmpdir(), 'vh-bundle-'))
    try {
      cpSync(path.dirname(bundle), path.join(home, 'cli'), { recursive: true })
      const profiles = path.join(home, 'profiles')
      const run = (workers: string, profile: boolean) =>
        spawnSync(process.execPath, [...(profile ? ['--cpu-prof', '--cpu-prof-dir', profiles] : []), path.join(home, 'cli', 'index.js'), 'lint', '--cwd', repo, '--format', 'json', '--fail-on', 'never', '--workers', workers], {
          cwd: home,
          encoding: 'utf8',
          maxBuffer: 64 * 1024 * 1024,
        })
      const one = run('0', false)
      const two = run('2', true)
      assert.equal(one.status, 0, one.stderr)
      assert.equal(two.status, 0, two.stderr)
      assert.equal(two.stdout, one.stdout)
      // One CPU profile per thread that ran JavaScript: the main thread and two workers.
      assert.equal(readdirSync(profiles).filter((f) => f.endsWith('.cpuprofile')).length, 3)
    } finally {
      rmSync(home, { recursive: true, force: true })
    }
  })
})
