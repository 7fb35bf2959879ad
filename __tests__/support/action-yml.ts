/**
 * action.yml as the runner reads it, parsed with the yaml package, so tests compare the code with
 * what the action declares instead of with a second copy of its defaults.
 */
import { readFileSync } from 'node:fs'
import { parse } from 'yaml'

export interface ActionYml {
  inputs: Record<string, { description: string; required?: boolean; default?: string }>
  outputs: Record<string, { description: string }>
  runs: { using: string; main: string }
}

export function readActionYml(): ActionYml {
  return parse(readFileSync(new URL('../../action.yml', import.meta.url), 'utf8')) as ActionYml
}

/** Every input's default as the runner passes it when the workflow does not set the input ('' for none). */
export function actionInputDefaults(): Record<string, string> {
  return Object.fromEntries(Object.entries(readActionYml().inputs).map(([name, input]) => [name, input.default ?? '']))
}
