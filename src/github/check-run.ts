/**
 * One check run with every finding as an annotation (check-run: true). GitHub takes 50 annotations
 * per request: the run is created with the first 50 and updated with the rest, and completed with
 * a conclusion from fail-on in the last request. A create is never repeated blindly: a retry first
 * looks for the run an earlier attempt may have made (GitHubApi.createCheckRun), so one publish makes
 * at most one run. The check run is extra: on 403 (fork pull
 * requests, no `checks: write`) or any other API failure it logs one warning and returns, and the
 * step's result never depends on it.
 */
import { compareFindings, compareSeverity, type Finding, type Severity } from '../engine/finding.js'
import type { AnnotationLevel, CheckRunAnnotation, CheckRunOutput, GitHubApi } from './api.js'
import { isRateLimited } from './retry.js'
import { clip } from '../report/markdown.js'
import { plural, type RunReport, type Verdict } from '../report/run-report.js'

export const ANNOTATIONS_PER_REQUEST = 50
/**
 * 60 requests: GitHub allows about 80 content-creating requests per minute, so a larger run would
 * trip its secondary rate limit. Findings beyond this are in the summary, the log and SARIF.
 */
export const MAX_CHECK_RUN_ANNOTATIONS = 3000
const OUTPUT_CHARS = 65_535
const MESSAGE_CHARS = 60_000

const LEVEL: Record<Severity, AnnotationLevel> = { error: 'failure', warning: 'warning', notice: 'notice' }

export interface CheckRunTarget {
  name: string
  headSha: string
  /** Only for the wording of the warning: forks get a read-only token. */
  fromFork: boolean
}

export function checkRunAnnotation(f: Finding): CheckRunAnnotation {
  return {
    path: f.file,
    start_line: f.line,
    end_line: f.endLine,
    // Columns are only accepted on single-line annotations.
    ...(f.line === f.endLine ? { start_column: f.column, end_column: Math.max(f.column, f.endColumn) } : {}),
    annotation_level: LEVEL[f.severity],
    message: clip(f.message, MESSAGE_CHARS),
    title: clip(f.ruleId, 255),
    ...(f.path ? { raw_details: clip(f.path, MESSAGE_CHARS) } : {}),
  }
}

function outputSummary(report: RunReport, verdict: Verdict, annotated: number): string {
  const { summary, findings } = report.lint
  const lines = [
    `velero-hooks checked ${plural(summary.files, 'file')} (${plural(summary.resources, 'resource')}, ${summary.hooks} with Velero hooks) in ${report.mode} mode with fail-on: ${report.failOn}.`,
    '',
    verdict.line.replace(/^velero-hooks: /, '').replace(/^./, (c) => c.toUpperCase()) + '.',
  ]
  if (report.scopeNote) lines.push('', report.scopeNote)
  if (annotated < findings.length) {
    lines.push('', `The first ${annotated.toLocaleString('en-US')} of ${findings.length.toLocaleString('en-US')} findings (errors first) are annotated here; the job summary and the step log list all of them.`)
  }
  return clip(lines.join('\n'), OUTPUT_CHARS)
}

function describeFailure(error: unknown): string {
  const e = error as { status?: unknown; message?: unknown }
  const message = typeof e?.message === 'string' ? e.message.split('\n')[0]!.trim() : String(error)
  return typeof e?.status === 'number' ? `HTTP ${e.status}: ${message}` : message
}

/**
 * @returns the check run's URL, or undefined when it could not be published (after one warning).
 */
export async function publishCheckRun(
  connect: () => Promise<GitHubApi>,
  report: RunReport,
  verdict: Verdict,
  target: CheckRunTarget,
  warn: (message: string) => void,
): Promise<string | undefined> {
  const ordered = [...report.lint.findings].sort((a, b) => compareSeverity(a.severity, b.severity) || compareFindings(a, b))
  const annotations = ordered.slice(0, MAX_CHECK_RUN_ANNOTATIONS).map(checkRunAnnotation)
  const batches: CheckRunAnnotation[][] = []
  for (let i = 0; i < annotations.length; i += ANNOTATIONS_PER_REQUEST) batches.push(annotations.slice(i, i + ANNOTATIONS_PER_REQUEST))
  if (batches.length === 0) batches.push([])
  const output = (batch: CheckRunAnnotation[]): CheckRunOutput => ({
    title: verdict.line.replace(/^velero-hooks: /, ''),
    summary: outputSummary(report, verdict, annotations.length),
    annotations: batch,
  })
  const conclusion = verdict.failed ? 'failure' : 'success'

  let api: GitHubApi | undefined
  let checkRunId: number | undefined
  try {
    api = await connect()
    const [first, ...rest] = batches
    const created = await api.createCheckRun({
      name: target.name,
      head_sha: target.headSha,
      ...(rest.length === 0 ? { status: 'completed', conclusion } : { status: 'in_progress' }),
      output: output(first!),
    })
    checkRunId = created.id
    for (let i = 0; i < rest.length; i++) {
      const last = i === rest.length - 1
      await api.updateCheckRun(checkRunId, { ...(last ? { status: 'completed', conclusion } : {}), output: output(rest[i]!) })
    }
    return created.url
  } catch (error) {
    // Do not leave a half-annotated run spinning "in progress" on the pull request.
    if (api && checkRunId !== undefined) {
      const { title, summary } = output([])
      const note = 'Some annotations could not be delivered; the job summary lists every finding.'
      await api.updateCheckRun(checkRunId, { status: 'completed', conclusion, output: { title, summary: `${summary}\n\n${note}` } }).catch(() => undefined)
    }
    const hint = isRateLimited(error)
      ? " GitHub's API rate limit was reached."
      : (error as { status?: unknown })?.status !== 403
        ? ''
        : target.fromFork
          ? ' Pull requests from forks get a read-only GITHUB_TOKEN, so they cannot create check runs.'
          : ' The job needs `permissions: checks: write`.'
    warn(
      `velero-hooks: could not publish the check run "${target.name}" (${describeFailure(error)}).${hint} ` +
        'The annotations and the job summary still show every finding, and the step result does not depend on the check run.',
    )
    return undefined
  }
}
