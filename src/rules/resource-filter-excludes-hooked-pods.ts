import { defineRule } from '../engine/define-rule.js'
import { describeVeleroObject, describeWorkload, pget, pitems, type PMap, type VeleroObjectFact, type WorkloadFact } from '../engine/repo-model.js'
import { hookResourceEntries, readList, restoreSource, WorkloadIndex } from '../engine/repo-select.js'
import {
  annotationHookFamilies,
  BACKUP_FAMILIES,
  backupTaker,
  boundedList,
  describeHookEntry,
  FAMILY_LABEL,
  podFilterPlace,
  restoreTakerIgnoringResources,
  RESTORE_FAMILIES,
  withoutResourceFilters,
} from '../engine/repo-select-extra.js'
import type { HookFamily } from '../velero/keys.js'
import { resourceFiltersIncludePods } from '../velero/selectors.js'
import type { VeleroVersion } from '../velero/versions.js'

const ALL_FAMILIES: readonly HookFamily[] = [...BACKUP_FAMILIES, ...RESTORE_FAMILIES]

/** The workloads whose annotations turn hooks on, indexed by namespace, with their hook families (read once a run). */
class HookedWorkloads {
  readonly families = new Map<WorkloadFact, HookFamily[]>()
  readonly index: WorkloadIndex

  constructor(workloads: readonly WorkloadFact[]) {
    for (const w of workloads) {
      const families = annotationHookFamilies(w, ALL_FAMILIES)
      if (families.length > 0) this.families.set(w, families)
    }
    this.index = new WorkloadIndex([...this.families.keys()])
  }
}

/** "the pre-backup and restore init hooks of Deployment web in namespace shop (apps/web.yaml:3)". */
function describeHooks(w: WorkloadFact, families: readonly HookFamily[]): string {
  const labels = [...new Set(families.map((f) => FAMILY_LABEL[f].replace(/ hook$/, '')))]
  return `the ${boundedList(labels, labels.length)} hook${labels.length > 1 ? 's' : ''} of ${describeWorkload(w)}`
}

/** A spec hook entry with hooks of a phase (a non-empty `pre`/`post`/`postHooks` list). */
function hasHooks(entry: PMap, phases: readonly string[]): boolean {
  return phases.some((p) => pitems(pget(entry, p)).length > 0)
}

/** The hooks a Backup or Schedule would run (or leave to Restores) in the pods it would take but for its resource filters. */
function backupHooks(object: VeleroObjectFact, hooked: HookedWorkloads, version: VeleroVersion): string[] {
  const out: string[] = []
  for (const entry of hookResourceEntries(object.spec)) {
    const inc = readList(entry, 'includedResources')
    const exc = readList(entry, 'excludedResources')
    // An entry that leaves pods out itself is backup-spec-hooks-skip-pods's finding.
    if (inc.known && exc.known && resourceFiltersIncludePods(inc.values, exc.values) && hasHooks(entry, ['pre', 'post'])) out.push(describeHookEntry(object.file, entry))
  }
  const spec = withoutResourceFilters(object.spec)
  const takes = backupTaker(spec, version)
  for (const w of hooked.index.candidates(readList(spec, 'includedNamespaces').values, readList(spec, 'excludedNamespaces').values)) {
    if (takes(w) === 'yes') out.push(describeHooks(w, hooked.families.get(w)!))
  }
  return out
}

/** The hooks a Restore would run in the pods it would restore but for its resource filters. */
function restoreHooks(object: VeleroObjectFact, hooked: HookedWorkloads, objects: readonly VeleroObjectFact[], version: VeleroVersion): string[] {
  const out: string[] = []
  for (const entry of hookResourceEntries(object.spec)) if (hasHooks(entry, ['postHooks'])) out.push(describeHookEntry(object.file, entry))
  const source = restoreSource(object, objects)
  const restores = restoreTakerIgnoringResources(object)
  // Pods its source Backup does not hold are not this filter's doing.
  const backedUp = source ? backupTaker(source.spec, version) : () => 'yes'
  for (const w of hooked.index.candidates(readList(object.spec, 'includedNamespaces').values, readList(object.spec, 'excludedNamespaces').values)) {
    const families = hooked.families.get(w)!.filter((f) => RESTORE_FAMILIES.includes(f))
    if (families.length > 0 && restores(w) === 'yes' && backedUp(w) === 'yes') out.push(describeHooks(w, families))
  }
  return out
}

