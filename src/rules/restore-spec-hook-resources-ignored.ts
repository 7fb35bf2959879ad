import { defineRule } from '../engine/define-rule.js'
import { describeWorkload, keyPlaceOf, pitems, placeOf, pstring, type PMap, type VeleroObjectFact } from '../engine/repo-model.js'
import { hookResourceEntries, readList } from '../engine/repo-select.js'
import { boundedList, describeHookEntry, NamespaceGroups, restoreHookSelector, restoreTaker } from '../engine/repo-select-extra.js'
import { resourceFiltersIncludePods } from '../velero/selectors.js'

/** " (in this repository: Deployment web … and 2 more)": the workloads the entry selects, if any. */
function selectedHint(restore: VeleroObjectFact, entry: PMap, groups: NamespaceGroups): string {
  const restores = restoreTaker(restore)
  const selects = restoreHookSelector(restore, entry)
  const selected = [...groups.restoreHookCandidates(restore, entry)].filter((w) => restores(w) !== 'no' && selects(w) === 'yes').map(describeWorkload)
  return selected.length > 0 ? ` (in this repository: ${boundedList(selected)})` : ''
}

export default defineRule({
  meta: {
    id: 'restore-spec-hook-resources-ignored',
    severity: 'warning',
    docs: {
      summary: "A Restore hook's `includedResources` leaves out pods, or its `excludedResources` lists them: Velero ignores both.",
      description:
        'Restore hooks apply only to pods, and Velero hard-codes that: `GetRestoreHooksFromSpec` ' +
        '(internal/hook/item_hook_handler.go, every version from v1.12.0 to main) builds the selector with resources `pods` ' +
        'and never reads the entry\'s `includedResources`/`excludedResources` ("these hooks ara applicable only to pods"). So ' +
        '`includedResources: [deployments]` does not narrow the hook to Deployments — it runs in every restored pod its ' +
        'namespaces and `labelSelector` match — and `excludedResources: [pods]` does not turn it off ' +
        '(velero-plan-semantics.md §2.3, §5 X03). A Backup hook honours both lists (see `backup-spec-hooks-skip-pods`), which ' +
        'is how such entries end up in Restores.\n\n' +
        'The message names the workloads of the repository the hook does select. Lists that include pods are not reported: ' +
        'they say what Velero does.',
      fix: 'Remove `includedResources`/`excludedResources` from the hook and select pods with `labelSelector` and `includedNamespaces` (the target namespaces, after `namespaceMapping`). Remove the hook if it should not run.',
    },
    messages: {
      included:
        'Velero ignores includedResources in a Restore hook (restore hooks always apply to pods), so {{hook}} runs in every restored pod its namespaces and labelSelector match{{selected}}; remove includedResources and narrow the hook with labelSelector or includedNamespaces.',
      excluded:
        'Velero ignores excludedResources in a Restore hook, so "{{item}}" does not turn {{hook}} off: it runs in every restored pod its namespaces and labelSelector match{{selected}}; remove the hook if it should not run, or remove excludedResources.',
    },
  },
  checkRepository(context) {
    let groups: NamespaceGroups | undefined
    for (const restore of context.repo.velero) {
      if (restore.kind !== 'Restore') continue
      for (const entry of hookResourceEntries(restore.spec)) {
        const inc = readList(entry, 'includedResources')
        const exc = readList(entry, 'excludedResources')
        const hook = describeHookEntry(restore.file, entry)
        const hint = (): string => selectedHint(restore, entry, (groups ??= new NamespaceGroups(context.repo.workloads)))
        if (inc.entry && inc.values && !resourceFiltersIncludePods(inc.values, undefined)) {
          context.report({ messageId: 'included', data: { hook, selected: hint() }, place: keyPlaceOf(restore.file, inc.entry) })
        }
        const podsItem = pitems(exc.entry?.value).find((item) => {
          const name = pstring(item)
          return name !== undefined && !resourceFiltersIncludePods(undefined, [name])
        })
        if (podsItem) context.report({ messageId: 'excluded', data: { item: pstring(podsItem)!, hook, selected: hint() }, place: placeOf(restore.file, podsItem) })
      }
    }
  },
})
