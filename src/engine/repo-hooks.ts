/**
 * Hooks across the repository, for the cross-resource rules: a workload's annotation hooks by family
 * and phase (as Velero picks them), the spec hook entries of every Backup, Schedule and Restore with
 * their places, and which workloads each entry reaches (velero-plan-semantics.md §1.2–§1.4, §2.2–§2.5).
 *
 * The selection is repo-select.ts's (backupTakes, restoreTakes, hookEntrySelects), with each object's
 * filters read once instead of once per workload, and a scope's workloads found through the
 * namespace index: every rule stays linear in the repository's size. RepoHooks.of memoizes the
 * whole analysis per repository model and Velero version, so the rules share it.
 */
import { FAMILY_BY_NAME, key } from '../velero/keys.js'
import { includesExcludes, resourceFiltersIncludePods, type LabelSelector } from '../velero/selectors.js'
import { backupNamespaceGlobsExpanded, missingRestoreExecContainer, versionSetting, type VeleroVersion } from '../velero/versions.js'
import {
  describeWorkload,
  keyPlaceOf,
  pentry,
  pget,
  pitems,
  placeOf,
  pstring,
  type AnnotationFact,
  type PEntry,
  type PMap,
  type PNode,
  type Place,
  type RepoModel,
  type VeleroObjectFact,
  type WorkloadFact,
} from './repo-model.js'
import { isTemplated } from './repo-facts.js'
import {
  backupIncludesPods,
  backupNamespaceMatches,
  backupSelectors,
  hookResourceEntries,
  namespaceMapping,
  readList,
  readSelectorEntry,
  restoreSource,
  selectorMatches,
  WorkloadIndex,
  type BackupTake,
  type ListSetting,
  type SelectorReading,
  type Tri,
} from './repo-select.js'

// ---------------------------------------------------------------------------------------------
// Annotation hooks (§1.4, §2.4, §2.5).

/** Backup phases, and the two restore families an annotation can switch on. */
export type AnnotationFamily = 'pre' | 'post' | 'init' | 'exec'

/** The switch keys Velero reads, in order: `pre` falls back to the legacy key when the prefixed one is missing or empty. */
const SWITCH_KEYS: Record<AnnotationFamily, readonly string[]> = {
  pre: [key('pre-backup', 'command'), key('legacy-backup', 'command')],
  post: [key('post-backup', 'command')],
  init: [key('init', 'container-image')],
  exec: [key('post-restore', 'command')],
}

export interface AnnotationHook {
  readonly family: AnnotationFamily
  /** The switch annotation Velero built the hook from (command, or container-image for init). */
  readonly switch: AnnotationFact
  /** Another field of the same hook (its prefix: the legacy one when the legacy command won). */
  field(name: string): AnnotationFact | undefined
}

/** The annotation of a key (the last one when a key repeats, as decoders keep it). */
export function annotationOf(w: WorkloadFact, k: string): AnnotationFact | undefined {
  let found: AnnotationFact | undefined
  for (const a of w.annotations) if (a.key === k) found = a
  return found
}

/**
 * The annotation hook Velero builds for a family on the workload's pods, undefined when none, or
 * 'unknown' when the switch holds no YAML string (kubectl rejects such an object; say nothing).
 */
export function annotationHook(w: WorkloadFact, family: AnnotationFamily): AnnotationHook | 'unknown' | undefined {
  for (const k of SWITCH_KEYS[family]) {
    const a = annotationOf(w, k)
    if (!a) continue
    if (a.value === undefined) return 'unknown'
    if (a.value === '') continue
    const prefix = k.slice(0, k.lastIndexOf('/') + 1)
    return { family, switch: a, field: (name) => annotationOf(w, prefix + name) }
  }
  return undefined
}

const HOOK_FAMILIES: readonly AnnotationFamily[] = ['pre', 'post', 'init', 'exec']

/** Whether the workload's pods carry any annotation hook (backup or restore). */
export function hasAnnotationHook(w: WorkloadFact): boolean {
  return HOOK_FAMILIES.some((f) => typeof annotationHook(w, f) === 'object')
}

/** Workloads whose pods are not proven to exist when Velero acts: a Job's pods finish, a CronJob's come and go (§3.2). */
export function podsMayBeAbsent(w: WorkloadFact): boolean {
  return w.kind === 'Job' || w.kind === 'CronJob'
}

// ---------------------------------------------------------------------------------------------
// Spec hook entries, with places.

