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
  type BackupMissReason,
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
  let byFamily = annotationHooks.get(w)
  if (!byFamily) annotationHooks.set(w, (byFamily = new Map()))
  if (byFamily.has(family)) return byFamily.get(family)
  const hook = readAnnotationHook(w, family)
  byFamily.set(family, hook)
  return hook
}

/** Every rule asks for the same workloads' hooks: read them once. */
const annotationHooks = new WeakMap<WorkloadFact, Map<AnnotationFamily, AnnotationHook | 'unknown' | undefined>>()

function readAnnotationHook(w: WorkloadFact, family: AnnotationFamily): AnnotationHook | 'unknown' | undefined {
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
  let v = hooked.get(w)
  if (v === undefined) hooked.set(w, (v = HOOK_FAMILIES.some((f) => typeof annotationHook(w, f) === 'object')))
  return v
}

const hooked = new WeakMap<WorkloadFact, boolean>()

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
  /** What the entry selects by, as a key: entries written alike select alike. */
  readonly signature: string
  private readonly nsMemo = new Map<string, boolean>()
  private readonly labels: LabelsMatcher
  /** The label keys the selector reads. */
  private readonly keys: readonly string[]

  private readonly cachedLabels: (w: WorkloadFact, id?: number) => Tri

  constructor(
    readonly entry: SpecHookEntry,
    kind: 'backup' | 'restore',
    cache: LabelCache,
  ) {
    this.inc = readList(entry.node, 'includedNamespaces')
    this.exc = readList(entry.node, 'excludedNamespaces')
    const incAll = this.inc.values === undefined || this.inc.values.length === 0 || this.inc.values.includes('*')
    this.allNamespaces = incAll && (this.exc.values ?? []).length === 0
    this.labels = compileReading(entry.selector)
    const labels = this.labels
    this.cachedLabels = cache.cached(JSON.stringify(readingSignature(entry.selector)), (w) => labels(w.podLabels, w.podLabelsKnown))
    const sel = entry.selector?.selector
    this.keys = sel ? [...Object.keys(sel.matchLabels), ...sel.matchExpressions.map((e) => e.key)] : []
    this.resources = 'yes'
    if (kind === 'backup') {
      const ri = readList(entry.node, 'includedResources')
      const re = readList(entry.node, 'excludedResources')
      this.resources = !ri.known || !re.known ? 'unknown' : resourceFiltersIncludePods(ri.values, re.values) ? 'yes' : 'no'
    }
    this.signature = JSON.stringify([this.resources, [this.inc.known, this.inc.values ?? null], [this.exc.known, this.exc.values ?? null], readingSignature(entry.selector)])
  }

  /** Whether the entry selects the workload's pods in `namespace`, with extra labels (restore exec hooks). */
  selects(w: WorkloadFact, namespace: string | undefined, extraLabels?: Readonly<Record<string, string>>): Tri {
    if (this.resources !== 'yes') return this.resources
    const ns = this.namespace(namespace)
    if (ns === 'no') return 'no'
    const labels = this.labelsOf(w, extraLabels)
    if (labels === 'no') return 'no'
    return ns === 'yes' && labels === 'yes' ? 'yes' : 'unknown'
  }

  /** The entry's namespace filter alone. */
  namespace(namespace: string | undefined): Tri {
    if (!this.inc.known || !this.exc.known) return 'unknown'
    return this.allNamespaces ? 'yes' : namespace === undefined ? 'unknown' : this.namespaceIncluded(namespace) ? 'yes' : 'no'
  }

  /** The entry's labelSelector alone. */
  /** Whether the selector reads any of these labels. */
  reads(labels: Readonly<Record<string, string>>): boolean {
    return this.keys.some((k) => Object.hasOwn(labels, k))
  }

  labelsOf(w: WorkloadFact, extraLabels?: Readonly<Record<string, string>>, id?: number): Tri {
    const merge = extraLabels && this.reads(extraLabels)
    return merge ? this.labels({ ...w.podLabels, ...extraLabels }, w.podLabelsKnown) : this.cachedLabels(w, id)
  }

  /**
   * The indices of a group's workloads the selector may select ('yes'), through the group's label
   * postings when it has matchLabels; undefined for all of them; [] when it selects none for sure
   * (the selector cannot be read: 'unknown' everywhere).
   */
  candidatesIn(g: NamespaceGroup, extraLabels?: Readonly<Record<string, string>>): readonly number[] | undefined {
    const reading = this.entry.selector
    if (!reading) return undefined
    if (!reading.selector || reading.problem) return []
    let best: readonly number[] | undefined
    for (const [k, v] of Object.entries(reading.selector.matchLabels)) {
      if (extraLabels && Object.hasOwn(extraLabels, k)) {
        if (extraLabels[k] !== v) return []
        continue
      }
      const list = g.withLabel(k, v)
      if (!best || list.length < best.length) best = list
    }
    return best
  }

  private namespaceIncluded(ns: string): boolean {
    let v = this.nsMemo.get(ns)
    if (v === undefined) this.nsMemo.set(ns, (v = includesExcludes(this.inc.values, this.exc.values, ns)))
    return v
  }
}

