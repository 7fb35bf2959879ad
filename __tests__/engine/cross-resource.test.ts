/**
 * The cross-resource step as runLint runs it: every linted file yields its facts; files the
 * pre-filter skipped are read for their facts alone when the repository holds a Velero object
 * (templates and CustomResourceDefinitions never); worker threads give the same facts as this
 * thread; cross-resource findings join the run's, and inline suppressions work for them (judged
 * once the step has run, so a comment that suppressed one is not "unused").
 */
import assert from 'node:assert/strict'
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { Readable } from 'node:stream'
import { after, before, describe, it } from 'node:test'
import { writeModelRepo } from '../../bench/synthetic-model.js'
import { parseSettings } from '../../src/app/settings.js'
import { runRequested } from '../../src/app/run.js'
import { runCli } from '../../src/cli/cli.js'
import { defineRule, type RuleModule } from '../../src/engine/define-rule.js'
import { LintPool, useLintWorkers } from '../../src/engine/lint-pool.js'
import { factsOfText } from '../../src/engine/repo-facts.js'
import { pget, pitems, placeOf } from '../../src/engine/repo-model.js'
import type { RuleSet } from '../../src/engine/rule-set.js'
import { PARALLEL_MIN_BYTES, runLint, type LintOptions } from '../../src/engine/run-lint.js'
import { factBearingText } from '../../src/engine/skipped-facts.js'
import { defaultRuleSet } from '../../src/rules/index.js'
import { SOURCE_LINT_WORKERS } from '../support/lint-workers.js'

const SLOW = { timeout: 240_000 }
const lines = (...l: string[]): string => `${l.join('\n')}\n`

const DEPLOYMENT = lines(
  'apiVersion: apps/v1',
  'kind: Deployment',
  'metadata:',
  '  name: web',
  '  namespace: shop',
  'spec:',
  '  template:',
  '    metadata:',
  '      labels: {app: web}',
  '    spec:',
  '      containers:',
  '        - name: app',
  '          image: nginx',
)

const BACKUP = lines(
  'apiVersion: velero.io/v1',
  'kind: Backup',
  'metadata:',
  '  name: nightly',
  '  namespace: velero',
  'spec:',
  '  includedNamespaces: [shop]',
  '  hooks:',
  '    resources:',
  '      - name: freeze',
  '        pre:',
  '          - exec:',
  '              container: db', // 13
  '              command: [sh, -c, sync]',
)

const CRD_THEN_DEPLOYMENT = lines(
  'apiVersion: apiextensions.k8s.io/v1',
  'kind: CustomResourceDefinition',
  'metadata: {name: things.example.com}',
  'spec:',
  '  versions:',
  '    - name: v1',
  '      schema:',
  '        openAPIV3Schema:',
  '          properties:',
  '            containers: {type: array}',
  '---',
  'apiVersion: apps/v1',
  'kind: StatefulSet',
  'metadata: {name: db, namespace: data}', // 14
  'spec:',
  '  template:',
  '    metadata: {labels: {app: db}}',
  '    spec:',
  '      containers: [{name: db, image: postgres}]',
)

const TEMPLATE = lines('apiVersion: apps/v1', 'kind: Deployment', 'metadata: {name: "{{ .Release.Name }}"}', 'spec:', '  template:', '    spec:', '      containers: [{name: c}]')

function repository(files: Readonly<Record<string, string>>): string {
  const dir = mkdtempSync(path.join(tmpdir(), 'vh-cross-'))
  for (const [name, text] of Object.entries(files)) {
    mkdirSync(path.dirname(path.join(dir, name)), { recursive: true })
    writeFileSync(path.join(dir, name), text)
  }
  return dir
}

const lint = (cwd: string, options: Partial<LintOptions> = {}) => runLint({ ruleSet: defaultRuleSet(), cwd, patterns: [], ignore: [], workers: 0, ...options })