/** A spec exec hook: a Backup/Schedule `pre[]`/`post[]` item, or a Restore `postHooks[]` item's `exec`. */
export interface SpecExecHook {
  readonly entry: SpecHookEntry
  /** 'pre'/'post' for Backups and Schedules; 'exec' for Restores. */
  readonly phase: 'pre' | 'post' | 'exec'
  /** The `exec` key and mapping. */
  readonly exec: PEntry & { readonly value: PMap }
  /** `container` when a plain string; undefined when absent, empty or not a string (containerKnown false). */
  readonly container: { readonly value: string; readonly place: Place } | undefined
  readonly containerKnown: boolean
}

/** One item of a Restore `postHooks[].init.initContainers[]` that is a mapping. */
export interface SpecInitContainer {
  readonly entry: SpecHookEntry
  readonly node: PMap
  /** `name` when a plain non-empty string. */
  readonly name: { readonly value: string; readonly place: Place } | undefined
  /** volumeMounts[].name values that are plain strings, with their places. */
  readonly mounts: ReadonlyArray<{ readonly name: string; readonly place: Place }>
}

export interface SpecHookEntry {
  readonly object: VeleroObjectFact
  readonly index: number
  readonly node: PMap
  readonly name: string | undefined
  /** The `labelSelector` entry, read. */
  readonly selector: SelectorReading | undefined
  /** The `pre`, `post` (Backups) or `postHooks` (Restores) key. */
  readonly phaseKeys: ReadonlyMap<string, PEntry>
  readonly execHooks: readonly SpecExecHook[]
  /** The first `init` key of the entry's postHooks (Restores). */
  readonly initKey: PEntry | undefined
  readonly initContainers: readonly SpecInitContainer[]
}

/** A key of a Go-decoded struct (encoding/json matches field names case-insensitively). */
function getFold(node: PNode | undefined, name: string): PNode | undefined {
  if (node?.kind !== 'map') return undefined
  let found: PNode | undefined
  for (const e of node.entries) if (e.key.toLowerCase() === name.toLowerCase()) found = e.value
  return found
}

function readEntry(object: VeleroObjectFact, node: PMap, index: number): SpecHookEntry {
  const restore = object.kind === 'Restore'
  const phaseKeys = new Map<string, PEntry>()
  for (const phase of restore ? ['postHooks'] : ['pre', 'post']) {
    const e = pentry(node, phase)
    if (e) phaseKeys.set(phase, e)
  }
  const initKeys = restore ? pitems(pget(node, 'postHooks')).map((item) => pentry(item, 'init')).filter((e): e is PEntry => e?.value.kind === 'map') : []
  const execHooks: SpecExecHook[] = []
  const initContainers: SpecInitContainer[] = []
  const entry: SpecHookEntry = {
    object,
    index,
    node,
    name: pstring(pget(node, 'name')),
    selector: readSelectorEntry(pentry(node, 'labelSelector')),
    phaseKeys,
    execHooks,
    initKey: initKeys[0],
    initContainers,
  }
  execHooks.push(...execHooksOf(entry, restore))
  for (const init of initKeys) {
    for (const c of pitems(pget(init.value, 'initContainers'))) if (c.kind === 'map') initContainers.push(initContainerOf(entry, c))
  }
  return entry
}

function execHooksOf(entry: SpecHookEntry, restore: boolean): SpecExecHook[] {
  const out: SpecExecHook[] = []
  const file = entry.object.file
  for (const phase of restore ? (['exec'] as const) : (['pre', 'post'] as const)) {
    for (const item of pitems(pget(entry.node, restore ? 'postHooks' : phase))) {
      const exec = pentry(item, 'exec')
      if (exec?.value.kind !== 'map') continue
      const containerNode = pget(exec.value, 'container')
      const value = pstring(containerNode)
      const absent = containerNode === undefined || (containerNode.kind === 'scalar' && (containerNode.value === null || containerNode.value === ''))
      out.push({
        entry,
        phase,
        exec: exec as PEntry & { value: PMap },
        container: value ? { value, place: placeOf(file, containerNode!) } : undefined,
        containerKnown: absent || value !== undefined,
      })
    }
  }
  return out
}