/** A label set's test, compiled once per selector (matchesLabels, without its per-call allocations). */
type LabelTest = (labels: Readonly<Record<string, string>>) => boolean

export function compileSelector(selector: LabelSelector): LabelTest {
  const pairs = Object.entries(selector.matchLabels)
  const exprs = selector.matchExpressions.map((r) => ({ key: r.key, operator: r.operator, values: new Set(r.values) }))
  return (labels) => {
    for (const [k, v] of pairs) if (labels[k] !== v) return false
    for (const e of exprs) {
      const has = Object.hasOwn(labels, e.key)
      if (e.operator === 'In' ? !has || !e.values.has(labels[e.key]!) : e.operator === 'NotIn' ? has && e.values.has(labels[e.key]!) : e.operator === 'Exists' ? !has : e.operator === 'DoesNotExist' ? has : true) return false
    }
    return true
  }
}

/** A selector as selectorMatches reads it, against a label set: absent matches all; unreadable or invalid, or labels unknown, is 'unknown'. */
export type LabelsMatcher = (labels: Readonly<Record<string, string>>, known: boolean) => Tri

export function compileReading(reading: SelectorReading | undefined): LabelsMatcher {
  if (!reading) return () => 'yes'
  if (!reading.selector || reading.problem) return () => 'unknown'
  const test = compileSelector(reading.selector)
  return (labels, known) => (!known ? 'unknown' : test(labels) ? 'yes' : 'no')
}

const TRI_CODE: Record<Tri, number> = { yes: 1, no: 2, unknown: 3 }
const TAKES_CODE: Record<Tri | BackupMissReason, number> = { yes: 1, unknown: 2, no: 3, resources: 4, namespace: 5, 'excluded-label': 6, labels: 7 }
const TAKES_BY_CODE: readonly BackupTake[] = [
  { takes: 'unknown' },
  { takes: 'yes' },
  { takes: 'unknown' },
  { takes: 'no' },
  { takes: 'no', reason: 'resources' },
  { takes: 'no', reason: 'namespace' },
  { takes: 'no', reason: 'excluded-label' },
  { takes: 'no', reason: 'labels' },
]
const CODE_TRI: readonly Tri[] = ['unknown', 'yes', 'no', 'unknown']

/**
 * Selector answers per workload, shared by every selector written the same way (Backups and hook
 * entries often repeat one): an Int8Array per selector, indexed by the workload's position in the
 * namespace index.
 */
export class LabelCache {
  /** Bytes of answers kept at most (a repository of thousands of distinct selectors tests them again instead). */
  static readonly BUDGET = 64 * 1024 * 1024
  private readonly bySignature = new Map<string, Int8Array>()
  private allocated = 0

  constructor(private readonly size: number) {}

  /** The answers kept under a signature (0: not computed yet), allocated on first use; undefined past the budget. */
  answers(signature: string): Int8Array | undefined {
    let answers = this.bySignature.get(signature)
    if (!answers) {
      if (this.allocated + this.size > LabelCache.BUDGET) return undefined
      this.allocated += this.size
      this.bySignature.set(signature, (answers = new Int8Array(this.size)))
    }
    return answers
  }

