import { defineRule } from '../engine/define-rule.js'
import { execHookRunsOn, listOf, RepoHooks, restoreDiscardOutcome, type SpecExecHook } from '../engine/repo-hooks.js'
import { describeWorkload, pget, pstring, type WorkloadFact } from '../engine/repo-model.js'
import { formatVersion } from '../velero/versions.js'
import { containerNameMatches, quote } from './util.js'

/**
 * Containers mutating webhooks add to pods (service meshes, secret agents): the manifest never
 * shows them, so a hook naming one may find it at run time.
 */
const INJECTED_CONTAINERS = new Set(['istio-proxy', 'linkerd-proxy', 'vault-agent', 'daprd', 'consul-dataplane'])

const has = (names: ReadonlyArray<string | undefined>, value: string): boolean => names.some((n) => n !== undefined && containerNameMatches(n, value))

/** Workloads with no container (nor init container: spec-hook-targets-init-container) of the hook's name. */
function lacking(workloads: readonly WorkloadFact[], value: string): WorkloadFact[] {
  return workloads.filter((w) => !has(w.containers.map((c) => c.name), value) && !has(w.initContainers.map((c) => c.name), value))
}

/** Hooks of Backups written alike share their workload lists: look each list up once per name. */
const lackingMemo = new WeakMap<readonly WorkloadFact[], Map<string, WorkloadFact[]>>()

function lackingOnce(workloads: readonly WorkloadFact[], value: string): WorkloadFact[] {
  let byValue = lackingMemo.get(workloads)
  if (!byValue) lackingMemo.set(workloads, (byValue = new Map()))
  let list = byValue.get(value)
  if (!list) byValue.set(value, (list = lacking(workloads, value)))
  return list
}

/** "Deployment web in namespace shop (apps/web.yaml:3; containers "app", "nginx")" */
function withContainers(w: WorkloadFact): string {
  const names = w.containers.map((c) => `"${c.name ?? '?'}"`).join(', ')
  return `${describeWorkload(w).slice(0, -1)}; containers ${names || 'none'})`
}

function messageOf(hook: SpecExecHook): 'backup' | 'backupFail' | 'restore' {
  if (hook.phase === 'exec') return 'restore'
  return hook.phase === 'pre' && pstring(pget(hook.exec.value, 'onError')) === 'Fail' ? 'backupFail' : 'backup'
}

export default defineRule({
  meta: {
    id: 'spec-hook-container-missing',
    severity: 'error',
    docs: {
      summary: "A Backup/Schedule/Restore spec exec hook's `container` is missing from some of the pods it selects.",
      description:
        'A spec hook entry selects pods by namespace and labels, often several workloads at once, but names one `container`. ' +
        'On a pod without it (velero-plan-semantics.md §1.7, §2.5; velero#2847, velero#3622):\n\n' +
        '- Backup hooks fail with `no such container` (`ensureContainerExists`, pkg/podexec/pod_command_executor.go), which makes the Backup ' +
        'PartiallyFailed; with `onError: Fail` on a `pre` hook, Velero does not back up that pod (nor run its post hooks).\n' +
        '- Restore exec hooks are discarded ("does not have container … discarding", `podHasContainer`, internal/hook/wait_exec_hook_handler.go). ' +
        'Since v1.14 the discarded hook stays in the hook tracker, so the Restore hangs in Finalizing (velero#9749); on main it waits ' +
        'until `--resource-timeout` (10m by default) and ends PartiallyFailed.\n\n' +
        'Only workloads the Backup (or the Restore and its source Backup in the repository) surely takes are checked, and only when no ' +
        'hook annotation of the same kind replaces the spec hook on them (`spec-hook-hidden-by-annotation`); annotation hooks are ' +
        "`hook-unknown-container`'s. A container that is an init container or native sidecar is `spec-hook-targets-init-container`'s. " +
        'Names that service meshes and agents inject (`istio-proxy`, `linkerd-proxy`, `vault-agent`, `daprd`, `consul-dataplane`) are not checked.',
      fix: "Name a container every selected pod has (or leave `container` out for each pod's first container), or narrow the entry's `labelSelector` so it selects only pods with that container.",
    },
    versions: {
      applies: 'all; the restore consequence differs from v1.14 and on main',
      outcomes: [
        { versions: 'v1.12.0 … v1.13.2', outcome: 'Backup: the hook fails ("no such container"), PartiallyFailed. Restore: the hook is discarded.' },
        { versions: 'v1.14.0 … v1.18.2', outcome: 'Backup: as above. Restore: the hook is discarded and the Restore hangs in Finalizing forever.' },
        { versions: 'main', outcome: 'Backup: as above. Restore: discarded; the Restore waits until `--resource-timeout`, then ends PartiallyFailed.' },
      ],
    },
    messages: {
      backup:
        'Container {{name}} is not in {{workloads}}, so Velero {{version}} fails this {{phase}} hook there with "no such container" and the Backup ends PartiallyFailed; name a container every selected pod has, or narrow the labelSelector.',
      backupFail:
        'Container {{name}} is not in {{workloads}}, so Velero {{version}} fails this pre hook there with "no such container" and, as onError is Fail, does not back up those pods; name a container every selected pod has, or narrow the labelSelector.',
      restore:
        'Container {{name}} is not in {{workloads}}, so Velero {{version}} discards this exec hook for those pods{{outcome}}; name a container every selected pod has, or narrow the labelSelector.',
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
          if (value === undefined || INJECTED_CONTAINERS.has(value)) continue
          const missing = lackingOnce(execHookRunsOn(hooks, scope, hook), value)
          if (missing.length === 0) continue
          context.report({
            messageId: messageOf(hook),
            data: { name: quote(value), workloads: listOf(missing, withContainers), version: formatVersion(version), phase: hook.phase, outcome: restoreDiscardOutcome(version) },
            place: hook.container!.place,
          })
        }
      }
    }
  },
})