function initContainerOf(entry: SpecHookEntry, node: PMap): SpecInitContainer {
  const file = entry.object.file
  const nameNode = getFold(node, 'name')
  const name = pstring(nameNode)
  const mounts: Array<{ name: string; place: Place }> = []
  for (const m of pitems(getFold(node, 'volumeMounts'))) {
    const n = getFold(m, 'name')
    const s = pstring(n)
    if (s !== undefined) mounts.push({ name: s, place: placeOf(file, n!) })
  }
  return { entry, node, name: name ? { value: name, place: placeOf(file, nameNode!) } : undefined, mounts }
}

/** Whether Velero refuses a Restore init container (`ValidateContainer`: a name, an image and a non-empty command, decodable). */
function initContainerInvalid(node: PNode): boolean {
  if (node.kind !== 'map') return true
  const name = getFold(node, 'name')
  const image = getFold(node, 'image')
  const command = getFold(node, 'command')
  if (!pstring(name) || !pstring(image)) return true
  return command?.kind !== 'seq' || command.items.length === 0 || command.items.some((c) => c.kind !== 'scalar' || (!c.isString && c.value !== null))
}

// ---------------------------------------------------------------------------------------------
// Selection, each object's filters read once.

/** A hook entry's namespace, resource and label filters, read once (hookEntrySelects). */
class EntryMatcher {
  private readonly inc: ListSetting
  private readonly exc: ListSetting
  private readonly allNamespaces: boolean
  /** Whether a Backup entry's resource filters let pods through ('yes' for Restore entries, which ignore them). */
  readonly resources: Tri
  private readonly nsMemo = new Map<string, boolean>()

  constructor(
    readonly entry: SpecHookEntry,
    kind: 'backup' | 'restore',
  ) {
    this.inc = readList(entry.node, 'includedNamespaces')
    this.exc = readList(entry.node, 'excludedNamespaces')
    const incAll = this.inc.values === undefined || this.inc.values.length === 0 || this.inc.values.includes('*')
    this.allNamespaces = incAll && (this.exc.values ?? []).length === 0
    this.resources = 'yes'
    if (kind === 'backup') {
      const ri = readList(entry.node, 'includedResources')
      const re = readList(entry.node, 'excludedResources')
      this.resources = !ri.known || !re.known ? 'unknown' : resourceFiltersIncludePods(ri.values, re.values) ? 'yes' : 'no'
    }
  }

  /** Whether the entry selects the workload's pods in `namespace`, with extra labels (restore exec hooks). */
  selects(w: WorkloadFact, namespace: string | undefined, extraLabels?: Readonly<Record<string, string>>): Tri {
    if (this.resources !== 'yes') return this.resources
    let ns: Tri = 'unknown'
    if (this.inc.known && this.exc.known) ns = this.allNamespaces ? 'yes' : namespace === undefined ? 'unknown' : this.namespaceIncluded(namespace) ? 'yes' : 'no'
    if (ns === 'no') return 'no'
    const labels = selectorMatches(this.entry.selector, w, extraLabels)
    if (labels === 'no') return 'no'
    return ns === 'yes' && labels === 'yes' ? 'yes' : 'unknown'
  }

  private namespaceIncluded(ns: string): boolean {
    let v = this.nsMemo.get(ns)
    if (v === undefined) this.nsMemo.set(ns, (v = includesExcludes(this.inc.values, this.exc.values, ns)))
    return v
  }
}

/** Both selectors are set (FailedValidation, backup_controller.go:615 / restore_controller.go validateAndComplete). */
function bothSelectors(spec: PMap | undefined): boolean {
  const single = readSelectorEntry(pentry(spec, 'labelSelector'))
  const or = pget(spec, 'orLabelSelectors')
  return single !== undefined && or?.kind === 'seq' && or.items.length > 0
}

/** `labelSelector` or any `orLabelSelectors` item against pod labels (as backupTakes and restoreTakes read them). */
function labelsMatch(spec: PMap | undefined): (w: WorkloadFact) => Tri {
  const { single, or } = backupSelectors(spec)
  if (or.length === 0) return (w) => selectorMatches(single, w)
  return (w) => {
    const answers = or.map((r) => selectorMatches(r, w))
    return answers.includes('yes') ? 'yes' : answers.includes('unknown') ? 'unknown' : 'no'
  }
}

/** Something both objects share: the entries and their matchers. */
abstract class Scope {
  readonly entries: readonly SpecHookEntry[]
  readonly matchers: ReadonlyMap<SpecHookEntry, EntryMatcher>
  /** True when Velero refuses the object (it runs no hook at all): the rules say nothing about it. */
  abstract readonly fails: boolean

