/**
 * The hook plan of a run (`velero-hooks plan`, the action's summary and plan file): the files a
 * lint would check (same patterns, ignore globs, configuration and rendered/ skipped), their
 * repository model, and what Velero will run on which pods for the targeted Velero version.
 */
import path from 'node:path'
import { loadConfigOrThrow } from '../config/index.js'
import { discoverFiles, type DiscoveredFile, type SkippedPath } from '../engine/discover.js'
import { buildHookPlan } from '../engine/hook-plan.js'
import type { HookPlan } from '../engine/hook-plan-types.js'
import type { RepoModel } from '../engine/repo-model.js'
import { formatVersion, LATEST_RELEASE, type VeleroVersion } from '../velero/versions.js'
import { readPlanModel, stdinPlanModel, type PlanModel } from './plan-model.js'
import { lintIgnore } from './run.js'
import { DEFAULT_STDIN_FILENAME, type Settings } from './settings.js'
import { unmatchedCheck } from './unmatched.js'

export interface PlanOutcome {
  plan: HookPlan
  veleroVersion: VeleroVersion
  /** The Velero version as the plan shows it ("v1.18.2", "main"). */
  veleroVersionText: string
  /** How many files were looked at (0 when the run's model was given). */
  files: number
  /** Paths found but not read, and why (relative to settings.reportDir). */
  skipped: SkippedPath[]
  /**
   * Directories holding a Helm chart or a Kustomize overlay (relative to settings.reportDir): the
   * plan reads manifests as they are and does not render them, so the pods they make are not in it.
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
   * The repository model the run already has (the lint's, once runLint returns it), with files named
   * relative to settings.reportDir: nothing is read again. Not with narrowed patterns (only-changed),
   * whose model holds only the changed files.
   */
  repo?: RepoModel
}

export async function runPlan(settings: Settings, scope: PlanScope = {}): Promise<PlanOutcome> {
  const config = await loadConfigOrThrow(settings.cwd, settings.configPath)
  const veleroVersion = settings.veleroVersion ?? config.veleroVersion ?? LATEST_RELEASE
  const read = scope.repo
    ? { model: { repo: scope.repo, unread: [] }, files: 0, skipped: [], unrendered: [] }
    : settings.stdinFilename !== undefined
      ? readStdin(settings, scope.stdin ?? '')
      : await readFiles(settings, [...config.ignore], scope)
  return {
    plan: buildHookPlan(read.model.repo, veleroVersion),
    veleroVersion,
    veleroVersionText: formatVersion(veleroVersion),
    files: read.files,
    skipped: [...read.skipped, ...read.model.unread],
    unrendered: read.unrendered,
  }
}

interface Read {
  model: PlanModel
  files: number
  skipped: SkippedPath[]
  unrendered: string[]
}

function readStdin(settings: Settings, text: string): Read {
  const given = settings.stdinFilename ?? DEFAULT_STDIN_FILENAME
  return { model: stdinPlanModel(given, text), files: 1, skipped: [], unrendered: [] }
}

async function readFiles(settings: Settings, configIgnore: string[], scope: PlanScope): Promise<Read> {
  const allowExplicitOutside = scope.allowExplicitOutside ?? false
  const discovery = await discoverFiles({ cwd: settings.cwd, patterns: settings.patterns, ignore: [...(await lintIgnore(settings)), ...configIgnore], allowExplicitOutside })
  if (scope.checkUnmatched ?? true) await unmatchedCheck(settings, allowExplicitOutside)?.(discovery)
  const model = await readPlanModel(discovery.files, { maxFileBytes: settings.maxFileBytes, reportDir: settings.reportDir })
  const fromReportDir = (p: string): string => path.relative(settings.reportDir, path.resolve(settings.cwd, p)).split(path.sep).join('/') || '.'
  const skipped = discovery.skipped.map((s) => ({ ...s, path: fromReportDir(s.path) }))
  const unrendered = settings.chartsAndOverlays ? chartAndOverlayDirs(discovery.files).map(fromReportDir) : []
  return { model, files: discovery.files.length, skipped, unrendered }
}

const RENDERED_SOURCES = new Set(['Chart.yaml', 'kustomization.yaml', 'kustomization.yml', 'Kustomization'])

/** Directories (relative to the base directory) with a Chart.yaml or a kustomization file among the files. */
function chartAndOverlayDirs(files: readonly DiscoveredFile[]): string[] {
  const dirs = files.filter((f) => RENDERED_SOURCES.has(path.posix.basename(f.relative))).map((f) => path.posix.dirname(f.relative))
  return [...new Set(dirs)].sort()
}
