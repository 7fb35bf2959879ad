/**
 * How the program's entries give the engine its lint workers (engine/lint-pool.ts): a rule set
 * crosses to a worker as the ids of registry rules plus the severity overrides, and the worker
 * script is a bundle of its own (src/lint-worker.ts, built by scripts/build.mjs to
 * dist/lint-worker/index.js). Top-level because it reads the rule registry, which the engine
 * must not import.
 */
import type { Severity } from './engine/finding.js'
import type { LintWorkers } from './engine/lint-pool.js'
import type { RuleSet } from './engine/lint-text.js'
import { RULES_BY_ID } from './rules/index.js'

export interface WorkerRules {
  ruleIds: string[]
  yamlSyntax: string
  templateSkipped: string
  fileUnreadable: string
  severities: [string, Severity | 'off'][] | undefined
}

/** The rule set as registry ids, or undefined when a rule is not the registry's (it cannot be sent). */
export function workerRules(ruleSet: RuleSet): WorkerRules | undefined {
  const idOf = (rule: RuleSet['yamlSyntax']): string | undefined => (RULES_BY_ID.get(rule.meta.id) === rule ? rule.meta.id : undefined)
  const ruleIds = ruleSet.rules.map(idOf)
  const yamlSyntax = idOf(ruleSet.yamlSyntax)
  const templateSkipped = idOf(ruleSet.templateSkipped)
  const fileUnreadable = idOf(ruleSet.fileUnreadable)
  if (!yamlSyntax || !templateSkipped || !fileUnreadable || ruleIds.some((id) => id === undefined)) return undefined
  return { ruleIds: ruleIds as string[], yamlSyntax, templateSkipped, fileUnreadable, severities: ruleSet.severities ? [...ruleSet.severities] : undefined }
}

/** The rule set workerRules described, in the worker. */
export function ruleSetFromWorkerRules(data: unknown): RuleSet {
  const rules = data as WorkerRules
  const get = (id: string) => {
    const rule = RULES_BY_ID.get(id)
    if (!rule) throw new Error(`lint worker: no rule ${id} in the registry`)
    return rule
  }
  return {
    rules: rules.ruleIds.map(get),
    yamlSyntax: get(rules.yamlSyntax),
    templateSkipped: get(rules.templateSkipped),
    fileUnreadable: get(rules.fileUnreadable),
    severities: rules.severities ? new Map(rules.severities) : undefined,
  }
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
