/**
 * The benchmark stages. Each one processes a whole repository directory and says how much it saw;
 * bench/run-stage.ts times it in a fresh process so peaks of memory never mix between stages.
 *
 * To add a stage (e.g. the action's end-to-end run), append an entry to STAGES: `available` returns
 * a reason to skip (or undefined), `run` does one complete pass.
 */
import { execFile } from 'node:child_process'
import { readFileSync } from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { fileURLToPath } from 'node:url'
import fg from 'fast-glob'
import { LineCounter, parseAllDocuments } from 'yaml'
import { ALWAYS_IGNORED, DEFAULT_PATTERNS } from '../src/engine/discover.js'
import { crossResource } from '../src/engine/cross-resource.js'
import { buildHookPlan } from '../src/engine/hook-plan.js'
import { runLint, type LintResult } from '../src/engine/run-lint.js'
import { runRequested } from '../src/app/run.js'
import { parseSettings } from '../src/app/settings.js'
import { renderRepository } from '../src/render/render-repo.js'
import { defaultRuleSet } from '../src/rules/index.js'
import { findKustomizeTool } from '../src/sources/kustomize.js'
import { findExecutable, mapLimited } from '../src/sources/tools.js'
import { plainRenders } from './synthetic-sources.js'

export const REPO_ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..')

export interface StageCounts {
  files: number
  /** YAML documents seen (only stages that parse know this). */
  documents?: number
  bytes?: number
  /** Free-form detail shown in the table (e.g. findings). */
  note?: string
}

export interface Stage {
  id: string
  label: string
  /** Run from TypeScript through tsx instead of the ncc bundle (for modules the bundle cannot see). */
  source?: boolean
  /** The repository it runs on: plain manifests (default), or the charts-and-overlays repository. */
  corpus?: 'manifests' | 'sources'
  /** Why the stage cannot run here, or undefined. */
  available(): Promise<string | undefined>
  run(dir: string): Promise<StageCounts>
}

/** Same discovery as the engine's defaults: same patterns, same ignores, no symlink walking. */
async function globRepository(dir: string): Promise<string[]> {
  const entries = await fg([...DEFAULT_PATTERNS], { cwd: dir, ignore: [...ALWAYS_IGNORED], onlyFiles: true, dot: false, followSymbolicLinks: false, suppressErrors: true })
  return entries.map((e) => path.join(dir, e))
}

/**
 * Every file read whole, synchronously: the fastest way Node reads a checkout that sits in the
 * page cache (faster than 16 asynchronous readFile calls in flight, and the way runLint reads), so
 * the floor is as low as we know how to make it.
 */
async function readEvery(dir: string, each: (bytes: Buffer) => void): Promise<StageCounts> {
  const files = await globRepository(dir)
  let bytes = 0
  for (const file of files) {
    const data = readFileSync(file)
    bytes += data.length
    each(data)
  }
  return { files: files.length, bytes }
}

/** The action bundle's entry; its cold start is measured by bench/bench.ts when it exists. */
export const ACTION_BUNDLE = path.join(REPO_ROOT, 'dist', 'index.js')
export const CLI_BUNDLE = path.join(REPO_ROOT, 'dist', 'cli', 'index.js')

export const STAGES: readonly Stage[] = [
  {
    id: 'read',
    label: 'read floor: glob + read every byte (no decoding)',
    available: async () => undefined,
    run: (dir) => readEvery(dir, () => {}),
  },
  {
    // Not a goal's floor: what reading text (not bytes) costs, for scale. The engine decodes only
    // the files whose bytes carry Velero content, after a latin1 pre-filter pass over every byte.
    id: 'decode',
    label: 'read + UTF-8 decode every file (for scale)',
    available: async () => undefined,
    run: (dir) => readEvery(dir, (data) => void data.toString('utf8')),
  },
  {
    id: 'parse',
    label: 'parse floor: read + UTF-8 decode + parseAllDocuments(LineCounter) on every file',
    available: async () => undefined,
    async run(dir) {
      let documents = 0
      const counts = await readEvery(dir, (data) => {
        documents += parseAllDocuments(data.toString('utf8'), { lineCounter: new LineCounter() }).length
      })
      return { ...counts, documents }
    },
  },
  {
    id: 'lint-1',
    label: 'full lint, one core (runLint, workers: 0)',
    available: async () => undefined,
    async run(dir) {
      const result = await runLint({ ruleSet: defaultRuleSet(), cwd: dir, patterns: [], ignore: [], workers: 0 })
      return { files: result.summary.files, documents: result.summary.documents, note: `${result.findings.length} findings` }
    },
  },
  {
    id: 'lint-n',
    label: 'full lint, all cores (runLint, workers: auto)',
    available: async () => undefined,
    async run(dir) {
      const result = await runLint({ ruleSet: defaultRuleSet(), cwd: dir, patterns: [], ignore: [] })
      return { files: result.summary.files, documents: result.summary.documents, note: `${result.findings.length} findings` }
    },
  },
  {
    id: 'render',
    label: 'render --check (renderRepository: lint + render every file, compare, no writes)',
    available: async () => undefined,
    async run(dir) {
      // Check mode renders every file in memory and compares it with <dir>/rendered/, which does
      // not exist: nothing is written into the corpus.
      const result = await renderRepository({ ruleSet: defaultRuleSet(), cwd: dir, patterns: [], ignore: [], outputDir: 'rendered', volumeMounts: 'app', mode: 'check' })
      return { files: result.lint.summary.files, documents: result.lint.summary.documents, note: `${result.changes?.length ?? 0} init containers` }
    },
  },
]