  constructor(
    readonly object: VeleroObjectFact,
    kind: 'backup' | 'restore',
  ) {
    this.entries = hookResourceEntries(object.spec).map((node, i) => readEntry(object, node, i))
    this.matchers = new Map(this.entries.map((e) => [e, new EntryMatcher(e, kind)]))
  }

  protected entriesFail(): boolean {
    return bothSelectors(this.object.spec) || this.entries.some((e) => e.selector?.problem !== undefined)
  }
}

/** A Backup, or a Schedule's template: which workloads it takes (backupTakes). */
export class BackupScope extends Scope {
  readonly resources: Tri
  readonly fails: boolean
  readonly labels: (w: WorkloadFact) => Tri
  private readonly nsMemo = new Map<string, Tri>()
  private candidateList: WorkloadFact[] | undefined

  constructor(
    object: VeleroObjectFact,
    private readonly version: VeleroVersion,
    private readonly index: WorkloadIndex,
  ) {
    super(object, 'backup')
    this.resources = backupIncludesPods(object.spec)
    this.labels = labelsMatch(object.spec)
    this.fails = this.entriesFail()
  }

  namespace(ns: string | undefined): Tri {
    if (ns === undefined) return backupNamespaceMatches(this.object.spec, undefined, this.version)
    let v = this.nsMemo.get(ns)
    if (v === undefined) this.nsMemo.set(ns, (v = backupNamespaceMatches(this.object.spec, ns, this.version)))
    return v
  }

  /** backupTakes, with the spec read once. */
  takes(w: WorkloadFact): BackupTake {
    if (this.resources === 'no') return { takes: 'no', reason: 'resources' }
    const ns = this.namespace(w.namespace)
    if (ns === 'no') return { takes: 'no', reason: 'namespace' }
    if (w.podLabels['velero.io/exclude-from-backup'] === 'true') return { takes: 'no', reason: 'excluded-label' }
    const labels = this.labels(w)
    if (labels === 'no') return { takes: 'no', reason: 'labels' }
    return { takes: this.resources === 'unknown' || ns === 'unknown' || labels === 'unknown' ? 'unknown' : 'yes' }
  }

  /** Workloads whose namespace may pass the Backup's namespace filter (a superset; takes decides). */
  candidates(): readonly WorkloadFact[] {
    if (this.candidateList) return this.candidateList
    const inc = readList(this.object.spec, 'includedNamespaces')
    const exc = readList(this.object.spec, 'excludedNamespaces')
    // ≤ v1.17 reads patterns literally: a glob exclude then excludes nothing, so keep those namespaces.
    const globs = backupNamespaceGlobsExpanded(this.version)
    this.candidateList = inc.known && exc.known ? this.index.candidates(inc.values, globs ? exc.values : undefined) : [...this.index.all]
    return this.candidateList
  }
}

/** A Restore: which workloads it restores (restoreTakes, and its source Backup in the repository takes them). */
export class RestoreScope extends Scope {
  readonly fails: boolean
  readonly mapping: Readonly<Record<string, string>>
  private readonly resources: Tri
  private readonly nsInc: ListSetting
  private readonly nsExc: ListSetting
  private readonly labels: (w: WorkloadFact) => Tri
  /** The labels Velero adds before exec hooks select (§2.1 step 6); a value we cannot know is absent. */
  readonly execLabels: Readonly<Record<string, string>>
  private candidateList: WorkloadFact[] | undefined

  constructor(
    object: VeleroObjectFact,
    readonly source: BackupScope | undefined,
    private readonly index: WorkloadIndex,
  ) {
    super(object, 'restore')
    const spec = object.spec
    const inc = readList(spec, 'includedResources')
    const exc = readList(spec, 'excludedResources')
    this.resources = !inc.known || !exc.known ? 'unknown' : resourceFiltersIncludePods(inc.values, exc.values) ? 'yes' : 'no'
    this.nsInc = readList(spec, 'includedNamespaces')
    this.nsExc = readList(spec, 'excludedNamespaces')
    this.labels = labelsMatch(spec)
    this.mapping = namespaceMapping(object)
    const backupName = pstring(pget(spec, 'backupName'))
    this.execLabels = {
      ...(backupName ? { 'velero.io/backup-name': backupName } : {}),
      ...(object.name ? { 'velero.io/restore-name': object.name } : {}),
    }
    this.fails = this.entriesFail() || this.entries.some((e) => initContainersOfEntry(e).some(initContainerInvalid))
  }

