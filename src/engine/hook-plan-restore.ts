/**
 * The Restore half of the hook plan (velero-plan-semantics.md §2, §3, §7): which backed-up pods a
 * Restore restores and where, the init containers Velero injects into them (annotation, else every
 * matching spec init hook, §2.4) and the exec hooks it runs (annotation, else every matching spec
 * exec hook, grouped by container, §2.5).
 */
import { parseStringToCommand } from '../velero/command.js'
import { veleroInitDecision } from '../velero/init-hook.js'
import { hookIsBuilt, key } from '../velero/keys.js'
import { emptyInitCommandPanics, type VeleroVersion } from '../velero/versions.js'
import type {
  Certainty,
  PlannedBackup,
  PlannedInitContainer,
  PlannedRestore,
  PlannedRestoreExecHook,
  PlannedRestorePod,
  RestorePodNote,
} from './hook-plan-types.js'
import { goJsonEntry, restoreValidationProblem, validateContainerProblem } from './hook-plan-validation.js'
import {
  appliedContainer,
  appliedExecTimeout,
  appliedOnError,
  appliedWaitForReady,
  appliedWaitTimeout,
  Concat,
  defaultContainerKey,
  defaultedOf,
  NONE,
  type PlanMemo,
  type PodAnnotations,
  scalarText,
  toJson,
  veleroOrder,
} from './hook-plan-values.js'
import { keyPlaceOf, pentry, pget, pitems, placeOf, pstring, pstrings, type Place, type PMap, type PNode, type RepoModel, type VeleroObjectFact, type WorkloadFact } from './repo-model.js'
import { hookEntryFilter, hookResourceEntries, readList, restoreFilter, namespaceMapping, restoreSource, type Tri, type WorkloadIndex } from './repo-select.js'

export interface RestorePlanContext {
  readonly index: WorkloadIndex
  readonly memo: PlanMemo
  /** The plan of every Backup and Schedule of the repository. */
  readonly backups: ReadonlyMap<VeleroObjectFact, PlannedBackup>
}

export function planRestores(repo: RepoModel, context: RestorePlanContext): PlannedRestore[] {
  return repo.velero.filter((o) => o.kind === 'Restore').map((restore) => planRestore(restore, repo.velero, context))
}

/** What one Restore restores and runs. */
export function planRestore(restore: VeleroObjectFact, objects: readonly VeleroObjectFact[], context: RestorePlanContext): PlannedRestore {
  const backupName = pstring(pget(restore.spec, 'backupName')) || undefined
  const scheduleName = pstring(pget(restore.spec, 'scheduleName')) || undefined
  const backup = backupName ?? scheduleName
  const source = restoreSource(restore, objects)
  const reading: RestoreReading = { restore, entries: hookResourceEntries(restore.spec), backupName, created: createdLabels(restore, backupName), memo: context.memo, mapping: namespaceMapping(restore) }
  const pods = restoredWorkloads(restore, source, backup, context).map(({ workload, certainty }) => planRestorePod(reading, workload, certainty))
  const invalid = restoreValidationProblem(restore)
  return { object: restore, backup, source, pods, ...(invalid ? { invalid } : {}) }
}

/** The entry's selection test, read once. */
function entryFilter(reading: RestoreReading, entry: PMap): ReturnType<typeof hookEntryFilter> {
  return reading.memo.once(entry, 'filter', () => hookEntryFilter(entry, 'restore'))
}

interface RestoreReading {
  readonly restore: VeleroObjectFact
  readonly entries: readonly PMap[]
  /** spec.backupName: the value of the created pods' velero.io/backup-name label (unknown for a schedule's). */
  readonly backupName: string | undefined
  /** The labels Velero adds to the created pods (exec hooks match them), and those whose value is unknown. */
  readonly created: { readonly extra: Readonly<Record<string, string>>; readonly unknown: readonly string[] }
  readonly memo: PlanMemo
  /** namespaceMapping (targetNamespace, read once). */
  readonly mapping: Readonly<Record<string, string>>
}

