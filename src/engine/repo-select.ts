/**
 * Which pods a Backup, Schedule or Restore takes, and which of them a spec hook entry selects, read
 * from the repository model as Velero selects (velero-plan-semantics.md §1.2, §1.3, §2.2, §2.3).
 * Shared by the hook plan and the cross-resource rules.
 *
 * Answers are three-valued: 'unknown' when the repository does not prove either way (a workload with
 * no namespace, templated labels, an invalid selector): rules only flag 'no' and 'yes'.
 */
import {
  includesExcludes,
  labelSelectorProblem,
  matchesLabels,
  resourceFiltersIncludePods,
  type LabelRequirement,
  type LabelSelector,
} from '../velero/selectors.js'
import { backupNamespaceGlobsExpanded, type VeleroVersion } from '../velero/versions.js'
import { pentry, pget, pitems, pstring, pstringMap, pstrings, type PEntry, type PMap, type PNode, type VeleroObjectFact, type WorkloadFact } from './repo-model.js'

export type Tri = 'yes' | 'no' | 'unknown'

/** A label selector as written: the parsed selector, or why it cannot be used. */
export interface SelectorReading {
  /** The `labelSelector` entry (key and value). */
  readonly entry: PEntry
  /** undefined when the selector is not plain data (templated, not a map): matching is unknown. */
  readonly selector: LabelSelector | undefined
  /** Why Velero refuses it (the object fails validation), when it does. */
  readonly problem: string | undefined
}

/** `labelSelector` (or one item of `orLabelSelectors`) read from a map; undefined when absent or null. */
export function readSelectorEntry(entry: PEntry | undefined): SelectorReading | undefined {
  if (!entry || (entry.value.kind === 'scalar' && entry.value.value === null)) return undefined
  return { entry, ...readSelector(entry.value) }
}

export function readSelector(node: PNode): { selector: LabelSelector | undefined; problem: string | undefined } {
  if (node.kind !== 'map') return { selector: undefined, problem: undefined }
  const labelsNode = pget(node, 'matchLabels')
  const matchLabels = labelsNode === undefined || (labelsNode.kind === 'scalar' && labelsNode.value === null) ? {} : pstringMap(labelsNode)
  if (matchLabels === undefined) return { selector: undefined, problem: undefined }
  const matchExpressions: LabelRequirement[] = []
  for (const item of pitems(pget(node, 'matchExpressions'))) {
    const key = pstring(pget(item, 'key'))
    const operator = pstring(pget(item, 'operator'))
    const valuesNode = pget(item, 'values')
    const values = valuesNode === undefined ? [] : pstrings(valuesNode)
    if (key === undefined || operator === undefined || values === undefined) return { selector: undefined, problem: undefined }
    matchExpressions.push({ key, operator, values })
  }
  const selector = { matchLabels, matchExpressions }
  return { selector, problem: labelSelectorProblem(selector) }
}

/** A selector against a workload's pod labels. */
export function selectorMatches(reading: SelectorReading | undefined, w: WorkloadFact, extraLabels?: Readonly<Record<string, string>>): Tri {
  if (!reading) return 'yes'
  if (!reading.selector || reading.problem || !w.podLabelsKnown) return 'unknown'
  const labels = extraLabels ? { ...w.podLabels, ...extraLabels } : w.podLabels
  return matchesLabels(reading.selector, labels) ? 'yes' : 'no'
}

/** A string list setting; `known` is false when it is present but not a plain list of strings. */
export interface ListSetting {
  readonly entry: PEntry | undefined
  readonly values: readonly string[] | undefined
  readonly known: boolean
}

export function readList(spec: PMap | PNode | undefined, key: string): ListSetting {
  const entry = pentry(spec, key)
  if (!entry || (entry.value.kind === 'scalar' && entry.value.value === null)) return { entry: undefined, values: undefined, known: true }
  const values = pstrings(entry.value)
  return { entry, values, known: values !== undefined }
}

// ---------------------------------------------------------------------------------------------
// Backups and Schedules (§1.2).

export type BackupMissReason = 'namespace' | 'resources' | 'labels' | 'excluded-label'