/** helm, and kustomize or kubectl, on PATH (bench.ts puts the bundled ones first), or why the stage cannot run. */
async function renderersAvailable(): Promise<string | undefined> {
  if (!findExecutable('helm')) return 'no helm on PATH'
  return findKustomizeTool() ? undefined : 'neither kustomize nor kubectl on PATH'
}

function runPlain(command: string, args: readonly string[], cwd: string): Promise<void> {
  return new Promise((resolve, reject) => {
    execFile(command, [...args], { cwd, maxBuffer: 256 * 1024 * 1024 }, (error) => (error ? reject(error) : resolve()))
  })
}

/** The charts-and-overlays stages: the renderers alone (the floor), and our whole run. */
export const SOURCE_STAGES: readonly Stage[] = [
  {
    id: 'renderers',
    label: 'renderers alone: helm template / kubectl kustomize per value set and overlay, same parallelism, no lint',
    corpus: 'sources',
    available: renderersAvailable,
    async run(dir) {
      // The tools our run picks, run as a user would: `helm template …`, `kustomize build <dir>` or `kubectl kustomize <dir>`.
      const { helm, kustomize } = plainRenders(dir)
      const helmPath = findExecutable('helm')!
      const tool = findKustomizeTool()!
      const runs: Array<[string, string[]]> = [
        ...helm.map((args): [string, string[]] => [helmPath, args]),
        ...kustomize.map((root): [string, string[]] => [tool.command, tool.flavour === 'kubectl' ? ['kustomize', root] : ['build', root]]),
      ]
      await mapLimited(runs, Math.max(1, os.availableParallelism()), ([command, args]) => runPlain(command, args, dir))
      return { files: runs.length, note: `${helm.length} helm, ${kustomize.length} kustomize` }
    },
  },
  {
    id: 'sources',
    label: 'our whole run: runRequested lint (renders, plain lint beside them, lint of the output, source lines)',
    corpus: 'sources',
    available: renderersAvailable,
    async run(dir) {
      const outcome = await runRequested(parseSettings({ 'fail-on': 'never' }, { dir, source: 'cli' }))
      const { summary } = outcome.lint
      return { files: summary.files, documents: summary.documents, note: `${outcome.lint.findings.length} findings` }
    },
  },
]

/** The lint the analysis stage works on, made by its first (warm-up) pass: its timed passes measure the analysis alone. */
const linted = new Map<string, LintResult>()

/**
 * The cross-resource stages, on the synthetic repository of bench/synthetic-model.ts, one thread:
 * the lint with and without the Velero objects (without them, the files the pre-filter skips are
 * not read for their facts), and the analysis the cross-resource step adds after the lint.
 */
export const MODEL_STAGES: readonly Stage[] = [
  {
    id: 'xr-lint-plain',
    label: 'lint without the Velero objects (ignore velero/**: skipped files are not read for facts), one core',
    available: async () => undefined,
    async run(dir) {
      const result = await runLint({ ruleSet: defaultRuleSet(), cwd: dir, patterns: [], ignore: ['velero/**'], workers: 0, deferCrossResource: true })
      return { files: result.summary.files, documents: result.summary.documents, note: `${result.repository?.files.length ?? 0} files with facts` }
    },
  },
  {
    id: 'xr-lint',
    label: 'lint of the same files with the Velero objects (skipped files read for facts), one core',
    available: async () => undefined,
    async run(dir) {
      const result = await runLint({ ruleSet: defaultRuleSet(), cwd: dir, patterns: [], ignore: [], workers: 0, deferCrossResource: true })
      return { files: result.summary.files, documents: result.summary.documents, note: `${result.repository?.files.length ?? 0} files with facts` }
    },
  },
  {
    id: 'xr-analysis',
    label: 'cross-resource analysis: repository model + cross-resource rules (suppressions judged) + buildHookPlan',
    available: async () => undefined,
    async run(dir) {
      const ruleSet = defaultRuleSet()
      let lint = linted.get(dir)
      if (!lint) linted.set(dir, (lint = await runLint({ ruleSet, cwd: dir, patterns: [], ignore: [], workers: 0, deferCrossResource: true })))
      const { repo, findings } = crossResource(lint.repository!, ruleSet)
      const plan = buildHookPlan(repo, ruleSet.veleroVersion)
      const pods = plan.backups.reduce((n, b) => n + b.pods.length, 0) + plan.restores.reduce((n, r) => n + r.pods.length, 0)
      return { files: lint.summary.files, note: `${repo.workloads.length} workloads, ${repo.velero.length} Velero objects; ${findings.length} findings; ${pods} planned pods` }
    },
  },
]

export function stageById(id: string): Stage {
  const all = [...STAGES, ...SOURCE_STAGES, ...MODEL_STAGES]
  const stage = all.find((s) => s.id === id)
  if (!stage) throw new Error(`unknown stage ${id}; expected one of ${all.map((s) => s.id).join(', ')}`)
  return stage
}