/** The source's pods the Restore takes; without a source in the repository, every workload its filters may take. */
function restoredWorkloads(restore: VeleroObjectFact, source: VeleroObjectFact | undefined, backup: string | undefined, context: RestorePlanContext) {
  let base: readonly { readonly workload: WorkloadFact; readonly certainty: Certainty }[]
  if (source) base = context.backups.get(source)?.pods ?? []
  else if (backup === undefined) return []
  else {
    const inc = readList(restore.spec, 'includedNamespaces')
    const exc = readList(restore.spec, 'excludedNamespaces')
    const candidates = inc.known && exc.known ? context.index.candidates(inc.values, exc.values) : [...context.index.all]
    base = candidates.sort(veleroOrder).map((workload) => ({ workload, certainty: 'unknown' as const }))
  }
  const out: { workload: WorkloadFact; certainty: Certainty }[] = []
  const takes = restoreFilter(restore)
  for (const { workload, certainty } of base) {
    if (workload.kind === 'CronJob') continue // its pods are never restored as such (§3.2)
    const take = takes(workload)
    if (take.takes === 'no') continue
    out.push({ workload, certainty: certainty === 'yes' && take.takes === 'yes' ? 'yes' : 'unknown' })
  }
  return out
}

function planRestorePod(reading: RestoreReading, w: WorkloadFact, certainty: Certainty): PlannedRestorePod {
  const target = w.namespace === undefined ? undefined : (reading.mapping[w.namespace] ?? w.namespace)
  const annotations = reading.memo.annotationsOf(w)
  const notes: readonly RestorePodNote[] = w.kind === 'Job' ? JOB_NOTES : NONE
  const init = initContainersOf(reading, w, target, annotations)
  if (init.panics) {
    return { workload: w, certainty, targetNamespace: target, initContainers: NONE, exec: NONE, hidden: init.hidden, notes: [...notes, 'init-command-panics'] }
  }
  const exec = execHooksOf(reading, w, target, annotations)
  const hidden = init.hidden.length === 0 ? exec.hidden : exec.hidden.length === 0 ? init.hidden : [...init.hidden, ...exec.hidden]
  return { workload: w, certainty, targetNamespace: target, initContainers: init.containers, exec: exec.hooks, hidden, notes }
}

type Hidden = PlannedRestorePod['hidden'][number]
const JOB_NOTES: readonly RestorePodNote[] = Object.freeze(['job-template'])

// ---------------------------------------------------------------------------------------------
// Init containers (§2.4): the annotation's, else every matching entry's, in resources/postHooks/initContainers order.

function initContainersOf(reading: RestoreReading, w: WorkloadFact, target: string | undefined, annotations: PodAnnotations) {
  const spec = specInitContainers(reading, w, target)
  const annotation = reading.memo.once(w, 'init', () => annotationInit(reading.memo.version, annotations))
  if (!annotation) return { containers: spec.containers, hidden: NONE as readonly Hidden[], panics: false }
  const hidden = spec.hooks.length === 0 ? NONE : spec.hooks.map((h): Hidden => ({ family: 'init', ...h }))
  if (annotation === 'panics') return { containers: NONE, hidden, panics: true }
  return { containers: annotation, hidden, panics: false }
}

/** The annotation's init container (velero/init-hook.ts, as render injects it), 'panics', or undefined when none. */
function annotationInit(version: VeleroVersion, annotations: PodAnnotations): readonly PlannedInitContainer[] | 'panics' | undefined {
  const emptyCommand = emptyInitCommandPanics(version) ? 'panics' : 'entrypoint'
  const decision = veleroInitDecision((k) => annotations.value(k), { emptyCommand })
  if (decision.kind === 'none') return undefined
  if (decision.kind === 'panics') return 'panics'
  const container: PlannedInitContainer = {
    source: 'annotation',
    name: decision.container.name,
    image: decision.container.image,
    command: decision.container.command ?? [],
    place: annotations.fact(key('init', 'container-image'))!.keyPlace,
    container: { ...decision.container },
    defaulted: decision.generatedName ? ['name'] : [],
    certainty: 'yes',
  }
  return [container]
}

type SpecInit = { readonly containers: readonly PlannedInitContainer[]; readonly hooks: readonly { place: Place; hookName?: string }[] }

function specInitContainers(reading: RestoreReading, w: WorkloadFact, target: string | undefined): SpecInit {
  const containers = new Concat<PlannedInitContainer>()
  const hooks = new Concat<SpecInit['hooks'][number]>()
  for (const entry of reading.entries) {
    // Init hooks match the target namespace and the backed-up labels (§2.3).
    const selects = entryFilter(reading, entry)(w, target)
    if (selects === 'no') continue
    // The same for every pod the entry selects: spec init containers do not depend on the pod.
    const made = reading.memo.once(entry, `init${selects}`, () => entryInitContainers(reading.restore.file, entry, selects))
    hooks.add(made.hooks)
    containers.add(made.containers)
  }
  return { containers: containers.result(), hooks: hooks.result() }
}

