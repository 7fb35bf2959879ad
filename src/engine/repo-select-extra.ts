/**
 * More of Velero's selection over the repository model, for the cross-resource rules about resource
 * filters and namespaces (velero-plan-semantics.md §1.2, §2.2, §2.3, §3): where a Backup's or
 * Restore's own filters drop pods, which hooks a workload's annotations turn on, which source
 * namespaces a Restore restores as far as the repository proves them, and the workloads a Restore
 * hook entry can reach through `namespaceMapping`. Builds on repo-select.ts; answers stay
 * three-valued ('unknown' → the rules say nothing).
 */
import { hasGlobChars, includesExcludes, resourceFiltersIncludePods } from '../velero/selectors.js'
import { hookIsBuilt, type HookFamily } from '../velero/keys.js'
import { keyPlaceOf, pentry, pitems, placeOf, pstring, type PEntry, type PMap, type Place, type VeleroObjectFact, type WorkloadFact } from './repo-model.js'
import {
  backupFilter,
  backupIncludesPods,
  hookEntryFilter,
  namespaceMapping,
  readList,
  restoreFilter,
  restoreResourcesIncludePods,
  restoreTakes,
  type Tri,
} from './repo-select.js'

export { restoreResourcesIncludePods } from './repo-select.js'
import type { VeleroVersion } from '../velero/versions.js'
import { annotationOf, countedList } from './repo-hooks.js'

// ---------------------------------------------------------------------------------------------
// Resource filters that drop pods (§1.2, §2.2).

/** Where an object's resource filters drop pods: the list item to remove, or the include list's key. */
export interface PodFilterPlace {
  /** The setting: includedResources, excludedResources, includedNamespaceScopedResources, … */
  readonly key: string
  /** The exclude item that names pods (undefined when the include list leaves pods out). */
  readonly item: string | undefined
  readonly place: Place
}

/**
 * Where a Backup (Schedule template) or Restore leaves pods out by its resource filters, when the
 * repository proves it does; undefined when pods pass or it is unknown. A Backup uses the old
 * filters (`includedResources`/`excludedResources`) when either is set, else the namespace-scoped
 * ones (`collections.UseOldResourceFilters`); a Restore has only the old ones.
 */
export function podFilterPlace(object: VeleroObjectFact): PodFilterPlace | undefined {
  const spec = object.spec
  let incKey = 'includedResources'
  let excKey = 'excludedResources'
  if (object.kind === 'Restore') {
    if (restoreResourcesIncludePods(spec) !== 'no') return undefined
  } else {
    if (backupIncludesPods(spec) !== 'no') return undefined
    const old = readList(spec, incKey).entry !== undefined || readList(spec, excKey).entry !== undefined
    if (!old) [incKey, excKey] = ['includedNamespaceScopedResources', 'excludedNamespaceScopedResources']
  }
  const inc = readList(spec, incKey)
  const exc = readList(spec, excKey)
  if (inc.entry && !resourceFiltersIncludePods(inc.values, undefined)) return { key: incKey, item: undefined, place: keyPlaceOf(object.file, inc.entry) }
  const items = exc.entry ? pitems(exc.entry.value) : []
  for (const item of items) {
    const name = pstring(item)
    if (name !== undefined && !resourceFiltersIncludePods(undefined, [name])) return { key: excKey, item: name, place: placeOf(object.file, item) }
  }
  return undefined
}

/** Resource-filter keys of a Backup or Restore spec. */
const RESOURCE_FILTER_KEYS = new Set([
  'includedResources',
  'excludedResources',
  'includedNamespaceScopedResources',
  'excludedNamespaceScopedResources',
  'includedClusterScopedResources',
  'excludedClusterScopedResources',
  'includeClusterResources',
])

/** The spec as it would read without its resource filters: what the object would take if pods passed. */
export function withoutResourceFilters(spec: PMap | undefined): PMap | undefined {
  if (!spec) return undefined
  return { ...spec, entries: spec.entries.filter((e) => !RESOURCE_FILTER_KEYS.has(e.key)) }
}

/** Whether a Restore would restore a workload's pods if its resource filters let pods through. */
export function restoreTakesIgnoringResources(restore: VeleroObjectFact, w: WorkloadFact): Tri {
  return restoreTakes({ ...restore, spec: withoutResourceFilters(restore.spec) }, w).takes
}

/** The same, for many workloads. */
export function restoreTakerIgnoringResources(restore: VeleroObjectFact): (w: WorkloadFact) => Tri {
  return restoreTaker({ ...restore, spec: withoutResourceFilters(restore.spec) })
}

// ---------------------------------------------------------------------------------------------
// backupTakes, restoreTakes and hookEntrySelects as plain yes/no/unknown, for many workloads against
// one object: thin adapters over the filters of repo-select.ts (the spec read once, namespace
// answers memoized), so a rule that asks for every workload stays linear.

/** backupTakes(spec, w, version).takes for many workloads. */
export function backupTaker(spec: PMap | undefined, version: VeleroVersion): (w: WorkloadFact) => Tri {
  const filter = backupFilter(spec, version)
  return (w) => filter(w).takes
}

/** restoreTakes(restore, w).takes for many workloads. */
export function restoreTaker(restore: VeleroObjectFact): (w: WorkloadFact) => Tri {
  const filter = restoreFilter(restore)
  return (w) => filter(w).takes
}

/** hookEntrySelects(entry, w, 'restore', targetNamespace(restore, w)) for many workloads. */
export function restoreHookSelector(restore: VeleroObjectFact, entry: PMap): (w: WorkloadFact) => Tri {
  const filter = hookEntryFilter(entry, 'restore')
  const mapping = namespaceMapping(restore)
  return (w) => filter(w, w.namespace === undefined ? undefined : (mapping[w.namespace] ?? w.namespace))
}