export interface BackupTake {
  readonly takes: Tri
  /** Why not (first filter that drops the pod), when takes is 'no'. */
  readonly reason?: BackupMissReason
}

/** Whether the Backup's own filters let pods through at all (resource filters, §1.2). */
export function backupIncludesPods(spec: PMap | undefined): Tri {
  const inc = readList(spec, 'includedResources')
  const exc = readList(spec, 'excludedResources')
  const incScoped = readList(spec, 'includedNamespaceScopedResources')
  const excScoped = readList(spec, 'excludedNamespaceScopedResources')
  if (!inc.known || !exc.known || !incScoped.known || !excScoped.known) return 'unknown'
  const old = inc.values !== undefined || exc.values !== undefined
  const ok = old ? resourceFiltersIncludePods(inc.values, exc.values) : resourceFiltersIncludePods(incScoped.values, excScoped.values)
  return ok ? 'yes' : 'no'
}

/** The Backup-level namespace filter, as the targeted version reads it (≤ v1.17: no globs but '*'). */
export function backupNamespaceMatches(spec: PMap | undefined, namespace: string | undefined, version: VeleroVersion): Tri {
  const inc = readList(spec, 'includedNamespaces')
  const exc = readList(spec, 'excludedNamespaces')
  if (!inc.known || !exc.known) return 'unknown'
  if (namespace === undefined) return 'unknown'
  if (backupNamespaceGlobsExpanded(version)) return includesExcludes(inc.values, exc.values, namespace) ? 'yes' : 'no'
  // Literal names (§1.2): a pattern with glob characters names a namespace that cannot exist.
  if ((exc.values ?? []).some((p) => p === '*' || p === namespace)) return 'no'
  const all = !inc.values || inc.values.length === 0 || inc.values.includes('*')
  return all || inc.values!.includes(namespace) ? 'yes' : 'no'
}

/** The Backup's label selectors: `labelSelector`, or any of `orLabelSelectors` (§1.2). */
export function backupSelectors(spec: PMap | undefined): { single: SelectorReading | undefined; or: SelectorReading[] } {
  const single = readSelectorEntry(pentry(spec, 'labelSelector'))
  const orEntry = pentry(spec, 'orLabelSelectors')
  const or: SelectorReading[] = []
  if (orEntry?.value.kind === 'seq') {
    orEntry.value.items.forEach((item, i) => or.push({ entry: { key: String(i), keySpan: item.span, ...(item.file !== undefined ? { keyFile: item.file } : {}), value: item }, ...readSelector(item) }))
  }
  return { single, or }
}

/** Whether a Backup (or a Schedule's template) takes a workload's pods. */
export function backupTakes(spec: PMap | undefined, w: WorkloadFact, version: VeleroVersion): BackupTake {
  return backupFilter(spec, version)(w)
}

const TAKES: Readonly<Record<Tri, BackupTake>> = { yes: { takes: 'yes' }, unknown: { takes: 'unknown' }, no: { takes: 'no' } }
const MISSES: Readonly<Record<BackupMissReason, BackupTake>> = {
  namespace: { takes: 'no', reason: 'namespace' },
  resources: { takes: 'no', reason: 'resources' },
  labels: { takes: 'no', reason: 'labels' },
  'excluded-label': { takes: 'no', reason: 'excluded-label' },
}

/** A per-namespace memo of a namespace test (the same answer for every workload of a namespace). */
function byNamespace(test: (namespace: string | undefined) => Tri): (namespace: string | undefined) => Tri {
  const memo = new Map<string, Tri>()
  return (namespace) => {
    if (namespace === undefined) return test(namespace)
    let answer = memo.get(namespace)
    if (answer === undefined) memo.set(namespace, (answer = test(namespace)))
    return answer
  }
}

/** The Backup or Restore label selectors against a workload: `labelSelector`, or any of `orLabelSelectors`. */
function selectorsMatch(single: SelectorReading | undefined, or: readonly SelectorReading[], w: WorkloadFact): Tri {
  if (or.length === 0) return selectorMatches(single, w)
  let unknown = false
  for (const r of or) {
    const answer = selectorMatches(r, w)
    if (answer === 'yes') return 'yes'
    if (answer === 'unknown') unknown = true
  }
  return unknown ? 'unknown' : 'no'
}

