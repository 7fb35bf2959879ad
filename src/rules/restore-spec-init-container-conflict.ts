import { defineRule } from '../engine/define-rule.js'
import type { Severity } from '../engine/finding.js'
import { at, countedList, LIST_MAX, podsMayBeAbsent, RepoHooks, type RestoreScope, type SpecInitContainer } from '../engine/repo-hooks.js'
import { describeWorkload, type Place, type WorkloadFact } from '../engine/repo-model.js'
import { RESERVED_INIT_CONTAINER_NAMES } from '../velero/keys.js'
import { formatVersion, restoreDeletesWaitContainers } from '../velero/versions.js'
import { quote } from './util.js'

type MessageId = 'duplicate' | 'clash' | 'mount' | 'reserved' | 'reservedOld'

/** One finding in the making: a place, a message, and the workloads (described) it is about. */
interface Pending {
  readonly messageId: MessageId
  readonly place: Place
  readonly name: string
  readonly first?: string
  /** The first LIST_MAX workloads, described, and how many there are. */
  readonly workloads: string[]
  count: number
}

/** Findings keyed by message and place, so one name or mount is reported once with every workload it breaks. */
class Collector {
  readonly pending = new Map<string, Pending>()

  add(messageId: MessageId, place: Place, name: string, workload: string, first?: string): void {
    const k = `${messageId}\0${place.file}\0${place.span.line}\0${place.span.column}\0${first ?? ''}`
    const p = this.pending.get(k) ?? { messageId, place, name, first, workloads: [], count: 0 }
    if (p.workloads.length < LIST_MAX) p.workloads.push(workload)
    p.count++
    this.pending.set(k, p)
  }
}

/** The spec init containers Velero injects into each workload's pods, in Velero's order (§2.4). */
function injected(hooks: RepoHooks, scope: RestoreScope): Map<WorkloadFact, SpecInitContainer[]> {
  const byWorkload = new Map<WorkloadFact, SpecInitContainer[]>()
  for (const entry of scope.entries) {
    if (entry.initContainers.length === 0) continue
    for (const { workload, taken, hooks: own } of hooks.reached(scope, entry, 'init')) {
      if (taken !== 'yes' || !workload.containersKnown || podsMayBeAbsent(workload)) continue
      // An image annotation replaces every spec init hook (spec-hook-hidden-by-annotation).
      if (own.init !== undefined) continue
      const list = byWorkload.get(workload) ?? []
      list.push(...entry.initContainers)
      byWorkload.set(workload, list)
    }
  }
  return byWorkload
}

const brief = (w: WorkloadFact, detail: string): string => `${describeWorkload(w).slice(0, -1)}; ${detail})`
const quoted = (names: ReadonlyArray<string | undefined>): string => names.map((n) => `"${n ?? '?'}"`).join(', ') || 'none'

function check(w: WorkloadFact, containers: readonly SpecInitContainer[], out: Collector, deletesWait: boolean): void {
  const seen = new Map<string, SpecInitContainer>()
  for (const c of containers) {
    if (!c.name) continue
    const name = c.name.value
    if (RESERVED_INIT_CONTAINER_NAMES.includes(name)) {
      out.add(deletesWait ? 'reserved' : 'reservedOld', c.name.place, name, describeWorkload(w))
      continue
    }
    const first = seen.get(name)
    if (first) out.add('duplicate', c.name.place, name, describeWorkload(w), at(first.name!.place))
    else seen.set(name, c)
    const own = w.containers.some((x) => x.name === name) ? 'container' : w.initContainers.some((x) => x.name === name) ? 'init container' : undefined
    if (own) out.add('clash', c.name.place, name, brief(w, `its ${own}`))
    if (!w.volumesKnown) continue
    for (const m of c.mounts) {
      if (!w.volumes.some((v) => v.name === m.name)) out.add('mount', m.place, m.name, brief(w, `volumes ${quoted(w.volumes.map((v) => v.name))}`))
    }
  }
}

