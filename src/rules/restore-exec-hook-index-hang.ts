import { defineRule } from '../engine/define-rule.js'
import { hookPlanOf } from '../engine/hook-plan.js'
import { hookResourceEntries } from '../engine/repo-select.js'
import { describeVeleroObject, describeWorkload, keyPlaceOf, pentry, pget, pitems, pstring, type Place, type VeleroObjectFact } from '../engine/repo-model.js'
import { formatVersion, postHooksIndexMismatchHangs } from '../velero/versions.js'

type MessageId = 'inEntry' | 'acrossEntries'

interface Hang {
  readonly place: Place
  readonly restore: VeleroObjectFact
  readonly postHookIndex: number
  readonly groupIndex: number
  readonly container: string
  readonly workloads: string[]
}

/**
 * Hooks whose index is wrong whatever pods they reach: in the first entry with exec hooks (no other
 * entry can add hooks for the container before them), an exec hook with an explicit container whose
 * postHooks index differs from its index among that entry's hooks for the container.
 */
function hangsInFirstEntry(restore: VeleroObjectFact, found: Map<string, Hang>): void {
  const entries = hookResourceEntries(restore.spec)
  const first = entries.find((e) => pitems(pget(e, 'postHooks')).some((item) => pget(item, 'exec')?.kind === 'map'))
  if (!first) return
  const seen = new Map<string, number>()
  const items = pitems(pget(first, 'postHooks'))
  for (const [postHookIndex, item] of items.entries()) {
    const exec = pentry(item, 'exec')
    if (exec?.value.kind !== 'map') continue
    const container = pstring(pget(exec.value, 'container'))
    // A defaulted container is the pod's first one, which another hook may name: unknown.
    if (container === undefined || container === '') return
    const groupIndex = seen.get(container) ?? 0
    seen.set(container, groupIndex + 1)
    if (groupIndex === postHookIndex) continue
    const place = keyPlaceOf(restore.file, exec)
    found.set(key(place), { place, restore, postHookIndex, groupIndex, container, workloads: [] })
  }
}

function key(place: Place): string {
  return `${place.file}:${place.span.line}:${place.span.column}`
}

export default defineRule<MessageId>({
  meta: {
    id: 'restore-exec-hook-index-hang',
    severity: 'error',
    docs: {
      summary: 'A Restore spec exec hook whose `postHooks` index differs from its index among its container\'s hooks: the Restore hangs in Finalizing on Velero v1.16.2 … v1.17.2.',
      description:
        'On v1.16.2 … v1.17.2, `GroupRestoreExecHooks` adds each spec exec hook to the hook tracker under its index in its entry\'s ' +
        '`postHooks[]` (init items count), while `HandleHooks` records it under its index among the exec hooks of its container ' +
        '(across all matching entries). When the two differ, the record fails ("hook not exist in hook tracker"), the tracker never ' +
        'completes, and the Restore stays in `Finalizing` forever, blocking the Restores queued after it. Shapes that hang: ' +
        '`postHooks: [{init}, {exec}]`; one entry with exec hooks for two containers; two entries with exec hooks for one container that ' +
        'both select a pod. v1.18.0 records the hook\'s own index (PR #9366, velero#9359). Annotation hooks (always index 0) are safe. ' +
        'See velero-plan-semantics.md §4 row 7.',
      fix:
        'Give each exec hook of a container its own `resources[]` entry, as that entry\'s first `postHooks` item and the only exec hook ' +
        'for the container among entries that select the same pods (put init hooks in an entry of their own), or upgrade Velero to v1.18.',
    },
    versions: {
      applies: 'v1.16.2 … v1.17.2',
      outcomes: [
        { versions: 'v1.12.0 … v1.16.1', outcome: 'The hook runs; no hang.' },
        { versions: 'v1.16.2 … v1.17.2', outcome: 'The hook runs, but its record misses the tracker key: the Restore hangs in Finalizing.' },
        { versions: 'v1.18.0 … main', outcome: 'Fixed (PR #9366): no hang.' },
      ],
    },
    messages: {
      inEntry:
        'On Velero {{version}} this exec hook is item {{postHookIndex}} of postHooks in {{restore}} but hook {{groupIndex}} of container "{{container}}", so Velero records it under the wrong key and the Restore hangs in Finalizing (velero#9359); move it to a resources entry of its own as its first postHooks item, or upgrade to v1.18.',
      acrossEntries:
        'On Velero {{version}} this exec hook is item {{postHookIndex}} of postHooks in {{restore}} but hook {{groupIndex}} of container "{{container}}" on {{workloads}}, where an earlier entry also runs exec hooks in that container, so Velero records it under the wrong key and the Restore hangs in Finalizing (velero#9359); keep one entry with exec hooks per container and pod, or upgrade to v1.18.',
    },
  },
  checkRepository(context) {
    const version = context.veleroVersion
    if (!postHooksIndexMismatchHangs(version)) return
    const restores = context.repo.velero.filter((v) => v.kind === 'Restore' && v.spec)
    if (restores.length === 0) return
    const provable = new Map<string, Hang>()
    for (const r of restores) hangsInFirstEntry(r, provable)
    const across = new Map<string, Hang>()
    for (const planned of hookPlanOf(context.repo, version).restores) {
      for (const pod of planned.pods) {
        if (pod.certainty !== 'yes') continue
        const groups = new Map<string | undefined, number>()
        for (const hook of pod.exec) {
          if (hook.container === undefined) continue
          const groupIndex = groups.get(hook.container) ?? 0
          groups.set(hook.container, groupIndex + 1)
          if (hook.source !== 'spec' || hook.postHookIndex === undefined || hook.postHookIndex === groupIndex) continue
          const k = key(hook.place)
          if (provable.has(k)) continue
          const hang = across.get(k) ?? { place: hook.place, restore: planned.object, postHookIndex: hook.postHookIndex, groupIndex, container: hook.container, workloads: [] }
          hang.workloads.push(describeWorkload(pod.workload))
          across.set(k, hang)
        }
      }
    }
    const data = (h: Hang): Record<string, string | number> => ({ version: formatVersion(version), restore: describeVeleroObject(h.restore), postHookIndex: h.postHookIndex, groupIndex: h.groupIndex, container: h.container })
    for (const h of provable.values()) context.report({ messageId: 'inEntry', place: h.place, data: data(h) })
    for (const h of across.values()) {
      const shown = h.workloads.slice(0, 3).join(', ') + (h.workloads.length > 3 ? ` and ${h.workloads.length - 3} more` : '')
      context.report({ messageId: 'acrossEntries', place: h.place, data: { ...data(h), workloads: shown } })
    }
  },
})
