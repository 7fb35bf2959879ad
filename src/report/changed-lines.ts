/** Which lines a pull request changed, so its own findings can be shown first. */
import type { Finding } from '../engine/finding.js'

/** Repository path → lines added or modified in the head version; 'all' when GitHub sent no patch. */
export type ChangedLines = ReadonlyMap<string, ReadonlySet<number> | 'all'>

export function touchesChangedLine(finding: Finding, changed: ChangedLines | undefined): boolean {
  const lines = changed?.get(finding.file)
  if (lines === undefined) return false
  if (lines === 'all') return true
  for (let line = finding.line; line <= finding.endLine; line++) if (lines.has(line)) return true
  return false
}
