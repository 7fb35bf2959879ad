/**
 * The job summary: every finding in a table (file:line linked to the commit, rule, message), counts
 * per rule and severity, and what render wrote or check found stale. GitHub rejects a step summary
 * over 1 MiB, so the text stops short of that with a note saying where the rest is.
 */
import { compareSeverity, type Finding, type Severity } from '../engine/finding.js'
import { ruleDocUrl } from '../version.js'
import { BoundedLines, clip, encodeUrlPath, escapeMarkdown, serverLink } from './markdown.js'
import { planMarkdownOf } from './plan-markdown.js'
import { plural, type RenderOutcome, type RunReport, type Verdict } from './run-report.js'

/** GitHub's limit for one step's summary. */
export const SUMMARY_LIMIT_BYTES = 1024 * 1024
/** Room kept for the truncation note and for multi-byte surprises. */
const NOTE_RESERVE_BYTES = 4 * 1024
/** A single message longer than this is clipped in the table (the log and SARIF keep it whole). */
const MESSAGE_CHARS = 1500

export interface SummaryOptions {
  /** Where else every finding can be seen, for the truncation note. */
  elsewhere: readonly string[]
  checkRunUrl?: string
  /** The GitHub server (https://github.com): the check run's link is shown only when it points there. */
  serverUrl?: string
  limitBytes?: number
}

const ICON: Record<Severity, string> = { error: '🔴 error', warning: '🟠 warning', notice: '🔵 notice' }

function location(f: Finding, blobUrl: string | undefined): string {
  const text = escapeMarkdown(`${f.file}:${f.line}:${f.column}`)
  if (!blobUrl) return text
  const anchor = f.endLine > f.line ? `#L${f.line}-L${f.endLine}` : `#L${f.line}`
  return `[${text}](${blobUrl}/${encodeUrlPath(f.file)}${anchor})`
}

function ruleCounts(findings: readonly Finding[]): Array<[string, Record<Severity, number>]> {
  const counts = new Map<string, Record<Severity, number>>()
  for (const f of findings) {
    const c = counts.get(f.ruleId) ?? { error: 0, warning: 0, notice: 0 }
    c[f.severity]++
    counts.set(f.ruleId, c)
  }
  return [...counts].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))
}

export function renderSummary(report: RunReport, verdict: Verdict, options: SummaryOptions): string {
  return summaryOf(report, verdict, options).markdown
}

/** The summary, and whether it lists every finding (false when GitHub's size limit cut it short). */
export function summaryOf(report: RunReport, verdict: Verdict, options: SummaryOptions): { markdown: string; complete: boolean } {
  const limit = (options.limitBytes ?? SUMMARY_LIMIT_BYTES) - NOTE_RESERVE_BYTES
  const out = new BoundedLines(limit)
  addHeader(out, report, verdict, options)
  addRuleCounts(out, report)
  if (report.mode === 'check' && report.render) addStaleFiles(out, report.render)
  const listed = addFindings(out, report)
  if (report.mode === 'render' && report.render) addWrittenFiles(out, report.render)
  addSkippedPaths(out, report)
  addPlan(out, report)

  let text = out.toString()
  if (out.full) text += truncationNote(listed, report.lint.findings.length, options.elsewhere)
  return { markdown: text, complete: !out.full }
}

/** The title with the counts, what was checked, whether the step fails, and where else to look. */
function addHeader(out: BoundedLines, report: RunReport, verdict: Verdict, options: SummaryOptions): void {
  const { summary, findings } = report.lint
  const counts = `${plural(summary.errors, 'error')}, ${plural(summary.warnings, 'warning')}, ${plural(summary.notices, 'notice')}`
  out.add(`## velero-hooks: ${findings.length === 0 ? '✔ no problems' : `${verdict.failed ? '✖' : '⚠'} ${counts}`}`)
  out.add('')
  out.add(
    `Checked ${plural(summary.files, 'file')} (${plural(summary.resources, 'resource')}, ${summary.hooks.toLocaleString('en-US')} with Velero hooks) ` +
      `in ${report.mode} mode; fail-on: ${report.failOn}. ${verdict.failed ? `**The step fails:** ${escapeMarkdown(verdict.line.replace(/^velero-hooks: /, ''))}.` : 'The step passes.'}`,
  )
  if (report.scopeNote) out.add('', `> ${escapeMarkdown(report.scopeNote)}`)
  const link = options.checkRunUrl ? serverLink(options.checkRunUrl, options.serverUrl ?? 'https://github.com') : undefined
  if (link) out.add('', `Check run with every finding annotated: [the check run](${link})`)
}

function addRuleCounts(out: BoundedLines, report: RunReport): void {
  const { summary, findings } = report.lint
  if (findings.length === 0) return
  out.add('', '### By rule', '', '| Rule | Errors | Warnings | Notices |', '|:--|--:|--:|--:|')
  for (const [rule, c] of ruleCounts(findings)) out.add(`| [${escapeMarkdown(rule)}](${ruleDocUrl(encodeUrlPath(rule))}) | ${c.error} | ${c.warning} | ${c.notice} |`)
  out.add(`| **Total** | **${summary.errors}** | **${summary.warnings}** | **${summary.notices}** |`)
}


