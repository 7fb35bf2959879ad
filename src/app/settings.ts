/**
 * One typed settings object for the CLI and the action. Both adapters produce RawInputs (strings,
 * keyed by the action input / CLI flag name); parseSettings validates them in one place.
 */
import { UsageError } from '../errors.js'
import type { FailOn } from '../engine/finding.js'
import { FORMATS, type FormatName } from '../report/format.js'

export interface RawInputs {
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
}

export interface Settings {
  cwd: string
  patterns: string[]
  ignore: string[]
  format: FormatName
  output: string | undefined
  failOn: FailOn
  maxFileBytes: number
  configPath: string | undefined
  fix: boolean
  /** undefined: one per core (the engine's default). */
  workers: number | undefined
}

export const DEFAULTS = {
  patterns: ['**/*.yaml', '**/*.yml'],
  format: 'text' as FormatName,
  failOn: 'error' as FailOn,
  maxFileBytes: 16 * 1024 * 1024,
}

const FAIL_ON: readonly FailOn[] = ['error', 'warning', 'notice', 'never']

export function oneOf<T extends string>(name: string, value: string | undefined, allowed: readonly T[], fallback: T): T {
  if (value === undefined || value.trim() === '') return fallback
  const v = value.trim() as T
  if (!allowed.includes(v)) throw new UsageError(`${name} must be one of ${allowed.join(', ')}; got "${value}"`)
  return v
}

/** Split newline- or comma-separated lists (action inputs) and drop blanks and comments. */
export function splitList(values: readonly string[] | undefined): string[] {
  return (values ?? [])
    .flatMap((v) => v.split(/[\n,]/))
    .map((v) => v.trim())
    .filter((v) => v !== '' && !v.startsWith('#'))
}

/** A boolean input as the Actions toolkit spells it (true/True/TRUE, false/False/FALSE). */
export function parseBool(name: string, value: string | undefined, fallback: boolean): boolean {
  const v = value?.trim()
  if (v === undefined || v === '') return fallback
  if (['true', 'True', 'TRUE'].includes(v)) return true
  if (['false', 'False', 'FALSE'].includes(v)) return false
  throw new UsageError(`${name} must be true or false; got "${value}"`)
}

export function parseSettings(raw: RawInputs, defaultCwd: string): Settings {
  const maxRaw = raw['max-file-bytes']?.trim()
  const maxFileBytes = maxRaw ? Number(maxRaw) : DEFAULTS.maxFileBytes
  if (!Number.isSafeInteger(maxFileBytes) || maxFileBytes <= 0) throw new UsageError(`max-file-bytes must be a positive whole number; got "${maxRaw}"`)
  const workersRaw = raw.workers?.trim()
  const workers = !workersRaw || workersRaw === 'auto' ? undefined : Number(workersRaw)
  if (workers !== undefined && (!Number.isSafeInteger(workers) || workers < 0)) throw new UsageError(`workers must be "auto" or a whole number (0 lints on one thread); got "${workersRaw}"`)
  const patterns = splitList(raw.files)
  return {
    cwd: raw.cwd?.trim() || defaultCwd,
    patterns: patterns.length > 0 ? patterns : [...DEFAULTS.patterns],
    ignore: splitList(raw.ignore),
    format: oneOf('format', raw.format, FORMATS, DEFAULTS.format),
    output: raw.output?.trim() || undefined,
    failOn: oneOf('fail-on', raw['fail-on'], FAIL_ON, DEFAULTS.failOn),
    maxFileBytes,
    configPath: raw.config?.trim() || undefined,
    fix: parseBool('fix', raw.fix, false),
    workers,
  }
}
