/**
 * The one typed settings object of a run, for the CLI and the action alike. Each adapter turns its
 * own input (argv, action inputs) into RawSettings — strings keyed by the action input / CLI flag
 * name — and parseSettings validates them here, once, with one set of defaults.
 */
import path from 'node:path'
import { UsageError } from '../errors.js'
import { globComplexityProblem } from '../config/glob-limits.js'
import { printable } from '../io/printable.js'
import { DEFAULT_PATTERNS } from '../engine/discover.js'
import type { FailOn } from '../engine/finding.js'
import { DEFAULT_MAX_FILE_BYTES, MAX_CHECKABLE_BYTES } from '../engine/run-lint.js'
import { VOLUME_MOUNTS_MODES, type VolumeMountsMode } from '../render/init-container.js'
import { DEFAULT_OUTPUT_DIR } from '../render/render-repo.js'
import { FORMATS, type FormatName } from '../report/format.js'
import { PLAN_FORMATS, type PlanFormat } from '../report/plan-format.js'
import { MODES, type Mode } from '../report/run-report.js'
import { parseVeleroVersion, type VeleroVersion } from '../velero/versions.js'

export type { Mode, VolumeMountsMode }

/** Settings as the adapters read them: unset and empty mean "the default". */
export interface RawSettings {
  mode?: string
  /** Base directory (CLI --cwd); the action's is the workspace. */
  cwd?: string
  files?: readonly string[]
  ignore?: readonly string[]
  format?: string
  output?: string
  'fail-on'?: string
  'max-file-bytes'?: string
  /** Path of the configuration file (default: .velero-hooks.yaml in the base directory, if present). */
  config?: string
  /** 'true' to apply safe fixes in place before reporting. */
  fix?: string
  /** Worker threads for parsing: a whole number, or "auto" (one per core). */
  workers?: string
  'output-dir'?: string
  /** 'true' (CLI --in-place): render into the manifests themselves, like output-dir '.'. */
  'in-place'?: string
  'volume-mounts'?: string
  'sarif-file'?: string
  'check-run'?: string
  'only-changed'?: string
  'github-token'?: string
  /** 'false' checks plain manifests only: no chart or kustomization is rendered. */
  'charts-and-overlays'?: string
  /** helm to run for charts (a path or a name on PATH). */
  helm?: string
  /** kustomize (or kubectl) to run for kustomizations. */
  kustomize?: string
  /** 'true': patterns that match no file are not an error (CLI --no-error-on-unmatched-pattern). */
  'allow-no-files'?: string
  /** The name findings give the manifest read from standard input (pattern '-'). */
  'stdin-filename'?: string
  /** 'true': report errors only; warnings and notices neither show nor fail the run. */
  quiet?: string
  /** Fail when there are more warnings than this. */
  'max-warnings'?: string
  /** The Velero version findings are about ("1.18.2", "1.16", "main"); wins over the configuration's. */
  'velero-version'?: string
  /** 'true' (action): write the hook plan as JSON to plan-file. */
  plan?: string
  /** Where plan: true writes the hook plan, relative to the workspace (default: velero-hooks-plan.json). */
  'plan-file'?: string
  /** `velero-hooks plan --format`: text, json or markdown. */
  'plan-format'?: string
}

