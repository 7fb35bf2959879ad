/** The forms of the hook plan: text for a terminal, JSON for tools, Markdown for a job summary. */
import type { HookPlan } from '../engine/hook-plan-types.js'
import { formatPlanJson } from './plan-json.js'
import { formatPlanMarkdown } from './plan-markdown.js'
import { formatPlanText } from './plan-text.js'

export type PlanFormat = 'text' | 'json' | 'markdown'
export const PLAN_FORMATS: readonly PlanFormat[] = ['text', 'json', 'markdown']

export interface PlanFormatOptions {
  /** The targeted Velero version as shown ("v1.18.2", "main"). */
  veleroVersion: string
}

export function formatPlan(format: PlanFormat, plan: HookPlan, options: PlanFormatOptions): string {
  switch (format) {
    case 'json':
      return formatPlanJson(plan)
    case 'markdown':
      return formatPlanMarkdown(plan, { veleroVersion: options.veleroVersion })
    case 'text':
      return formatPlanText(plan, { veleroVersion: options.veleroVersion })
  }
}