/** Check mode: the rendered files that are not what render would write. */
function addStaleFiles(out: BoundedLines, render: RenderOutcome): void {
  const stale = render.stale
  const dir = escapeMarkdown(render.outputDir === '.' ? 'in place' : `${render.outputDir}/`)
  if (stale.length === 0) {
    out.add('', `### Rendered manifests`, '', `Every rendered manifest (${dir}) is up to date.`)
    return
  }
  out.add('', `### Out-of-date rendered manifests (${stale.length.toLocaleString('en-US')})`, '', '| File | Problem |', '|:--|:--|')
  const why = { missing: 'missing: not committed', different: 'different from what render writes', orphaned: 'orphaned: its source is gone' }
  for (const s of stale) if (!out.add(`| ${escapeMarkdown(s.path)} | ${why[s.reason]} |`)) break
}

/** The findings table, errors first; returns how many rows fitted (for the truncation note). */
function addFindings(out: BoundedLines, report: RunReport): number {
  const { findings } = report.lint
  if (findings.length === 0) return 0
  let listed = 0
  out.add('', `### Findings (${findings.length.toLocaleString('en-US')})`, '', '| Severity | Location | Rule | Message |', '|:--|:--|:--|:--|')
  const ordered = [...findings].sort((a, b) => compareSeverity(a.severity, b.severity))
  for (const f of ordered) {
    if (!out.add(`| ${ICON[f.severity]} | ${location(f, report.blobUrl)} | ${escapeMarkdown(f.ruleId)} | ${escapeMarkdown(clip(f.message, MESSAGE_CHARS))} |`)) break
    listed++
  }
  return listed
}

/** Render mode: what was written. */
function addWrittenFiles(out: BoundedLines, render: RenderOutcome): void {
  const { written, unchanged, outputDir } = render
  const dir = outputDir === '.' ? 'in place' : `to ${outputDir}/`
  out.add('', '### Rendered manifests', '', escapeMarkdown(`Wrote ${plural(written.length, 'file')} ${dir}; ${plural(unchanged.length, 'file was', 'files were')} already up to date.`))
  if (written.length > 0) out.add('')
  for (const p of written) if (!out.add(`- ${escapeMarkdown(p)}`)) break
}

function addSkippedPaths(out: BoundedLines, report: RunReport): void {
  const { skipped } = report.lint
  if (skipped.length === 0) return
  out.add('', `### Skipped paths (${skipped.length.toLocaleString('en-US')})`, '')
  for (const s of skipped) if (!out.add(`- ${escapeMarkdown(s.path)}: ${escapeMarkdown(s.reason)}`)) break
}

/** The hook plan's share of the summary at most: it is collapsed, and the findings come first. */
export const PLAN_SUMMARY_BYTES = 256 * 1024
/** Less room than this left after the findings: no plan (a note says so, when it fits). */
const PLAN_MIN_BYTES = 4 * 1024

/** The hook plan in a collapsed section, when the repository has a Backup, Schedule or Restore. */
function addPlan(out: BoundedLines, report: RunReport): void {
  const p = report.plan
  if (!p || out.full) return
  if (!p.plan) {
    out.add('', `> The hook plan could not be made: ${escapeMarkdown(clip(p.error ?? 'unknown error', MESSAGE_CHARS))}`)
    return
  }
  if (p.plan.backups.length === 0 && p.plan.restores.length === 0) return
  if (out.remaining < PLAN_MIN_BYTES) {
    out.add('', '> The hook plan does not fit in this summary: run `velero-hooks plan`, or set `plan: true` for the plan file.')
    return
  }
  const elsewhere = p.file ? `the plan file ${p.file}` : 'the output of velero-hooks plan, or the file the action writes with plan: true'
  const limitBytes = Math.min(PLAN_SUMMARY_BYTES, out.remaining - 16)
  const { markdown } = planMarkdownOf(p.plan, { veleroVersion: p.veleroVersion, collapsible: true, limitBytes, elsewhere, unrendered: p.unrendered })
  out.add('', ...markdown.replace(/\n$/, '').split('\n'))
}

/** Appended past the limit (NOTE_RESERVE_BYTES keeps room for it): how many findings are listed, and where the rest are. */
function truncationNote(listed: number, total: number, places: readonly string[]): string {
  // This summary is exactly the place that does not hold every finding.
  const elsewhere = places.filter((p) => p !== 'the job summary')
  const where = elsewhere.length > 0 ? ` Every finding is in ${elsewhere.map(escapeMarkdown).join(', ')}.` : ''
  return (
    `\n> **This summary is cut short:** GitHub accepts at most 1 MiB per step summary; ` +
    `${listed.toLocaleString('en-US')} of ${total.toLocaleString('en-US')} findings are listed above.${where}\n`
  )
}
