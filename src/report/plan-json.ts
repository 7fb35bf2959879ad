/** The hook plan as JSON (`velero-hooks plan --format json`, the action's plan file): planToJson, 2-space indent. */
import { planToJson } from '../engine/hook-plan.js'
import type { HookPlan } from '../engine/hook-plan-types.js'

export function formatPlanJson(plan: HookPlan): string {
  return `${JSON.stringify(planToJson(plan), null, 2)}\n`
}
