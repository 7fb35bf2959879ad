/**
 * How the program's entries give the engine its lint workers (engine/lint-pool.ts): a rule set
 * crosses to a worker as the ids of registry rules plus the severity overrides, and the worker
 * script is a bundle of its own (src/lint-worker.ts, built by scripts/build.mjs to
 * dist/lint-worker/index.js). Top-level because it reads the rule registry, which the engine
 * must not import.
 */
import type { Severity } from './engine/finding.js'
import type { LintWorkers } from './engine/lint-pool.js'
import type { RuleSet } from './engine/rule-set.js'
import { defaultRuleSet, RULES_BY_ID } from './rules/index.js'
import type { VeleroVersion } from './velero/versions.js'

export interface WorkerRules {
  ruleIds: string[]
  severities: [string, Severity | 'off'][] | undefined
  veleroVersion: VeleroVersion
}

/**
 * The rule set as registry ids, or undefined when a rule is not the registry's (it cannot be sent).
 * The engine's own rules (syntax, templates, unreadable files, suppressions, unchecked keys) are
 * always the registry's: the worker takes them from defaultRuleSet.
 */
export function workerRules(ruleSet: RuleSet): WorkerRules | undefined {
  const engineRules = [ruleSet.yamlSyntax, ruleSet.templateSkipped, ruleSet.fileUnreadable, ruleSet.unusedSuppression, ruleSet.hookKeysNotChecked, ruleSet.sourceNotRendered]
  const fromRegistry = (rule: RuleSet['rules'][number]): boolean => RULES_BY_ID.get(rule.meta.id) === rule
  if (!ruleSet.rules.every(fromRegistry) || !engineRules.every(fromRegistry)) return undefined
  return { ruleIds: ruleSet.rules.map((r) => r.meta.id), severities: ruleSet.severities ? [...ruleSet.severities] : undefined, veleroVersion: ruleSet.veleroVersion }
}

/** The rule set workerRules described, in the worker. */
export function ruleSetFromWorkerRules(data: unknown): RuleSet {
  const sent = data as WorkerRules
  const get = (id: string) => {
    const rule = RULES_BY_ID.get(id)
    if (!rule) throw new Error(`lint worker: no rule ${id} in the registry`)
    return rule
  }
  const base = defaultRuleSet(sent.severities ? new Map(sent.severities) : undefined, sent.veleroVersion)
  return { ...base, rules: sent.ruleIds.map(get) }
}

/**
 * The lint workers of a bundle: the worker bundle at `relative` from the bundle's own URL (the
 * entry's import.meta.url). Running from source that file does not exist, and runLint uses one thread.
 */
export function bundledLintWorkers(relative: string, base: string): LintWorkers {
  // A URL made from variables: a literal `new URL('./x', import.meta.url)` would make the bundler
  // try to resolve and copy the file at build time.
  return { file: new URL(relative, base), workerData: workerRules }
}
