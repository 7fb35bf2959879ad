/**
 * Finds and reads the configuration: an explicit file (`--config` / the `config` input) must exist;
 * otherwise `.velero-hooks.yaml` (or `.yml`) in the base directory is used when present.
 */
import { readFile } from 'node:fs/promises'
import { existsSync } from 'node:fs'
import path from 'node:path'
import { UsageError } from '../errors.js'
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
    const present = CONFIG_FILE_NAMES.map((n) => path.join(base, n)).filter((p) => existsSync(p))
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
  let text: string
  try {
    text = await readFile(file, 'utf8')
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code
    const why = code === 'ENOENT' ? 'does not exist' : code === 'EISDIR' ? 'is a directory' : `could not be read (${code ?? (e as Error).message})`
    return { config: EMPTY_CONFIG, problems: [{ file: shown, line: 1, column: 1, message: `the configuration file ${why}.` }] }
  }
  const { config, problems } = parseConfigText(text, shown)
  return { config: { ...config, file }, problems }
}

/** loadConfig, throwing a ConfigError (a UsageError: exit code 2, one line per problem) on any problem. */
export async function loadConfigOrThrow(cwd: string, explicitPath?: string): Promise<VeleroHooksConfig> {
  const { config, problems } = await loadConfig(cwd, explicitPath)
  if (problems.length > 0) throw new ConfigError(problems)
  return config
}