export interface Settings {
  mode: Mode
  /** Absolute base directory: globs, output-dir and reported paths are relative to it. */
  cwd: string
  /** Globs (or files and directories) of the manifests to check. */
  patterns: string[]
  /** Globs of files to skip. */
  ignore: string[]
  format: FormatName
  /** Absolute path of the report file (CLI --output), or undefined for standard output. */
  output: string | undefined
  /** The lowest severity that fails the run. */
  failOn: FailOn
  /** Files larger than this are reported, not read. */
  maxFileBytes: number
  /** Absolute path of the configuration file, or undefined for the default lookup. */
  configPath: string | undefined
  /** Apply the safe fixes in place before checking. */
  fix: boolean
  /** undefined: one per core (the engine's default). */
  workers: number | undefined
  /** Where render writes and check compares, relative to cwd; '.' edits the manifests in place. */
  outputDir: string
  /** Whether rendered init containers get the app containers' volume mounts. */
  volumeMounts: VolumeMountsMode
  /** Absolute path of the SARIF file to write (action), if any. */
  sarifFile: string | undefined
  /** Publish a check run with every finding as an annotation (action). */
  checkRun: boolean
  /** On pull request events, check only the files the pull request changed (action). */
  onlyChanged: boolean
  /** Token for the GitHub API; never printed. */
  token: string | undefined
  /** Render Helm charts and kustomizations with the real tools and check what they produce. */
  chartsAndOverlays: boolean
  /** The renderers to run (undefined: the configuration's, else found on PATH). */
  helm: string | undefined
  kustomize: string | undefined
  /** Directory the command runs in (the workspace in the action): reported paths are relative to it. */
  reportDir: string
  /**
   * What a pattern that matches no file is: 'each' (patterns the user named on the command line)
   * and 'all' (the default patterns, the action's files) make it a usage error, per pattern or
   * for the patterns together; 'allow' lets the run go on.
   */
  onUnmatched: UnmatchedPolicy
  /** Set when the manifest comes from standard input (the pattern '-'): the name findings give it. */
  stdinFilename: string | undefined
  /** Errors only: warnings and notices are dropped from the report and the exit decision. */
  quiet: boolean
  /** More warnings than this fail the run (counted before quiet drops them). */
  maxWarnings: number | undefined
  /** The targeted Velero version, or undefined for the configuration's (else the latest release). */
  veleroVersion: VeleroVersion | undefined
  /** Absolute path of the hook plan JSON file to write (action, plan: true), if any. */
  planFile: string | undefined
  /** How `velero-hooks plan` prints the hook plan. */
  planFormat: PlanFormat
}

export type UnmatchedPolicy = 'each' | 'all' | 'allow'

/** The pattern that reads the manifest from standard input. */
export const STDIN_PATTERN = '-'
export const DEFAULT_STDIN_FILENAME = '<stdin>'

export const DEFAULTS = {
  mode: 'lint' as Mode,
  patterns: DEFAULT_PATTERNS,
  format: 'text' as FormatName,
  failOn: 'error' as FailOn,
  maxFileBytes: DEFAULT_MAX_FILE_BYTES,
  outputDir: DEFAULT_OUTPUT_DIR,
  volumeMounts: 'app' as VolumeMountsMode,
  checkRun: false,
  onlyChanged: false,
  fix: false,
  chartsAndOverlays: true,
  planFile: 'velero-hooks-plan.json',
  planFormat: 'text' as PlanFormat,
} as const

export const FAIL_ON: readonly FailOn[] = ['error', 'warning', 'notice', 'never']

/** Who read the raw settings, and where relative paths in them start. */
export interface SettingsOrigin {
  /** Directory the command runs in (the workspace in the action); relative paths start there. */
  dir: string
  /**
   * 'action': an empty input means the default (the runner passes '' for inputs not set), and
   * messages name inputs; 'cli': an empty flag value is a mistake, and messages name flags.
   */
  source: 'cli' | 'action'
}

export function oneOf<T extends string>(name: string, value: string | undefined, allowed: readonly T[], fallback: T): T {
  if (value === undefined || value.trim() === '') return fallback
  const v = value.trim() as T
  if (!allowed.includes(v)) throw new UsageError(`${name} must be one of ${allowed.join(', ')}; got "${value}"`)
  return v
}

/**
 * Split newline- or comma-separated lists (action inputs) and drop blanks and comments. Command-line
 * values are never split (a brace glob such as {a,b}/*.yaml holds a comma): only blanks are dropped.
 */
function listOf(values: readonly string[] | undefined, origin: SettingsOrigin): string[] {
  return origin.source === 'action' ? splitList(values) : (values ?? []).filter((v) => v.trim() !== '')
}

/** Split newline- or comma-separated lists (action inputs) and drop blanks and comments. */
export function splitList(values: readonly string[] | undefined): string[] {
  return (values ?? [])
    .flatMap((v) => v.split(/[\n,]/))
    .map((v) => v.trim())
    .filter((v) => v !== '' && !v.startsWith('#'))
}

/** A boolean as the Actions toolkit spells it (true/True/TRUE, false/False/FALSE); empty = default. */
export function parseBool(name: string, value: string | undefined, fallback: boolean): boolean {
  const v = value?.trim()
  if (v === undefined || v === '') return fallback
  if (['true', 'True', 'TRUE'].includes(v)) return true
  if (['false', 'False', 'FALSE'].includes(v)) return false
  throw new UsageError(`${name} must be true or false; got "${value}"`)
}

