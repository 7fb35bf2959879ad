/** The engine's SARIF (exact regions, rule help) written where github/codeql-action/upload-sarif reads it. */
import { formatSarif } from './sarif.js'
import { writeFileAtomic } from '../io/atomic-write.js'
import type { RunReport } from './run-report.js'

export async function writeSarifFile(file: string, report: RunReport): Promise<void> {
  await writeFileAtomic(file, formatSarif({ summary: report.lint.summary, findings: report.lint.findings }))
}
