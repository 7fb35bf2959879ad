/**
 * The repository configuration, `.velero-hooks.yaml`: per-rule severities, files to skip, and
 * findings to drop for manifests that cannot be edited (vendored charts). The action, the CLI and
 * render read the same file.
 */
import type { Severity } from '../engine/finding.js'

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

export interface VeleroHooksConfig {
  /** The file the configuration came from (absolute), or undefined for the built-in defaults. */
  file: string | undefined
  rules: ReadonlyMap<string, RuleLevel>
  /** File globs, relative to the base directory, that are not linted. */
  ignore: readonly string[]
  exclude: readonly ExcludeEntry[]
}

export const EMPTY_CONFIG: VeleroHooksConfig = { file: undefined, rules: new Map(), ignore: [], exclude: [] }

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