/**
 * backupTakes with the spec read once: the test a plan applies to every workload (namespace answers
 * memoized), so a Backup costs one spec reading plus a label match per workload.
 */
export function backupFilter(spec: PMap | undefined, version: VeleroVersion): (w: WorkloadFact) => BackupTake {
  const resources = backupIncludesPods(spec)
  const namespace = byNamespace((ns) => backupNamespaceMatches(spec, ns, version))
  const { single, or } = backupSelectors(spec)
  return (w) => {
    if (resources === 'no') return MISSES.resources
    const ns = namespace(w.namespace)
    if (ns === 'no') return MISSES.namespace
    if (w.podLabels['velero.io/exclude-from-backup'] === 'true') return MISSES['excluded-label']
    const labels = selectorsMatch(single, or, w)
    if (labels === 'no') return MISSES.labels
    return TAKES[resources === 'unknown' || ns === 'unknown' || labels === 'unknown' ? 'unknown' : 'yes']
  }
}

// ---------------------------------------------------------------------------------------------
// Spec hook entries (`hooks.resources[]`), backup and restore (§1.3, §2.3).

/** The `hooks.resources[]` mappings of a Backup spec (a Schedule's template) or a Restore spec. */
export function hookResourceEntries(spec: PMap | undefined): PMap[] {
  return pitems(pget(pget(spec, 'hooks'), 'resources')).filter((e): e is PMap => e.kind === 'map')
}

/**
 * Whether a spec hook entry selects a workload's pods. Backup entries also filter by resource;
 * Restore entries ignore resources (hard-coded to pods) and match the target namespace.
 */
export function hookEntrySelects(entry: PMap, w: WorkloadFact, kind: 'backup' | 'restore', namespace = w.namespace, extraLabels?: Readonly<Record<string, string>>): Tri {
  return hookEntryFilter(entry, kind)(w, namespace, extraLabels)
}

/** hookEntrySelects with the entry read once (namespace answers memoized). */
export function hookEntryFilter(
  entry: PMap,
  kind: 'backup' | 'restore',
): (w: WorkloadFact, namespace?: string, extraLabels?: Readonly<Record<string, string>>) => Tri {
  let resources: Tri = 'yes'
  if (kind === 'backup') {
    const inc = readList(entry, 'includedResources')
    const exc = readList(entry, 'excludedResources')
    resources = !inc.known || !exc.known ? 'unknown' : resourceFiltersIncludePods(inc.values, exc.values) ? 'yes' : 'no'
  }
  const inc = readList(entry, 'includedNamespaces')
  const exc = readList(entry, 'excludedNamespaces')
  const all = inc.known && exc.known && (inc.values === undefined || inc.values.length === 0 || inc.values.includes('*')) && (exc.values ?? []).length === 0
  const namespaceTest = byNamespace((ns): Tri => {
    if (!inc.known || !exc.known) return 'unknown'
    if (all) return 'yes'
    return ns === undefined ? 'unknown' : includesExcludes(inc.values, exc.values, ns) ? 'yes' : 'no'
  })
  const selector = readSelectorEntry(pentry(entry, 'labelSelector'))
  return (w, namespace = w.namespace, extraLabels) => {
    if (resources !== 'yes') return resources
    const ns = namespaceTest(namespace)
    if (ns === 'no') return 'no'
    const labels = selectorMatches(selector, w, extraLabels)
    if (labels === 'no') return 'no'
    return ns === 'yes' && labels === 'yes' ? 'yes' : 'unknown'
  }
}

// ---------------------------------------------------------------------------------------------
// Restores (§2.2): which backed-up pods a Restore restores, and where.

