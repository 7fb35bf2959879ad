/**
 * The hook plan (hook-plan-types.ts) from the repository model, for one Velero version: which pods
 * every Backup and Schedule takes and the pre/post hooks each gets, in Velero's order
 * (velero-plan-semantics.md §1.2–§1.9, §7); Restores are planned in hook-plan-restore.ts.
 *
 * Linear in the repository: each Backup tests only the workloads of the namespaces it can reach
 * (WorkloadIndex), and shared-PVC pulls go through a claim index, never pods × pods.
 */
import { parseStringToCommand } from '../velero/command.js'
import { hookIsBuilt, key, type HookFamily } from '../velero/keys.js'
import { includesExcludes } from '../velero/selectors.js'
import { backupNamespaceGlobsExpanded, sharedPvcPullsPods, type VeleroVersion } from '../velero/versions.js'
import type { Certainty, HookPlan, PlannedBackup, PlannedBackupHook, PlannedBackupPod } from './hook-plan-types.js'
import { planRestores } from './hook-plan-restore.js'
import { appliedContainer, appliedExecTimeout, appliedOnError, defaultedOf, PodAnnotations, scalarText, veleroOrder } from './hook-plan-values.js'
import { keyPlaceOf, pentry, pget, pitems, pstring, pstrings, type PMap, type RepoModel, type VeleroObjectFact, type WorkloadFact } from './repo-model.js'
import { backupIncludesPods, backupNamespaceMatches, backupTakes, hookEntrySelects, hookResourceEntries, readList, WorkloadIndex, type Tri } from './repo-select.js'

export { planToJson } from './hook-plan-json.js'

export function buildHookPlan(repo: RepoModel, version: VeleroVersion): HookPlan {
  const index = new WorkloadIndex(repo.workloads)
  const backups = new Map<VeleroObjectFact, PlannedBackup>()
  for (const object of repo.velero) if (object.kind !== 'Restore') backups.set(object, planBackup(object, index, version))
  const restores = planRestores(repo, { index, version, backups })
  return { backups: [...backups.values()], restores }
}

/** One Backup, or a Schedule as the Backups its template makes (§1.9). */
export function planBackup(object: VeleroObjectFact, index: WorkloadIndex, version: VeleroVersion): PlannedBackup {
  const entries = hookResourceEntries(object.spec)
  const pods = takenPods(object.spec, index, version).map((taken): PlannedBackupPod => ({ ...taken, ...backupHooksOf(object.file, entries, taken.workload, version) }))
  return { object, pods }
}

type Taken = Pick<PlannedBackupPod, 'workload' | 'certainty' | 'via' | 'sharedWith'>

/** Workloads of the namespaces a Backup can reach (a superset: backupTakes decides). */
function backupCandidates(spec: PMap | undefined, index: WorkloadIndex, version: VeleroVersion): readonly WorkloadFact[] {
  const inc = readList(spec, 'includedNamespaces')
  const exc = readList(spec, 'excludedNamespaces')
  if (!inc.known || !exc.known) return index.all
  // Up to v1.17 names are literal: a glob exclude excludes nothing, so only includes narrow.
  return index.candidates(inc.values, backupNamespaceGlobsExpanded(version) ? exc.values : undefined)
}

function takenPods(spec: PMap | undefined, index: WorkloadIndex, version: VeleroVersion): Taken[] {
  const selected = new Map<WorkloadFact, Taken>()
  const missedByLabels: WorkloadFact[] = []
  for (const workload of backupCandidates(spec, index, version)) {
    const take = backupTakes(spec, workload, version)
    if (take.takes !== 'no') selected.set(workload, { workload, certainty: take.takes, via: 'selector' })
    else if (take.reason === 'labels') missedByLabels.push(workload)
  }
  if (sharedPvcPullsPods(version) && missedByLabels.length > 0) {
    const claims = backupIncludesClaims(spec)
    if (claims !== 'no') pullSharedClaims(selected, missedByLabels, claims === 'yes' && backupIncludesPods(spec) === 'yes', spec, version)
  }
  return [...selected.values()].sort((a, b) => veleroOrder(a.workload, b.workload))
}

const CLAIM_NAMES = new Set(['persistentvolumeclaims', 'persistentvolumeclaim', 'pvc'])

/** Whether the Backup's resource filters keep PVCs (without them no PVC ItemBlockAction runs). */
function backupIncludesClaims(spec: PMap | undefined): Tri {
  const old = pentry(spec, 'includedResources') !== undefined || pentry(spec, 'excludedResources') !== undefined
  const inc = readList(spec, old ? 'includedResources' : 'includedNamespaceScopedResources')
  const exc = readList(spec, old ? 'excludedResources' : 'excludedNamespaceScopedResources')
  if (!inc.known || !exc.known) return 'unknown'
  const resolve = (name: string): string => (CLAIM_NAMES.has(name.toLowerCase()) ? 'persistentvolumeclaims' : name.toLowerCase())
  const excludes = exc.values?.map(resolve).filter((e) => e !== '*')
  return includesExcludes(inc.values?.map(resolve), excludes, 'persistentvolumeclaims') ? 'yes' : 'no'
}

function claimsOf(w: WorkloadFact): string[] {
  if (w.namespace === undefined) return []
  return [...new Set(w.volumes.map((v) => v.claimName).filter((c): c is string => c !== undefined))]
}

/**
 * The ItemBlock side door (v1.15+, §1.2, X19): a pod the label selector misses but that mounts a
 * claim of a taken pod in the same namespace is backed up (and hooked) too; transitively, as the
 * pulled pod's claims are processed in the same block.
 */
