/**
 * The cross-resource step of a run, once every file was read: the repository model from every
 * file's facts (plus those of rendered charts and overlays), the rules with checkRepository over
 * it, and the suppression comments of the files the findings land in, judged now that the
 * findings they may cover exist (suppressions.ts, DeferredSuppressions).
 */
import { compareFindings, type Finding } from './finding.js'
import { buildRepoModel, type FileFacts, type RepoModel } from './repo-model.js'
import type { RuleSet } from './rule-set.js'
import { runRepoRules } from './run-repo-rules.js'
import { applyDeferredSuppressions, type DeferredSuppressions } from './suppressions.js'

/** What runLint keeps of every file for the cross-resource step. */
export interface RepositoryFacts {
  /** The facts of the linted files and of the files read for their facts only, in discovery order. */
  readonly files: readonly FileFacts[]
  /** By file: suppression comments that name cross-resource rules. */
  readonly suppressions: ReadonlyMap<string, DeferredSuppressions>
  /** The files findings may be reported in, when the lint was narrowed (only-changed); undefined: all. */
  readonly reportable?: ReadonlySet<string>
}

/** What the charts-and-overlays step adds to the repository model. */
export interface CrossResourceExtra {
  /** The facts of rendered objects, their places already on the source lines the user edits. */
  readonly files?: readonly FileFacts[]
  /** More of them, read only when the repository holds a Backup, Schedule or Restore (renders the lint did not parse). */
  readonly moreFiles?: () => readonly FileFacts[]
  /** Files whose own facts the rendered ones replace (a rendered chart's files, an overlay's resources and patches). */
  readonly replaces?: (file: string) => boolean
  /** Suppression comments of files the lint did not read (a chart's helpers): the sources' own check. */
  readonly suppressed?: (finding: Finding) => boolean
  /** Files whose unused suppressions are not reported (their plain lint was replaced by a render). */
  readonly quietUnused?: (file: string) => boolean
}

export interface CrossResourceResult {
  repo: RepoModel
  /** Sorted, suppressions applied, unused-suppression findings of cross-resource rules included. */
  findings: Finding[]
}

export function crossResource(facts: RepositoryFacts, ruleSet: RuleSet, extra: CrossResourceExtra = {}): CrossResourceResult {
  const replaces = extra.replaces
  const own = replaces ? facts.files.filter((f) => !replaces(f.file)) : facts.files
  const files = [...own, ...(extra.files ?? [])]
  if (extra.moreFiles && files.some((f) => f.velero.length > 0)) files.push(...extra.moreFiles())
  const repo = buildRepoModel(files)
  const byFile = new Map<string, Finding[]>()
  for (const f of distinct(runRepoRules(repo, ruleSet))) {
    if (facts.reportable && !facts.reportable.has(f.file)) continue
    const list = byFile.get(f.file)
    if (list) list.push(f)
    else byFile.set(f.file, [f])
  }
  const findings: Finding[] = []
  for (const file of new Set([...byFile.keys(), ...facts.suppressions.keys()])) {
    const found = byFile.get(file) ?? []
    const deferred = facts.suppressions.get(file)
    const kept = deferred
      ? applyDeferredSuppressions(file, deferred, found, ruleSet, !(extra.quietUnused?.(file) ?? false))
      : extra.suppressed
        ? found.filter((f) => !extra.suppressed!(f))
        : found
    for (const f of kept) findings.push(f)
  }
  return { repo, findings: findings.sort(compareFindings) }
}

/** One finding per rule, place and message: a template rendered with several value sets is one source line. */
function distinct(findings: readonly Finding[]): Finding[] {
  const seen = new Set<string>()
  return findings.filter((f) => {
    const key = `${f.ruleId}\n${f.file}\n${f.line}\n${f.column}\n${f.message}`
    if (seen.has(key)) return false
    seen.add(key)
    return true
  })
}
