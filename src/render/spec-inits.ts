/**
 * The Restore-spec init containers render writes, per pod: taken from the hook plan (engine/hook-plan),
 * which already applied Velero's selection (the source Backup's pods, the Restore's filters, the
 * entries matching the target namespace and the backed-up labels), the annotation's precedence (an
 * annotation init hook hides every spec one: the plan then lists the annotation's container, which
 * render writes from the annotations as before) and Velero's order (resources[], postHooks[],
 * initContainers[]).
 *
 * Pods are found again by their workload key (file, and the place of the pod's labels), which the
 * repository model and a document's own facts give alike.
 */
import type { HookPlan, PlannedInitContainer } from '../engine/hook-plan-types.js'
import { buildHookPlan } from '../engine/hook-plan.js'
import { buildRepoModel, pentry, pget, pitems, type FileFacts, type VeleroObjectFact, type WorkloadFact } from '../engine/repo-model.js'
import { hookResourceEntries } from '../engine/repo-select.js'
import type { VeleroVersion } from '../velero/versions.js'

export interface SpecInitPlan {
  /** The Restore whose spec init containers render writes into the pod (the first in the repository that has any). */
  readonly restore: VeleroObjectFact
  readonly containers: readonly PlannedInitContainer[]
  /** Why Velero injects nothing from this Restore: it fails validation (hook-plan-validation.ts). */
  readonly invalid?: string
  /** Other Restores that would inject a different list into this pod. */
  readonly others: readonly VeleroObjectFact[]
}

/** Spec init containers by workload key. */
export type SpecInitLookup = ReadonlyMap<string, SpecInitPlan>

/** A pod's key: its file and the place of its labels (unique per pod of a file). */
export function workloadKey(w: WorkloadFact): string {
  const p = w.podLabelsPlace
  return `${p.file}\u0000${p.span.line}:${p.span.column}\u0000${p.path}`
}

const sameList = (a: readonly PlannedInitContainer[], b: readonly PlannedInitContainer[]): boolean =>
  a.length === b.length && a.every((c, i) => JSON.stringify(c.container) === JSON.stringify(b[i]!.container))

/**
 * The spec init containers of every restored pod. Only containers the repository proves are
 * selected (certainty 'yes') are written; pods with an annotation init hook are render's as before.
 */
export function specInitLookup(plan: HookPlan): SpecInitLookup {
  const out = new Map<string, SpecInitPlan>()
  for (const restore of plan.restores) {
    const invalid = restore.invalid
    for (const pod of restore.pods) {
      const containers = pod.initContainers.filter((c) => c.source === 'spec' && c.certainty === 'yes')
      if (containers.length === 0 || pod.initContainers.some((c) => c.source === 'annotation')) continue
      const key = workloadKey(pod.workload)
      const known = out.get(key)
      if (!known) out.set(key, { restore: restore.object, containers, ...(invalid ? { invalid } : {}), others: [] })
      else if (!sameList(known.containers, containers) && !known.others.includes(restore.object)) out.set(key, { ...known, others: [...known.others, restore.object] })
    }
  }
  return out
}

/** The lookup of a repository's facts; undefined when no Restore of it has a spec init hook. */
export function specInitsOfFacts(files: Iterable<FileFacts>, version: VeleroVersion): SpecInitLookup | undefined {
  const repo = buildRepoModel(files)
  const hasSpecInit = repo.velero.some(
    (o) => o.kind === 'Restore' && hookResourceEntries(o.spec).some((e) => pitems(pget(e, 'postHooks')).some((item) => pentry(item, 'init') !== undefined)),
  )
  if (!hasSpecInit) return undefined
  const lookup = specInitLookup(buildHookPlan(repo, version))
  return lookup.size > 0 ? lookup : undefined
}
