import { defineRule } from '../engine/define-rule.js'
import type { NodeHandle, YamlValue } from '../engine/model.js'
import { resourceFiltersIncludePods } from '../velero/selectors.js'

/** The string items of a resource entry's `key` list. */
function names(resource: YamlValue, key: string): Array<{ name: string; node: NodeHandle | null }> {
  return (resource.get(key)?.items() ?? []).flatMap((e) => {
    const name = e.string()
    return name === undefined ? [] : [{ name, node: e.node }]
  })
}

export default defineRule({
  meta: {
    id: 'backup-spec-hooks-skip-pods',
    severity: 'error',
    docs: {
      summary: "A Backup/Schedule hook's `includedResources` leaves out pods, or its `excludedResources` lists them.",
      description:
        'Backup hooks only ever run in pods. Velero honours `includedResources`/`excludedResources` of a Backup hook (unlike a ' +
        "Restore's): a list such as `[deployments]` or `[deploymentconfigs.apps.openshift.io]`, or `excludedResources: [pods]`, " +
        'means the hook never matches anything and never runs, without any error: `HandleHooks` returns at once for anything ' +
        'but a pod, and the entry\'s resource filter (names resolved through discovery, `pods`/`pod`/`po` → `pods`, other names ' +
        'used as globs) never lets one through (internal/hook/item_hook_handler.go; velero-plan-semantics.md §1.3, §5 X02). ' +
        'The Backup\'s own resource filters are `resource-filter-excludes-hooked-pods`\'s.',
      fix: 'Remove `includedResources` (pods are the only resource hooks apply to), or include `pods`.',
    },
    messages: {
      notIncluded: 'includedResources does not include pods, so Velero never runs these backup hooks (they only run in pods); remove includedResources or add "pods".',
      excluded: 'excludedResources lists pods, so Velero never runs these backup hooks (they only run in pods); remove "{{name}}" from it.',
    },
  },
  create(context) {
    return {
      velero(target) {
        if (target.kind === 'Restore') return
        for (const resource of target.hooks.get('resources')?.items() ?? []) {
          if (resource.kind !== 'map') continue
          const included = names(resource, 'includedResources')
          if (included.length > 0 && !resourceFiltersIncludePods(included.map((n) => n.name), undefined)) {
            const entry = resource.entry('includedResources')
            context.report({ messageId: 'notIncluded', node: entry?.keyNode, resource: target.resource, path: [...resource.path, 'includedResources'] })
          }
          const excluded = names(resource, 'excludedResources').find((n) => !resourceFiltersIncludePods(undefined, [n.name]))
          if (excluded) {
            context.report({ messageId: 'excluded', data: { name: excluded.name }, node: excluded.node, resource: target.resource, path: [...resource.path, 'excludedResources'] })
          }
        }
      },
    }
  },
})
