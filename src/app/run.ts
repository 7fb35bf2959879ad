/**
 * What a run does once its settings are known, for the CLI and the action alike: load the
 * configuration, apply the safe fixes if asked, then lint, or lint and render / check.
 */
import { applyConfig, findingFilter, lintOptionsWithConfig, loadConfigOrThrow } from '../config/index.js'
import { runLint, type LintOptions, type LintResult } from '../engine/run-lint.js'
import { runFix, type FixRunResult } from '../fix/index.js'
import { renderRepository, type RenderResult } from '../render/render-repo.js'
import type { RenderOutcome } from '../report/run-report.js'
import type { Settings } from './settings.js'
import { mergeSources, runSourcesStep } from './sources-step.js'

export interface RunOutcome {
  lint: LintResult
  /** render and check: what was written, current or stale (the full render result for the CLI's lines). */
  render: (RenderOutcome & { result: RenderResult }) | undefined
  /** With settings.fix: the files the fixes rewrote. */
  fixed: FixRunResult | undefined
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
}

const EMPTY_LINT: LintResult = { summary: { files: 0, documents: 0, resources: 0, hooks: 0, errors: 0, warnings: 0, notices: 0 }, findings: [], skipped: [] }

export async function runRequested(settings: Settings, scope: RunScope = {}): Promise<RunOutcome> {
  const config = await loadConfigOrThrow(settings.cwd, settings.configPath)
  const patterns = scope.patterns ?? settings.patterns
  if (settings.mode === 'lint' && patterns.length === 0) return { lint: EMPTY_LINT, render: undefined, fixed: undefined }
  const options = lintOptionsWithConfig(
    {
      cwd: settings.cwd,
      patterns,
      ignore: settings.ignore,
      maxFileBytes: settings.maxFileBytes,
      workers: settings.workers,
      allowExplicitOutside: scope.allowExplicitOutside ?? false,
    },
    config,
  )
  // Fixes first, so the findings reported are the ones left for a person to fix.
  const fixed = settings.fix ? await runFix({ ...options, filter: findingFilter(config), onFile: scope.onFixFile }) : undefined
  // Charts and overlays render while the plain manifests are linted.
  const sources = runSourcesStep(settings, options)
  // Awaited below; this only keeps a failure from being an unhandled rejection while lint runs.
  sources.catch(() => undefined)
  const notChecked = [options.ruleSet.templateSkipped.meta.id, options.ruleSet.hookKeysNotChecked.meta.id]
  if (settings.mode === 'lint') {
    const lint = await runLint({ ...options, onProgress: scope.onFile } satisfies LintOptions)
    return { lint: applyConfig(mergeSources(lint, await sources, notChecked), config), render: undefined, fixed }
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
  })
  const { outputDir } = settings
  return {
    lint: applyConfig(mergeSources(result.lint, await sources, notChecked), config),
    render: { outputDir, written: result.written, unchanged: result.unchanged, stale: result.stale, result },
    fixed,
  }
}
