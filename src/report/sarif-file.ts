/** The engine's SARIF (exact regions, rule help) written where github/codeql-action/upload-sarif reads it. */
import { formatSarif } from './sarif.js'
import { writeFileAtomic } from '../io/atomic-write.js'
import { escapeThroughLink } from '../io/safe-read.js'
import type { RunReport } from './run-report.js'

/**
 * Writes the SARIF file; with `within` (the workspace), a file named inside it is refused when a
 * symbolic link on its path (`reports -> ../outside`) would put it elsewhere.
 */
export async function writeSarifFile(file: string, report: RunReport, within?: string): Promise<void> {
  const escape = within === undefined ? undefined : escapeThroughLink(file, within)
  if (escape) throw new Error(`refused: ${escape}, and nothing is written outside the workspace`)
  await writeFileAtomic(file, formatSarif({ summary: report.lint.summary, findings: report.lint.findings }))
}