function pullSharedClaims(selected: Map<WorkloadFact, Taken>, missed: readonly WorkloadFact[], filtersCertain: boolean, spec: PMap | undefined, version: VeleroVersion): void {
  const byClaim = new Map<string, WorkloadFact[]>()
  for (const w of missed) {
    for (const claim of claimsOf(w)) {
      const k = `${w.namespace}\u0000${claim}`
      const list = byClaim.get(k)
      if (list) list.push(w)
      else byClaim.set(k, [w])
    }
  }
  const queue = [...selected.values()]
  for (let i = 0; i < queue.length; i++) {
    const puller = queue[i]!
    for (const claimName of claimsOf(puller.workload)) {
      const k = `${puller.workload.namespace}\u0000${claimName}`
      const list = byClaim.get(k)
      if (!list) continue
      byClaim.delete(k)
      for (const workload of list) {
        if (selected.has(workload)) continue
        const sure = puller.certainty === 'yes' && filtersCertain && backupNamespaceMatches(spec, workload.namespace, version) === 'yes'
        const taken: Taken = { workload, certainty: sure ? 'yes' : 'unknown', via: 'shared-pvc', sharedWith: { claimName, workload: puller.workload } }
        selected.set(workload, taken)
        queue.push(taken)
      }
    }
  }
}

// ---------------------------------------------------------------------------------------------
// The hooks of one pod (§1.4, §1.5, §1.7).

function backupHooksOf(file: string, entries: readonly PMap[], w: WorkloadFact, version: VeleroVersion): Pick<PlannedBackupPod, 'pre' | 'post' | 'hidden'> {
  const annotations = new PodAnnotations(w)
  const pre = phaseHooks('pre', file, entries, w, version, annotations)
  const post = phaseHooks('post', file, entries, w, version, annotations)
  const hidden = [...pre.hidden.map((hook) => ({ phase: 'pre' as const, hook })), ...post.hidden.map((hook) => ({ phase: 'post' as const, hook }))]
  return { pre: pre.run, post: post.run, hidden }
}

/** A phase's hooks: the annotation hook alone when there is one (it hides the spec hooks), else the spec hooks. */
function phaseHooks(phase: 'pre' | 'post', file: string, entries: readonly PMap[], w: WorkloadFact, version: VeleroVersion, annotations: PodAnnotations) {
  const spec = specBackupHooks(phase, file, entries, w, version)
  const fromAnnotation = annotationBackupHook(phase, w, version, annotations)
  return fromAnnotation ? { run: [fromAnnotation], hidden: spec } : { run: spec, hidden: [] }
}

/** pre: `pre.hook.backup.velero.io/…`, else the legacy `hook.backup.velero.io/…`; post: `post.hook.backup.velero.io/…` only. */
function annotationFamily(phase: 'pre' | 'post', annotations: PodAnnotations): HookFamily | undefined {
  const valueOf = (k: string): string | undefined => annotations.fact(k)?.value
  if (phase === 'post') return hookIsBuilt('post-backup', valueOf) ? 'post-backup' : undefined
  if (hookIsBuilt('pre-backup', valueOf)) return 'pre-backup'
  return hookIsBuilt('legacy-backup', valueOf) ? 'legacy-backup' : undefined
}

function annotationBackupHook(phase: 'pre' | 'post', w: WorkloadFact, version: VeleroVersion, annotations: PodAnnotations): PlannedBackupHook | undefined {
  const family = annotationFamily(phase, annotations)
  if (!family) return undefined
  const commandKey = key(family, 'command')
  const parsed = parseStringToCommand(annotations.value(commandKey))
  const container = appliedContainer(annotations.value(key(family, 'container')), w)
  const onError = appliedOnError(annotations.value(key(family, 'on-error')))
  const timeout = appliedExecTimeout(annotations.value(key(family, 'timeout')), version)
  return {
    source: 'annotation',
    container: container.value,
    command: parsed.kind === 'empty' ? [] : parsed.argv,
    onError: onError.value,
    timeout: timeout.value,
    defaulted: defaultedOf({ container, onError, timeout }),
    place: annotations.fact(commandKey)!.keyPlace,
    certainty: 'yes',
  }
}

/** Every matching entry's hooks of the phase, in spec order (§1.5); entries without `exec` do nothing. */
function specBackupHooks(phase: 'pre' | 'post', file: string, entries: readonly PMap[], w: WorkloadFact, version: VeleroVersion): PlannedBackupHook[] {
  const out: PlannedBackupHook[] = []
  for (const entry of entries) {
    const selects = hookEntrySelects(entry, w, 'backup')
    if (selects === 'no') continue
    const hookName = pstring(pget(entry, 'name'))
    for (const item of pitems(pget(entry, phase))) {
      const execEntry = pentry(item, 'exec')
      if (execEntry?.value.kind !== 'map') continue
      const exec = execEntry.value
      const container = appliedContainer(pstring(pget(exec, 'container')), w)
      const onError = appliedOnError(pstring(pget(exec, 'onError')))
      const timeout = appliedExecTimeout(scalarText(pget(exec, 'timeout')), version)
      out.push({
        source: 'spec',
        container: container.value,
        command: pstrings(pget(exec, 'command')) ?? [],
        onError: onError.value,
        timeout: timeout.value,
        defaulted: defaultedOf({ container, onError, timeout }),
        place: keyPlaceOf(file, execEntry),
        ...(hookName !== undefined ? { hookName } : {}),
        certainty: selects as Certainty,
      })
    }
  }
  return out
}