  /** restoreTakes, with the spec read once, and the source's takes: 'unknown' without a source in the repository. */
  restores(w: WorkloadFact): Tri {
    if (this.resources === 'no') return 'no'
    let ns: Tri = 'unknown'
    if (this.nsInc.known && this.nsExc.known && w.namespace !== undefined) ns = includesExcludes(this.nsInc.values, this.nsExc.values, w.namespace) ? 'yes' : 'no'
    if (ns === 'no') return 'no'
    const labels = this.labels(w)
    if (labels === 'no') return 'no'
    const inBackup = this.source ? this.source.takes(w).takes : 'unknown'
    if (inBackup === 'no') return 'no'
    return this.resources === 'yes' && ns === 'yes' && labels === 'yes' && inBackup === 'yes' ? 'yes' : 'unknown'
  }

  targetNamespace(w: WorkloadFact): string | undefined {
    return w.namespace === undefined ? undefined : (this.mapping[w.namespace] ?? w.namespace)
  }

  candidates(): readonly WorkloadFact[] {
    if (this.candidateList) return this.candidateList
    this.candidateList = this.nsInc.known && this.nsExc.known ? this.index.candidates(this.nsInc.values, this.nsExc.values) : [...this.index.all]
    return this.candidateList
  }
}

/** Every item of a Restore entry's `postHooks[].init.initContainers[]`, maps or not. */
function initContainersOfEntry(entry: SpecHookEntry): PNode[] {
  return pitems(pget(entry.node, 'postHooks')).flatMap((item) => {
    const init = pget(item, 'init')
    return init?.kind === 'map' ? [...pitems(pget(init, 'initContainers'))] : []
  })
}

/** A workload an entry selects ('yes'), with whether its object takes it ('yes' or 'unknown'; 'no' is left out). */
export interface Reached {
  readonly workload: WorkloadFact
  readonly taken: Tri
}

/** The whole analysis of a repository for one Velero version, shared by the rules that need it. */
export class RepoHooks {
  private static readonly cache = new WeakMap<RepoModel, Map<string, RepoHooks>>()

  static of(repo: RepoModel, version: VeleroVersion): RepoHooks {
    let byVersion = RepoHooks.cache.get(repo)
    if (!byVersion) RepoHooks.cache.set(repo, (byVersion = new Map()))
    const k = versionSetting(version)
    let hooks = byVersion.get(k)
    if (!hooks) byVersion.set(k, (hooks = new RepoHooks(repo, version)))
    return hooks
  }

  readonly index: WorkloadIndex
  readonly backups: readonly BackupScope[]
  readonly restores: readonly RestoreScope[]
  private readonly reachedMemo = new WeakMap<SpecHookEntry, Map<string, Reached[]>>()

  private constructor(
    readonly repo: RepoModel,
    readonly version: VeleroVersion,
  ) {
    this.index = new WorkloadIndex(repo.workloads)
    const backupLike = repo.velero.filter((o) => o.kind !== 'Restore')
    const scopes = new Map(backupLike.map((o) => [o, new BackupScope(o, version, this.index)]))
    this.backups = [...scopes.values()]
    this.restores = repo.velero.filter((o) => o.kind === 'Restore').map((o) => {
      const source = restoreSource(o, repo.velero)
      return new RestoreScope(o, source ? scopes.get(source) : undefined, this.index)
    })
  }

  /**
   * The workloads a Backup's entry selects (`pre`/`post`), or a Restore's entry selects for its
   * init hooks (backed-up labels) or exec hooks (with the labels Velero adds), in the target
   * namespace; those the object proves it does not take are left out.
   */
  reached(scope: BackupScope | RestoreScope, entry: SpecHookEntry, family: 'backup' | 'init' | 'exec'): readonly Reached[] {
    let byFamily = this.reachedMemo.get(entry)
    if (!byFamily) this.reachedMemo.set(entry, (byFamily = new Map()))
    let list = byFamily.get(family)
    if (list) return list
    list = []
    const matcher = scope.matchers.get(entry)!
    for (const w of scope.candidates()) {
      const r = scope instanceof BackupScope ? reachBackup(scope, matcher, w) : reachRestore(scope, matcher, w, family === 'exec')
      if (r) list.push(r)
    }
    byFamily.set(family, list)
    return list
  }
}

/**
 * The workloads where a spec exec hook surely runs (or surely fails to): the object takes them ('yes'),
 * the entry selects them, no annotation of the same kind hides the hook (nor might: a non-string
 * switch), their containers are known, and their pods exist when Velero acts (not Jobs or CronJobs).
 */
