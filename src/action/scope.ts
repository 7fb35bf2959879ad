/**
 * only-changed: on pull request events, check only the files the pull request changed that also
 * match the globs. Anything that stops us from knowing that list (no token, API failure, GitHub's
 * 3,000-file cap) falls back to every file, with a notice, so a check is never skipped silently.
 */
import fg from 'fast-glob'
import { discoverFiles } from '../engine/discover.js'
import { changesFromFiles, LIST_FILES_LIMIT, type PullRequestChanges } from '../github/changed-files.js'
import type { RunContext } from '../github/context.js'
import type { GitHubApi } from '../github/api.js'
import type { Settings } from '../app/settings.js'
import { unmatchedCheck } from '../app/unmatched.js'
import { plural } from '../report/run-report.js'

export interface LintScope {
  /** Globs to lint; an empty list means there is nothing to lint (not "the defaults"). */
  patterns: string[]
  /** The patterns are the pull request's files, not the user's (only-changed). */
  narrowed: boolean
  /** Says what was left out, when something was. */
  note: string | undefined
  /** The pull request's changes, when they were fetched (reused to rank annotations). */
  changes: PullRequestChanges | undefined
}

export interface ScopeLog {
  info(message: string): void
  notice(message: string): void
}

function describeFailure(error: unknown): string {
  const e = error as { status?: unknown; message?: unknown }
  const message = typeof e?.message === 'string' ? e.message.split('\n')[0]! : String(error)
  return typeof e?.status === 'number' ? `HTTP ${e.status}: ${message}` : message
}

export async function resolveScope(settings: Settings, context: RunContext, github: () => Promise<GitHubApi>, log: ScopeLog): Promise<LintScope> {
  const all: LintScope = { patterns: settings.patterns, narrowed: false, note: undefined, changes: undefined }
  if (!settings.onlyChanged) return all
  if (settings.mode !== 'lint') {
    log.info(`only-changed applies to lint mode; ${settings.mode} mode checks every matching file.`)
    return all
  }
  const pr = context.pullRequest
  if (!pr) {
    log.info(`only-changed: this is a ${context.eventName || 'non-pull-request'} event, not a pull request; checking every matching file.`)
    return all
  }
  const fallback = (why: string): LintScope => {
    log.notice(`velero-hooks: only-changed could not list the files pull request #${pr.number} changes (${why}); checking every matching file instead.`)
    return all
  }
  let changes: PullRequestChanges
  try {
    changes = changesFromFiles(await (await github()).listPullRequestFiles(pr.number))
  } catch (error) {
    return fallback(describeFailure(error))
  }
  if (!changes.complete) return { ...fallback(`GitHub lists at most ${LIST_FILES_LIMIT.toLocaleString('en-US')} files of a pull request`), changes }

  const matching = await discoverFiles({ cwd: settings.cwd, patterns: settings.patterns, ignore: settings.ignore })
  // files that match nothing fail the step here too, not only when every file is checked.
  await unmatchedCheck(settings, false)?.(matching)
  const kept = matching.files.filter((f) => changes.lines.has(f.relative))
  return {
    // Escaped: a changed file's name must match only itself, even if it contains glob characters.
    patterns: kept.map((f) => fg.escapePath(f.relative)),
    narrowed: true,
    note: `only-changed: pull request #${pr.number} changes ${kept.length.toLocaleString('en-US')} of the ${plural(matching.files.length, 'matching file')}; only ${kept.length === 1 ? 'that one was' : 'those were'} checked.`,
    changes,
  }
}
