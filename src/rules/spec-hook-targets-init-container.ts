import { defineRule } from '../engine/define-rule.js'
import { execHookRunsOn, listOf, RepoHooks, restoreDiscardOutcome, type SpecExecHook } from '../engine/repo-hooks.js'
import { describeWorkload, type ContainerFact, type WorkloadFact } from '../engine/repo-model.js'
import { backupHookAcceptsSidecar, formatVersion, type VeleroVersion } from '../velero/versions.js'
import { containerNameMatches, quote } from './util.js'

type MessageId = 'backupSidecar' | 'backupInit' | 'restore'

const matches = (c: ContainerFact, value: string): boolean => c.name !== undefined && containerNameMatches(c.name, value)

/** The init container the hook names on this workload, when it names no app container; undefined otherwise. */
function initTarget(w: WorkloadFact, value: string): ContainerFact | undefined {
  if (w.containers.some((c) => matches(c, value))) return undefined
  return w.initContainers.find((c) => matches(c, value))
}

/** The workloads where the name is an init container and no app container, looked up once per list and name (Backups written alike share lists). */
function initTargets(workloads: readonly WorkloadFact[], value: string): ReadonlyArray<{ workload: WorkloadFact; target: ContainerFact }> {
  let byValue = targetsMemo.get(workloads)
  if (!byValue) targetsMemo.set(workloads, (byValue = new Map()))
  let list = byValue.get(value)
  if (!list) {
    list = []
    for (const workload of workloads) {
      const target = initTarget(workload, value)
      if (target) list.push({ workload, target })
    }
    byValue.set(value, list)
  }
  return list
}

const targetsMemo = new WeakMap<readonly WorkloadFact[], Map<string, Array<{ workload: WorkloadFact; target: ContainerFact }>>>()

/** Which message a hook on this init container gets, or undefined when Velero runs it there. */
function messageFor(hook: SpecExecHook, target: ContainerFact, version: VeleroVersion): MessageId | undefined {
  if (hook.phase === 'exec') return 'restore'
  if (target.restartPolicy !== 'Always') return 'backupInit'
  return backupHookAcceptsSidecar(version) ? undefined : 'backupSidecar'
}

/** "Deployment web in namespace shop (apps/web.yaml:3; init container at apps/web.yaml:20)" */
function describeTarget(t: { workload: WorkloadFact; target: ContainerFact }): string {
  const what = t.target.restartPolicy === 'Always' ? 'native sidecar' : 'init container'
  return `${describeWorkload(t.workload).slice(0, -1)}; ${what} at ${t.target.place.file}:${t.target.place.span.line})`
}

export default defineRule({
  meta: {
    id: 'spec-hook-targets-init-container',
    severity: 'error',
    docs: {
      summary: "A Backup/Schedule/Restore spec exec hook's `container` is an init container or native sidecar of pods it selects.",
      description:
        'Velero execs hooks in running app containers (velero-plan-semantics.md §1.7, §2.5, §4 rows 3–4):\n\n' +
        '- Restore exec hooks must name one of `spec.containers` (`podHasContainer`, internal/hook/wait_exec_hook_handler.go, every version, main ' +
        'included): a hook on an init container or a native sidecar (an init container with `restartPolicy: Always`) is discarded, and since ' +
        'v1.14 the Restore hangs in Finalizing (velero#9749); on main it waits until `--resource-timeout` (10m by default) and ends PartiallyFailed.\n' +
        '- Backup hooks fail with `no such container` on an init container in every version, and on a native sidecar up to v1.18.2 ' +
        '(`ensureContainerExists`, pkg/podexec/pod_command_executor.go; main accepts sidecars since PR #9403, velero#9393). A failed hook ' +
        'makes the Backup PartiallyFailed.\n\n' +
        'Only workloads the Backup (or the Restore and its source Backup in the repository) surely takes are checked, and only when no ' +
        'hook annotation of the same kind replaces the spec hook on them; annotation hooks are `hook-unknown-container`\'s.',
      fix: 'Name an app container (one of `spec.containers`) of the selected pods; to act on a sidecar at restore, run the command from an app container.',
    },
    versions: {
      applies: 'all; native sidecars are backup hook targets on main',
      outcomes: [
        { versions: 'v1.12.0 … v1.13.2', outcome: 'Backup: "no such container". Restore: the hook is discarded.' },
        { versions: 'v1.14.0 … v1.18.2', outcome: 'Backup: "no such container". Restore: discarded, and the Restore hangs in Finalizing forever.' },
        { versions: 'main', outcome: 'Backup: fine on a native sidecar, "no such container" on another init container. Restore: discarded; the Restore waits until `--resource-timeout`.' },
      ],
    },
    messages: {
      backupSidecar:
        'Container {{name}} is a native sidecar of {{workloads}}, and Velero {{version}} runs backup hooks only in spec.containers, so this hook fails there with "no such container" (only Velero main accepts sidecars) and the Backup ends PartiallyFailed; name an app container.',
      backupInit:
        'Container {{name}} is an init container of {{workloads}}, so Velero {{version}} fails this backup hook there with "no such container" and the Backup ends PartiallyFailed; name an app container.',
      restore:
        'Container {{name}} is not an app container of {{workloads}}, and Velero {{version}} runs restore exec hooks only in spec.containers, so it discards this hook for those pods{{outcome}}; name an app container.',
    },
  },
  checkRepository(context) {
    const version = context.veleroVersion
    const hooks = RepoHooks.of(context.repo, version)
    for (const scope of [...hooks.backups, ...hooks.restores]) {
      if (scope.fails) continue
      for (const entry of scope.entries) {
        for (const hook of entry.execHooks) {
          const value = hook.container?.value
          if (value === undefined) continue
          const byMessage = new Map<MessageId, Array<{ workload: WorkloadFact; target: ContainerFact }>>()
          for (const { workload, target } of initTargets(execHookRunsOn(hooks, scope, hook), value)) {
            const messageId = messageFor(hook, target, version)
            if (!messageId) continue
            const list = byMessage.get(messageId) ?? []
            list.push({ workload, target })
            byMessage.set(messageId, list)
          }
          for (const [messageId, targets] of byMessage) {
            context.report({
              messageId,
              data: { name: quote(value), workloads: listOf(targets, describeTarget), version: formatVersion(version), outcome: restoreDiscardOutcome(version) },
              place: hook.container!.place,
            })
          }
        }
      }
    }
  },
})