describe('the repository model of a run', () => {
  let dir: string
  before(() => {
    dir = repository({ 'velero/backup.yaml': BACKUP, 'apps/web.yaml': DEPLOYMENT, 'apps/crds.yaml': CRD_THEN_DEPLOYMENT, 'chart/templates/web.yaml': TEMPLATE })
  })
  after(() => rmSync(dir, { recursive: true, force: true }))

  it('holds the linted files\' facts and those of the files the pre-filter skipped', async () => {
    const result = await lint(dir)
    assert.deepEqual(
      result.repository!.files.map((f) => f.file),
      ['apps/crds.yaml', 'apps/web.yaml', 'velero/backup.yaml'],
    )
    const repo = result.repo!
    assert.deepEqual(
      repo.workloads.map((w) => `${w.kind} ${w.name} ${w.namespace} ${w.place.file}:${w.place.span.line}:${w.place.span.column}`),
      ['StatefulSet db data apps/crds.yaml:14:18', 'Deployment web shop apps/web.yaml:4:9'],
    )
    assert.deepEqual(
      repo.velero.map((v) => `${v.kind} ${v.name} ${v.place.file}:${v.place.span.line}`),
      ['Backup nightly velero/backup.yaml:4'],
    )
  })

  it('does not read the skipped files when the repository holds no Velero object', async () => {
    const result = await lint(dir, { ignore: ['velero/**'] })
    assert.deepEqual(result.repository!.files, [])
    assert.deepEqual(result.repo!.workloads, [])
  })

  it('reads them when the caller\'s facts hold one (rendered charts: veleroElsewhere)', async () => {
    const result = await lint(dir, { ignore: ['velero/**'], deferCrossResource: true, veleroElsewhere: async () => true })
    assert.deepEqual(
      result.repository!.files.map((f) => f.file),
      ['apps/crds.yaml', 'apps/web.yaml'],
    )
    assert.equal(result.repo, undefined, 'the caller runs the cross-resource step')
  })
})

describe('factBearingText', () => {
  it('blanks the documents that cannot add a fact, line for line', () => {
    const text = factBearingText(CRD_THEN_DEPLOYMENT)!
    assert.equal(text.split('\n').length, CRD_THEN_DEPLOYMENT.split('\n').length)
    assert.doesNotMatch(text, /CustomResourceDefinition/)
    assert.equal(text.split('\n')[13], 'metadata: {name: db, namespace: data}')
    const facts = factsOfText('f.yaml', text)
    assert.deepEqual(facts, factsOfText('f.yaml', CRD_THEN_DEPLOYMENT))
  })
  it('keeps Namespaces, drops ConfigMaps, says when nothing is left', () => {
    assert.equal(factBearingText('apiVersion: v1\nkind: ConfigMap\ndata: {a: b}\n'), undefined)
    const ns = 'apiVersion: v1\nkind: ConfigMap\ndata: {a: b}\n...\n---\napiVersion: v1\nkind: Namespace\nmetadata: {name: shop}\n'
    assert.deepEqual(
      factsOfText('n.yaml', factBearingText(ns)!).namespaces.map((n) => [n.name, n.place.span.line]),
      [['shop', 8]],
    )
  })
})

describe('facts across worker threads', () => {
  let dir: string
  before(() => {
    dir = mkdtempSync(path.join(tmpdir(), 'vh-cross-pool-'))
    // Linted files and skipped files each past PARALLEL_MIN_BYTES: both go through the pool.
    writeModelRepo(dir, { workloads: 2400, backups: 20, restores: 4 })
  })
  after(() => rmSync(dir, { recursive: true, force: true }))

  it('the pool answers a facts job as factsOfText does here (label maps without a prototype)', SLOW, async () => {
    const pool = LintPool.start(defaultRuleSet(), 1, SOURCE_LINT_WORKERS)
    assert.ok(pool)
    try {
      assert.equal(await pool.whenReady(), true)
      const text = DEPLOYMENT + '---\n' + CRD_THEN_DEPLOYMENT
      const facts = await pool.facts('f.yaml', text)
      assert.deepStrictEqual(facts, factsOfText('f.yaml', text))
      assert.equal(Object.getPrototypeOf(facts.workloads[0]!.podLabels), null)
    } finally {
      await pool.close()
    }
  })

  it('runLint gives the same facts and model with workers as on one thread', SLOW, async () => {
    const one = await lint(dir)
    let started = 0
    useLintWorkers({ file: SOURCE_LINT_WORKERS.file, workerData: (ruleSet) => (started++, SOURCE_LINT_WORKERS.workerData(ruleSet)) })
    try {
      const pooled = await lint(dir, { workers: 2 })
      assert.equal(started, 1, 'the pool started')
      assert.ok(one.repo!.workloads.length === 2400, `${one.repo!.workloads.length} workloads`)
      assert.ok(PARALLEL_MIN_BYTES > 0)
      assert.deepStrictEqual(pooled.repository, one.repository)
      assert.deepStrictEqual(pooled.repo, one.repo)
      assert.deepStrictEqual(pooled.findings, one.findings)
    } finally {
      useLintWorkers(undefined)
    }
  })
})

