import type { Finding } from '../engine/finding.js'
import type { LintSummary } from '../engine/run-lint.js'

/** What every formatter receives. */
export interface Report {
  summary: LintSummary
  findings: readonly Finding[]
}

export type FormatName = 'text' | 'json' | 'sarif' | 'github'
export const FORMATS: readonly FormatName[] = ['text', 'json', 'sarif', 'github']
