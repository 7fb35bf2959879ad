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
import {
  appliedContainer,
  appliedExecTimeout,
  appliedOnError,
  appliedWaitForReady,
  appliedWaitTimeout,
  defaultedOf,
  PodAnnotations,
  scalarText,
  toJson,
  veleroOrder,
} from './hook-plan-values.js'
import { keyPlaceOf, pentry, pget, pitems, placeOf, pstring, pstrings, type Place, type PMap, type PNode, type RepoModel, type VeleroObjectFact, type WorkloadFact } from './repo-model.js'
import { hookEntrySelects, hookResourceEntries, readList, restoreSource, restoreTakes, targetNamespace, type Tri, type WorkloadIndex } from './repo-select.js'

export interface RestorePlanContext {
  readonly index: WorkloadIndex
  readonly version: VeleroVersion
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
  const reading: RestoreReading = { restore, entries: hookResourceEntries(restore.spec), backupName, version: context.version }
  const pods = restoredWorkloads(restore, source, backup, context).map(({ workload, certainty }) => planRestorePod(reading, workload, certainty))
  return { object: restore, backup, source, pods }
}

interface RestoreReading {
  readonly restore: VeleroObjectFact
  readonly entries: readonly PMap[]
  /** spec.backupName: the value of the created pods' velero.io/backup-name label (unknown for a schedule's). */
  readonly backupName: string | undefined
  readonly version: VeleroVersion
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
  for (const { workload, certainty } of base) {
    if (workload.kind === 'CronJob') continue // its pods are never restored as such (§3.2)
    const take = restoreTakes(restore, workload)
    if (take.takes === 'no') continue
    out.push({ workload, certainty: certainty === 'yes' && take.takes === 'yes' ? 'yes' : 'unknown' })
  }
  return out
}

function planRestorePod(reading: RestoreReading, w: WorkloadFact, certainty: Certainty): PlannedRestorePod {
  const target = targetNamespace(reading.restore, w)
  const annotations = new PodAnnotations(w)
  const notes: RestorePodNote[] = w.kind === 'Job' ? ['job-template'] : []
  const init = initContainersOf(reading, w, target, annotations)
  const base = { workload: w, certainty, targetNamespace: target }
  if (init.panics) return { ...base, initContainers: [], exec: [], hidden: init.hidden, notes: [...notes, 'init-command-panics'] }
  const exec = execHooksOf(reading, w, target, annotations)
  return { ...base, initContainers: init.containers, exec: exec.hooks, hidden: [...init.hidden, ...exec.hidden], notes }
}

type Hidden = PlannedRestorePod['hidden'][number]

// ---------------------------------------------------------------------------------------------
// Init containers (§2.4): the annotation's, else every matching entry's, in resources/postHooks/initContainers order.

function initContainersOf(reading: RestoreReading, w: WorkloadFact, target: string | undefined, annotations: PodAnnotations) {
  const spec = specInitContainers(reading, w, target)
  const emptyCommand = emptyInitCommandPanics(reading.version) ? 'panics' : 'entrypoint'
  const decision = veleroInitDecision((k) => annotations.value(k), { emptyCommand })
  if (decision.kind === 'none') return { containers: spec.containers, hidden: [] as Hidden[], panics: false }
  const hidden = spec.hooks.map((h): Hidden => ({ family: 'init', ...h }))
  if (decision.kind === 'panics') return { containers: [], hidden, panics: true }
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
  return { containers: [container], hidden, panics: false }
}

function specInitContainers(reading: RestoreReading, w: WorkloadFact, target: string | undefined) {
  const containers: PlannedInitContainer[] = []
  const hooks: { place: Place; hookName?: string }[] = []
  const file = reading.restore.file
  for (const entry of reading.entries) {
    // Init hooks match the target namespace and the backed-up labels (§2.3).
    const selects = hookEntrySelects(entry, w, 'restore', target)
    if (selects === 'no') continue
    const hookName = pstring(pget(entry, 'name'))
    const named = hookName !== undefined ? { hookName } : {}
    for (const item of pitems(pget(entry, 'postHooks'))) {
      const initEntry = pentry(item, 'init')
      if (initEntry?.value.kind !== 'map') continue
      hooks.push({ place: keyPlaceOf(file, initEntry), ...named })
      for (const node of pitems(pget(initEntry.value, 'initContainers'))) containers.push(specInitContainer(file, node, named, selects))
    }
  }
  return { containers, hooks }
}

function specInitContainer(file: string, node: PNode, named: { hookName?: string }, certainty: Certainty): PlannedInitContainer {
  const json = toJson(node)
  const invalid = validateContainerProblem(node)
  return {
    source: 'spec',
    name: pstring(pget(node, 'name')) ?? '',
    image: pstring(pget(node, 'image')),
    command: pstrings(pget(node, 'command')) ?? [],
    place: placeOf(file, node),
    ...(json !== null && typeof json === 'object' && !Array.isArray(json) ? { container: json as Record<string, unknown> } : {}),
    defaulted: [],
    ...(invalid ? { invalid } : {}),
    ...named,
    certainty,
  }
}

