/**
 * The repository model of a manifest read from standard input (`velero-hooks plan -`). Repositories
 * get theirs from the lint run (LintResult.repo), charts and overlays included.
 */
import type { SkippedPath } from '../engine/discover.js'
import { factsOfText } from '../engine/repo-facts.js'
import { buildRepoModel, type RepoModel } from '../engine/repo-model.js'

export interface PlanModel {
  repo: RepoModel
  /** Files not read, and why (over the size limit, not a regular file, unreadable). */
  unread: SkippedPath[]
}

/** The model of a manifest read from standard input, named as findings name it. */
export function stdinPlanModel(name: string, text: string): PlanModel {
  return { repo: buildRepoModel([factsOfText(name, text)]), unread: [] }
}
