/**
 * The action: inputs → settings → lint (or render/check) → sinks → outputs → result.
 * Every side effect goes through ActionDeps, so tests drive the whole flow with fakes; index.ts
 * passes the real @actions/core.
 */
import * as core from '@actions/core'
import path from 'node:path'
import { runPlan } from '../app/plan.js'
import { runRequested, type RunOutcome } from '../app/run.js'
import { UnmatchedPatternError } from '../app/unmatched.js'
import { parseSettings, type RawSettings, type Settings } from '../app/settings.js'
import { UsageError } from '../errors.js'
import type { FixRunResult } from '../fix/index.js'
import { checkRunSink } from '../github/check-run-sink.js'
import { changesFromFiles, type ChangedLines } from '../github/changed-files.js'
import { contentSha, readRunContext, type RunContext } from '../github/context.js'
import { connectGitHub, type GitHubApi } from '../github/api.js'
import { renderRepository } from '../render/render-repo.js'
import { planAnnotations, spendFailure, type LevelCounts } from '../report/annotations.js'
import { planFileSink } from '../report/plan-file.js'
import type { PlanReport, RunReport } from '../report/run-report.js'
import { annotationsSink, logSink, publishAll, sarifSink, summarySink, type Sink } from '../report/sink.js'
import { decideVerdict } from '../report/verdict.js'
import { readActionInputs, workspaceDirectory } from './inputs.js'
import { needsEscaping, printable } from '../io/printable.js'
import { resolveScope } from './scope.js'

/** The parts of @actions/core the action uses. */
export type ActionCore = Pick<
  typeof core,
  'info' | 'debug' | 'notice' | 'warning' | 'error' | 'setOutput' | 'setFailed' | 'setSecret' | 'startGroup' | 'endGroup'
>

export interface ActionDeps {
  core: ActionCore
  env: NodeJS.ProcessEnv
  readInputs: () => RawSettings
  /** Appends to the job summary; undefined when the runner gave no summary file. */
  writeSummary: ((markdown: string) => Promise<void>) | undefined
  renderRepository: typeof renderRepository
  connectGitHub: typeof connectGitHub
}

export function runnerDeps(env: NodeJS.ProcessEnv = process.env): ActionDeps {
  return {
    core,
    env,
    readInputs: () => readActionInputs(undefined, env),
    writeSummary: env.GITHUB_STEP_SUMMARY ? async (md) => void (await core.summary.addRaw(md).write()) : undefined,
    renderRepository,
    connectGitHub,
  }
}

export async function run(deps: ActionDeps = runnerDeps()): Promise<void> {
  const { core: log } = deps
  try {
    const settings = parseSettings(deps.readInputs(), { dir: workspaceDirectory(deps.env), source: 'action' })
    if (settings.token) maskSecret(log, settings.token)
    const context = readRunContext(deps.env, (m) => log.debug(m))
    // Warnings and notices emitted before the annotations count against the same per-step limits.
    const used: LevelCounts = { error: 0, warning: 0, notice: 0 }
    const status = {
      info: (m: string) => log.info(printable(m)),
      notice: (m: string) => (used.notice++, log.notice(m)),
      warning: (m: string) => (used.warning++, log.warning(m)),
    }
    const github = lazyGitHub(settings, context, deps)
    const scope = await resolveScope(settings, context, github, status)
    const outcome = await runRequested(settings, { patterns: scope.narrowed ? scope.patterns : undefined, renderRepository: deps.renderRepository })
    reportFixed(log, outcome.fixed)
    // Allowed by allow-no-files, but still said: a green check that looked at nothing is usually a typo.
    if (outcome.lint.summary.files === 0 && !scope.narrowed) status.notice(`velero-hooks: no files match ${settings.patterns.join(', ')}; nothing was checked.`)
    const report: RunReport = {
      mode: settings.mode,
      failOn: settings.failOn,
      lint: outcome.lint,
      render: outcome.render,
      scopeNote: scope.note,
      changedLines: scope.changes?.lines,
      blobUrl: blobUrl(context),
      plan: settings.planFile || deps.writeSummary ? await planReport(settings, status.warning, scope.narrowed ? undefined : outcome) : undefined,
    }
    const verdict = decideVerdict(report)
    report.changedLines ??= await changedLinesForRanking(report, verdict.failed ? spendFailure(used) : used, settings, context, github, log)
    const { problems } = await publishAll(sinksFor(settings, context, deps, github, status, used), report, verdict, status.warning)
    setOutputs(log, report, settings)
    const failure = [...(verdict.failed ? [verdict.line.replace(/^velero-hooks: /, '')] : []), ...problems, ...fixFailures(outcome.fixed)]
    if (failure.length > 0) log.setFailed(`velero-hooks: ${failure.join('; ')}`)
  } catch (e) {
    if (e instanceof UnmatchedPatternError) log.setFailed(`velero-hooks: ${e.message} Set allow-no-files: true to let the step pass when nothing matches.`)
    else if (e instanceof UsageError) log.setFailed(`velero-hooks: ${e.message}`)
    else {
      log.debug((e as Error)?.stack ?? String(e))
      log.setFailed(`velero-hooks: internal error: ${(e as Error)?.message ?? String(e)}`)
    }
  }
}

