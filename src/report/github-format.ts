/**
 * GitHub workflow commands (`::error file=…,line=…,col=…::message`). The escaping follows
 * @actions/core's command.ts, so manifest text can never start a command of its own.
 */
import type { Finding } from '../engine/finding.js'
import type { Report } from './format.js'

export function escapeData(s: string): string {
  return s.replace(/%/g, '%25').replace(/\r/g, '%0D').replace(/\n/g, '%0A')
}

export function escapeProperty(s: string): string {
  return escapeData(s).replace(/:/g, '%3A').replace(/,/g, '%2C')
}

const LEVEL = { error: 'error', warning: 'warning', notice: 'notice' } as const

export function workflowCommand(f: Finding): string {
  const props: string[] = [`file=${escapeProperty(f.file)}`, `line=${f.line}`, `endLine=${f.endLine}`]
  // GitHub drops columns on multi-line ranges.
  if (f.line === f.endLine) props.push(`col=${f.column}`, `endColumn=${Math.max(f.column, f.endColumn)}`)
  props.push(`title=${escapeProperty(`velero-hooks: ${f.ruleId}`)}`)
  return `::${LEVEL[f.severity]} ${props.join(',')}::${escapeData(f.message)}`
}

export function formatGithub(report: Report): string {
  return report.findings.map((f) => `${workflowCommand(f)}\n`).join('')
}
