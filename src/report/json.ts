import type { Report } from './format.js'

/** `{summary, findings}`: stable field names for scripts (jq) and other tools. */
export function formatJson(report: Report): string {
  const findings = report.findings.map((f) => ({
    ruleId: f.ruleId,
    messageId: f.messageId,
    severity: f.severity,
    message: f.message,
    file: f.file,
    line: f.line,
    column: f.column,
    endLine: f.endLine,
    endColumn: f.endColumn,
    resource: f.resource ?? null,
    path: f.path ?? null,
    helpUrl: f.helpUrl,
  }))
  return `${JSON.stringify({ summary: report.summary, findings }, null, 2)}\n`
}
