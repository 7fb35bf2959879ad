/**
 * What a run does once its settings are known, for the CLI and the action alike: load the
 * configuration, apply the safe fixes if asked, then lint, or lint and render / check.
 */
import path from 'node:path'
import fg from 'fast-glob'
import picomatch from 'picomatch'
import { applyConfig, findingFilter, lintOptionsWithConfig, loadConfigOrThrow, ruleSetForConfig, type VeleroHooksConfig } from '../config/index.js'
import { compareFindings, countBySeverity } from '../engine/finding.js'
import { lintTextCounts } from '../engine/lint-text.js'
import { runLint, withCrossResource, type LintOptions, type LintResult } from '../engine/run-lint.js'
import { runFix, type FixRunResult } from '../fix/index.js'
import { renderRepository, sourcesInOutputDirectory, type RenderResult } from '../render/render-repo.js'
import type { RenderOutcome } from '../report/run-report.js'
import { DEFAULT_STDIN_FILENAME, type Settings } from './settings.js'
import type { SourcesResult } from '../sources/check-sources.js'
import { crossResourceExtra, mergeSources, runSourcesStep } from './sources-step.js'
import { unmatchedCheck } from './unmatched.js'

export interface RunOutcome {
  /**
   * Findings and paths relative to settings.reportDir; with settings.quiet, errors only. Its `repo`
   * (the repository model the cross-resource rules ran on) names files relative to reportDir too.
   */
  lint: LintResult
  /** render and check: what was written, current or stale (the full render result for the CLI's lines). */
  render: (RenderOutcome & { result: RenderResult }) | undefined
  /** With settings.fix: the files the fixes rewrote. */
  fixed: FixRunResult | undefined
  /** Warnings found, counted before quiet drops them (for --max-warnings). */
  warnings: number
  /**
   * With charts and overlays: the files a successful render accounts for (a rendered chart's files,
   * its subcharts' included; a rendered kustomization and its sources), relative to settings.reportDir; the
   * hook plan says which charts and overlays it could not show.
   */
  rendered?: ReadonlySet<string>
}

export interface RunScope {
  /** Globs to check instead of settings.patterns (the action's only-changed); [] checks nothing. */
  patterns?: readonly string[]
  /** Files and directories named explicitly may lie outside the base directory (the CLI: the user named them). */
  allowExplicitOutside?: boolean
  /** Called after each file is checked (progress on a terminal). */
  onFile?: () => void
  /** Called after each file the fixer looked at. */
  onFixFile?: () => void
  /** Replaces the repository renderer (tests of the action drive failures through it). */
  renderRepository?: typeof renderRepository
  /** The manifest read from standard input, when settings.stdinFilename is set. */
  stdin?: string
}

type Checked = Omit<RunOutcome, 'warnings'>

const EMPTY_LINT: LintResult = { summary: { files: 0, documents: 0, resources: 0, hooks: 0, errors: 0, warnings: 0, notices: 0 }, findings: [], skipped: [] }

export async function runRequested(settings: Settings, scope: RunScope = {}): Promise<RunOutcome> {
  const config = await loadConfigOrThrow(settings.cwd, settings.configPath)
  const checked = settings.stdinFilename !== undefined ? lintStdin(settings, scope.stdin ?? '', config) : await checkFiles(settings, scope, config)
  const lint = applyConfig(checked.lint, config)
  const warnings = lint.summary.warnings
  return rebase(settings, { ...checked, lint: settings.quiet ? errorsOnly(lint) : lint, warnings })
}

