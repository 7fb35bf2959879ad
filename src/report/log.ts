/**
 * Every finding in the step log, as the CLI's text report, in a collapsed group. Manifest text (file
 * names, quoted values) could look like a workflow command (`::set-output …`, `##[…]`), so the
 * runner's command processing is paused around it with a one-time token.
 */
import { randomUUID } from 'node:crypto'
import { printable } from '../io/printable.js'
import { formatText } from './text.js'
import { plural, type RunReport } from './run-report.js'

export interface LogCommands {
  info(message: string): void
  startGroup(name: string): void
  endGroup(): void
}

export function logFindings(log: LogCommands, report: RunReport, token: string = randomUUID()): void {
  const { findings, skipped } = report.lint
  log.startGroup(`velero-hooks: ${plural(findings.length, 'finding')}${skipped.length ? `, ${plural(skipped.length, 'skipped path')}` : ''}`)
  log.info(`::stop-commands::${token}`)
  try {
    log.info(formatText(report.lint).trimEnd())
    for (const s of skipped) log.info(printable(`skipped ${s.path}: ${s.reason}`))
  } finally {
    log.info(`::${token}::`)
    log.endGroup()
  }
}
