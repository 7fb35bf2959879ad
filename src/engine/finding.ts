import type { Span } from '../yaml/parse.js'
import type { ResourceRef } from './model.js'

export type Severity = 'error' | 'warning' | 'notice'

export const SEVERITIES: readonly Severity[] = ['error', 'warning', 'notice']
const RANK: Record<Severity, number> = { notice: 1, warning: 2, error: 3 }

/** The severity a finding must reach to fail the run; 'never' fails on nothing. */
export type FailOn = Severity | 'never'

export function reaches(severity: Severity, failOn: FailOn): boolean {
  return failOn !== 'never' && RANK[severity] >= RANK[failOn]
}

export function compareSeverity(a: Severity, b: Severity): number {
  return RANK[b] - RANK[a]
}

/**
 * One problem, at the exact YAML key or value it is about (lines and columns 1-based). Made only
 * by createFinding (src/engine/define-rule.ts), for rules and the engine alike.
 */
export interface Finding extends Span {
  ruleId: string
  /** Which of the rule's meta.messages the message was made from. */
  messageId: string
  severity: Severity
  /** The message template filled with the report's data. */
  message: string
  /** The rule's documentation page. */
  helpUrl: string
  /** Relative to the working directory, '/' separators. */
  file: string
  resource?: ResourceRef
  /** YAML path of the node, e.g. spec.template.metadata.annotations["init.hook.restore.velero.io/command"]. */
  path?: string
}

export function compareFindings(a: Finding, b: Finding): number {
  return (
    (a.file < b.file ? -1 : a.file > b.file ? 1 : 0) ||
    a.line - b.line ||
    a.column - b.column ||
    (a.ruleId < b.ruleId ? -1 : a.ruleId > b.ruleId ? 1 : 0)
  )
}

export interface SeverityCounts {
  errors: number
  warnings: number
  notices: number
}

export function countBySeverity(findings: readonly Finding[]): SeverityCounts {
  const c = { errors: 0, warnings: 0, notices: 0 }
  for (const f of findings) {
    if (f.severity === 'error') c.errors++
    else if (f.severity === 'warning') c.warnings++
    else c.notices++
  }
  return c
}
