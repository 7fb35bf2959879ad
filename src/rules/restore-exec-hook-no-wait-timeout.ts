import { defineRule } from '../engine/define-rule.js'
import { annotationHook, annotationOf, at, countedList, execHookRunsOn, keyPlace, LIST_MAX, podsMayBeAbsent, RepoHooks, type BackupScope, type RestoreScope, type SpecExecHook } from '../engine/repo-hooks.js'
import { describeVeleroObject, describeWorkload, pget, placeOf, pstring, type Place, type PNode, type WorkloadFact } from '../engine/repo-model.js'
import { parseGoDuration } from '../velero/go-values.js'
import { key } from '../velero/keys.js'
import { formatVersion, restoreExecHookWait, type VeleroVersion } from '../velero/versions.js'
import { containerNameMatches } from './util.js'

const WAIT_TIMEOUT = key('post-restore', 'wait-timeout')
const BACKUP_VOLUMES = 'backup.velero.io/backup-volumes'

/** How a wait timeout is written: 'none' (no limit), 'zero' (written as 0: no limit), or 'set' (a limit, or a value other rules report). */
function waitSetting(value: string | undefined, present: boolean): 'none' | 'zero' | 'set' {
  if (!present || value === '') return 'none'
  if (value === undefined) return 'set'
  const parsed = parseGoDuration(value)
  return parsed.ok && parsed.nanoseconds === 0 ? 'zero' : 'set'
}

/** Why a workload's app containers may start late or never after a restore: what runs before them. */
interface Before {
  /** The Backups (with defaultVolumesToFsBackup: true) whose restores put restore-wait before the hook. */
  readonly fsBackups: readonly BackupScope[]
  /** The workloads Restores inject spec init containers into, with words for where. */
  readonly specInits: ReadonlyMap<WorkloadFact, string>
}

function reasonOf(before: Before, w: WorkloadFact): string | undefined {
  const init = annotationHook(w, 'init')
  if (typeof init === 'object') return `init hook ${init.switch.key} at ${at(init.switch.keyPlace)}`
  const spec = before.specInits.get(w)
  if (spec) return spec
  const volumes = annotationOf(w, BACKUP_VOLUMES)
  if (volumes?.value) return `file-system restore, ${BACKUP_VOLUMES} at ${at(volumes.keyPlace)}`
  if (!w.volumes.some((v) => v.claimName !== undefined)) return undefined
  const backup = before.fsBackups.find((b) => b.takes(w).takes === 'yes')
  return backup ? `file-system restore, defaultVolumesToFsBackup of ${describeVeleroObject(backup.object)}` : undefined
}

function defaultsToFsBackup(b: BackupScope): boolean {
  const v = pget(b.object.spec, 'defaultVolumesToFsBackup')
  return !b.fails && v?.kind === 'scalar' && v.value === true
}

/** The workloads these Restores surely inject spec init containers into (no image annotation replaces them), with the first `init` key. */
function specInits(hooks: RepoHooks, restores: readonly RestoreScope[]): Map<WorkloadFact, string> {
  const out = new Map<WorkloadFact, string>()
  for (const scope of restores) {
    if (scope.fails) continue
    for (const entry of scope.entries) {
      if (!entry.initKey || entry.initContainers.length === 0) continue
      for (const { workload, taken, hooks: own } of hooks.reached(scope, entry, 'init')) {
        if (taken !== 'yes' || own.init !== undefined || out.has(workload)) continue
        out.set(workload, `init containers of ${describeVeleroObject(scope.object)} at ${at(keyPlace(scope.object, entry.initKey))}`)
      }
    }
  }
  return out
}

/** Whether the hook's container is one Velero finds (a missing one is discarded: other rules' business). */
function containerFound(w: WorkloadFact, container: string | undefined): boolean {
  return container === undefined || container === '' || w.containers.some((c) => c.name !== undefined && containerNameMatches(c.name, container))
}

const describeWith = (w: WorkloadFact, reason: string): string => `${describeWorkload(w).slice(0, -1)}; ${reason})`

function outcome(version: VeleroVersion): string {
  return restoreExecHookWait(version) === 'finalizing'
    ? 'waits for it forever, and the Restore stays in Finalizing'
    : 'waits for it until --resource-timeout (10m by default), then ends the Restore PartiallyFailed'
}

interface Found {
  readonly place: Place
  readonly setting: string
  readonly workloads: string
}

function specFinding(hooks: RepoHooks, scope: RestoreScope, hook: SpecExecHook, before: Before): Found | undefined {
  const waitNode: PNode | undefined = pget(hook.exec.value, 'waitTimeout')
  const present = waitNode !== undefined && !(waitNode.kind === 'scalar' && waitNode.value === null)
  const setting = waitSetting(waitNode?.kind === 'scalar' && waitNode.isString ? (waitNode.value as string) : undefined, present)
  if (setting === 'set') return undefined
  const found: string[] = []
  let count = 0
  for (const w of execHookRunsOn(hooks, scope, hook)) {
    const reason = containerFound(w, hook.container?.value) ? reasonOf(before, w) : undefined
    if (reason && count++ < LIST_MAX) found.push(describeWith(w, reason))
  }
  if (count === 0) return undefined
  return {
    place: setting === 'zero' ? placeOf(scope.object.file, waitNode!) : keyPlace(scope.object, hook.exec),
    setting: setting === 'zero' ? `waitTimeout "${pstring(waitNode)}" (no limit)` : 'no waitTimeout',
    workloads: countedList(found, count),
  }
}

