/**
 * Whether the step fails: findings reaching fail-on, or (check mode) a stale committed render.
 * Decided once, before the sinks run, and applied after all of them have written.
 */
import { reaches, type Severity } from '../engine/finding.js'
import { plural, type RunReport, type Verdict } from './run-report.js'

const WORD: Record<Severity, string> = { error: 'error', warning: 'warning', notice: 'notice' }

export function decideVerdict(report: RunReport): Verdict {
  const reasons: string[] = []
  const failing = report.lint.findings.filter((f) => reaches(f.severity, report.failOn))
  if (failing.length > 0) {
    const bySeverity = (['error', 'warning', 'notice'] as const)
      .map((s) => [s, failing.filter((f) => f.severity === s).length] as const)
      .filter(([, n]) => n > 0)
      .map(([s, n]) => plural(n, WORD[s]))
    reasons.push(`${bySeverity.join(', ')} ${failing.length === 1 ? 'reaches' : 'reach'} fail-on: ${report.failOn}`)
  }
  const stale = report.mode === 'check' ? (report.render?.stale ?? []) : []
  if (stale.length > 0) {
    const why = (['missing', 'different', 'orphaned'] as const)
      .map((r) => [r, stale.filter((s) => s.reason === r).length] as const)
      .filter(([, n]) => n > 0)
      .map(([r, n]) => `${n} ${r}`)
    reasons.push(`${plural(stale.length, 'rendered file is', 'rendered files are')} out of date (${why.join(', ')}); run mode: render and commit the result`)
  }
  if (reasons.length > 0) return { failed: true, line: `velero-hooks: ${reasons.join('; ')}` }
  const s = report.lint.summary
  const counts = `${plural(s.errors, 'error')}, ${plural(s.warnings, 'warning')}, ${plural(s.notices, 'notice')}`
  return { failed: false, line: `velero-hooks: ${counts}; nothing reaches fail-on: ${report.failOn}` }
}