// ---------------------------------------------------------------------------------------------
// Hooks a workload's annotations turn on.

export const BACKUP_FAMILIES: readonly HookFamily[] = ['pre-backup', 'legacy-backup', 'post-backup']
export const RESTORE_FAMILIES: readonly HookFamily[] = ['init', 'post-restore']

/** What messages call a hook family. */
export const FAMILY_LABEL: Readonly<Record<HookFamily, string>> = {
  'pre-backup': 'pre-backup hook',
  'legacy-backup': 'pre-backup hook',
  'post-backup': 'post-backup hook',
  init: 'restore init hook',
  'post-restore': 'restore exec hook',
}

/** The value of an annotation of the workload's pods (the last one when a key repeats). */
export function annotationValue(w: WorkloadFact, key: string): string | undefined {
  return annotationOf(w, key)?.value
}

/** The hook families (of those asked) whose hook Velero builds from the workload's pod annotations. */
export function annotationHookFamilies(w: WorkloadFact, families: readonly HookFamily[]): HookFamily[] {
  return families.filter((f) => hookIsBuilt(f, (k) => annotationValue(w, k)))
}

// ---------------------------------------------------------------------------------------------
// Restores and namespaces (§2.2, §2.3).

/** A namespace list of literal names (no glob, no '*'), or undefined when it is not one. */
function literalNamespaces(spec: PMap | undefined, key: string): string[] | undefined {
  const list = readList(spec, key)
  if (!list.known || !list.values || list.values.length === 0) return undefined
  return list.values.some((v) => hasGlobChars(v) || v === '') ? undefined : [...list.values]
}

/**
 * The source namespaces a Restore restores, as far as the repository proves them: its own literal
 * `includedNamespaces`, or those of its source Backup/Schedule (when the repository holds it and
 * lists them literally), passed through both objects' include/exclude lists. undefined when unknown.
 */
export function restoredSourceNamespaces(restore: VeleroObjectFact, source: VeleroObjectFact | undefined): string[] | undefined {
  const own = readList(restore.spec, 'includedNamespaces')
  const ownExc = readList(restore.spec, 'excludedNamespaces')
  if (!own.known || !ownExc.known) return undefined
  const fromSource = source ? literalNamespaces(source.spec, 'includedNamespaces') : undefined
  const candidates = literalNamespaces(restore.spec, 'includedNamespaces') ?? fromSource
  if (!candidates) return undefined
  const srcExc = source ? readList(source.spec, 'excludedNamespaces') : undefined
  if (srcExc && !srcExc.known) return undefined
  return candidates.filter(
    (ns) =>
      includesExcludes(own.values, ownExc.values, ns) &&
      (!fromSource || fromSource.includes(ns)) &&
      (!srcExc?.values || !srcExc.values.some((p) => includesExcludes([p], undefined, ns))),
  )
}

/** The target namespaces of source namespaces under the Restore's namespaceMapping. */
export function targetNamespaces(restore: VeleroObjectFact, sources: readonly string[]): string[] {
  const mapping = namespaceMapping(restore)
  return [...new Set(sources.map((ns) => mapping[ns] ?? ns))]
}

/** Workloads grouped by namespace (unnamespaced ones apart), built once per rule run. */
export class NamespaceGroups {
  readonly byNamespace = new Map<string, WorkloadFact[]>()
  readonly unnamespaced: WorkloadFact[] = []

  constructor(workloads: readonly WorkloadFact[]) {
    for (const w of workloads) {
      if (w.namespace === undefined) this.unnamespaced.push(w)
      else {
        const list = this.byNamespace.get(w.namespace)
        if (list) list.push(w)
        else this.byNamespace.set(w.namespace, [w])
      }
    }
  }

  /**
   * Workloads whose pods a Restore hook entry's namespace lists may reach after `namespaceMapping`
   * (the lists match the target namespace, §2.3), plus every unnamespaced workload (unknown).
   */
  *restoreHookCandidates(restore: VeleroObjectFact, entry: PMap): Iterable<WorkloadFact> {
    const inc = readList(entry, 'includedNamespaces')
    const exc = readList(entry, 'excludedNamespaces')
    if (!inc.known || !exc.known) {
      yield* this.all()
      return
    }
    const mapping = namespaceMapping(restore)
    for (const [ns, list] of this.byNamespace) if (includesExcludes(inc.values, exc.values, mapping[ns] ?? ns)) yield* list
    yield* this.unnamespaced
  }

  *all(): Iterable<WorkloadFact> {
    for (const list of this.byNamespace.values()) yield* list
    yield* this.unnamespaced
  }
}

// ---------------------------------------------------------------------------------------------
// Messages.

/** "a, b and c" / "a, b, c and 4 more": a bounded list for messages. */
export function boundedList(items: readonly string[], shown = 3): string {
  return countedList(items.slice(0, shown), items.length)
}

/** A spec hook entry as messages name it: `hook "freeze" (velero/backup.yaml:12)`. */
export function describeHookEntry(file: string, entry: PMap): string {
  const name = pstring(pentry(entry, 'name')?.value)
  return `${name !== undefined ? `hook "${name}"` : 'an unnamed hook'} (${file}:${entry.span.line})`
}

/** The later of two entries in the file (the one a finding about "both are set" goes to). */
export function laterEntry(a: PEntry, b: PEntry): PEntry {
  return a.keySpan.line > b.keySpan.line || (a.keySpan.line === b.keySpan.line && a.keySpan.column > b.keySpan.column) ? a : b
}