/**
 * Why Velero's ValidateContainer refuses a spec init container (internal/hook/item_hook_handler.go):
 * a JSON type error for name, image or command, or a missing name, image or command.
 */
export function validateContainerProblem(node: PNode): string | undefined {
  if (node.kind !== 'map') return 'it is not a mapping, so it does not decode as a container'
  for (const field of ['name', 'image'] as const) {
    const value = pget(node, field)
    if (value && !(value.kind === 'scalar' && (value.isString || value.value === null))) return `its ${field} is not a string`
  }
  const command = pget(node, 'command')
  if (command && !(command.kind === 'scalar' && command.value === null) && pstrings(command) === undefined) return 'its command is not a list of strings'
  if (!pstring(pget(node, 'name')) || !pstring(pget(node, 'image')) || (pstrings(command) ?? []).length === 0) {
    return "it doesn't have Command, Name or Image field"
  }
  return undefined
}

// ---------------------------------------------------------------------------------------------
// Exec hooks (§2.5): the annotation's, else every matching entry's, grouped by container.

function execHooksOf(reading: RestoreReading, w: WorkloadFact, target: string | undefined, annotations: PodAnnotations) {
  // GroupRestoreExecHooks returns nothing for a pod without containers.
  if (w.containersKnown && w.containers.length === 0) return { hooks: [], hidden: [] as Hidden[] }
  const spec = specExecHooks(reading, w, target)
  const fromAnnotation = annotationExecHook(reading.version, w, annotations)
  if (fromAnnotation) return { hooks: [fromAnnotation], hidden: spec.map((h): Hidden => ({ family: 'exec', place: h.place, ...(h.hookName !== undefined ? { hookName: h.hookName } : {}) })) }
  return { hooks: groupByContainer(spec), hidden: [] as Hidden[] }
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
function execSelects(reading: RestoreReading, entry: PMap, w: WorkloadFact, target: string | undefined): Tri {
  const extra: Record<string, string> = {}
  const unknown: string[] = []
  for (const [label, value] of [
    [BACKUP_NAME_LABEL, reading.backupName],
    [RESTORE_NAME_LABEL, reading.restore.name],
  ] as const) {
    if (value !== undefined && value.length <= 63) extra[label] = value
    else unknown.push(label)
  }
  const selects = hookEntrySelects(entry, w, 'restore', target, extra)
  if (selects !== 'no' || unknown.length === 0) return selects
  const selector = JSON.stringify(toJson(pget(entry, 'labelSelector') ?? { kind: 'scalar', value: null, isString: false, span: entry.span, path: '' }))
  return unknown.some((label) => selector.includes(JSON.stringify(label))) ? 'unknown' : 'no'
}

function specExecHooks(reading: RestoreReading, w: WorkloadFact, target: string | undefined): PlannedRestoreExecHook[] {
  const out: PlannedRestoreExecHook[] = []
  for (const entry of reading.entries) {
    const selects = execSelects(reading, entry, w, target)
    if (selects === 'no') continue
    const hookName = pstring(pget(entry, 'name'))
    for (const item of pitems(pget(entry, 'postHooks'))) {
      const execEntry = pentry(item, 'exec')
      if (execEntry?.value.kind !== 'map') continue
      const hook = specExecHook(reading, execEntry.value, w)
      out.push({ ...hook, place: keyPlaceOf(reading.restore.file, execEntry), ...(hookName !== undefined ? { hookName } : {}), certainty: selects })
    }
  }
  return out
}

function specExecHook(reading: RestoreReading, exec: PMap, w: WorkloadFact): Omit<PlannedRestoreExecHook, 'place' | 'certainty'> {
  const container = appliedContainer(pstring(pget(exec, 'container')), w)
  const onError = appliedOnError(pstring(pget(exec, 'onError')))
  const execTimeout = appliedExecTimeout(scalarText(pget(exec, 'execTimeout')), reading.version)
  const waitTimeout = appliedWaitTimeout(scalarText(pget(exec, 'waitTimeout')))
  const ready = pget(exec, 'waitForReady')
  const written = ready?.kind === 'scalar' && ready.value !== null ? (typeof ready.value === 'boolean' ? ready.value : '\u0000not-a-bool') : undefined
  const waitForReady = appliedWaitForReady(written, reading.version)
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
function groupByContainer(hooks: readonly PlannedRestoreExecHook[]): PlannedRestoreExecHook[] {
  const groups = new Map<string | undefined, PlannedRestoreExecHook[]>()
  for (const hook of hooks) {
    const group = groups.get(hook.container)
    if (group) group.push(hook)
    else groups.set(hook.container, [hook])
  }
  return [...groups.values()].flat()
}
