import { defineRule } from '../engine/define-rule.js'
import { describeWorkload, keyPlaceOf, pentry, pitems, type PEntry, type PMap, type VeleroObjectFact, type WorkloadFact } from '../engine/repo-model.js'
import { hookResourceEntries, restoreSource, type Tri } from '../engine/repo-select.js'
import { annotationHookFamilies, backupTaker, boundedList, describeHookEntry, NamespaceGroups, restoreHookSelector, restoreTaker } from '../engine/repo-select-extra.js'
import { key } from '../velero/keys.js'
import type { VeleroVersion } from '../velero/versions.js'

const JOB_KINDS = new Set(['Job', 'CronJob'])

/** The `init` key of the first `postHooks[]` item with one: where a finding about an entry's init hooks goes. */
function firstInit(entry: PMap): PEntry | undefined {
  for (const hook of pitems(pentry(entry, 'postHooks')?.value)) {
    const init = pentry(hook, 'init')
    if (init) return init
  }
  return undefined
}

/** The repository's workloads by namespace, and those whose init annotation hides spec init hooks (read once a run). */
class InitCandidates {
  readonly groups: NamespaceGroups
  readonly annotated: ReadonlySet<WorkloadFact>

  constructor(workloads: readonly WorkloadFact[]) {
    this.groups = new NamespaceGroups(workloads)
    this.annotated = new Set(workloads.filter((w) => annotationHookFamilies(w, ['init']).length > 0))
  }
}

/**
 * The Job/CronJob workloads a Restore hook entry's init containers reach, when those are all the
 * entry reaches in the repository (no other workload selected, none unsure); otherwise [].
 */
function jobsOnly(restore: VeleroObjectFact, source: VeleroObjectFact | undefined, entry: PMap, workloads: InitCandidates, version: VeleroVersion): WorkloadFact[] {
  const jobs: WorkloadFact[] = []
  const restores = restoreTaker(restore)
  const backedUp: (w: WorkloadFact) => Tri = source ? backupTaker(source.spec, version) : () => 'yes'
  const selects = restoreHookSelector(restore, entry)
  for (const w of workloads.groups.restoreHookCandidates(restore, entry)) {
    // An init annotation hides the spec init hooks for that pod (§2.4).
    if (workloads.annotated.has(w)) continue
    const answer = selects(w)
    if (answer === 'no' || restores(w) === 'no' || backedUp(w) === 'no') continue
    if (answer === 'unknown' || !JOB_KINDS.has(w.kind)) return []
    jobs.push(w)
  }
  return jobs
}

export default defineRule({
  meta: {
    id: 'init-hook-on-job-pods',
    severity: 'warning',
    docs: {
      summary: 'A restore init hook meant for the pods of a Job or CronJob, which Velero never injects into the pods those controllers run.',
      description:
        'Velero injects restore init containers only into Pod objects from the backup that it creates itself; it never edits ' +
        'a workload\'s pod template (`InitRestoreHookPodAction` applies to pods only; velero-plan-semantics.md §3.1, §3.2, ' +
        '§5 X16). For a Deployment, StatefulSet or DaemonSet the restored pods are adopted by the controller, so the hook ' +
        'runs once in each. Not for these:\n\n' +
        '- **CronJob**: its future Jobs create pods from the template, and nothing injects the hook into them.\n' +
        '- **Job**: Velero\'s `velero.io/job` action removes `controller-uid` from the restored Job\'s selector, so the Job ' +
        'does not adopt the restored pods (they run the hook as orphan duplicates) and starts new pods without the init ' +
        'container; a finished Job\'s pods (`Succeeded`/`Failed`) are not restored at all.\n\n' +
        'Reported for the `init.hook.restore.velero.io/container-image` annotation in a Job or CronJob pod template, and for ' +
        'a Restore hook entry with `init` hooks whose selection reaches only Job/CronJob pods in the repository (no other ' +
        'workload, none unsure).',
      fix: 'Put the step in the pod template\'s own `initContainers` (it then runs in every pod the Job creates), or run it from a Deployment/StatefulSet hook; remove the init hook.',
    },
    messages: {
      job: 'Velero injects this init container only into pods it restores itself: the restored pods of Job {{name}} are orphans that the Job does not adopt, the Job starts new pods without it, and a finished Job\'s pods are not restored at all; put the step in the template\'s initContainers instead.',
      cronJob:
        'Velero injects this init container only into pods it restores itself, never into the pods CronJob {{name}} creates from its template; put the step in the template\'s initContainers instead.',
      spec: 'In this repository {{hook}} reaches only Job and CronJob pods ({{workloads}}), but Velero injects init containers only into pods it restores itself: a CronJob\'s new pods never get them, and a Job starts new pods without them (the restored ones are orphans); put the step in the templates\' initContainers instead.',
    },
  },
  create(context) {
    return {
      podTemplate(pod) {
        const kind = pod.resource.kind
        if (pod.role !== 'template' || kind === undefined || !JOB_KINDS.has(kind)) return
        const entry = pod.annotations.get(key('init', 'container-image'))
        if (!entry?.value) return
        const name = pod.resource.name ?? '(unnamed)'
        context.report({ messageId: kind === 'Job' ? 'job' : 'cronJob', data: { name }, node: entry.keyNode, resource: pod.resource, path: entry.path })
      },
    }
  },
  checkRepository(context) {
    let workloads: InitCandidates | undefined
    for (const restore of context.repo.velero) {
      if (restore.kind !== 'Restore') continue
      const source = restoreSource(restore, context.repo.velero)
      for (const entry of hookResourceEntries(restore.spec)) {
        const init = firstInit(entry)
        if (!init) continue
        const jobs = jobsOnly(restore, source, entry, (workloads ??= new InitCandidates(context.repo.workloads)), context.veleroVersion)
        if (jobs.length === 0) continue
        context.report({ messageId: 'spec', data: { hook: describeHookEntry(restore.file, entry), workloads: boundedList(jobs.map(describeWorkload)) }, place: keyPlaceOf(restore.file, init) })
      }
    }
  },
})