/** A directory the run writes into: relative to the base directory and inside it. */
function parseOutputDir(raw: RawSettings, origin: SettingsOrigin): string {
  const [name, base] = origin.source === 'cli' ? ['--output-dir', 'the base directory'] : ['output-dir', 'the workspace']
  const inPlace = parseBool('in-place', raw['in-place'], false)
  const given = raw['output-dir']
  if (inPlace && given?.trim()) throw new UsageError(`${name} and --in-place exclude each other; give one of them`)
  if (inPlace) return '.'
  if (origin.source === 'cli' && given !== undefined && given.trim() === '') throw new UsageError(`${name} needs a directory`)
  const v = given?.trim() || DEFAULTS.outputDir
  if (path.isAbsolute(v) || /^[A-Za-z]:[\\/]/.test(v)) throw new UsageError(`${name} must be relative to ${base}; got "${v}"`)
  const normal = path.posix.normalize(v.replace(/\\/g, '/')).replace(/\/+$/, '')
  if (normal === '..' || normal.startsWith('../')) throw new UsageError(`${name} must stay inside ${base}; got "${v}"`)
  return normal === '' ? '.' : normal
}

function parseWhole(name: string, raw: string | undefined, fallback: number | undefined, allowAuto: boolean): number | undefined {
  const v = raw?.trim()
  if (!v || (allowAuto && v === 'auto')) return fallback
  const n = Number(v)
  const ok = Number.isSafeInteger(n) && (allowAuto ? n >= 0 : n > 0)
  if (!ok) throw new UsageError(allowAuto ? `${name} must be "auto" or a whole number (0 lints on one thread); got "${v}"` : `${name} must be a positive whole number; got "${v}"`)
  return n
}

/**
 * --max-file-bytes: at most MAX_CHECKABLE_BYTES, the most text one string holds (a larger file
 * could be read but never decoded or parsed: a usage error now rather than files skipped later).
 */
function parseMaxFileBytes(raw: string | undefined): number {
  const n = parseWhole('max-file-bytes', raw, DEFAULTS.maxFileBytes, false)!
  if (n > MAX_CHECKABLE_BYTES) {
    throw new UsageError(`max-file-bytes must be at most ${MAX_CHECKABLE_BYTES} (the most text Node.js holds in one string); got "${raw!.trim()}"`)
  }
  return n
}

/** The globs, when none is too costly to match (config/glob-limits.ts: the bounds configured globs have). */
function boundedGlobs(name: string, globs: string[]): string[] {
  for (const glob of globs) {
    const why = glob === STDIN_PATTERN ? undefined : globComplexityProblem(glob)
    if (why) throw new UsageError(`${name} "${printable(glob.length > 80 ? `${glob.slice(0, 77)}...` : glob)}" is refused: ${why}`)
  }
  return globs
}

const optionalPath = (from: string, value: string | undefined): string | undefined => (value?.trim() ? path.resolve(from, value.trim()) : undefined)

/** The patterns, what an unmatched one is, and standard input ('-', command line only). */
function parsePatterns(raw: RawSettings, origin: SettingsOrigin, mode: Mode): Pick<Settings, 'patterns' | 'onUnmatched' | 'stdinFilename'> {
  const given = boundedGlobs(origin.source === 'cli' ? 'pattern' : 'files', listOf(raw.files, origin))
  const allow = parseBool('allow-no-files', raw['allow-no-files'], false)
  const stdin = origin.source === 'cli' && given.includes(STDIN_PATTERN)
  const named = raw['stdin-filename']
  if (named !== undefined && !stdin) throw new UsageError(`--stdin-filename names standard input: give "${STDIN_PATTERN}" as the pattern`)
  if (stdin) {
    if (given.length > 1) throw new UsageError(`"${STDIN_PATTERN}" (standard input) cannot be combined with other patterns`)
    if (mode !== 'lint') throw new UsageError(`${mode} reads and writes files; it cannot read a manifest from standard input ("${STDIN_PATTERN}"); use lint`)
    if (parseBool('fix', raw.fix, false)) throw new UsageError(`--fix rewrites files; it cannot fix standard input ("${STDIN_PATTERN}")`)
    if (named !== undefined && named.trim() === '') throw new UsageError('--stdin-filename needs a name')
    return { patterns: [], onUnmatched: 'allow', stdinFilename: named?.trim() || DEFAULT_STDIN_FILENAME }
  }
  const onUnmatched: UnmatchedPolicy = allow ? 'allow' : origin.source === 'cli' && given.length > 0 ? 'each' : 'all'
  return { patterns: given.length > 0 ? given : [...DEFAULTS.patterns], onUnmatched, stdinFilename: undefined }
}

