/**
 * Linting in worker threads gives exactly what one thread gives (same findings, same order, same
 * counts), from source (workers run src/lint-worker.ts through tsx) and from the ncc bundles run
 * with no node_modules beside them. Nothing here depends on timing or on how the work happened to
 * be shared between threads.
 */
import assert from 'node:assert/strict'
import { spawnSync } from 'node:child_process'
import { cpSync, existsSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { availableParallelism, tmpdir } from 'node:os'
import path from 'node:path'
import { after, before, describe, it } from 'node:test'
import { syntheticFile } from '../../bench/synthetic.js'
import { LintPool, MAX_WORKERS, useLintWorkers, workerCount, type LintWorkers } from '../../src/engine/lint-pool.js'
import { lintTextCounts } from '../../src/engine/lint-text.js'
import { PARALLEL_MIN_BYTES, runLint, type LintOptions } from '../../src/engine/run-lint.js'
import { defaultRuleSet, RULES } from '../../src/rules/index.js'
import { workerRules } from '../../src/worker-rules.js'
import { REPO_ROOT } from '../robustness/fuzz-properties.js'
import { SOURCE_LINT_WORKERS } from '../support/lint-workers.js'

const CAP = Math.min(availableParallelism(), MAX_WORKERS)
const SLOW = { timeout: 180_000 }

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

/** runLint on the fixture repository with these workers configured; says whether a pool started. */
async function lintWith(workers: LintWorkers, options: Partial<LintOptions> = {}) {
  let started = 0
  useLintWorkers({ file: workers.file, workerData: (ruleSet) => (started++, workers.workerData(ruleSet)) })
  try {
    const result = await runLint({ ruleSet: defaultRuleSet(), cwd: repo, patterns: [], ignore: [], ...options })
    return { result, started }
  } finally {
    useLintWorkers(undefined)
  }
}

describe('worker count', () => {
  it('is one per core but the main thread\'s by default, 0 for none, and capped at the cores and MAX_WORKERS', () => {
    assert.equal(workerCount(undefined), Math.min(availableParallelism() - 1, MAX_WORKERS))
    assert.equal(workerCount(0), 0)
    assert.equal(workerCount(1), 1)
    assert.equal(workerCount(2000), CAP)
    assert.ok(CAP >= 1 && CAP <= MAX_WORKERS)
  })
})

describe('LintPool.start', () => {
  it('starts nothing without a worker file, with none wanted, or for rules outside the registry', () => {
    const missing: LintWorkers = { file: new URL('./no-such-worker.mjs', import.meta.url), workerData: workerRules }
    assert.equal(LintPool.start(defaultRuleSet(), 2, missing), undefined, 'no worker file (running from source)')
    assert.equal(LintPool.start(defaultRuleSet(), 0, SOURCE_LINT_WORKERS), undefined, 'workers: 0')
    const custom = { ...defaultRuleSet(), rules: [{ meta: { ...RULES[0]!.meta, id: 'custom' }, create: () => ({}) }] }
    assert.equal(workerRules(custom), undefined, 'a rule the registry does not hold cannot be sent')
    assert.equal(LintPool.start(custom, 2, SOURCE_LINT_WORKERS), undefined)
  })

  it('answers in its workers what lintTextCounts answers here, and refuses work once closed', SLOW, async () => {
    const pool = LintPool.start(defaultRuleSet(), 1, SOURCE_LINT_WORKERS)
    assert.ok(pool)
    try {
      assert.equal(await pool.whenReady(), true)
      // Two jobs: both fit in the ready worker (it holds two at once), so neither is checked here.
      const texts = [1, 2].map((i) => syntheticFile(i))
      const answers = await Promise.all(texts.map((t, i) => pool.lint(`f${i}.yaml`, t)))
      assert.deepEqual(
        answers,
        texts.map((t, i) => lintTextCounts(`f${i}.yaml`, t, defaultRuleSet())),
      )
      // More jobs than the workers hold: this thread checks some; the answers are the same.
      const more = [3, 4, 5, 6, 7, 8].map((i) => syntheticFile(i))
      assert.deepEqual(
        await Promise.all(more.map((t, i) => pool.lint(`g${i}.yaml`, t))),
        more.map((t, i) => lintTextCounts(`g${i}.yaml`, t, defaultRuleSet())),
      )
    } finally {
      await pool.close()
    }
    await assert.rejects(pool.lint('late.yaml', 'velero: 1\n'), /the lint pool is closed/)
  })

  it('turns an error thrown in a worker into a rejection that names it', SLOW, async () => {
    const throwing: LintWorkers = { file: new URL('../support/throwing-lint-worker.mjs', import.meta.url), workerData: workerRules }
    const pool = LintPool.start(defaultRuleSet(), 1, throwing)
    assert.ok(pool)
    try {
      assert.equal(await pool.whenReady(), true)
      await assert.rejects(pool.lint('f.yaml', syntheticFile(1)), /Error: boom in a worker/)
    } finally {
      await pool.close()
    }
  })

  it('warns once when its workers cannot start, and checks every file on this thread', SLOW, async () => {
    // The worker throws while it loads (a rule id its registry does not hold), as a broken build would.
    const broken: LintWorkers = { file: SOURCE_LINT_WORKERS.file, workerData: (ruleSet) => ({ ...workerRules(ruleSet)!, ruleIds: ['no-such-rule'] }) }
    const warnings: Error[] = []
    const onWarning = (w: Error) => warnings.push(w)
    process.on('warning', onWarning)
    const pool = LintPool.start(defaultRuleSet(), 2, broken)
    assert.ok(pool)
    try {
      assert.equal(await pool.whenReady(), false, 'no worker serves')
      const text = syntheticFile(1)
      assert.deepEqual(await pool.lint('f.yaml', text), lintTextCounts('f.yaml', text, defaultRuleSet()))
      await new Promise((resolve) => setImmediate(resolve))
      assert.equal(warnings.length, 1, warnings.map((w) => w.message).join('\n'))
      assert.match(warnings[0]!.message, /lint worker could not start \(.*no rule no-such-rule/)
    } finally {
      process.off('warning', onWarning)
      await pool.close()
    }
  })
})

describe('runLint with workers', () => {
  it('gives the same findings, order and counts as one thread', SLOW, async () => {
    const one = await runLint({ ruleSet: defaultRuleSet(), cwd: repo, patterns: [], ignore: [], workers: 0 })
    const two = await lintWith(SOURCE_LINT_WORKERS, { workers: 2 })
    assert.equal(two.started, 1, 'the pool started')
    assert.ok(one.findings.length > 20, `${one.findings.length} findings`)
    assert.deepEqual(two.result, one)
  })

  it('keeps severity overrides in the workers', SLOW, async () => {
    const severities = new Map([
      ['hook-invalid-duration', 'notice' as const],
      ['hook-command-invalid-json', 'off' as const],
    ])
    const ruleSet = defaultRuleSet(severities)
    const one = await runLint({ cwd: repo, patterns: [], ignore: [], workers: 0, ruleSet })
    const two = await lintWith(SOURCE_LINT_WORKERS, { workers: 2, ruleSet })
    assert.equal(two.started, 1)
    assert.deepEqual(two.result, one)
    assert.ok(one.findings.some((f) => f.ruleId === 'hook-invalid-duration' && f.severity === 'notice'))
    assert.ok(!one.findings.some((f) => f.ruleId === 'hook-command-invalid-json'))
  })

  it('gives the same result when its workers cannot start', SLOW, async () => {
    const broken: LintWorkers = { file: SOURCE_LINT_WORKERS.file, workerData: (ruleSet) => ({ ...workerRules(ruleSet)!, ruleIds: ['no-such-rule'] }) }
    const one = await runLint({ ruleSet: defaultRuleSet(), cwd: repo, patterns: [], ignore: [], workers: 0 })
    const two = await lintWith(broken, { workers: 2 })
    assert.equal(two.started, 1)
    assert.deepEqual(two.result, one)
  })

  it('reports a file whose check threw (in a worker or here) and goes on with the others', SLOW, async () => {
    const throwing: LintWorkers = { file: new URL('../support/throwing-lint-worker.mjs', import.meta.url), workerData: workerRules }
    const one = await runLint({ ruleSet: defaultRuleSet(), cwd: repo, patterns: [], ignore: [], workers: 0 })
    const { result, started } = await lintWith(throwing, { workers: 2 })
    assert.equal(started, 1)
    // Which files the throwing worker got depends on timing; each finding is either the real one
    // or says why its file could not be checked, and every file is accounted for.
    const failedFiles = new Set(result.findings.filter((f) => f.ruleId === 'file-unreadable').map((f) => f.file))
    for (const f of result.findings.filter((f) => f.ruleId === 'file-unreadable')) assert.match(f.message, /could not be checked \(Error: boom in a worker\)/)
    assert.deepEqual(
      result.findings.filter((f) => f.ruleId !== 'file-unreadable'),
      one.findings.filter((f) => !failedFiles.has(f.file)),
    )
  })

  it('closes its workers: a process that lints with them exits by itself', SLOW, () => {
    const script = `
      import { useLintWorkers } from ${JSON.stringify(new URL('../../src/engine/lint-pool.ts', import.meta.url).href)}
      import { runLint } from ${JSON.stringify(new URL('../../src/engine/run-lint.ts', import.meta.url).href)}
      import { SOURCE_LINT_WORKERS } from ${JSON.stringify(new URL('../support/lint-workers.ts', import.meta.url).href)}
      import { defaultRuleSet } from ${JSON.stringify(new URL('../../src/rules/index.ts', import.meta.url).href)}
      useLintWorkers(SOURCE_LINT_WORKERS)
      const result = await runLint({ ruleSet: defaultRuleSet(), cwd: ${JSON.stringify(repo)}, patterns: [], ignore: [], workers: 2 })
      console.log(result.findings.length)
    `
    // No timing: the child must end on its own (a hung one is killed after the timeout and fails).
    const child = spawnSync(process.execPath, ['--import', 'tsx', '--input-type=module', '-e', script], { cwd: REPO_ROOT, encoding: 'utf8', timeout: 150_000, env: { ...process.env, NODE_DEBUG: 'worker' } })
    assert.equal(child.signal, null, `the process did not exit by itself: ${child.stderr}`)
    assert.equal(child.status, 0, child.stderr)
    assert.ok(Number(child.stdout.trim()) > 20, child.stdout)
    assert.match(child.stderr, /created Worker with ID/, 'workers were started')
  })
})

const CLI_BUNDLE = path.join(REPO_ROOT, 'dist', 'cli', 'index.js')
const WORKER_BUNDLE = path.join(REPO_ROOT, 'dist', 'lint-worker', 'index.js')
describe('the bundles', () => {
  const built = existsSync(CLI_BUNDLE) && existsSync(WORKER_BUNDLE)
  it('CLI: with its worker bundle beside it and no node_modules, bounded, same output as one thread', { ...SLOW, skip: built ? false : 'dist/ is not built' }, () => {
    const home = mkdtempSync(path.join(tmpdir(), 'vh-bundle-'))
    try {
      // dist/ as it ships: dist/cli/index.js finds its worker at ../lint-worker/index.js.
      cpSync(path.dirname(CLI_BUNDLE), path.join(home, 'cli'), { recursive: true })
      cpSync(path.dirname(WORKER_BUNDLE), path.join(home, 'lint-worker'), { recursive: true })
      if (existsSync(path.join(REPO_ROOT, 'dist', 'package.json'))) cpSync(path.join(REPO_ROOT, 'dist', 'package.json'), path.join(home, 'package.json'))
      // NODE_DEBUG=worker: Node logs each worker it creates (on stderr; the report is on stdout).
      const run = (workers: string) =>
        spawnSync(process.execPath, [path.join(home, 'cli', 'index.js'), 'lint', '--cwd', repo, '--format', 'json', '--fail-on', 'never', '--workers', workers], {
          cwd: home,
          encoding: 'utf8',
          maxBuffer: 64 * 1024 * 1024,
          timeout: 150_000,
          env: { ...process.env, NODE_DEBUG: 'worker' },
        })
      const one = run('0')
      const many = run('2000')
      assert.equal(one.status, 0, one.stderr)
      assert.equal(many.status, 0, many.stderr)
      assert.equal(many.stdout, one.stdout)
      assert.doesNotMatch(one.stderr, /created Worker/)
      const created = many.stderr.match(/created Worker with ID/g)?.length ?? 0
      assert.ok(created >= 1 && created <= CAP, `${created} workers for --workers 2000 (cap ${CAP})`)
      assert.match(many.stderr, /lint-worker[/\\]index\.js/)
      assert.doesNotMatch(many.stderr, /could not start/)
    } finally {
      rmSync(home, { recursive: true, force: true })
    }
  })
})