export default defineRule({
  meta: {
    id: 'restore-spec-init-container-conflict',
    severity: 'error',
    docs: {
      summary: "A Restore-spec init container clashes with the pods it is injected into: a duplicate name, a mount of a volume they lack, or Velero's own `restore-wait` name.",
      description:
        'Velero injects the init containers of every matching `postHooks[].init` into each restored pod, in `resources[]` order, without ' +
        'de-duplicating or checking them against the pod (`HandleRestoreHooks`, internal/hook/item_hook_handler.go; velero-plan-semantics.md ' +
        '§2.4; `velero-hooks.md` §3.1, §5.1). `ValidateContainer` only checks that each has a name, an image and a command. So:\n\n' +
        '- two injected containers with one name (from two entries that match the same pod, or one list), or a name that one of the ' +
        "pod's containers or init containers already has: the API server rejects the pod (`Duplicate value`) and it is not restored;\n" +
        "- a `volumeMounts[].name` that is not one of the pod's `volumes`: the API server rejects the pod (`Not found`);\n" +
        '- the name `restore-wait` or `restic-wait`: since v1.17 `PodVolumeRestoreAction` deletes every init container of those names ' +
        "(pkg/restore/actions/pod_volume_restore_action.go, PR #8880), so the hook never runs; before, Velero replaced it with its own " +
        'file-system restore container, or added a second one, in pods with file-system backups.\n\n' +
        'Only workloads the Restore and its source Backup (in the repository) surely take are checked, and only when no ' +
        '`init.hook.restore.velero.io/container-image` annotation replaces the spec init hooks on them.',
      fix: "Give every injected init container a name of its own (not `restore-wait`/`restic-wait`, not a name the pods use), mount only volumes the selected pods have, or narrow the entry's `labelSelector`.",
    },
    versions: {
      applies: 'all; the `restore-wait` name differs from v1.17',
      outcomes: [
        { versions: 'v1.12.0 … v1.16.2', outcome: 'A `restore-wait`/`restic-wait` hook container is replaced or duplicated in pods with file-system backups (warning).' },
        { versions: 'v1.17.0 … main', outcome: 'A `restore-wait`/`restic-wait` hook container is always deleted.' },
      ],
    },
    messages: {
      duplicate:
        'Velero also injects an init container named {{name}} from {{first}} into the pods of {{workloads}}, so the API server rejects them (Duplicate value) and they are not restored; give each init container its own name.',
      clash:
        'Init container name {{name}} is already used in {{workloads}}, so Velero injects a duplicate and the API server rejects those pods (Duplicate value): they are not restored; choose another name.',
      mount:
        'Volume {{name}} is not a volume of {{workloads}}, so the API server rejects those pods with this init container (volumeMounts name Not found): they are not restored; mount one of their volumes, or narrow the labelSelector.',
      reserved:
        "Init container name {{name}} is Velero's own file-system restore container's, so Velero {{version}} deletes this container from the pods of {{workloads}} before it creates them and it never runs; choose another name.",
      reservedOld:
        "Init container name {{name}} is Velero's own file-system restore container's: Velero {{version}} replaces or duplicates it in the pods of {{workloads}} that have file-system backups, and v1.17 and later always delete it; choose another name.",
    },
  },
  checkRepository(context) {
    const version = context.veleroVersion
    const hooks = RepoHooks.of(context.repo, version)
    const deletesWait = restoreDeletesWaitContainers(version)
    for (const scope of hooks.restores) {
      if (scope.fails) continue
      const out = new Collector()
      for (const [w, containers] of injected(hooks, scope)) check(w, containers, out, deletesWait)
      for (const p of out.pending.values()) {
        const severity: Severity | undefined = p.messageId === 'reservedOld' ? 'warning' : undefined
        context.report({
          messageId: p.messageId,
          data: { name: quote(p.name), first: p.first ?? '', workloads: countedList(p.workloads, p.count), version: formatVersion(version) },
          place: p.place,
          ...(severity ? { severity } : {}),
        })
      }
    }
  },
})
