/** `velero-version:` in `.velero-hooks.yaml`: one of the versions src/velero/versions.ts knows. */
import { isScalar, type Node, type Pair } from 'yaml'
import { parseVeleroVersion, type VeleroVersion } from '../velero/versions.js'
import { isEmptyValue, type ProblemList } from './read-helpers.js'

/**
 * The version, or undefined (the default) when the key has no value or a problem. The value is read
 * as written: YAML reads `1.10` as the number 1.1, so the source text is what counts.
 */
export function readVeleroVersion(pair: Pair, problems: ProblemList, text: string): VeleroVersion | undefined {
  const value = pair.value as Node | null
  if (isEmptyValue(value)) return undefined
  if (!isScalar(value) || (typeof value.value !== 'string' && typeof value.value !== 'number')) {
    problems.add(value ?? (pair.key as Node), 'velero-version must be a version such as "1.18.2" or "main"')
    return undefined
  }
  const written = typeof value.value === 'number' && value.range ? text.slice(value.range[0], value.range[1]).trim() : String(value.value)
  const parsed = parseVeleroVersion(written)
  if (!parsed.ok) {
    problems.add(value, `velero-version ${parsed.error}`)
    return undefined
  }
  return parsed.version
}