  /** A selector's test with its answers kept by workload id (tests without an id, or past the budget, are not kept). */
  cached(signature: string, test: (w: WorkloadFact) => Tri): (w: WorkloadFact, id?: number) => Tri {
    let memo: Int8Array | undefined | null = null
    return (w, id) => {
      if (id === undefined) return test(w)
      if (memo === null) memo = this.answers(signature)
      if (!memo) return test(w)
      const code = memo[id]!
      if (code !== 0) return CODE_TRI[code]!
      const t = test(w)
      memo[id] = TRI_CODE[t]
      return t
    }
  }
}

/** What a selector reading says, as a cache key. */
function readingSignature(r: SelectorReading | undefined): unknown {
  return r ? { s: r.selector ?? '?', p: r.problem ?? '' } : 0
}

/** Both selectors are set (FailedValidation, backup_controller.go:615 / restore_controller.go validateAndComplete). */
function bothSelectors(spec: PMap | undefined): boolean {
  const single = readSelectorEntry(pentry(spec, 'labelSelector'))
  const or = pget(spec, 'orLabelSelectors')
  return single !== undefined && or?.kind === 'seq' && or.items.length > 0
}

/** `labelSelector` or any `orLabelSelectors` item against a label set (as backupTakes and restoreTakes read them). */
function labelsMatch(spec: PMap | undefined): LabelsMatcher {
  const { single, or } = backupSelectors(spec)
  if (or.length === 0) return compileReading(single)
  const matchers = or.map(compileReading)
  return (labels, known) => {
    let unknown = false
    for (const m of matchers) {
      const t = m(labels, known)
      if (t === 'yes') return 'yes'
      if (t === 'unknown') unknown = true
    }
    return unknown ? 'unknown' : 'no'
  }
}

/** Something both objects share: the entries and their matchers. */
abstract class Scope {
  readonly entries: readonly SpecHookEntry[]
  readonly matchers: ReadonlyMap<SpecHookEntry, EntryMatcher>
  /** True when Velero refuses the object (it runs no hook at all): the rules say nothing about it. */
  abstract readonly fails: boolean
  /** What the object takes (or restores) by, as a key. */
  abstract readonly signature: string

  /** The Velero object's own selectors against pod labels, answers kept per workload id. */
  protected readonly podLabels: (w: WorkloadFact, id?: number) => Tri
  protected readonly labelSignature: string

  constructor(
    readonly object: VeleroObjectFact,
    kind: 'backup' | 'restore',
    cache: LabelCache,
  ) {
    this.entries = hookResourceEntries(object.spec).map((node, i) => readEntry(object, node, i))
    this.matchers = new Map(this.entries.map((e) => [e, new EntryMatcher(e, kind, cache)]))
    const { single, or } = backupSelectors(object.spec)
    const matcher = labelsMatch(object.spec)
    this.labelSignature = JSON.stringify({ s: readingSignature(single), o: or.map(readingSignature) })
    this.podLabels = cache.cached(this.labelSignature, (w) => matcher(w.podLabels, w.podLabelsKnown))
  }

  protected entriesFail(): boolean {
    return bothSelectors(this.object.spec) || this.entries.some((e) => e.selector?.problem !== undefined)
  }
}

/** A Backup, or a Schedule's template: which workloads it takes (backupTakes). */
export class BackupScope extends Scope {
  readonly resources: Tri
  readonly fails: boolean
  /** The Backup's selectors against a label set (pod labels, or a workload's own). */
  readonly labelsOf: LabelsMatcher
  private readonly nsMemo = new Map<string, Tri>()
  private takesMemo: Int8Array | undefined | null = null
  private readonly cache: LabelCache
  /** What the Backup takes by, as a key: Backups written alike take alike. */
  readonly signature: string
  private groupList: readonly NamespaceGroup[] | undefined
  private candidateList: readonly WorkloadFact[] | undefined