async function checkFiles(settings: Settings, scope: RunScope, config: VeleroHooksConfig): Promise<Checked> {
  const patterns = scope.patterns ?? settings.patterns
  if (settings.mode === 'lint' && patterns.length === 0) return { lint: EMPTY_LINT, render: undefined, fixed: undefined }
  const allowExplicitOutside = scope.allowExplicitOutside ?? false
  const options = lintOptionsWithConfig(
    {
      cwd: settings.cwd,
      patterns,
      ignore: await lintIgnore(settings),
      maxFileBytes: settings.maxFileBytes,
      workers: settings.workers,
      allowExplicitOutside,
      // Narrowed patterns (only-changed) are the action's own, not the user's: nothing to check.
      onDiscovered: scope.patterns === undefined ? unmatchedCheck(settings, allowExplicitOutside) : undefined,
    },
    config,
    settings.veleroVersion,
  )
  // Fixes first, so the findings reported are the ones left for a person to fix.
  const fixed = settings.fix ? await runFix({ ...options, filter: findingFilter(config), onFile: scope.onFixFile }) : undefined
  // Charts and overlays render while the plain manifests are linted.
  const sources = runSourcesStep(settings, options, { ...config.render, charts: config.charts })
  // Awaited below; this only keeps a failure from being an unhandled rejection while lint runs.
  sources.catch(() => undefined)
  const notChecked = [options.ruleSet.templateSkipped.meta.id, options.ruleSet.hookKeysNotChecked.meta.id]
  // The cross-resource step runs once the rendered charts and overlays are known, on the merged result.
  let explained: ReadonlySet<string> | undefined
  const withSources = async (lint: LintResult): Promise<LintResult> => {
    const rendered = await sources
    explained = rendered && new Set([...rendered.explained, ...rendered.replaced])
    return withCrossResource(mergeSources(lint, rendered, notChecked), options.ruleSet, crossResourceExtra(rendered))
  }
  if (settings.mode === 'lint') {
    // Narrowed patterns (only-changed) lint the changed files; the rest of the repository still
    // holds the workloads and Backups they are checked against (facts only, no findings there).
    const modelPatterns = scope.patterns !== undefined ? settings.patterns : undefined
    const lint = await runLint({ ...options, onProgress: scope.onFile, deferCrossResource: true, veleroElsewhere: renderedVelero(sources), modelPatterns } satisfies LintOptions)
    return { lint: await withSources(lint), render: undefined, fixed, ...(explained ? { rendered: explained } : {}) }
  }
  const render = scope.renderRepository ?? renderRepository
  const result = await render({
    cwd: settings.cwd,
    patterns: [...options.patterns],
    ignore: [...options.ignore],
    ruleSet: options.ruleSet,
    outputDir: settings.outputDir,
    volumeMounts: settings.volumeMounts,
    maxFileBytes: settings.maxFileBytes,
    mode: settings.mode === 'render' ? 'write' : 'check',
    ...(options.onDiscovered ? { onDiscovered: options.onDiscovered } : {}),
    deferCrossResource: true,
    veleroElsewhere: renderedVelero(sources),
  })
  const { outputDir } = settings
  const lint = await withSources(result.lint)
  return { lint, render: { outputDir, written: result.written, unchanged: result.unchanged, stale: result.stale, result }, fixed, ...(explained ? { rendered: explained } : {}) }
}

/** Whether the rendered charts and overlays hold a Backup, Schedule or Restore (once they are rendered). */
function renderedVelero(sources: Promise<SourcesResult | undefined>): () => Promise<boolean> {
  return async () => (await sources.catch(() => undefined))?.facts.some((f) => f.velero.length > 0) ?? false
}

/**
 * lint skips what render writes (rendered/ by default): its manifests are the sources again, with
 * init containers added, so they would repeat every finding and conflict with the sources' hooks.
 * Not when a pattern names the output directory (or a path inside it) itself, nor when it holds no
 * render of a source (output-dir: apps, with the sources in apps/): then it is a source directory.
 */
export async function lintIgnore(settings: Settings): Promise<string[]> {
  const out = settings.outputDir
  if (settings.mode !== 'lint' || out === '.') return settings.ignore
  const outAbs = path.resolve(settings.cwd, out)
  const named = settings.patterns.some((p) => {
    const base = fg.isDynamicPattern(p) ? picomatch.scan(p).base : p
    const rel = path.relative(outAbs, path.resolve(settings.cwd, base))
    return rel === '' || (!rel.startsWith('..') && !path.isAbsolute(rel))
  })
  if (named || (await sourcesInOutputDirectory(settings.cwd, out, settings.patterns, settings.ignore)).length > 0) return settings.ignore
  return [...settings.ignore, `${fg.escapePath(out)}/**`]
}