export function parseSettings(raw: RawSettings, origin: SettingsOrigin): Settings {
  const cwd = path.resolve(origin.dir, raw.cwd?.trim() || '.')
  const mode = oneOf('mode', raw.mode, MODES, DEFAULTS.mode)
  return {
    mode,
    cwd,
    ...parsePatterns(raw, origin, mode),
    ignore: boundedGlobs(origin.source === 'cli' ? '--ignore' : 'ignore', listOf(raw.ignore, origin)),
    format: oneOf('format', raw.format, FORMATS, DEFAULTS.format),
    output: optionalPath(origin.dir, raw.output),
    failOn: oneOf('fail-on', raw['fail-on'], FAIL_ON, DEFAULTS.failOn),
    maxFileBytes: parseMaxFileBytes(raw['max-file-bytes']),
    configPath: optionalPath(origin.dir, raw.config),
    fix: parseFix(raw, origin, mode),
    workers: parseWhole('workers', raw.workers, undefined, true),
    outputDir: parseOutputDir(raw, origin),
    volumeMounts: oneOf('volume-mounts', raw['volume-mounts'], VOLUME_MOUNTS_MODES, DEFAULTS.volumeMounts),
    sarifFile: optionalPath(cwd, raw['sarif-file']),
    checkRun: parseBool('check-run', raw['check-run'], DEFAULTS.checkRun),
    onlyChanged: parseBool('only-changed', raw['only-changed'], DEFAULTS.onlyChanged),
    token: raw['github-token']?.trim() || undefined,
    chartsAndOverlays: parseBool('charts-and-overlays', raw['charts-and-overlays'], DEFAULTS.chartsAndOverlays),
    helm: raw.helm?.trim() || undefined,
    kustomize: raw.kustomize?.trim() || undefined,
    reportDir: path.resolve(origin.dir),
    quiet: parseBool('quiet', raw.quiet, false),
    maxWarnings: parseCount('max-warnings', raw['max-warnings']),
    veleroVersion: parseVersionSetting(raw['velero-version'], origin),
    planFile: parsePlanFile(raw, cwd),
    planFormat: oneOf('format', raw['plan-format'], PLAN_FORMATS, DEFAULTS.planFormat),
  }
}

/** plan: true writes the hook plan to plan-file (default velero-hooks-plan.json), relative to the workspace. */
function parsePlanFile(raw: RawSettings, cwd: string): string | undefined {
  const plan = parseBool('plan', raw.plan, false)
  const named = raw['plan-file']?.trim()
  if (!plan && named) throw new UsageError('plan-file names where plan: true writes the hook plan; set plan: true too, or leave plan-file empty')
  return plan ? path.resolve(cwd, named || DEFAULTS.planFile) : undefined
}

/** --velero-version / the velero-version input: undefined when not given (the configuration decides). */
function parseVersionSetting(raw: string | undefined, origin: SettingsOrigin): VeleroVersion | undefined {
  const name = origin.source === 'cli' ? '--velero-version' : 'velero-version'
  if (raw === undefined || (origin.source === 'action' && raw.trim() === '')) return undefined
  const parsed = parseVeleroVersion(raw)
  if (!parsed.ok) throw new UsageError(`${name} ${parsed.error}`)
  return parsed.version
}

/** A whole number of zero or more, or undefined when not given. */
function parseCount(name: string, raw: string | undefined): number | undefined {
  const v = raw?.trim()
  if (v === undefined || v === '') return undefined
  const n = Number(v)
  if (!/^\d+$/.test(v) || !Number.isSafeInteger(n)) throw new UsageError(`${name} must be a whole number (0 or more); got "${raw}"`)
  return n
}

/** check compares and writes nothing, so fixing in place there would be a write it promised not to make. */
function parseFix(raw: RawSettings, origin: SettingsOrigin, mode: Mode): boolean {
  const fix = parseBool('fix', raw.fix, DEFAULTS.fix)
  if (fix && mode === 'check') {
    throw new UsageError(origin.source === 'cli' ? '--fix is not an option of check, which writes nothing; run "velero-hooks lint --fix" first' : 'fix: true cannot be used with mode: check, which writes nothing; fix in a lint or render step first')
  }
  return fix
}