  constructor(
    object: VeleroObjectFact,
    private readonly version: VeleroVersion,
    private readonly index: NamespaceIndex,
  ) {
    super(object, 'backup', index.cache)
    this.resources = backupIncludesPods(object.spec)
    this.labelsOf = labelsMatch(object.spec)
    this.fails = this.entriesFail()
    // Backups that filter alike take alike: their answers are kept together.
    const spec = object.spec
    const lists = ['includedNamespaces', 'excludedNamespaces'].map((k) => readList(spec, k))
    this.signature = JSON.stringify(['takes', versionSetting(version), this.resources, lists.map((l) => [l.known, l.values ?? null]), this.labelSignature])
    this.cache = index.cache
  }

  /** The Backup's selectors against the workload's pod labels (id: its position in the namespace index, to share answers). */
  labels(w: WorkloadFact, id?: number): Tri {
    return this.podLabels(w, id)
  }

  namespace(ns: string | undefined): Tri {
    if (ns === undefined) return backupNamespaceMatches(this.object.spec, undefined, this.version)
    let v = this.nsMemo.get(ns)
    if (v === undefined) this.nsMemo.set(ns, (v = backupNamespaceMatches(this.object.spec, ns, this.version)))
    return v
  }

  /** backupTakes, with the spec read once. */
  takes(w: WorkloadFact): BackupTake {
    return this.takesIn(w, this.namespace(w.namespace))
  }

  /** takes, with the answer of the namespace filter for the workload's namespace (and the workload's id, to keep the answer). */
  takesIn(w: WorkloadFact, ns: Tri, id?: number): BackupTake {
    if (id !== undefined && this.takesMemo === null) this.takesMemo = this.cache.answers(this.signature)
    if (id === undefined || !this.takesMemo) return this.computeTakes(w, ns, id)
    const code = this.takesMemo[id]!
    if (code !== 0) return TAKES_BY_CODE[code]!
    const take = this.computeTakes(w, ns, id)
    this.takesMemo[id] = TAKES_CODE[take.reason ?? take.takes]
    return take
  }

  private computeTakes(w: WorkloadFact, ns: Tri, id?: number): BackupTake {
    if (this.resources === 'no') return { takes: 'no', reason: 'resources' }
    if (ns === 'no') return { takes: 'no', reason: 'namespace' }
    if (w.podLabels['velero.io/exclude-from-backup'] === 'true') return { takes: 'no', reason: 'excluded-label' }
    const labels = this.labels(w, id)
    if (labels === 'no') return { takes: 'no', reason: 'labels' }
    return { takes: this.resources === 'unknown' || ns === 'unknown' || labels === 'unknown' ? 'unknown' : 'yes' }
  }

  /** Workloads whose namespace may pass the Backup's namespace filter (a superset; takes decides), by namespace. */
  candidateGroups(): readonly NamespaceGroup[] {
    if (this.groupList) return this.groupList
    const inc = readList(this.object.spec, 'includedNamespaces')
    const exc = readList(this.object.spec, 'excludedNamespaces')
    // ≤ v1.17 reads patterns literally: a glob exclude then excludes nothing, so keep those namespaces.
    const globs = backupNamespaceGlobsExpanded(this.version)
    this.groupList = inc.known && exc.known ? this.index.groups(inc.values, globs ? exc.values : undefined) : this.index.groups(undefined, undefined)
    return this.groupList
  }

  candidates(): readonly WorkloadFact[] {
    return (this.candidateList ??= this.candidateGroups().flatMap((g) => g.workloads))
  }
}

/** A Restore: which workloads it restores (restoreTakes, and its source Backup in the repository takes them). */
export class RestoreScope extends Scope {
  readonly fails: boolean
  readonly mapping: Readonly<Record<string, string>>
  private readonly resources: Tri
  private readonly nsInc: ListSetting
  private readonly nsExc: ListSetting
  /** The labels Velero adds before exec hooks select (§2.1 step 6); a value we cannot know is absent. */
  readonly execLabels: Readonly<Record<string, string>>
  private groupList: readonly NamespaceGroup[] | undefined
  private candidateList: readonly WorkloadFact[] | undefined

