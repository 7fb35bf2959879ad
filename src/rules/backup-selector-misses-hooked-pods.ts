import { defineRule } from '../engine/define-rule.js'
import { countedList, hasAnnotationHook, keyPlace, LIST_MAX, RepoHooks, selectorTemplated, type BackupScope } from '../engine/repo-hooks.js'
import { describeWorkload, pentry, type PEntry, type WorkloadFact } from '../engine/repo-model.js'
import { isTemplated } from '../engine/repo-facts.js'
import { backupSelectors, type Tri } from '../engine/repo-select.js'
import { selectorsDisjoint } from '../velero/selectors.js'
import { formatVersion, sharedPvcPullsPods } from '../velero/versions.js'

type MessageId = 'objectLabels' | 'podLabels' | 'sharedClaim'

/** Whether the Backup's selectors match the workload's own metadata.labels (a Deployment's, not its pods'). */
function objectLabelsMatch(scope: BackupScope, w: WorkloadFact): boolean {
  let usable = ownLabelsUsable.get(w)
  if (usable === undefined) {
    const entries = Object.entries(w.objectLabels)
    usable = w.kind !== 'Pod' && entries.length > 0 && !entries.some(([k, v]) => isTemplated(k) || isTemplated(v))
    ownLabelsUsable.set(w, usable)
  }
  return usable && scope.labelsOf(w.objectLabels, true) === 'yes'
}

/** Whether a workload's own labels are plain (not a Pod's, whose own labels are its pod labels). */
const ownLabelsUsable = new WeakMap<WorkloadFact, boolean>()

/** A spec hook entry that hooks pods the Backup may take, and whether it selects by labels. */
interface HookingEntry {
  readonly selects: (w: WorkloadFact) => boolean
  readonly byLabels: boolean
}

/** The Backup's entries with exec hooks whose selector can meet the Backup's (backup-hook-selector-disjoint reports the others). */
function hookingEntries(scope: BackupScope): HookingEntry[] {
  const { single, or } = backupSelectors(scope.object.spec)
  const backupSide = (or.length > 0 ? or : single ? [single] : []).map((r) => r.selector)
  const out: HookingEntry[] = []
  for (const entry of scope.entries) {
    const hook = entry.selector?.selector
    if (entry.execHooks.length === 0 || (hook && (selectorTemplated(hook) || backupSide.every((b) => b !== undefined && selectorsDisjoint(b, hook))))) continue
    const matcher = scope.matchers.get(entry)!
    out.push({ selects: (w) => matcher.selects(w, w.namespace) === 'yes', byLabels: hook !== undefined })
  }
  return out
}

/**
 * Whether a spec hook entry selects the workload: by labels, or namespace-wide when the workload's own
 * labels show it was meant to be backed up (a namespace-wide entry hooks every pod, selected or not).
 */
function selectedBySpecHook(entries: readonly HookingEntry[], w: WorkloadFact, objectMatch: boolean): boolean {
  return entries.some((e) => (e.byLabels || objectMatch) && e.selects(w))
}

/** A claim of the workload that a workload the Backup takes also mounts (its pods join that pod's ItemBlock, v1.15+), with that workload. */
function sharedClaim(hooks: RepoHooks, scope: BackupScope, w: WorkloadFact, ns: Tri): { claim: string; partner: WorkloadFact } | undefined {
  if (w.namespace === undefined) return undefined
  for (const v of w.volumes) {
    if (v.claimName === undefined) continue
    const partner = hooks.index.sharing(w.namespace, v.claimName).find((p) => p.workload !== w && scope.takesIn(p.workload, ns, p.id).takes === 'yes')
    if (partner) return { claim: v.claimName, partner: partner.workload }
  }
  return undefined
}

/** The selector entry findings go on: `orLabelSelectors` when set (Velero then ignores nothing else), else `labelSelector`. */
function selectorKey(scope: BackupScope): PEntry | undefined {
  const { single, or } = backupSelectors(scope.object.spec)
  return or.length > 0 ? pentry(scope.object.spec, 'orLabelSelectors') : single?.entry
}

class Groups {
  readonly byMessage = new Map<MessageId, { shown: string[]; count: number }>()

  add(messageId: MessageId, describe: () => string): void {
    const g = this.byMessage.get(messageId) ?? { shown: [], count: 0 }
    if (g.shown.length < LIST_MAX) g.shown.push(describe())
    g.count++
    this.byMessage.set(messageId, g)
  }
}