/** `velero-hooks lint -`: the manifest on standard input, checked like a file of that name. */
function lintStdin(settings: Settings, text: string, config: VeleroHooksConfig): Checked {
  const given = settings.stdinFilename ?? DEFAULT_STDIN_FILENAME
  // Relative to the base directory while the configuration's path globs apply; rebase() turns it back.
  const name = given === DEFAULT_STDIN_FILENAME ? given : toPosix(path.relative(settings.cwd, path.resolve(settings.reportDir, given)))
  const ruleSet = ruleSetForConfig(config, settings.veleroVersion)
  const { findings, documents, resources, hooks, facts, suppressions } = lintTextCounts(name, text, ruleSet)
  const summary = { files: 1, documents, resources, hooks, ...countBySeverity(findings) }
  // One file is a repository too: a Backup and the Deployments it takes may share it.
  const repository = { files: facts ? [facts] : [], suppressions: new Map(suppressions ? [[name, suppressions]] : []) }
  return { lint: withCrossResource({ summary, findings, skipped: [], repository }, ruleSet), render: undefined, fixed: undefined }
}

function errorsOnly(lint: LintResult): LintResult {
  const findings = lint.findings.filter((f) => f.severity === 'error')
  return { ...lint, findings, summary: { ...lint.summary, ...countBySeverity(findings) } }
}

const toPosix = (p: string): string => p.split(path.sep).join('/')

/**
 * Paths relative to the directory the command runs in (the workspace in the action), whatever
 * --cwd is, so every format (text, JSON, SARIF, workflow commands) names files that exist from there.
 */
function rebase(settings: Settings, outcome: RunOutcome): RunOutcome {
  const { cwd, reportDir } = settings
  if (path.resolve(cwd) === path.resolve(reportDir) || settings.stdinFilename === DEFAULT_STDIN_FILENAME) return outcome
  const move = (p: string): string => toPosix(path.relative(reportDir, path.resolve(cwd, p)))
  const findings = outcome.lint.findings.map((f) => ({ ...f, file: move(f.file) })).sort(compareFindings)
  const skipped = outcome.lint.skipped.map((s) => ({ ...s, path: move(s.path) }))
  const fixed = outcome.fixed && {
    ...outcome.fixed,
    files: outcome.fixed.files.map((f) => ({ ...f, file: move(f.file) })),
    failed: outcome.fixed.failed.map((f) => ({ ...f, file: move(f.file) })),
  }
  const repo = outcome.lint.repo && withFilesMoved(outcome.lint.repo, move)
  const rendered = outcome.rendered && new Set([...outcome.rendered].map(move))
  return { ...outcome, lint: { ...outcome.lint, findings, skipped, ...(repo ? { repo } : {}) }, fixed, ...(rendered ? { rendered } : {}) }
}

/** Plain data (the repository model) with every `file` and `keyFile` field moved. */
function withFilesMoved<T>(data: T, move: (p: string) => string): T {
  const seen = new Map<unknown, unknown>()
  const walk = (value: unknown): unknown => {
    if (typeof value !== 'object' || value === null) return value
    if (seen.has(value)) return seen.get(value)
    if (Array.isArray(value)) {
      const out: unknown[] = []
      seen.set(value, out)
      for (const item of value) out.push(walk(item))
      return out
    }
    const out: Record<string, unknown> = Object.create(Object.getPrototypeOf(value) as object | null)
    seen.set(value, out)
    for (const [k, v] of Object.entries(value)) out[k] = (k === 'file' || k === 'keyFile') && typeof v === 'string' ? move(v) : walk(v)
    return out
  }
  return walk(data) as T
}
