/**
 * The action's one typed settings object. inputs.ts reads the raw strings; this file turns them
 * into settings with the same defaults the action.yml declares, so running the bundle with only
 * some INPUT_* variables set behaves like the runner. Pure: no I/O.
 */
import path from 'node:path'
import { UsageError } from '../errors.js'
import type { FailOn } from '../engine/finding.js'
import { MODES, type Mode } from '../report/run-report.js'
import { oneOf, parseSettings, type RawInputs } from '../app/settings.js'

export type { Mode }
export type VolumeMounts = 'app' | 'none'

export const VOLUME_MOUNTS: readonly VolumeMounts[] = ['app', 'none']

/** The action inputs, as strings keyed by their action.yml names (empty = not set). */
export interface ActionRawInputs extends RawInputs {
  mode?: string
  'output-dir'?: string
  'volume-mounts'?: string
  'sarif-file'?: string
  'check-run'?: string
  'only-changed'?: string
  'github-token'?: string
}

export interface ActionSettings {
  /** Absolute path of the workspace; globs, output-dir and reported paths are relative to it. */
  workspace: string
  /** Globs of the manifests to check. */
  patterns: string[]
  /** Globs of files to skip. */
  ignore: string[]
  /** The lowest severity that fails the step. */
  failOn: FailOn
  /** Files larger than this are reported, not read. */
  maxFileBytes: number
  mode: Mode
  /** Where render writes, relative to the workspace; '.' rewrites the manifests in place. */
  outputDir: string
  /** Whether rendered init containers get the app containers' volume mounts. */
  volumeMounts: VolumeMounts
  /** Absolute path of the SARIF file to write, if any. */
  sarifFile: string | undefined
  /** Publish a check run with every finding as an annotation. */
  checkRun: boolean
  /** On pull request events, check only the files the pull request changed. */
  onlyChanged: boolean
  /** Token for the GitHub API (check-run, only-changed); never printed. */
  token: string | undefined
  /** Configuration file, relative to the workspace; default: .velero-hooks.yaml there, if any. */
  configPath: string | undefined
  /** Apply the safe fixes in place before checking (for a later commit step). */
  fix: boolean
}

export const ACTION_DEFAULTS = {
  mode: 'lint' as Mode,
  outputDir: 'rendered',
  volumeMounts: 'app' as VolumeMounts,
  checkRun: false,
  onlyChanged: false,
}

/** YAML 1.2 core-schema booleans, as core.getBooleanInput accepts them; empty means the default. */
export function parseBoolean(name: string, value: string | undefined, fallback: boolean): boolean {
  const v = value?.trim() ?? ''
  if (v === '') return fallback
  if (['true', 'True', 'TRUE'].includes(v)) return true
  if (['false', 'False', 'FALSE'].includes(v)) return false
  throw new UsageError(`${name} must be true or false; got "${value}"`)
}

/** A directory the action writes into: relative to the workspace and inside it. */
function parseOutputDir(value: string | undefined): string {
  const v = value?.trim() || ACTION_DEFAULTS.outputDir
  if (path.isAbsolute(v) || /^[A-Za-z]:[\\/]/.test(v)) throw new UsageError(`output-dir must be relative to the workspace; got "${v}"`)
  const normal = path.posix.normalize(v.replace(/\\/g, '/')).replace(/\/+$/, '')
  if (normal === '..' || normal.startsWith('../')) throw new UsageError(`output-dir must stay inside the workspace; got "${v}"`)
  return normal === '' ? '.' : normal
}

export function parseActionSettings(raw: ActionRawInputs, workspace: string): ActionSettings {
  const base = parseSettings({ ...raw, cwd: workspace }, workspace)
  const sarif = raw['sarif-file']?.trim()
  return {
    workspace: path.resolve(base.cwd),
    patterns: base.patterns,
    ignore: base.ignore,
    failOn: base.failOn,
    maxFileBytes: base.maxFileBytes,
    mode: oneOf('mode', raw.mode, MODES, ACTION_DEFAULTS.mode),
    outputDir: parseOutputDir(raw['output-dir']),
    volumeMounts: oneOf('volume-mounts', raw['volume-mounts'], VOLUME_MOUNTS, ACTION_DEFAULTS.volumeMounts),
    sarifFile: sarif ? path.resolve(workspace, sarif) : undefined,
    checkRun: parseBoolean('check-run', raw['check-run'], ACTION_DEFAULTS.checkRun),
    onlyChanged: parseBoolean('only-changed', raw['only-changed'], ACTION_DEFAULTS.onlyChanged),
    token: raw['github-token']?.trim() || undefined,
    configPath: base.configPath ? path.resolve(workspace, base.configPath) : undefined,
    fix: base.fix,
  }
}