/** A cross-resource rule of the test: reports every spec exec hook's `container`, naming the workloads. */
const crossRule: RuleModule = defineRule({
  meta: {
    id: 'test-cross-container',
    severity: 'warning',
    docs: { summary: 'Test rule.', description: 'Test rule.', fix: 'None.' },
    messages: { container: 'Hook container {{container}} (workloads: {{workloads}}).' },
  },
  checkRepository(context) {
    const workloads = context.repo.workloads.map((w) => w.name).join(', ')
    for (const v of context.repo.velero) {
      for (const entry of pitems(pget(pget(v.spec, 'hooks'), 'resources'))) {
        for (const hook of pitems(pget(entry, 'pre'))) {
          const container = pget(pget(hook, 'exec'), 'container')
          if (container?.kind === 'scalar') context.report({ messageId: 'container', data: { container: String(container.value), workloads }, place: placeOf(v.file, container) })
        }
      }
    }
  },
})

function withCrossRule(severities?: ReadonlyMap<string, 'error' | 'warning' | 'notice' | 'off'>): RuleSet {
  const base = defaultRuleSet(severities)
  return { ...base, rules: [...base.rules, crossRule], knownRuleIds: new Set([...base.knownRuleIds, crossRule.meta.id]) }
}

describe('cross-resource findings in a run', () => {
  const run = async (backup: string, ruleSet = withCrossRule()) => {
    const dir = repository({ 'velero/backup.yaml': backup, 'apps/web.yaml': DEPLOYMENT })
    try {
      const result = await runLint({ ruleSet, cwd: dir, patterns: [], ignore: [], workers: 0 })
      // The registry's own cross-resource rules report on these files too: only the test rule's findings and suppressions count here.
      const ours = result.findings.filter((f) => f.ruleId === crossRule.meta.id || f.ruleId === 'unused-suppression')
      return { result, shown: ours.map((f) => `${f.file}:${f.line}:${f.column} ${f.ruleId} ${f.message}`) }
    } finally {
      rmSync(dir, { recursive: true, force: true })
    }
  }
  const withComment = (line: number, comment: string) => {
    const l = BACKUP.split('\n')
    l.splice(line - 1, 0, comment)
    return l.join('\n')
  }

  it('join the run\'s findings, at their place, naming workloads of other files, and are counted', async () => {
    const { result, shown } = await run(BACKUP)
    assert.deepEqual(shown, ['velero/backup.yaml:13:26 test-cross-container Hook container db (workloads: web).'])
    assert.equal(result.summary.warnings, result.findings.filter((f) => f.severity === 'warning').length)
    assert.ok(result.summary.warnings >= 1)
  })

  it('a comment on the line above suppresses one, and is not reported unused', async () => {
    const { shown } = await run(withComment(13, '              # velero-hooks-ignore test-cross-container -- checked by hand'))
    assert.deepEqual(shown, [])
  })

  it('a comment at the end of the line, or for the whole file, suppresses one too', async () => {
    assert.deepEqual((await run(BACKUP.replace('container: db', 'container: db # velero-hooks-ignore test-cross-container'))).shown, [])
    assert.deepEqual((await run(`# velero-hooks-ignore-file test-cross-container\n${BACKUP}`)).shown, [])
  })

  it('a comment that suppresses nothing is reported unused, once the cross-resource step has run', async () => {
    const { shown } = await run(withComment(11, '        # velero-hooks-ignore test-cross-container'))
    assert.deepEqual(shown, [
      'velero/backup.yaml:11:31 unused-suppression This suppression of "test-cross-container" matched no finding on line 12, so it does nothing; remove it, or move it onto the line of the finding or the line above.',
      'velero/backup.yaml:14:26 test-cross-container Hook container db (workloads: web).',
    ])
  })

  it('one comment naming a cross-resource rule and a per-file rule: each judged by its own findings', async () => {
    const { shown } = await run(withComment(13, '              # velero-hooks-ignore test-cross-container, hook-invalid-on-error'))
    assert.deepEqual(shown, [
      'velero/backup.yaml:13:59 unused-suppression This suppression of "hook-invalid-on-error" matched no finding on line 14, so it does nothing; remove it, or move it onto the line of the finding or the line above.',
    ])
  })

  it('a rule turned off reports nothing, and its comments are not unused', async () => {
    const off = withCrossRule(new Map([['test-cross-container', 'off']]))
    assert.deepEqual((await run(withComment(13, '              # velero-hooks-ignore test-cross-container'), off)).shown, [])
  })
})

