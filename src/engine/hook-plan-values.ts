/**
 * Hook values as Velero applies them, for the hook plan: on-error modes, exec and wait timeouts,
 * wait-for-ready, default containers, and a pod's annotations read as Velero reads them (Go map
 * lookups, a missing key is ""). Sources: internal/hook/item_hook_handler.go (getPodExecHookFromAnnotations,
 * getPodExecRestoreHookFromAnnotations, GroupRestoreExecHooks), pkg/podexec/pod_command_executor.go
 * (ExecutePodCommand), internal/hook/wait_exec_hook_handler.go (maxHookWait), at v1.18.2 and main.
 */
import { formatGoDuration, parseGoBool, parseGoDuration } from '../velero/go-values.js'
import { DEFAULT_EXEC_TIMEOUT_NS, MAX_HOOK_TIMEOUT_NS, execTimeoutBoundedOnMain, readsWaitForReady, type VeleroVersion } from '../velero/versions.js'
import type { AnnotationFact, PNode, WorkloadFact } from './repo-model.js'

/** A pod's annotations as Velero reads them: a missing key (or a value that is not a string) is "". */
export class PodAnnotations {
  private readonly byKey = new Map<string, AnnotationFact>()

  constructor(workload: WorkloadFact) {
    for (const a of workload.annotations) this.byKey.set(a.key, a)
  }

  value(key: string): string {
    return this.byKey.get(key)?.value ?? ''
  }

  fact(key: string): AnnotationFact | undefined {
    return this.byKey.get(key)
  }
}

/** A value as applied, and whether Velero replaced what was written (or nothing was written). */
export interface Applied<T> {
  readonly value: T
  readonly defaulted: boolean
}

/**
 * The mode Velero acts on: only exactly "Fail" stops (HandleHooks, wait_exec_hook_handler.go);
 * "" and anything else Velero drops to "" behave as Continue. Defaulted unless written as
 * "Continue" or "Fail" (the CRD enum refuses other spellings in a spec).
 */
export function appliedOnError(written: string | undefined): Applied<'Continue' | 'Fail'> {
  return { value: written === 'Fail' ? 'Fail' : 'Continue', defaulted: written !== 'Fail' && written !== 'Continue' }
}

/** A spec duration (metav1.Duration, decoded with time.ParseDuration) or annotation value, in nanoseconds; undefined when absent or unparsable. */
export function durationOf(written: string | undefined): bigint | undefined {
  if (written === undefined || written === '') return undefined
  const parsed = parseGoDuration(written)
  return parsed.ok ? parsed.exact : undefined
}

/**
 * The exec timeout ExecutePodCommand applies: 0 (absent, unparsable: Velero warns and uses 0) → 30s;
 * negative → no timeout up to v1.18.2, 30s on main; over 4h → 4h on main only.
 */
export function appliedExecTimeout(written: string | undefined, version: VeleroVersion): Applied<string> {
  const ns = durationOf(written)
  const fallback = { value: formatGoDuration(BigInt(DEFAULT_EXEC_TIMEOUT_NS)), defaulted: true }
  if (ns === undefined || ns === 0n) return fallback
  const bounded = execTimeoutBoundedOnMain(version)
  if (ns < 0n) return bounded ? fallback : { value: 'none', defaulted: false }
  if (bounded && ns > BigInt(MAX_HOOK_TIMEOUT_NS)) return { value: formatGoDuration(BigInt(MAX_HOOK_TIMEOUT_NS)), defaulted: true }
  return { value: formatGoDuration(ns), defaulted: false }
}

/**
 * The restore wait timeout: 0 (absent, unparsable) waits without a limit ("none"); a negative one
 * makes the hook expire at once (the pod watch itself then has no limit: maxHookWait), shown as written.
 */
export function appliedWaitTimeout(written: string | undefined): Applied<string> {
  const ns = durationOf(written)
  if (ns === undefined) return { value: 'none', defaulted: true }
  if (ns === 0n) return { value: 'none', defaulted: false }
  return { value: formatGoDuration(ns), defaulted: false }
}

/** wait-for-ready: read since v1.13 (readsWaitForReady); unset, unparsable or older → false. */
export function appliedWaitForReady(written: boolean | string | undefined, version: VeleroVersion): Applied<boolean> {
  if (written === undefined || written === '') return { value: false, defaulted: true }
  if (!readsWaitForReady(version)) return { value: false, defaulted: true }
  const value = typeof written === 'boolean' ? written : parseGoBool(written)
  return value === undefined ? { value: false, defaulted: true } : { value, defaulted: false }
}

/** The container a hook runs in: as written, or the pod's first container (undefined when unknown). */
export function appliedContainer(written: string | undefined, w: WorkloadFact): Applied<string | undefined> {
  if (written !== undefined && written !== '') return { value: written, defaulted: false }
  return { value: w.containersKnown ? w.containers[0]?.name : undefined, defaulted: true }
}

/** A scalar's text for duration fields: strings as written; anything else (a number, a map) cannot decode. */
export function scalarText(node: PNode | undefined): string | undefined {
  if (node?.kind !== 'scalar' || node.value === null) return undefined
  return node.isString ? (node.value as string) : '\u0000not-a-duration'
}

/** A positioned plain node as JSON data (the spec's init containers, copied as written). */
export function toJson(node: PNode): unknown {
  if (node.kind === 'scalar') return node.value
  if (node.kind === 'seq') return node.items.map(toJson)
  const out: Record<string, unknown> = {}
  // defineProperty: a key such as "__proto__" stays an own field, as JSON has it.
  for (const e of node.entries) Object.defineProperty(out, e.key, { value: toJson(e.value), enumerable: true, writable: true, configurable: true })
  return out
}

/** Velero's order: namespaces sorted, then names (an API list is by name); unknown last. */
export function veleroOrder(a: WorkloadFact, b: WorkloadFact): number {
  return compareOptional(a.namespace, b.namespace) || compareOptional(a.name, b.name)
}

function compareOptional(a: string | undefined, b: string | undefined): number {
  if (a === b) return 0
  if (a === undefined) return 1
  if (b === undefined) return -1
  return a < b ? -1 : 1
}

/** The names of the values Velero defaulted, in the order given. */
export function defaultedOf<K extends string>(values: Readonly<Record<K, { readonly defaulted: boolean }>>): K[] {
  return (Object.keys(values) as K[]).filter((k) => values[k].defaulted)
}
