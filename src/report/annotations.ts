/**
 * Workflow-command annotations (::error file=…,line=…,col=…::message). They need no token, so they
 * work on fork pull requests, but GitHub keeps only 10 per level per step and silently drops the
 * rest. So: errors first, and within a level the lines the pull request changed first; at most 10
 * per level (9 errors when the step fails: its own `::error::` is the tenth); then one notice saying
 * how many more there are and where to see them.
 */
import type { AnnotationProperties } from '@actions/core'
import { compareSeverity, SEVERITIES, type Finding, type Severity, type SeverityCounts } from '../engine/finding.js'
import { touchesChangedLine, type ChangedLines } from './changed-lines.js'
import { plural, type RunReport } from './run-report.js'

/** GitHub's limit per level (error, warning, notice) for one step. */
export const ANNOTATIONS_PER_LEVEL = 10

/** The part of @actions/core this sink uses; its escaping keeps manifest text from forming commands. */
export type AnnotationCommands = Record<Severity, (message: string, properties: AnnotationProperties) => void>

export interface AnnotationPlan {
  /** In emission order: errors, then warnings, then notices. */
  shown: Finding[]
  hidden: SeverityCounts
}

/** Annotations of each level the step has already emitted (e.g. a check-run warning). */
export type LevelCounts = Record<Severity, number>

export const NONE_USED: LevelCounts = { error: 0, warning: 0, notice: 0 }

/**
 * The counts with the error annotation a failing step ends with: core.setFailed writes `::error::`,
 * and it counts against the same 10, so a failing step shows at most 9 file errors.
 */
export function spendFailure(used: LevelCounts): LevelCounts {
  return { ...used, error: used.error + 1 }
}

export function planAnnotations(
  findings: readonly Finding[],
  changed: ChangedLines | undefined,
  used: LevelCounts = NONE_USED,
  limit = ANNOTATIONS_PER_LEVEL,
): AnnotationPlan {
  const byLevel = new Map<Severity, Finding[]>(SEVERITIES.map((s) => [s, []]))
  for (const f of findings) byLevel.get(f.severity)!.push(f)
  const room = (s: Severity): number => Math.max(0, limit - used[s])
  const overflows = SEVERITIES.some((s) => byLevel.get(s)!.length > room(s))
  const shown: Finding[] = []
  const hidden: SeverityCounts = { errors: 0, warnings: 0, notices: 0 }
  for (const severity of [...SEVERITIES].sort(compareSeverity)) {
    const list = byLevel.get(severity)!
    // Stable: within "changed" and "unchanged", the engine's file/line order is kept.
    const ranked = [...list.filter((f) => touchesChangedLine(f, changed)), ...list.filter((f) => !touchesChangedLine(f, changed))]
    // The "N more" notice is itself a notice: keep a slot free for it.
    const cap = Math.max(0, room(severity) - (severity === 'notice' && overflows ? 1 : 0))
    shown.push(...ranked.slice(0, cap))
    const rest = Math.max(0, ranked.length - cap)
    if (severity === 'error') hidden.errors = rest
    else if (severity === 'warning') hidden.warnings = rest
    else hidden.notices = rest
  }
  return { shown, hidden }
}

export function annotationProperties(f: Finding): AnnotationProperties {
  return {
    title: `velero-hooks: ${f.ruleId}`,
    file: f.file,
    startLine: f.line,
    endLine: f.endLine,
    // GitHub ignores columns on multi-line ranges; sending them there is an error.
    ...(f.line === f.endLine ? { startColumn: f.column, endColumn: Math.max(f.column, f.endColumn) } : {}),
  }
}

/**
 * @param elsewhere where the complete list can be seen, e.g. ['the job summary', 'the step log'].
 * @param used annotations the step emitted before this sink, which count against the same limits.
 */
export function writeAnnotations(
  commands: AnnotationCommands,
  report: RunReport,
  elsewhere: readonly string[],
  used: LevelCounts = NONE_USED,
): AnnotationPlan {
  const plan = planAnnotations(report.lint.findings, report.changedLines, used)
  for (const f of plan.shown) commands[f.severity](f.message, annotationProperties(f))
  const { errors, warnings, notices } = plan.hidden
  const hiddenTotal = errors + warnings + notices
  if (hiddenTotal > 0) {
    const parts = [plural(errors, 'error'), plural(warnings, 'warning'), plural(notices, 'notice')].filter((p) => !p.startsWith('0 '))
    const total = report.lint.findings.length
    const where = elsewhere.length > 1 ? `${elsewhere.slice(0, -1).join(', ')} and ${elsewhere.at(-1)}` : (elsewhere[0] ?? 'the step log')
    commands.notice(
      `velero-hooks found ${plural(total, 'problem')}; GitHub shows at most ${ANNOTATIONS_PER_LEVEL} annotations per level in a step, ` +
        `so ${hiddenTotal.toLocaleString('en-US')} more (${parts.join(', ')}) are not annotated here. Every finding is listed in ${where}.`,
      { title: `velero-hooks: ${hiddenTotal.toLocaleString('en-US')} more findings` },
    )
  }
  return plan
}