/** The places the action shows its result, in the order they publish. */
function sinksFor(
  settings: Settings,
  context: RunContext,
  deps: ActionDeps,
  github: () => Promise<GitHubApi>,
  status: { warning: (m: string) => void },
  used: LevelCounts,
): Sink[] {
  const sinks: Sink[] = [logSink(deps.core)]
  if (settings.sarifFile) sinks.push(sarifSink(settings.sarifFile, workspacePath(settings, settings.sarifFile), settings.cwd))
  if (settings.checkRun) {
    const target = { name: checkRunName(settings, context), headSha: contentSha(context) ?? '', fromFork: context.pullRequest?.fromFork ?? false }
    sinks.push(checkRunSink(github, target, status.warning))
  }
  if (settings.planFile) sinks.push(planFileSink(settings.planFile, workspacePath(settings, settings.planFile), settings.cwd))
  if (deps.writeSummary) sinks.push(summarySink(deps.writeSummary, context.serverUrl))
  sinks.push(annotationsSink(deps.core, used))
  return sinks
}

/**
 * The hook plan of the whole repository (only-changed or not: which hook runs where is decided
 * across files), for the job summary and the plan file: from the lint's own model (rendered charts
 * and overlays included) when the lint covered the whole repository; only-changed linted the
 * changed files and rendered only their charts and overlays, so the plan then makes its own model.
 * A failure to make it is said; it fails the step only when the plan file was asked for (its sink
 * reports it).
 */
async function planReport(settings: Settings, warn: (m: string) => void, lint: RunOutcome | undefined): Promise<PlanReport> {
  const file = settings.planFile ? workspacePath(settings, settings.planFile) : undefined
  try {
    const made = await runPlan(settings, { checkUnmatched: false, ...(lint ? { lint } : {}) })
    return { plan: made.plan, veleroVersion: made.veleroVersionText, unrendered: made.unrendered, file }
  } catch (e) {
    const error = (e as Error)?.message ?? String(e)
    if (!settings.planFile) warn(`velero-hooks: could not make the hook plan for the job summary (${printable(error)}).`)
    return { plan: undefined, error, veleroVersion: '', unrendered: [], file }
  }
}

function reportFixed(log: ActionCore, fixed: FixRunResult | undefined): void {
  if (!fixed) return
  for (const f of fixed.files) log.info(printable(`velero-hooks: fixed ${f.file}: ${f.fixes.map((x) => `${x.description} (${x.ruleId})`).join('; ')}`))
  for (const f of fixed.failed) log.info(printable(`velero-hooks: could not write the fixes of ${f.file}: ${f.reason}; it is left as it was`))
  log.setOutput('fixed', pathList(log, 'fixed', fixed.files.map((f) => f.file)))
}

/** The step fails when fix: true could not write a file (each is named in the log above). */
function fixFailures(fixed: FixRunResult | undefined): string[] {
  const failed = fixed?.failed ?? []
  if (failed.length === 0) return []
  return [`could not write the fixes of ${failed.length === 1 ? `1 file (${printable(failed[0]!.file)}: ${failed[0]!.reason})` : `${failed.length} files`}`]
}