  constructor(
    object: VeleroObjectFact,
    readonly source: BackupScope | undefined,
    private readonly index: NamespaceIndex,
  ) {
    super(object, 'restore', index.cache)
    const spec = object.spec
    const inc = readList(spec, 'includedResources')
    const exc = readList(spec, 'excludedResources')
    this.resources = !inc.known || !exc.known ? 'unknown' : resourceFiltersIncludePods(inc.values, exc.values) ? 'yes' : 'no'
    this.nsInc = readList(spec, 'includedNamespaces')
    this.nsExc = readList(spec, 'excludedNamespaces')
    this.mapping = namespaceMapping(object)
    const backupName = pstring(pget(spec, 'backupName'))
    this.execLabels = {
      ...(backupName ? { 'velero.io/backup-name': backupName } : {}),
      ...(object.name ? { 'velero.io/restore-name': object.name } : {}),
    }
    this.fails = this.entriesFail() || this.entries.some((e) => initContainersOfEntry(e).some(initContainerInvalid))
    const lists = [this.nsInc, this.nsExc].map((l) => [l.known, l.values ?? null])
    this.signature = JSON.stringify(['restores', this.resources, lists, this.labelSignature, this.mapping, source?.signature ?? null])
  }

  /** What the Restore restores by, as a key. */
  readonly signature: string

  /** restoreTakes, with the spec read once, and the source's takes: 'unknown' without a source in the repository. */
  restores(w: WorkloadFact): Tri {
    return this.restoresIn(w, this.namespace(w.namespace))
  }

  /** The Restore's (source) namespace filter. */
  namespace(ns: string | undefined): Tri {
    if (!this.nsInc.known || !this.nsExc.known || ns === undefined) return 'unknown'
    return includesExcludes(this.nsInc.values, this.nsExc.values, ns) ? 'yes' : 'no'
  }

  /** restores, with the answer of the namespace filter for the workload's namespace. */
  restoresIn(w: WorkloadFact, ns: Tri, id?: number): Tri {
    if (this.resources === 'no') return 'no'
    if (ns === 'no') return 'no'
    const labels = this.podLabels(w, id)
    if (labels === 'no') return 'no'
    const inBackup = this.source ? this.source.takesIn(w, this.source.namespace(w.namespace), id).takes : 'unknown'
    if (inBackup === 'no') return 'no'
    return this.resources === 'yes' && ns === 'yes' && labels === 'yes' && inBackup === 'yes' ? 'yes' : 'unknown'
  }

  targetNamespace(w: WorkloadFact): string | undefined {
    return this.mapped(w.namespace)
  }

  /** A source namespace after namespaceMapping (own keys only: a namespace may be called "constructor"). */
  mapped(ns: string | undefined): string | undefined {
    return ns !== undefined && Object.hasOwn(this.mapping, ns) ? this.mapping[ns] : ns
  }

  /** Workloads whose (source) namespace may pass the Restore's namespace filter, by namespace. */
  candidateGroups(): readonly NamespaceGroup[] {
    return (this.groupList ??= this.nsInc.known && this.nsExc.known ? this.index.groups(this.nsInc.values, this.nsExc.values) : this.index.groups(undefined, undefined))
  }

  candidates(): readonly WorkloadFact[] {
    return (this.candidateList ??= this.candidateGroups().flatMap((g) => g.workloads))
  }
}

/** Every item of a Restore entry's `postHooks[].init.initContainers[]`, maps or not. */
function initContainersOfEntry(entry: SpecHookEntry): PNode[] {
  return pitems(pget(entry.node, 'postHooks')).flatMap((item) => {
    const init = pget(item, 'init')
    return init?.kind === 'map' ? [...pitems(pget(init, 'initContainers'))] : []
  })
}

/** The workloads of one namespace (undefined: those that state none). */
export class NamespaceGroup {
  /** The workloads' annotation hooks, by index. */
  readonly hooks: readonly WorkloadHooks[]
  private postings: Map<string, number[]> | undefined

  constructor(
    readonly namespace: string | undefined,
    readonly workloads: readonly WorkloadFact[],
    /** The id of its first workload: workload i of the group has id offset + i. */
    readonly offset: number,
  ) {
    this.hooks = workloads.map(hooksOf)
  }