function annotationFinding(w: WorkloadFact, before: Before): Found | undefined {
  const hook = annotationHook(w, 'exec')
  if (typeof hook !== 'object' || podsMayBeAbsent(w) || (w.containersKnown && !containerFound(w, hook.field('container')?.value))) return undefined
  const wait = hook.field('wait-timeout')
  const setting = waitSetting(wait?.value, wait !== undefined)
  const reason = setting === 'set' ? undefined : reasonOf(before, w)
  if (!reason) return undefined
  return {
    place: setting === 'zero' ? wait!.valuePlace : hook.switch.keyPlace,
    setting: setting === 'zero' ? `${WAIT_TIMEOUT} "${wait!.value}" (no limit)` : `no ${WAIT_TIMEOUT}`,
    workloads: describeWith(w, reason),
  }
}

export default defineRule({
  meta: {
    id: 'restore-exec-hook-no-wait-timeout',
    severity: 'warning',
    docs: {
      summary: 'A restore exec hook has no wait timeout, on pods whose app containers start only after init hooks or a file-system restore.',
      description:
        'Velero runs a restore exec hook once its container is Running (or Ready), and waits for that without a limit unless every hook of ' +
        'the pod has a `waitTimeout` (`post.hook.restore.velero.io/wait-timeout`; `maxHookWait`, internal/hook/wait_exec_hook_handler.go; ' +
        'velero-plan-semantics.md §2.5). Since v1.14 the Restore waits for its hooks in Finalizing (`WaitRestoreExecHook`, ' +
        'pkg/controller/restore_finalizer_controller.go): when a pod\'s containers never start, because an injected init hook fails ' +
        '(`Init:Error`, `Init:CrashLoopBackOff`) or the file-system restore (`restore-wait`) never completes, the Restore never finishes ' +
        'up to v1.18.2, and the Restores queued after it wait too; Velero main gives up after `--resource-timeout` (10m by default) and ends ' +
        'it PartiallyFailed.\n\n' +
        'Reported for hooks on pods that get an init hook (annotation, or a Restore spec entry of the repository), a ' +
        '`backup.velero.io/backup-volumes` annotation, or a claim a Backup with `defaultVolumesToFsBackup: true` takes. Spec hooks are ' +
        'checked on the workloads the Restore and its source Backup (in the repository) surely take.',
      fix: 'Set `waitTimeout` (spec) or `post.hook.restore.velero.io/wait-timeout` (annotation) to a bound such as `10m`; it counts from pod creation, so allow for the file-system restore and the init hooks.',
    },
    versions: {
      applies: 'v1.14.0 … main',
      outcomes: [
        { versions: 'v1.12.0 … v1.13.2', outcome: 'Not reported (the Restore waits while InProgress).' },
        { versions: 'v1.14.0 … v1.18.2', outcome: 'The Restore stays in Finalizing forever.' },
        { versions: 'main', outcome: 'The Restore waits until `--resource-timeout` (10m by default), then ends PartiallyFailed.' },
      ],
    },
    messages: {
      spec: 'This restore exec hook has {{setting}}, and the app containers of {{workloads}} start only after that: if it fails or never ends, Velero {{version}} {{outcome}}; set waitTimeout (e.g. "10m").',
      annotation:
        'This restore exec hook has {{setting}}, and the app containers of {{workloads}} start only after that: if it fails or never ends, Velero {{version}} {{outcome}}; set post.hook.restore.velero.io/wait-timeout (e.g. "10m").',
    },
  },
  checkRepository(context) {
    const version = context.veleroVersion
    if (restoreExecHookWait(version) === 'in-progress') return
    const hooks = RepoHooks.of(context.repo, version)
    const common = { version: formatVersion(version), outcome: outcome(version) }
    for (const scope of hooks.restores) {
      if (scope.fails || !scope.entries.some((e) => e.execHooks.length > 0)) continue
      // This Restore's own init containers, and restore-wait when its source Backup defaults to file-system backup.
      const before: Before = { fsBackups: scope.source && defaultsToFsBackup(scope.source) ? [scope.source] : [], specInits: specInits(hooks, [scope]) }
      for (const hook of scope.entries.flatMap((e) => e.execHooks)) {
        const f = specFinding(hooks, scope, hook, before)
        if (f) context.report({ messageId: 'spec', data: { ...common, setting: f.setting, workloads: f.workloads }, place: f.place })
      }
    }
    // Annotation hooks run on every restore of the pod: any Restore or Backup of the repository counts.
    const before: Before = { fsBackups: hooks.backups.filter(defaultsToFsBackup), specInits: specInits(hooks, hooks.restores) }
    for (const w of context.repo.workloads) {
      const f = annotationFinding(w, before)
      if (f) context.report({ messageId: 'annotation', data: { ...common, setting: f.setting, workloads: f.workloads }, place: f.place })
    }
  },
})
