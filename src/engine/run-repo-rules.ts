/**
 * The cross-resource step: every rule with checkRepository runs once over the repository model
 * (repo-model.ts), after all files were linted. Findings go where the user edits (each report's
 * place), with the run's severity overrides applied as for per-file rules.
 */
import { createFinding, type RepoRuleContext, type RuleModule } from './define-rule.js'
import { compareFindings, type Finding, type Severity } from './finding.js'
import type { RepoModel } from './repo-model.js'
import type { RuleSet } from './rule-set.js'

export function runRepoRules(repo: RepoModel, ruleSet: RuleSet): Finding[] {
  const findings: Finding[] = []
  for (const rule of ruleSet.rules) {
    if (!rule.checkRepository || ruleSet.severities?.get(rule.meta.id) === 'off') continue
    runOne(rule, repo, ruleSet, findings)
  }
  return findings.sort(compareFindings)
}

function runOne(rule: RuleModule, repo: RepoModel, ruleSet: RuleSet, findings: Finding[]): void {
  const override = ruleSet.severities?.get(rule.meta.id) as Severity | undefined
  const context: RepoRuleContext<string> = {
    repo,
    veleroVersion: ruleSet.veleroVersion,
    report: (d) => {
      const severity = override ?? d.severity ?? rule.meta.severity
      const { messageId, data, place, resource } = d
      findings.push(createFinding(rule, { messageId, data, severity, file: place.file, span: place.span, resource, path: place.path }))
    },
  }
  rule.checkRepository!(context)
}