function entryInitContainers(file: string, entry: PMap, selects: Certainty): SpecInit {
  const containers: PlannedInitContainer[] = []
  const hooks: SpecInit['hooks'][number][] = []
  const hookName = pstring(pget(entry, 'name'))
  const named = hookName !== undefined ? { hookName } : {}
  for (const item of pitems(pget(entry, 'postHooks'))) {
    const initEntry = pentry(item, 'init')
    if (initEntry?.value.kind !== 'map') continue
    hooks.push({ place: keyPlaceOf(file, initEntry), ...named })
    for (const node of pitems(pget(initEntry.value, 'initContainers'))) containers.push(specInitContainer(file, node, named, selects))
  }
  return { containers, hooks }
}

function specInitContainer(file: string, node: PNode, named: { hookName?: string }, certainty: Certainty): PlannedInitContainer {
  const json = toJson(node)
  const invalid = validateContainerProblem(node)
  return {
    source: 'spec',
    name: pstring(goJsonEntry(node, 'name')?.value) ?? '',
    image: pstring(goJsonEntry(node, 'image')?.value),
    command: pstrings(goJsonEntry(node, 'command')?.value) ?? [],
    place: placeOf(file, node),
    ...(json !== null && typeof json === 'object' && !Array.isArray(json) ? { container: json as Record<string, unknown> } : {}),
    defaulted: [],
    ...(invalid ? { invalid } : {}),
    ...named,
    certainty,
  }
}

// ---------------------------------------------------------------------------------------------
// Exec hooks (§2.5): the annotation's, else every matching entry's, grouped by container.

function execHooksOf(reading: RestoreReading, w: WorkloadFact, target: string | undefined, annotations: PodAnnotations) {
  // GroupRestoreExecHooks returns nothing for a pod without containers.
  if (w.containersKnown && w.containers.length === 0) return { hooks: NONE, hidden: NONE as readonly Hidden[] }
  const spec = specExecHooks(reading, w, target)
  const memo = reading.memo
  const fromAnnotation = memo.once(w, 'exec', () => annotationExecHook(memo.version, w, annotations))
  if (!fromAnnotation) return { hooks: groupByContainer(spec), hidden: NONE as readonly Hidden[] }
  const hidden = spec.length === 0 ? NONE : spec.map((h): Hidden => ({ family: 'exec', place: h.place, ...(h.hookName !== undefined ? { hookName: h.hookName } : {}) }))
  return { hooks: memo.once(w, 'exec-run', () => [fromAnnotation]), hidden }
}

function annotationExecHook(version: VeleroVersion, w: WorkloadFact, annotations: PodAnnotations): PlannedRestoreExecHook | undefined {
  if (!hookIsBuilt('post-restore', (k) => annotations.fact(k)?.value)) return undefined
  const commandKey = key('post-restore', 'command')
  const parsed = parseStringToCommand(annotations.value(commandKey))
  const container = appliedContainer(annotations.value(key('post-restore', 'container')), w)
  const onError = appliedOnError(annotations.value(key('post-restore', 'on-error')))
  const execTimeout = appliedExecTimeout(annotations.value(key('post-restore', 'exec-timeout')), version)
  const waitTimeout = appliedWaitTimeout(annotations.value(key('post-restore', 'wait-timeout')))
  const waitForReady = appliedWaitForReady(annotations.value(key('post-restore', 'wait-for-ready')), version)
  return {
    source: 'annotation',
    container: container.value,
    command: parsed.kind === 'empty' ? [] : parsed.argv,
    onError: onError.value,
    execTimeout: execTimeout.value,
    waitTimeout: waitTimeout.value,
    waitForReady: waitForReady.value,
    defaulted: defaultedOf({ container, onError, execTimeout, waitTimeout, waitForReady }),
    place: annotations.fact(commandKey)!.keyPlace,
    certainty: 'yes',
  }
}

const BACKUP_NAME_LABEL = 'velero.io/backup-name'
const RESTORE_NAME_LABEL = 'velero.io/restore-name'