export function execHookRunsOn(hooks: RepoHooks, scope: BackupScope | RestoreScope, hook: SpecExecHook): WorkloadFact[] {
  const family = hook.phase === 'exec' ? 'exec' : 'backup'
  const out: WorkloadFact[] = []
  for (const { workload, taken } of hooks.reached(scope, hook.entry, family)) {
    if (taken !== 'yes' || !workload.containersKnown || podsMayBeAbsent(workload)) continue
    if (annotationHook(workload, hook.phase) !== undefined) continue
    out.push(workload)
  }
  return out
}

function reachBackup(scope: BackupScope, matcher: EntryMatcher, w: WorkloadFact): Reached | undefined {
  if (matcher.selects(w, w.namespace) !== 'yes') return undefined
  const taken = scope.takes(w).takes
  return taken === 'no' ? undefined : { workload: w, taken }
}

function reachRestore(scope: RestoreScope, matcher: EntryMatcher, w: WorkloadFact, exec: boolean): Reached | undefined {
  const selector = matcher.entry.selector?.selector
  // A selector on a label Velero adds whose value we cannot know (a scheduleName restore's backup name).
  if (exec && selector && mentionsUnknownVeleroLabel(selector, scope.execLabels)) return undefined
  if (matcher.selects(w, scope.targetNamespace(w), exec ? scope.execLabels : undefined) !== 'yes') return undefined
  const taken = scope.restores(w)
  return taken === 'no' ? undefined : { workload: w, taken }
}

const VELERO_RESTORE_LABELS = ['velero.io/backup-name', 'velero.io/restore-name']

function mentionsUnknownVeleroLabel(selector: { matchLabels: Readonly<Record<string, string>>; matchExpressions: ReadonlyArray<{ key: string }> }, known: Readonly<Record<string, string>>): boolean {
  const keys = [...Object.keys(selector.matchLabels), ...selector.matchExpressions.map((e) => e.key)]
  return keys.some((k) => VELERO_RESTORE_LABELS.includes(k) && !Object.hasOwn(known, k))
}

/** A selector with a template placeholder in a key or value stands for labels we cannot know. */
export function selectorTemplated(selector: LabelSelector): boolean {
  const texts = [...Object.entries(selector.matchLabels).flat(), ...selector.matchExpressions.flatMap((e) => [e.key, ...e.values])]
  return texts.some(isTemplated)
}

// ---------------------------------------------------------------------------------------------
// Words for messages.

/** Workloads (or anything described) named in a message at most. */
export const LIST_MAX = 3

/** "A, B and C" / "A, B, C and 4 more": a bounded list of workloads (or anything described). */
export function listOf<T>(items: readonly T[], describe: (item: T) => string = (x) => describeWorkload(x as WorkloadFact)): string {
  return countedList(items.slice(0, LIST_MAX).map(describe), items.length)
}

/** The same from the first descriptions and the total count. */
export function countedList(shown: readonly string[], total: number): string {
  const rest = total - shown.length
  if (rest > 0) return `${shown.join(', ')} and ${rest} more`
  return shown.length <= 1 ? (shown[0] ?? '') : `${shown.slice(0, -1).join(', ')} and ${shown[shown.length - 1]}`
}

/** "file:line" of a place. */
export function at(place: Place): string {
  return `${place.file}:${place.span.line}`
}

/** The place of an entry's key in a Velero object's file. */
export function keyPlace(object: VeleroObjectFact, entry: PEntry): Place {
  return keyPlaceOf(object.file, entry)
}

/** The description of an annotation family in messages. */
export function familyWords(family: AnnotationFamily): string {
  const spec = FAMILY_BY_NAME.get(family === 'pre' ? 'pre-backup' : family === 'post' ? 'post-backup' : family === 'init' ? 'init' : 'post-restore')!
  return spec.description
}

/**
 * What follows, for a Restore, when Velero discards an exec hook whose container is not in
 * `spec.containers` (missingRestoreExecContainer): words that continue "Velero discards this exec hook".
 */
export function restoreDiscardOutcome(version: VeleroVersion): string {
  switch (missingRestoreExecContainer(version)) {
    case 'discarded':
      return ''
    case 'hangs':
      return ' and the Restore hangs in Finalizing forever (velero#9749)'
    default:
      return ' and the Restore waits in Finalizing until --resource-timeout (10m by default), then ends PartiallyFailed'
  }
}