export default defineRule({
  meta: {
    id: 'resource-filter-excludes-hooked-pods',
    severity: 'error',
    docs: {
      summary: "A Backup, Schedule or Restore whose own resource filters leave out pods, while hooks exist for the pods it would take.",
      description:
        'Hooks run only in Pod objects: a backup hook in a pod the Backup backs up, a restore hook (init container or exec) ' +
        'in a pod the Restore itself creates (velero-plan-semantics.md §1.2, §2.2, §3.1). `excludedResources: [pods]`, or ' +
        '`includedResources` (or a Backup\'s `includedNamespaceScopedResources`) without pods, drops every pod: the item ' +
        'collector never lists them (`ShouldInclude("pods")` in `getResourceItems`, pkg/backup/item_collector.go, and ' +
        '`restoreItem`, pkg/restore/restore.go). Then none of the hooks written for those pods runs, and Velero says nothing ' +
        'about it. A Backup without pods also leaves its Restores no pods to run restore hooks in; a Restore of "deployments ' +
        'only" lets controllers create fresh pods that never get init containers or exec hooks (§5 X07, X17).\n\n' +
        'The rule reports the filter when the repository proves both sides: hook annotations on workloads the object would ' +
        'otherwise take (namespace and label filters, as Velero applies them for the targeted version), or hooks in its own ' +
        '`spec.hooks` (a Backup hook entry that itself leaves out pods is `backup-spec-hooks-skip-pods`\'s finding). It names ' +
        'the first few hooks and how many more there are.',
      fix: 'Let pods through: remove `pods` from `excludedResources`, or add `pods` to `includedResources` (or drop the list). If leaving pods out is intended, remove the hooks that can never run.',
    },
    messages: {
      backupExcluded:
        '{{object}} backs up no pods because {{key}} lists "{{item}}", and hooks run only in backed-up pods (restore hooks only in pods the backup holds): Velero never runs {{hooks}}; remove "{{item}}" from {{key}}.',
      backupNotIncluded:
        '{{object}} backs up no pods because {{key}} leaves them out, and hooks run only in backed-up pods (restore hooks only in pods the backup holds): Velero never runs {{hooks}}; add "pods" to {{key}} or remove the list.',
      restoreExcluded:
        '{{object}} restores no pods because {{key}} lists "{{item}}", and Velero injects init containers and runs exec hooks only in pods it restores itself (never in pods controllers create later): it never runs {{hooks}}; remove "{{item}}" from {{key}}.',
      restoreNotIncluded:
        '{{object}} restores no pods because {{key}} leaves them out, and Velero injects init containers and runs exec hooks only in pods it restores itself (never in pods controllers create later): it never runs {{hooks}}; add "pods" to {{key}} or remove the list.',
    },
  },
  checkRepository(context) {
    let workloads: HookedWorkloads | undefined
    const hooked = (): HookedWorkloads => (workloads ??= new HookedWorkloads(context.repo.workloads))
    for (const object of context.repo.velero) {
      const filter = podFilterPlace(object)
      if (!filter) continue
      const restore = object.kind === 'Restore'
      const hooks = restore ? restoreHooks(object, hooked(), context.repo.velero, context.veleroVersion) : backupHooks(object, hooked(), context.veleroVersion)
      if (hooks.length === 0) continue
      const messageId = restore ? (filter.item !== undefined ? 'restoreExcluded' : 'restoreNotIncluded') : filter.item !== undefined ? 'backupExcluded' : 'backupNotIncluded'
      context.report({ messageId, data: { object: describeVeleroObject(object), key: filter.key, item: filter.item ?? '', hooks: boundedList(hooks) }, place: filter.place })
    }
  },
})