function missed(hooks: RepoHooks, scope: BackupScope, sharedClaims: boolean): Groups {
  const groups = new Groups()
  const entries = hookingEntries(scope)
  for (const group of scope.candidateGroups()) {
    if (scope.namespace(group.namespace) === 'yes') group.workloads.forEach((w, i) => classify(w, group.offset + i))
  }
  return groups

  function classify(w: WorkloadFact, id: number): void {
    const annotated = hasAnnotationHook(w)
    if ((!annotated && entries.length === 0) || w.podLabels['velero.io/exclude-from-backup'] === 'true' || scope.labels(w, id) !== 'no') return
    const objectMatch = objectLabelsMatch(scope, w)
    if (!annotated && !selectedBySpecHook(entries, w, objectMatch)) return
    const own = objectMatch ? '; its metadata.labels match, its pod template labels do not' : ''
    const shared = sharedClaims ? sharedClaim(hooks, scope, w, 'yes') : undefined
    if (shared) {
      groups.add('sharedClaim', () => `${describeWorkload(w).slice(0, -1)}${own}; claim "${shared.claim}" of ${describeWorkload(shared.partner)})`)
    } else groups.add(objectMatch ? 'objectLabels' : 'podLabels', () => describeWorkload(w))
  }
}

export default defineRule({
  meta: {
    id: 'backup-selector-misses-hooked-pods',
    severity: 'warning',
    docs: {
      summary: "A Backup/Schedule's `labelSelector`/`orLabelSelectors` does not match the pod labels of hooked workloads in its namespaces, so their pods are not backed up and no hook runs.",
      description:
        "Velero applies a Backup's `labelSelector` (or each of its `orLabelSelectors`) when it lists each resource, pods included, on the " +
        "object's **own** labels (`listResourceByLabelsPerNamespace`, pkg/backup/item_collector.go; velero-plan-semantics.md §1.2). Pods " +
        "carry their template's labels (`spec.template.metadata.labels`), not their Deployment's or StatefulSet's `metadata.labels`, so a " +
        'selector written for the workload backs up the Deployment but none of its pods (velero#445, velero#4575, velero#6800). Hooks run ' +
        'only on pods in the backup: none of their backup hooks run, and with no pod in the backup there is nothing for restore hooks either.\n\n' +
        'Reported for workloads in the Backup\'s namespaces whose pods carry hook annotations, or that a spec hook entry of the Backup ' +
        'selects by labels (or selects namespace-wide while the workload\'s own labels match the Backup selector). Since v1.15 a running pod ' +
        'that shares a PersistentVolumeClaim with a selected pod joins the backup anyway (`PVCAction`, pkg/itemblock/actions/pvc_action.go; ' +
        'velero#9078); when the repository shows such a claim, the finding says so.',
      fix: "Put the labels the selector asks for on the pod template (`spec.template.metadata.labels`), or change the selector to labels the pods carry.",
    },
    versions: {
      applies: 'all; from v1.15 pods sharing a claim with a selected pod join the backup',
      outcomes: [
        { versions: 'v1.12.0 … v1.14.x', outcome: 'The pods are not backed up; no hook runs.' },
        { versions: 'v1.15.0 … main', outcome: 'The same, except for running pods that share a PersistentVolumeClaim with a selected pod.' },
      ],
    },
    messages: {
      objectLabels:
        'This selector matches the metadata.labels of {{workloads}}, but Velero selects pods by their own labels and their pod template labels do not match: it backs up none of their pods, so none of their backup or restore hooks run; add the labels to spec.template.metadata.labels.',
      podLabels:
        'This selector does not match the pod labels of {{workloads}}, which have hooks, so Velero backs up none of their pods and none of their backup or restore hooks run; label their pod templates to match, or widen the selector.',
      sharedClaim:
        'This selector does not match the pod labels of {{workloads}}, which have hooks: Velero {{version}} backs up their pods (and runs their hooks) only while they run and share that claim with a selected pod; label their pod templates to match, or widen the selector.',
    },
  },
  checkRepository(context) {
    const version = context.veleroVersion
    const hooks = RepoHooks.of(context.repo, version)
    // Backups written alike (filters and hook entries) miss alike: classify their workloads once.
    const memo = new Map<string, Groups>()
    for (const scope of hooks.backups) {
      if (scope.fails || scope.resources !== 'yes') continue
      const key = selectorKey(scope)
      if (!key) continue
      const signature = JSON.stringify([scope.signature, scope.entries.map((e) => [e.execHooks.length > 0, scope.matchers.get(e)!.signature])])
      let groups = memo.get(signature)
      if (!groups) memo.set(signature, (groups = missed(hooks, scope, sharedPvcPullsPods(version))))
      for (const [messageId, g] of groups.byMessage) {
        context.report({ messageId, data: { workloads: countedList(g.shown, g.count), version: formatVersion(version) }, place: keyPlace(scope.object, key) })
      }
    }
  },
})
