/** What every action sink receives: the engine's result plus what the run knows about its context. */
import type { FailOn } from '../engine/finding.js'
import type { LintResult } from '../engine/run-lint.js'
import type { ChangedLines } from './changed-lines.js'
import type { StaleFile } from '../render/render-repo.js'
import type { HookPlan } from '../engine/hook-plan-types.js'

/** What the run was asked to do: report mistakes, write rendered manifests, or compare them. */
export type Mode = 'lint' | 'render' | 'check'
export const MODES: readonly Mode[] = ['lint', 'render', 'check']

export interface RenderOutcome {
  /** Relative to the workspace; '.' = in place. */
  outputDir: string
  written: string[]
  unchanged: string[]
  stale: StaleFile[]
}

export interface RunReport {
  mode: Mode
  failOn: FailOn
  lint: LintResult
  render: RenderOutcome | undefined
  /** Set when fewer files than the globs match were checked (only-changed), saying which. */
  scopeNote: string | undefined
  /** Lines the pull request changed, when known: their findings are shown first. */
  changedLines: ChangedLines | undefined
  /** `https://github.com/o/r/blob/<sha>` for file links, when the repository and commit are known. */
  blobUrl: string | undefined
  /** The hook plan, when the run made one (the action: for its summary and plan file). */
  plan?: PlanReport
}

/** The hook plan of a run, or why there is none. */
export interface PlanReport {
  /** undefined when the plan could not be made (error says why). */
  plan: HookPlan | undefined
  error?: string
  /** The targeted Velero version as shown ("v1.18.2", "main"). */
  veleroVersion: string
  /** Directories with a Helm chart or Kustomize overlay whose rendered pods the plan does not show. */
  unrendered: readonly string[]
  /** The plan file written (relative to the workspace), when plan: true. */
  file?: string
}

/** The step's result, decided once from the report and used by every sink that shows it. */
export interface Verdict {
  failed: boolean
  /** One line naming the counts, for setFailed and the check run title. */
  line: string
}

export function plural(n: number, word: string, many = `${word}s`): string {
  return `${n.toLocaleString('en-US')} ${n === 1 ? word : many}`
}
