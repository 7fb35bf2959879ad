/**
 * The hook plan of a run (`velero-hooks plan`, the action's summary and plan file), made from the
 * repository model the lint builds: the same files (patterns, ignore globs, configuration,
 * rendered/ skipped), with the pods that Helm charts and Kustomize overlays render, for the
 * targeted Velero version. The action passes its own lint's model (nothing is read twice); the CLI
 * runs the lint for its model and shows none of its findings.
 */
import path from 'node:path'
import { loadConfigOrThrow } from '../config/index.js'
import { discoverFiles, type DiscoveredFile, type SkippedPath } from '../engine/discover.js'
import { buildHookPlan } from '../engine/hook-plan.js'
import type { HookPlan } from '../engine/hook-plan-types.js'
import { buildRepoModel, type RepoModel } from '../engine/repo-model.js'
import { formatVersion, LATEST_RELEASE, type VeleroVersion } from '../velero/versions.js'
import { stdinPlanModel } from './plan-model.js'
import { lintIgnore, runRequested, type RunOutcome } from './run.js'
import { DEFAULT_STDIN_FILENAME, type Settings } from './settings.js'

export interface PlanOutcome {
  plan: HookPlan
  veleroVersion: VeleroVersion
  /** The Velero version as the plan shows it ("v1.18.2", "main"). */
  veleroVersionText: string
  /** How many files were looked at (as the lint counts them). */
  files: number
  /** Paths found but not read, and why (relative to settings.reportDir). */
  skipped: SkippedPath[]
  /**
   * Directories holding a Helm chart or a Kustomize overlay (relative to settings.reportDir) that
   * were not rendered (charts and overlays off, the tool missing, a failed render): the pods they
   * make are not in the plan.
   */
  unrendered: string[]
}

export interface PlanScope {
  /** Files and directories named explicitly may lie outside the base directory (the CLI). */
  allowExplicitOutside?: boolean
  /** Patterns that match no file are an error, as settings.onUnmatched says (the CLI); default true. */
  checkUnmatched?: boolean
  /** The manifest read from standard input, when settings.stdinFilename is set. */
  stdin?: string
  /**
   * The outcome of the lint the run already made over the whole repository (the action, unless
   * only-changed narrowed it): its model, with files named relative to settings.reportDir, and its
   * rendered charts and overlays. Nothing is read or rendered again.
   */
  lint?: Pick<RunOutcome, 'lint' | 'rendered'>
}

export async function runPlan(settings: Settings, scope: PlanScope = {}): Promise<PlanOutcome> {
  const config = await loadConfigOrThrow(settings.cwd, settings.configPath)
  const veleroVersion = settings.veleroVersion ?? config.veleroVersion ?? LATEST_RELEASE
  const read = settings.stdinFilename !== undefined ? readStdin(settings, scope.stdin ?? '') : await readThroughLint(settings, scope, [...config.ignore])
  return {
    plan: buildHookPlan(read.repo, veleroVersion),
    veleroVersion,
    veleroVersionText: formatVersion(veleroVersion),
    files: read.files,
    skipped: read.skipped,
    unrendered: read.unrendered,
  }
}

interface Read {
  repo: RepoModel
  files: number
  skipped: SkippedPath[]
  unrendered: string[]
}

function readStdin(settings: Settings, text: string): Read {
  const given = settings.stdinFilename ?? DEFAULT_STDIN_FILENAME
  return { repo: stdinPlanModel(given, text).repo, files: 1, skipped: [], unrendered: [] }
}

/** The lint's model: the one given, or a lint of the whole repository run for it (its findings unused). */
async function readThroughLint(settings: Settings, scope: PlanScope, configIgnore: string[]): Promise<Read> {
  const planSettings: Settings = { ...settings, mode: 'lint', fix: false, quiet: false }
  // Patterns given as the scope's are not checked for matching nothing (runRequested's narrowed patterns).
  const patterns = (scope.checkUnmatched ?? true) ? undefined : settings.patterns
  const outcome = scope.lint ?? (await runRequested(planSettings, { allowExplicitOutside: scope.allowExplicitOutside ?? false, patterns }))
  const { lint } = outcome
  const unrendered = await unrenderedDirs(planSettings, scope, configIgnore, outcome.rendered)
  return { repo: lint.repo ?? buildRepoModel([]), files: lint.summary.files, skipped: lint.skipped, unrendered }
}

const RENDERED_SOURCES = new Set(['Chart.yaml', 'kustomization.yaml', 'kustomization.yml', 'Kustomization'])

/**
 * The chart and overlay directories (relative to settings.reportDir) whose Chart.yaml or
 * kustomization no render accounts for: all of them when charts and overlays are off.
 */
async function unrenderedDirs(settings: Settings, scope: PlanScope, configIgnore: string[], rendered: ReadonlySet<string> | undefined): Promise<string[]> {
  const ignore = [...(await lintIgnore(settings)), ...configIgnore]
  const discovery = await discoverFiles({ cwd: settings.cwd, patterns: settings.patterns, ignore, allowExplicitOutside: scope.allowExplicitOutside ?? false })
  const fromReportDir = (p: string): string => path.relative(settings.reportDir, path.resolve(settings.cwd, p)).split(path.sep).join('/') || '.'
  const anchors = discovery.files.filter(isRenderedSource).map((f) => fromReportDir(f.relative))
  const missing = settings.chartsAndOverlays ? anchors.filter((a) => !rendered?.has(a)) : anchors
  return [...new Set(missing.map((a) => path.posix.dirname(a)))].sort()
}

const isRenderedSource = (f: DiscoveredFile): boolean => RENDERED_SOURCES.has(path.posix.basename(f.relative))