/** A Restore's source: the Backup or Schedule of the repository it restores from, if any. */
export function restoreSource(restore: VeleroObjectFact, objects: readonly VeleroObjectFact[]): VeleroObjectFact | undefined {
  const backupName = pstring(pget(restore.spec, 'backupName'))
  const scheduleName = pstring(pget(restore.spec, 'scheduleName'))
  const sameNs = (o: VeleroObjectFact): boolean => o.namespace === undefined || restore.namespace === undefined || o.namespace === restore.namespace
  if (backupName) {
    const backup = objects.find((o) => o.kind === 'Backup' && o.name === backupName && sameNs(o))
    if (backup) return backup
    // Backups a Schedule makes are named <schedule>-<timestamp> (§1.9).
    return objects.find((o) => o.kind === 'Schedule' && o.name !== undefined && backupName.startsWith(`${o.name}-`) && /^\d{14}$/.test(backupName.slice(o.name.length + 1)) && sameNs(o))
  }
  if (scheduleName) return objects.find((o) => o.kind === 'Schedule' && o.name === scheduleName && sameNs(o))
  return undefined
}

/** The Restore's namespaceMapping (source → target). */
export function namespaceMapping(restore: VeleroObjectFact): Readonly<Record<string, string>> {
  return pstringMap(pget(restore.spec, 'namespaceMapping')) ?? {}
}

/** The namespace a workload's pods are restored into. */
export function targetNamespace(restore: VeleroObjectFact, w: WorkloadFact): string | undefined {
  if (w.namespace === undefined) return undefined
  return namespaceMapping(restore)[w.namespace] ?? w.namespace
}

/** A Restore's resource filters against pods (`restoreItem`, §2.2; no namespace-scoped variants). */
export function restoreResourcesIncludePods(spec: PMap | undefined): Tri {
  const inc = readList(spec, 'includedResources')
  const exc = readList(spec, 'excludedResources')
  if (!inc.known || !exc.known) return 'unknown'
  return resourceFiltersIncludePods(inc.values, exc.values) ? 'yes' : 'no'
}

/** Whether a Restore restores a (backed-up) workload's pods: resources, source namespace, labels. */
export function restoreTakes(restore: VeleroObjectFact, w: WorkloadFact): BackupTake {
  return restoreFilter(restore)(w)
}

/** restoreTakes with the Restore read once (namespace answers memoized). */
export function restoreFilter(restore: VeleroObjectFact): (w: WorkloadFact) => BackupTake {
  const spec = restore.spec
  const resources = restoreResourcesIncludePods(spec)
  const nsInc = readList(spec, 'includedNamespaces')
  const nsExc = readList(spec, 'excludedNamespaces')
  const namespace = byNamespace((ns): Tri => {
    if (!nsInc.known || !nsExc.known || ns === undefined) return 'unknown'
    return includesExcludes(nsInc.values, nsExc.values, ns) ? 'yes' : 'no'
  })
  const { single, or } = backupSelectors(spec)
  return (w) => {
    if (resources === 'no') return MISSES.resources
    const ns = namespace(w.namespace)
    if (ns === 'no') return MISSES.namespace
    const labels = selectorsMatch(single, or, w)
    if (labels === 'no') return MISSES.labels
    return TAKES[resources === 'yes' && ns === 'yes' && labels === 'yes' ? 'yes' : 'unknown']
  }
}

// ---------------------------------------------------------------------------------------------
// An index of workloads by namespace, so a selector is tested against the workloads of the
// namespaces it can reach, not the whole repository per hook.

export class WorkloadIndex {
  private readonly byNamespace = new Map<string, WorkloadFact[]>()
  /** Workloads without a namespace: any namespace-restricted selector answers 'unknown' for them. */
  readonly unnamespaced: WorkloadFact[] = []

  constructor(readonly all: readonly WorkloadFact[]) {
    for (const w of all) {
      if (w.namespace === undefined) this.unnamespaced.push(w)
      else {
        const list = this.byNamespace.get(w.namespace)
        if (list) list.push(w)
        else this.byNamespace.set(w.namespace, [w])
      }
    }
  }

  namespaces(): string[] {
    return [...this.byNamespace.keys()].sort()
  }

  /** Workloads whose namespace may pass include/exclude lists (plus every unnamespaced one). */
  candidates(includes: readonly string[] | undefined, excludes: readonly string[] | undefined): WorkloadFact[] {
    const out: WorkloadFact[] = []
    for (const [ns, list] of this.byNamespace) if (includesExcludes(includes, excludes, ns)) out.push(...list)
    out.push(...this.unnamespaced)
    return out
  }
}