/**
 * A secret as the runner masks it: it masks line by line, so a token with a line break is
 * registered whole and line by line (otherwise its halves would show in a warning).
 */
function maskSecret(log: ActionCore, secret: string): void {
  log.setSecret(secret)
  for (const part of secret.split(/\r?\n|\r/)) if (part.trim() !== '' && part !== secret) log.setSecret(part)
}

/**
 * A newline-separated output of paths: a path with a line break (or another control character)
 * would read as two paths, so it is left out, with a warning naming it escaped.
 */
function pathList(log: ActionCore, output: string, paths: readonly string[]): string {
  const odd = paths.filter(needsEscaping)
  if (odd.length > 0) log.warning(`velero-hooks: the ${output} output leaves out ${odd.length} path(s) with line breaks or control characters: ${odd.map(printable).join(', ')}`)
  return paths.filter((p) => !needsEscaping(p)).join('\n')
}

/** Connects on first use only: most runs need no token and never load @actions/github. */
function lazyGitHub(settings: Settings, context: RunContext, deps: ActionDeps): () => Promise<GitHubApi> {
  let api: Promise<GitHubApi> | undefined
  return () =>
    (api ??= (async () => {
      if (!settings.token) throw new Error('github-token is empty')
      if (!context.repository) throw new Error('GITHUB_REPOSITORY is not set')
      return deps.connectGitHub({
        token: settings.token,
        apiUrl: context.apiUrl,
        repository: context.repository,
        debug: (m) => deps.core.debug(m),
        onRetry: (ms, e) => deps.core.info(`GitHub API request failed (${(e as { status?: unknown })?.status ?? 'no response'}); retrying in ${ms} ms.`),
      })
    })())
}

/**
 * Which lines the pull request changed, so its own findings are annotated first. Only worth a
 * request when some level has more findings than GitHub will show; a failure just keeps file order.
 */
async function changedLinesForRanking(
  report: RunReport,
  used: LevelCounts,
  settings: Settings,
  context: RunContext,
  github: () => Promise<GitHubApi>,
  log: ActionCore,
): Promise<ChangedLines | undefined> {
  const pr = context.pullRequest
  if (!pr || !settings.token || !context.repository) return undefined
  const plan = planAnnotations(report.lint.findings, undefined, used)
  if (plan.hidden.errors + plan.hidden.warnings + plan.hidden.notices === 0) return undefined
  try {
    return changesFromFiles(await (await github()).listPullRequestFiles(pr.number)).lines
  } catch (e) {
    log.debug(`could not list the pull request's files to rank annotations: ${(e as Error).message}`)
    return undefined
  }
}

function blobUrl(context: RunContext): string | undefined {
  const sha = contentSha(context)
  if (!context.repository || !sha) return undefined
  return `${context.serverUrl}/${context.repository.owner}/${context.repository.repo}/blob/${sha}`
}

/** Unique per job and mode: a check run named like a workflow job gets confused with it. */
function checkRunName(settings: Settings, context: RunContext): string {
  return `velero-hooks ${settings.mode}${context.job ? ` (${context.job})` : ''}`
}

/** Relative to the workspace when inside it (as inputs are given), else absolute. */
function workspacePath(settings: Settings, file: string): string {
  const rel = path.relative(settings.cwd, file)
  return rel && !rel.startsWith('..') && !path.isAbsolute(rel) ? rel.split(path.sep).join('/') : file
}

function setOutputs(log: ActionCore, report: RunReport, settings: Settings): void {
  const s = report.lint.summary
  log.setOutput('files', String(s.files))
  log.setOutput('resources', String(s.resources))
  log.setOutput('hooks', String(s.hooks))
  log.setOutput('errors', String(s.errors))
  log.setOutput('warnings', String(s.warnings))
  log.setOutput('notices', String(s.notices))
  log.setOutput('rendered', pathList(log, 'rendered', report.render?.written ?? []))
  log.setOutput('stale', pathList(log, 'stale', (report.render?.stale ?? []).map((f) => f.path)))
  log.setOutput('sarif-file', settings.sarifFile ? workspacePath(settings, settings.sarifFile) : '')
  log.setOutput('plan-file', settings.planFile ? workspacePath(settings, settings.planFile) : '')
}
