import { defineRule } from '../engine/define-rule.js'
import { keyPlace, RepoHooks, selectorTemplated } from '../engine/repo-hooks.js'
import { backupSelectors, type SelectorReading } from '../engine/repo-select.js'
import { describeVeleroObject } from '../engine/repo-model.js'
import { selectorsDisjoint, type LabelSelector } from '../velero/selectors.js'
import { formatVersion, sharedPvcPullsPods } from '../velero/versions.js'

/** The Backup's selectors when every one is plain data Velero accepts; undefined otherwise (unknown). */
function usable(readings: readonly SelectorReading[]): LabelSelector[] | undefined {
  const out: LabelSelector[] = []
  for (const r of readings) {
    if (!r.selector || r.problem || selectorTemplated(r.selector)) return undefined
    out.push(r.selector)
  }
  return out
}

export default defineRule({
  meta: {
    id: 'backup-hook-selector-disjoint',
    severity: 'warning',
    docs: {
      summary: "A Backup/Schedule hook's `labelSelector` can never match a pod the Backup's own `labelSelector`/`orLabelSelectors` selects.",
      description:
        "A hook selector only narrows the pods the Backup takes; it never adds any (velero-plan-semantics.md §1.1, §1.3). The Backup's " +
        '`labelSelector` (or each of its `orLabelSelectors`) picks pods by their own labels when Velero lists them ' +
        '(`listResourceByLabelsPerNamespace`, pkg/backup/item_collector.go), and `applicableTo` ' +
        '(internal/hook/item_hook_handler.go) then matches the hook selector on those pods. When no label set can satisfy both ' +
        '(`app: a` against `app: b`, `tier In [db]` against `tier: web`), the hook runs on no pod the Backup selects. Since v1.15 ' +
        'a running pod that shares a PersistentVolumeClaim with a selected pod joins its ItemBlock without matching the Backup selector ' +
        '(`PVCAction`, pkg/itemblock/actions/pvc_action.go; §1.2): only such pods can still get the hook.',
      fix: "Make the hook's `labelSelector` select pods the Backup selects (or drop it), or widen the Backup's selector to include the hooked pods.",
    },
    versions: {
      applies: 'all; the wording differs from v1.15 (pods sharing a PVC)',
      outcomes: [
        { versions: 'v1.12.0 … v1.14.x', outcome: 'The hook never runs.' },
        { versions: 'v1.15.0 … main', outcome: 'The hook runs only on pods that join the backup by sharing a PersistentVolumeClaim with a selected pod, while they run.' },
      ],
    },
    messages: {
      never:
        'This hook selector and the labelSelector of {{object}} can never match the same pod, and Velero {{version}} runs hooks only on pods the Backup selects, so these hooks never run; select labels the backed-up pods carry, or widen the Backup selector.',
      sharedClaimOnly:
        'This hook selector and the labelSelector of {{object}} can never match the same pod, so Velero {{version}} runs these hooks only on pods that join the backup by sharing a PersistentVolumeClaim with a selected pod; select labels the backed-up pods carry, or widen the Backup selector.',
    },
  },
  checkRepository(context) {
    const hooks = RepoHooks.of(context.repo, context.veleroVersion)
    for (const scope of hooks.backups) {
      if (scope.fails || scope.resources === 'no') continue
      const { single, or } = backupSelectors(scope.object.spec)
      const backupSide = usable(or.length > 0 ? or : single ? [single] : [])
      if (!backupSide || backupSide.length === 0) continue
      for (const entry of scope.entries) {
        const hook = entry.selector?.selector
        if (!hook || selectorTemplated(hook) || entry.execHooks.length === 0 || scope.matchers.get(entry)!.resources === 'no') continue
        if (!backupSide.every((b) => selectorsDisjoint(b, hook))) continue
        context.report({
          messageId: sharedPvcPullsPods(context.veleroVersion) ? 'sharedClaimOnly' : 'never',
          data: { object: describeVeleroObject(scope.object), version: formatVersion(context.veleroVersion) },
          place: keyPlace(scope.object, entry.selector!.entry),
        })
      }
    }
  },
})