  /** The indices of the workloads whose (known) pod labels hold key=value. */
  withLabel(key: string, value: string): readonly number[] {
    if (!this.postings) {
      this.postings = new Map()
      this.workloads.forEach((w, i) => {
        if (!w.podLabelsKnown) return
        for (const [k, v] of Object.entries(w.podLabels)) {
          const id = `${k}\u0000${v}`
          const list = this.postings!.get(id)
          if (list) list.push(i)
          else this.postings!.set(id, [i])
        }
      })
    }
    return this.postings.get(`${key}\u0000${value}`) ?? []
  }
}

/** Workloads by namespace, so a scope visits the namespaces it may include, not the whole repository. */
export class NamespaceIndex {
  /** Selector answers by workload id, shared by the scopes and entries of the index. */
  readonly cache: LabelCache
  private readonly claims = new Map<string, Array<{ workload: WorkloadFact; id: number }>>()
  private readonly byNamespace: NamespaceGroup[]
  private readonly unnamespaced: NamespaceGroup

  constructor(all: readonly WorkloadFact[]) {
    const map = new Map<string, WorkloadFact[]>()
    const none: WorkloadFact[] = []
    for (const w of all) {
      if (w.namespace === undefined) none.push(w)
      else {
        const list = map.get(w.namespace)
        if (list) list.push(w)
        else map.set(w.namespace, [w])
      }
    }
    let offset = 0
    this.byNamespace = [...map]
      .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))
      .map(([namespace, workloads]) => {
        const g = new NamespaceGroup(namespace, workloads, offset)
        offset += workloads.length
        return g
      })
    this.unnamespaced = new NamespaceGroup(undefined, none, offset)
    this.cache = new LabelCache(all.length)
    for (const g of this.byNamespace) {
      g.workloads.forEach((w, i) => {
        for (const v of w.volumes) {
          if (v.claimName === undefined) continue
          const k = `${g.namespace}\u0000${v.claimName}`
          const list = this.claims.get(k)
          if (list) list.push({ workload: w, id: g.offset + i })
          else this.claims.set(k, [{ workload: w, id: g.offset + i }])
        }
      })
    }
  }

  /** The workloads of a namespace that mount a PersistentVolumeClaim, with their ids. */
  sharing(namespace: string, claimName: string): ReadonlyArray<{ workload: WorkloadFact; id: number }> {
    return this.claims.get(`${namespace}\u0000${claimName}`) ?? []
  }

  /** The groups whose namespace passes include/exclude globs, and the unnamespaced workloads. */
  groups(includes: readonly string[] | undefined, excludes: readonly string[] | undefined): NamespaceGroup[] {
    const out = this.byNamespace.filter((g) => includesExcludes(includes, excludes, g.namespace!))
    if (this.unnamespaced.workloads.length > 0) out.push(this.unnamespaced)
    return out
  }
}

/** A workload's annotation hooks by family, read once. */
export type WorkloadHooks = Readonly<Record<AnnotationFamily, AnnotationHook | 'unknown' | undefined>>

function hooksOf(w: WorkloadFact): WorkloadHooks {
  return { pre: annotationHook(w, 'pre'), post: annotationHook(w, 'post'), init: annotationHook(w, 'init'), exec: annotationHook(w, 'exec') }
}

/** A workload an entry selects ('yes'), with whether its object takes it ('yes' or 'unknown'; 'no' is left out), and its annotation hooks. */
export interface Reached {
  readonly workload: WorkloadFact
  readonly taken: Tri
  readonly hooks: WorkloadHooks
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

  readonly index: NamespaceIndex
  readonly backups: readonly BackupScope[]
  readonly restores: readonly RestoreScope[]
  private readonly reachedMemo = new WeakMap<SpecHookEntry, Map<string, Reached[]>>()
  private readonly reachedBySignature = new Map<string, Reached[]>()
  private readonly runsOnMemo = new WeakMap<readonly Reached[], Map<string, readonly WorkloadFact[]>>()