describe('a narrowed lint (only-changed)', () => {
  let dir: string
  before(() => {
    dir = repository({ 'velero/backup.yaml': BACKUP, 'apps/web.yaml': DEPLOYMENT, 'apps/crds.yaml': CRD_THEN_DEPLOYMENT })
  })
  after(() => rmSync(dir, { recursive: true, force: true }))
  const narrowed = (patterns: string[]) => runLint({ ruleSet: withCrossRule(), cwd: dir, patterns, ignore: [], workers: 0, modelPatterns: ['**/*.yaml'] })

  it('checks the changed files against the whole repository\'s model', async () => {
    const result = await narrowed(['velero/backup.yaml'])
    assert.equal(result.summary.files, 1)
    assert.deepEqual(result.repo!.workloads.map((w) => w.name).sort(), ['db', 'web'])
    assert.deepEqual(
      result.findings.filter((f) => f.ruleId === crossRule.meta.id).map((f) => `${f.file}:${f.line} ${f.message}`),
      ['velero/backup.yaml:13 Hook container db (workloads: db, web).'],
    )
  })

  it('runRequested builds the whole model when the action narrows the patterns', async () => {
    const settings = parseSettings({ 'fail-on': 'never', 'charts-and-overlays': 'false' }, { dir, source: 'cli' })
    const outcome = await runRequested(settings, { patterns: ['velero/backup.yaml'] })
    assert.equal(outcome.lint.summary.files, 1)
    assert.deepEqual(outcome.lint.repo!.workloads.map((w) => w.name).sort(), ['db', 'web'])
  })

  it('reports no cross-resource finding in the files it did not check', async () => {
    const result = await narrowed(['apps/web.yaml'])
    assert.deepEqual(result.repo!.velero.map((v) => v.name), ['nightly'])
    assert.deepEqual(result.findings, [])
  })
})

describe('the run as the CLI and the action make it', () => {
  it('returns the repository model with files named from the report directory', async () => {
    const dir = repository({ 'repo/velero/backup.yaml': BACKUP, 'repo/apps/web.yaml': DEPLOYMENT })
    try {
      const settings = parseSettings({ cwd: 'repo', 'fail-on': 'never', 'charts-and-overlays': 'false' }, { dir, source: 'cli' })
      const outcome = await runRequested(settings)
      assert.deepEqual(
        outcome.lint.repo?.workloads.map((w) => [w.place.file, w.containers[0]?.place.file]),
        [['repo/apps/web.yaml', 'repo/apps/web.yaml']],
      )
      assert.deepEqual(
        outcome.lint.repo?.velero.map((v) => [v.file, v.place.file]),
        [['repo/velero/backup.yaml', 'repo/velero/backup.yaml']],
      )
    } finally {
      rmSync(dir, { recursive: true, force: true })
    }
  })
})

describe('end to end through the CLI', () => {
  const RESTORE = lines(
    'apiVersion: velero.io/v1',
    'kind: Restore',
    'metadata: {name: r, namespace: velero}',
    'spec:',
    '  backupName: nightly',
    '  hooks:',
    '    resources:',
    '      - name: migrate',
    '        includedNamespaces: [shop]',
    '        includedResources: [deployments]', // 10
    '        postHooks: [{exec: {command: ["/migrate"]}}]',
  )
  const cli = async (files: Readonly<Record<string, string>>, ...argv: string[]) => {
    const dir = repository(files)
    let stdout = ''
    let stderr = ''
    try {
      const code = await runCli(['lint', '--format', 'json', '--no-charts-and-overlays', ...argv], { stdout: (s) => (stdout += s), stderr: (s) => (stderr += s), cwd: dir, isTty: false, stdin: Readable.from([]) })
      return { code, stderr, findings: (JSON.parse(stdout) as { findings: { ruleId: string; file: string; line: number; message: string }[] }).findings }
    } finally {
      rmSync(dir, { recursive: true, force: true })
    }
  }

  it('a Restore in one file is checked against a Deployment in another that has no Velero content', async () => {
    const { code, findings } = await cli({ 'velero/restore.yaml': RESTORE, 'apps/web.yaml': DEPLOYMENT })
    assert.equal(code, 0, 'a warning does not fail the default run')
    assert.deepEqual(
      findings.map((f) => `${f.file}:${f.line} ${f.ruleId}`),
      ['velero/restore.yaml:10 restore-spec-hook-resources-ignored'],
    )
    assert.match(findings[0]!.message, /Deployment web in namespace shop \(apps\/web\.yaml:4\)/)
  })

  it('an inline suppression works for it, and is not reported unused', async () => {
    const suppressed = RESTORE.replace('        includedResources: [deployments]', '        # velero-hooks-ignore restore-spec-hook-resources-ignored -- kept for the Backup it was copied from\n        includedResources: [deployments]')
    const { findings } = await cli({ 'velero/restore.yaml': suppressed, 'apps/web.yaml': DEPLOYMENT })
    assert.deepEqual(findings, [])
  })

  it('a file named alone is a repository of its own (the other file is not read)', async () => {
    const { findings } = await cli({ 'velero/restore.yaml': RESTORE, 'apps/web.yaml': DEPLOYMENT }, 'velero/restore.yaml')
    assert.equal(findings.length, 1)
    assert.doesNotMatch(findings[0]!.message, /apps\/web\.yaml/)
  })
})
