/**
 * Finds and reads the configuration: an explicit file (`--config` / the `config` input) must exist;
 * otherwise `.velero-hooks.yaml` (or `.yml`) in the base directory is used when present.
 */
import { existsSync, lstatSync } from 'node:fs'
import path from 'node:path'
import { UsageError } from '../errors.js'
import { isPathInside, readRegularFile, realPathOrNearest } from '../io/safe-read.js'
import { CONFIG_FILE_NAMES, EMPTY_CONFIG, formatConfigProblem, type ConfigProblem, type VeleroHooksConfig } from './config.js'
import { parseConfigText } from './parse-config.js'

export interface LoadedConfig {
  config: VeleroHooksConfig
  /** Problems found in the file; the config still holds every valid part. Empty when the file is sound. */
  problems: ConfigProblem[]
}

/** The configuration file has problems; the message lists each at its line, one per line. */
export class ConfigError extends UsageError {
  override name = 'ConfigError'
  constructor(readonly problems: readonly ConfigProblem[]) {
    super(
      problems.length === 1
        ? `invalid configuration: ${formatConfigProblem(problems[0]!)}`
        : `invalid configuration (${problems.length} problems):\n${problems.map((p) => `  ${formatConfigProblem(p)}`).join('\n')}`,
    )
  }
}

const toPosix = (p: string): string => p.split(path.sep).join('/')

/**
 * Reads the configuration for a run whose base directory is `cwd`. `explicitPath` (relative to
 * `cwd`, or absolute) names the file; without it, the first of CONFIG_FILE_NAMES that exists in
 * `cwd` is used, and no file means the defaults. Problems name the file relative to `cwd`.
 * A missing explicit file or an unreadable file is a problem too, never an exception.
 */
export async function loadConfig(cwd: string, explicitPath?: string): Promise<LoadedConfig> {
  const base = path.resolve(cwd)
  let file: string | undefined
  if (explicitPath !== undefined && explicitPath.trim() !== '') {
    file = path.resolve(base, explicitPath.trim())
  } else {
    const present = CONFIG_FILE_NAMES.map((n) => path.join(base, n)).filter((p) => existsSync(p) || isLink(p))
    if (present.length > 1) {
      const shown = present.map((p) => path.basename(p))
      return {
        config: EMPTY_CONFIG,
        problems: [{ file: shown[0]!, line: 1, column: 1, message: `both ${shown.join(' and ')} exist; keep one of them.` }],
      }
    }
    file = present[0]
  }
  if (file === undefined) return { config: EMPTY_CONFIG, problems: [] }
  const shown = toPosix(path.relative(base, file)) || path.basename(file)
  const read = await readConfigFile(base, file)
  if (typeof read !== 'string') return { config: EMPTY_CONFIG, problems: [{ file: shown, line: 1, column: 1, message: `the configuration file ${read.why}.` }] }
  const { config, problems } = parseConfigText(read, shown)
  return { config: { ...config, file }, problems }
}

/** The largest configuration file read: a real one is a few kilobytes. */
export const MAX_CONFIG_BYTES = 1024 * 1024

const isLink = (p: string): boolean => {
  try {
    return lstatSync(p).isSymbolicLink()
  } catch {
    return false
  }
}

/**
 * The configuration's text, with the rules manifests obey: a file inside the base directory (by
 * real path, so a link cannot lead to a file elsewhere; a path the user wrote outside it is theirs
 * to name), a regular file (a FIFO is refused, not waited on), at most MAX_CONFIG_BYTES.
 */
async function readConfigFile(base: string, file: string): Promise<string | { why: string }> {
  if (isPathInside(file, base)) {
    const realBase = realPathOrNearest(base)
    const real = realPathOrNearest(file)
    if (!realBase || !real) return { why: 'is a broken symbolic link' }
    if (!isPathInside(real, realBase)) return { why: 'is a symbolic link to a file outside the base directory, and was not read' }
  }
  const read = await readRegularFile(file, MAX_CONFIG_BYTES)
  return read.ok ? read.bytes.toString('utf8') : { why: read.why }
}

/** loadConfig, throwing a ConfigError (a UsageError: exit code 2, one line per problem) on any problem. */
export async function loadConfigOrThrow(cwd: string, explicitPath?: string): Promise<VeleroHooksConfig> {
  const { config, problems } = await loadConfig(cwd, explicitPath)
  if (problems.length > 0) throw new ConfigError(problems)
  return config
}