/**
 * Exec hooks match the created pod's labels: the backed-up ones plus velero.io/backup-name and
 * velero.io/restore-name (§2.3). A selector on one of those whose value the repository does not
 * know (a schedule's generated backup name, a name over 63 characters that Velero shortens) is 'unknown'.
 */
function createdLabels(restore: VeleroObjectFact, backupName: string | undefined): RestoreReading['created'] {
  const extra: Record<string, string> = {}
  const unknown: string[] = []
  for (const [label, value] of [
    [BACKUP_NAME_LABEL, backupName],
    [RESTORE_NAME_LABEL, restore.name],
  ] as const) {
    if (value !== undefined && value.length <= 63) extra[label] = value
    else unknown.push(label)
  }
  return { extra, unknown }
}

function execSelects(reading: RestoreReading, entry: PMap, w: WorkloadFact, target: string | undefined): Tri {
  const { extra, unknown } = reading.created
  const selects = entryFilter(reading, entry)(w, target, extra)
  if (selects !== 'no' || unknown.length === 0) return selects
  const selector = pget(entry, 'labelSelector')
  const text = selector ? JSON.stringify(toJson(selector)) : ''
  return unknown.some((label) => text.includes(JSON.stringify(label))) ? 'unknown' : 'no'
}

function specExecHooks(reading: RestoreReading, w: WorkloadFact, target: string | undefined): readonly PlannedRestoreExecHook[] {
  const out = new Concat<PlannedRestoreExecHook>()
  for (const entry of reading.entries) {
    const selects = execSelects(reading, entry, w, target)
    if (selects === 'no') continue
    out.add(reading.memo.once(entry, `exec${selects}${defaultContainerKey(w)}`, () => entryExecHooks(reading, entry, w, selects)))
  }
  return out.result()
}

function entryExecHooks(reading: RestoreReading, entry: PMap, w: WorkloadFact, certainty: Certainty): PlannedRestoreExecHook[] {
  const out: PlannedRestoreExecHook[] = []
  const hookName = pstring(pget(entry, 'name'))
  pitems(pget(entry, 'postHooks')).forEach((item, postHookIndex) => {
    const execEntry = pentry(item, 'exec')
    if (execEntry?.value.kind !== 'map') return
    const hook = specExecHook(reading, execEntry.value, w)
    out.push({ ...hook, place: keyPlaceOf(reading.restore.file, execEntry), ...(hookName !== undefined ? { hookName } : {}), postHookIndex, certainty })
  })
  return out
}

function specExecHook(reading: RestoreReading, exec: PMap, w: WorkloadFact): Omit<PlannedRestoreExecHook, 'place' | 'certainty'> {
  const container = appliedContainer(pstring(pget(exec, 'container')), w)
  const onError = appliedOnError(pstring(pget(exec, 'onError')))
  const execTimeout = appliedExecTimeout(scalarText(pget(exec, 'execTimeout')), reading.memo.version)
  const waitTimeout = appliedWaitTimeout(scalarText(pget(exec, 'waitTimeout')))
  const ready = pget(exec, 'waitForReady')
  const written = ready?.kind === 'scalar' && ready.value !== null ? (typeof ready.value === 'boolean' ? ready.value : '\u0000not-a-bool') : undefined
  const waitForReady = appliedWaitForReady(written, reading.memo.version)
  return {
    source: 'spec',
    container: container.value,
    command: pstrings(pget(exec, 'command')) ?? [],
    onError: onError.value,
    execTimeout: execTimeout.value,
    waitTimeout: waitTimeout.value,
    waitForReady: waitForReady.value,
    defaulted: defaultedOf({ container, onError, execTimeout, waitTimeout, waitForReady }),
  }
}

/**
 * GroupRestoreExecHooks: hooks grouped by container, each group in resources/postHooks order.
 * Velero runs the groups as their containers start (map order): the plan lists them by first appearance.
 */
function groupByContainer(hooks: readonly PlannedRestoreExecHook[]): readonly PlannedRestoreExecHook[] {
  if (hooks.length < 2) return hooks
  const groups = new Map<string | undefined, PlannedRestoreExecHook[]>()
  for (const hook of hooks) {
    const group = groups.get(hook.container)
    if (group) group.push(hook)
    else groups.set(hook.container, [hook])
  }
  return [...groups.values()].flat()
}
