/**
 * Applies a configuration to a run: rule levels go into the RuleSet (so 'off' rules do not run),
 * ignore globs go to discovery, and findings are filtered afterwards by ignore and exclude globs
 * (so explicitly named files and findings from the file reader obey them too).
 */
import picomatch from 'picomatch'
import type { Finding } from '../engine/finding.js'
import { countBySeverity } from '../engine/finding.js'
import type { RuleSet } from '../engine/rule-set.js'
import type { LintOptions, LintResult } from '../engine/run-lint.js'
import { defaultRuleSet } from '../rules/index.js'
import { LATEST_RELEASE, type VeleroVersion } from '../velero/versions.js'
import type { ExcludeEntry, ExcludeField, VeleroHooksConfig } from './config.js'

type Matcher = (value: string) => boolean

/** A path glob matches the file itself or any directory above it (`vendor` covers `vendor/a/b.yaml`). */
function pathMatcher(globs: readonly string[]): Matcher {
  const isMatch = picomatch([...globs], { dot: true })
  return (file) => {
    if (isMatch(file)) return true
    for (let i = file.indexOf('/'); i > 0; i = file.indexOf('/', i + 1)) if (isMatch(file.slice(0, i))) return true
    return false
  }
}

function compileEntry(entry: ExcludeEntry): (f: Finding) => boolean {
  const tests: ((f: Finding) => boolean)[] = []
  const field = (name: ExcludeField, valueOf: (f: Finding) => string | undefined): void => {
    const globs = entry[name]
    if (!globs) return
    const isMatch = name === 'path' ? pathMatcher(globs) : picomatch([...globs], { dot: true })
    tests.push((f) => {
      const v = valueOf(f)
      return v !== undefined && isMatch(v)
    })
  }
  field('rule', (f) => f.ruleId)
  field('path', (f) => f.file)
  field('kind', (f) => f.resource?.kind)
  field('namespace', (f) => f.resource?.namespace)
  field('name', (f) => f.resource?.name)
  return (f) => tests.every((t) => t(f))
}

export type FindingFilter = (finding: Finding) => Finding | undefined

/**
 * The per-finding part of a configuration: undefined drops the finding (ignored file, excluded, or
 * rule off), otherwise the finding with its configured severity.
 */
export function findingFilter(config: VeleroHooksConfig): FindingFilter {
  const ignored = config.ignore.length > 0 ? pathMatcher(config.ignore) : () => false
  const excluded = config.exclude.map(compileEntry)
  return (f) => {
    const level = config.rules.get(f.ruleId)
    if (level === 'off') return undefined
    if (ignored(f.file)) return undefined
    if (excluded.some((x) => x(f))) return undefined
    return level && level !== f.severity ? { ...f, severity: level } : f
  }
}

/**
 * The rule set a configuration asks for: every rule, with its configured level ('off' rules do not
 * run), for the Velero version given (--velero-version, the action input), else the configuration's
 * velero-version, else the latest release.
 */
export function ruleSetForConfig(config: VeleroHooksConfig, veleroVersion?: VeleroVersion): RuleSet {
  return defaultRuleSet(config.rules.size > 0 ? config.rules : undefined, veleroVersion ?? config.veleroVersion ?? LATEST_RELEASE)
}

/** Lint options with the configuration's rule levels, Velero version and ignore globs added. */
export function lintOptionsWithConfig(
  options: Omit<LintOptions, 'ruleSet'> & { ruleSet?: RuleSet },
  config: VeleroHooksConfig,
  veleroVersion?: VeleroVersion,
): LintOptions {
  return { ...options, ruleSet: options.ruleSet ?? ruleSetForConfig(config, veleroVersion), ignore: [...options.ignore, ...config.ignore] }
}

/** A run's result with the configuration's ignore and exclude globs and levels applied, counts redone. */
export function applyConfig(result: LintResult, config: VeleroHooksConfig): LintResult {
  const filter = findingFilter(config)
  const findings = result.findings.map(filter).filter((f): f is Finding => f !== undefined)
  return { ...result, findings, summary: { ...result.summary, ...countBySeverity(findings) } }
}

