/** Findings grouped per file, like ESLint's stylish formatter, with a summary line. */
import type { Report } from './format.js'

export interface TextOptions {
  color: boolean
}

const paint = (on: boolean, code: string, s: string): string => (on ? `\u001b[${code}m${s}\u001b[0m` : s)

/**
 * Manifest text reaches messages and file names. On one line, with control characters shown as
 * escapes: a raw ESC would drive the terminal, and a CR starts a new line for the Actions runner,
 * where a line beginning with "::" is a workflow command.
 */
// eslint-disable-next-line no-control-regex
const CONTROL = /[\u0000-\u0009\u000b-\u001f\u007f-\u009f]/g
export function oneLine(s: string): string {
  return s.replace(/\r?\n/g, ' ').replace(CONTROL, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`)
}

/** A file name as a header line: never one the runner would take for a command. */
function fileHeader(file: string): string {
  const line = oneLine(file)
  return /^\s*(::|##\[)/.test(line) ? `./${line}` : line
}

export function formatText(report: Report, options: TextOptions = { color: false }): string {
  const { color } = options
  const out: string[] = []
  const byFile = new Map<string, Report['findings'][number][]>()
  for (const f of report.findings) {
    const list = byFile.get(f.file)
    if (list) list.push(f)
    else byFile.set(f.file, [f])
  }
  for (const [file, findings] of byFile) {
    out.push(paint(color, '4', fileHeader(file)))
    const rows = findings.map((f) => [`${f.line}:${f.column}`, f.severity, f.message, f.ruleId] as const)
    // A loop, not Math.max(...): a file can have more findings than a call can take arguments.
    let w0 = 0
    let w1 = 0
    for (const r of rows) {
      w0 = Math.max(w0, r[0].length)
      w1 = Math.max(w1, r[1].length)
    }
    for (const [pos, sev, msg, id] of rows) {
      const sevText = sev.padEnd(w1)
      const painted = sev === 'error' ? paint(color, '31', sevText) : sev === 'warning' ? paint(color, '33', sevText) : paint(color, '36', sevText)
      out.push(`  ${paint(color, '2', pos.padEnd(w0))}  ${painted}  ${oneLine(msg)}  ${paint(color, '2', id)}`)
    }
    out.push('')
  }
  const s = report.summary
  const problems = s.errors + s.warnings + s.notices
  const counts = `${s.errors} error${s.errors === 1 ? '' : 's'}, ${s.warnings} warning${s.warnings === 1 ? '' : 's'}, ${s.notices} notice${s.notices === 1 ? '' : 's'}`
  const scope = `${s.files} file${s.files === 1 ? '' : 's'}, ${s.resources} resource${s.resources === 1 ? '' : 's'}, ${s.hooks} with hooks`
  if (problems === 0) out.push(paint(color, '32', `✔ no problems (${scope})`))
  else out.push(paint(color, s.errors > 0 ? '31;1' : '33;1', `✖ ${problems} problem${problems === 1 ? '' : 's'} (${counts}) in ${byFile.size} file${byFile.size === 1 ? '' : 's'}; scanned ${scope}`))
  return `${out.join('\n')}\n`
}
