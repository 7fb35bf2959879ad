/**
 * The action's plan file (`plan: true`): the hook plan as JSON where `plan-file` says, inside the
 * workspace, as the SARIF file is written (a symbolic link on its path that leads out is refused).
 * A plan that could not be made or written fails the step: a later step would read a missing file.
 */
import type { HookPlan } from '../engine/hook-plan-types.js'
import { writeFileAtomic } from '../io/atomic-write.js'
import { escapeThroughLink } from '../io/safe-read.js'
import { formatPlanJson } from './plan-json.js'
import type { Sink } from './sink.js'

/** Writes the plan; with `within` (the workspace), a file named inside it must stay inside by real path. */
export async function writePlanFile(file: string, plan: HookPlan, within?: string): Promise<void> {
  const escape = within === undefined ? undefined : escapeThroughLink(file, within)
  if (escape) throw new Error(`refused: ${escape}, and nothing is written outside the workspace`)
  await writeFileAtomic(file, formatPlanJson(plan))
}

export function planFileSink(file: string, shownAs: string, within?: string): Sink {
  return {
    name: 'plan-file',
    async publish(report) {
      const plan = report.plan?.plan
      if (!plan) return { problem: `could not write the hook plan to ${shownAs}: the plan could not be made (${report.plan?.error ?? 'no plan'})` }
      try {
        await writePlanFile(file, plan, within)
        return undefined
      } catch (e) {
        return { problem: `could not write the hook plan to ${shownAs} (${(e as Error).message})` }
      }
    },
  }
}
