/**
 * The repository configuration, `.velero-hooks.yaml`: per-rule severities, files to skip, and
 * findings to drop for manifests that cannot be edited (vendored charts). The action, the CLI and
 * render read the same file.
 */
import type { Severity } from '../engine/finding.js'
import type { VeleroVersion } from '../velero/versions.js'

/** Tried in this order in the base directory when no file is named explicitly. */
export const CONFIG_FILE_NAMES: readonly string[] = ['.velero-hooks.yaml', '.velero-hooks.yml']

export type RuleLevel = Severity | 'off'
export const RULE_LEVELS: readonly RuleLevel[] = ['off', 'notice', 'warning', 'error']

/** Fields of one `exclude` entry; each holds globs (a finding matches when every given field matches). */
export const EXCLUDE_FIELDS = ['rule', 'path', 'kind', 'namespace', 'name'] as const
export type ExcludeField = (typeof EXCLUDE_FIELDS)[number]

export interface ExcludeEntry {
  /** Rule id globs (`hook-*`). */
  rule?: readonly string[]
  /** File path globs, relative to the base directory with '/' separators. */
  path?: readonly string[]
  /** Resource kind globs (`Deployment`), matched against the finding's object. */
  kind?: readonly string[]
  namespace?: readonly string[]
  name?: readonly string[]
  /** 1-based line of the entry in the config file, for messages. */
  line: number
}

/** A position in the configuration file, for findings about what it configures. */
export interface ConfigSpot {
  /** Relative to the base directory when the file is inside it, '/' separators. */
  file: string
  line: number
  column: number
}

/** `render:` — the tools that render charts and overlays, and how long one render may take. */
export interface RenderConfig {
  helm?: string
  kustomize?: string
  timeoutMs?: number
}

/** One configured value set of a chart (`charts.<dir>.valueSets[]`). */
export interface ChartValueSetConfig {
  name: string
  /** Values files relative to the base directory, lowest precedence first (on top of the chart's values.yaml). */
  values?: readonly string[]
  set?: ReadonlyArray<{ key: string; value: string; at: ConfigSpot }>
  release?: string
  namespace?: string
  kubeVersion?: string
  at?: ConfigSpot
}

/** `charts.<dir>` — how to render one chart. */
export interface ChartConfig {
  ciValues?: boolean
  release?: string
  namespace?: string
  kubeVersion?: string
  valueSets?: readonly ChartValueSetConfig[]
}

export interface VeleroHooksConfig {
  /** The file the configuration came from (absolute), or undefined for the built-in defaults. */
  file: string | undefined
  rules: ReadonlyMap<string, RuleLevel>
  /** File globs, relative to the base directory, that are not linted. */
  ignore: readonly string[]
  exclude: readonly ExcludeEntry[]
  render: RenderConfig
  /** By chart directory, relative to the base directory. */
  charts: ReadonlyMap<string, ChartConfig>
  /** `velero-version`: the Velero version findings are about (undefined: the latest release). */
  veleroVersion?: VeleroVersion
}

export const EMPTY_CONFIG: VeleroHooksConfig = { file: undefined, rules: new Map(), ignore: [], exclude: [], render: {}, charts: new Map() }

/** One problem with the configuration file, at its line. */
export interface ConfigProblem {
  file: string
  line: number
  column: number
  message: string
}

export function formatConfigProblem(p: ConfigProblem): string {
  return `${p.file}:${p.line}:${p.column}: ${p.message}`
}
