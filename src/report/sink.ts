/**
 * The one contract every place that shows a run's result implements: the step log, annotations,
 * the job summary, a SARIF file, a check run. The action publishes to its sinks in order, in one
 * loop; each sink sees where the findings were already published (the summary and the annotation
 * overflow note name those places) and says where it put them, or why it could not.
 */
import type { RunReport, Verdict } from './run-report.js'
import { writeSarifFile } from './sarif-file.js'
import { summaryOf } from './summary.js'
import { spendFailure, writeAnnotations, type AnnotationCommands, type LevelCounts } from './annotations.js'
import { logFindings, type LogCommands } from './log.js'

/** What the sinks published so far. */
export interface Published {
  /** Where every finding can be seen, e.g. 'the step log', 'the SARIF file out.sarif'. */
  places: string[]
  /** The check run's page, once one was created. */
  checkRunUrl?: string
  /** Problems earlier sinks reported: each fails the step, like a failing verdict. */
  problems: readonly string[]
}

export interface SinkOutcome {
  /** Where this sink showed every finding (added to Published.places). */
  place?: string
  checkRunUrl?: string
  /** A failure that fails the step after every sink ran (e.g. the SARIF file could not be written). */
  problem?: string
  /** A failure that only costs this view of the findings: one warning, the verdict is unchanged. */
  warning?: string
}

export interface Sink {
  readonly name: string
  publish(report: RunReport, verdict: Verdict, published: Readonly<Published>): Promise<SinkOutcome | undefined>
}

/** Publishes to every sink in order; returns what they published and the problems that fail the step. */
export async function publishAll(
  sinks: readonly Sink[],
  report: RunReport,
  verdict: Verdict,
  warn: (message: string) => void,
): Promise<{ published: Published; problems: string[] }> {
  const problems: string[] = []
  const published: Published = { places: [], problems }
  for (const sink of sinks) {
    const outcome = await sink.publish(report, verdict, published)
    if (outcome?.place) published.places.push(outcome.place)
    if (outcome?.checkRunUrl) published.checkRunUrl = outcome.checkRunUrl
    if (outcome?.problem) problems.push(outcome.problem)
    if (outcome?.warning) warn(outcome.warning)
  }
  return { published, problems }
}

/** Every finding in the step log. */
export function logSink(log: LogCommands): Sink {
  return {
    name: 'log',
    async publish(report) {
      logFindings(log, report)
      return { place: 'the step log' }
    },
  }
}

/** The SARIF file; a failure to write it fails the step (code scanning would silently miss it). */
export function sarifSink(file: string, shownAs: string, within?: string): Sink {
  return {
    name: 'sarif',
    async publish(report) {
      try {
        await writeSarifFile(file, report, within)
        return { place: `the SARIF file ${shownAs}` }
      } catch (e) {
        return { problem: `could not write the SARIF file ${shownAs} (${(e as Error).message})` }
      }
    },
  }
}

/** The job summary, naming the places that hold every finding when the table had to stop short. */
export function summarySink(write: (markdown: string) => Promise<void>, serverUrl?: string): Sink {
  return {
    name: 'summary',
    async publish(report, verdict, published) {
      const elsewhere = ['the job summary', ...published.places]
      try {
        const summary = summaryOf(report, verdict, { elsewhere, ...(serverUrl ? { serverUrl } : {}), ...(published.checkRunUrl ? { checkRunUrl: published.checkRunUrl } : {}) })
        await write(summary.markdown)
        // Cut short by GitHub's limit, it is no place where every finding can be seen.
        return summary.complete ? { place: 'the job summary' } : undefined
      } catch (e) {
        return { warning: `velero-hooks: could not write the job summary (${(e as Error).message}).` }
      }
    },
  }
}

/**
 * Annotations on the pull request, within GitHub's per-step limits (which `used` already spent).
 * A step that will fail (the verdict, or a problem an earlier sink reported) keeps one error slot
 * for the `::error::` core.setFailed writes after the sinks.
 */
export function annotationsSink(commands: AnnotationCommands, used: LevelCounts): Sink {
  return {
    name: 'annotations',
    async publish(report, verdict, published) {
      // The summary comes first in the note, as before: it is the place a reader opens.
      const places = [...published.places].sort((a, b) => Number(b === 'the job summary') - Number(a === 'the job summary'))
      const failing = verdict.failed || published.problems.length > 0
      writeAnnotations(commands, report, places, failing ? spendFailure(used) : used)
      return undefined
    },
  }
}