  private constructor(
    readonly repo: RepoModel,
    readonly version: VeleroVersion,
  ) {
    this.index = new NamespaceIndex(repo.workloads)
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
    const matcher = scope.matchers.get(entry)!
    // Entries written alike, in objects that take alike, reach alike.
    const extra = family === 'exec' && scope instanceof RestoreScope && matcher.reads(scope.execLabels) ? JSON.stringify(scope.execLabels) : ''
    const key = `${scope.signature}\u0000${matcher.signature}\u0000${family}\u0000${extra}`
    list = this.reachedBySignature.get(key)
    if (list) {
      byFamily.set(family, list)
      return list
    }
    list = []
    if (matcher.resources === 'yes') {
      if (scope instanceof BackupScope) reachBackup(scope, matcher, list)
      else reachRestore(scope, matcher, family === 'exec', list)
    }
    byFamily.set(family, list)
    this.reachedBySignature.set(key, list)
    return list
  }

  /** execHookRunsOn, memoized per hook. */
  runsOn(scope: BackupScope | RestoreScope, hook: SpecExecHook): readonly WorkloadFact[] {
    const reached = this.reached(scope, hook.entry, hook.phase === 'exec' ? 'exec' : 'backup')
    let byPhase = this.runsOnMemo.get(reached)
    if (!byPhase) this.runsOnMemo.set(reached, (byPhase = new Map()))
    let list = byPhase.get(hook.phase)
    if (list) return list
    const out: WorkloadFact[] = []
    for (const r of reached) {
      if (r.taken !== 'yes' || !r.workload.containersKnown || podsMayBeAbsent(r.workload) || r.hooks[hook.phase] !== undefined) continue
      out.push(r.workload)
    }
    byPhase.set(hook.phase, (list = out))
    return list
  }
}

/**
 * The workloads where a spec exec hook surely runs (or surely fails to): the object takes them ('yes'),
 * the entry selects them, no annotation of the same kind hides the hook (nor might: a non-string
 * switch), their containers are known, and their pods exist when Velero acts (not Jobs or CronJobs).
 */
export function execHookRunsOn(hooks: RepoHooks, scope: BackupScope | RestoreScope, hook: SpecExecHook): readonly WorkloadFact[] {
  return hooks.runsOn(scope, hook)
}

function forEachCandidate(g: NamespaceGroup, indices: readonly number[] | undefined, fn: (w: WorkloadFact, i: number) => void): void {
  if (indices) for (const i of indices) fn(g.workloads[i]!, i)
  else g.workloads.forEach(fn)
}

/** Per namespace: the entry's and the Backup's namespace filters once, then each workload's labels. */
function reachBackup(scope: BackupScope, matcher: EntryMatcher, out: Reached[]): void {
  for (const g of scope.candidateGroups()) {
    const ns = scope.namespace(g.namespace)
    if (ns === 'no' || matcher.namespace(g.namespace) !== 'yes') continue
    forEachCandidate(g, matcher.candidatesIn(g), (w, i) => {
      if (matcher.labelsOf(w, undefined, g.offset + i) !== 'yes') return
      const taken = scope.takesIn(w, ns, g.offset + i).takes
      if (taken !== 'no') out.push({ workload: w, taken, hooks: g.hooks[i]! })
    })
  }
}

/** The same for a Restore: the entry selects in the target namespace, exec hooks with the labels Velero adds. */
function reachRestore(scope: RestoreScope, matcher: EntryMatcher, exec: boolean, out: Reached[]): void {
  const selector = matcher.entry.selector?.selector
  // A selector on a label Velero adds whose value we cannot know (a scheduleName restore's backup name).
  if (exec && selector && mentionsUnknownVeleroLabel(selector, scope.execLabels)) return
  const extra = exec ? scope.execLabels : undefined
  for (const g of scope.candidateGroups()) {
    const ns = scope.namespace(g.namespace)
    const target = scope.mapped(g.namespace)
    if (ns === 'no' || matcher.namespace(target) !== 'yes') continue
    forEachCandidate(g, matcher.candidatesIn(g, extra), (w, i) => {
      if (matcher.labelsOf(w, extra, g.offset + i) !== 'yes') return
      const taken = scope.restoresIn(w, ns, g.offset + i)
      if (taken !== 'no') out.push({ workload: w, taken, hooks: g.hooks[i]! })
    })
  }
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
