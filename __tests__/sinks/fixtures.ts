/** Findings and reports for sink tests. */
import type { Finding, Severity } from '../../src/engine/finding.js'
import { countBySeverity } from '../../src/engine/finding.js'
import type { RunReport } from '../../src/report/run-report.js'

export function finding(severity: Severity, file: string, line: number, extra: Partial<Finding> = {}): Finding {
  const ruleId = `rule-${severity}`
  return { ruleId, messageId: 'found', severity, message: `${severity} at ${file}:${line}.`, helpUrl: `https://example.test/${ruleId}`, file, line, column: 5, endLine: line, endColumn: 12, ...extra }
}

export function many(severity: Severity, count: number, file = `${severity}s.yaml`): Finding[] {
  return Array.from({ length: count }, (_, i) => finding(severity, file, i * 10 + 1))
}

export function report(findings: Finding[], extra: Partial<RunReport> = {}): RunReport {
  return {
    mode: 'lint',
    failOn: 'error',
    lint: { summary: { files: 3, documents: 4, resources: 4, hooks: 2, ...countBySeverity(findings) }, findings, skipped: [] },
    render: undefined,
    scopeNote: undefined,
    changedLines: undefined,
    blobUrl: 'https://github.com/o/r/blob/abc',
    ...extra,
  }
}
