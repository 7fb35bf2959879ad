import { defineRule } from '../engine/define-rule.js'
import type { NodeHandle, YamlValue } from '../engine/model.js'

/** Names Velero's discovery resolves to the pods resource. */
const POD_NAMES = new Set(['*', 'pods', 'pod', 'po'])
const isPods = (name: string): boolean => POD_NAMES.has(name.trim().toLowerCase())

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
    severity: 'warning',
    docs: {
      summary: "A Backup/Schedule hook's `includedResources` leaves out pods, or its `excludedResources` lists them.",
      description:
        'Backup hooks only ever run in pods. Velero honours `includedResources`/`excludedResources` of a Backup hook (unlike a ' +
        "Restore's): a list such as `[deployments]` or `[deploymentconfigs.apps.openshift.io]`, or `excludedResources: [pods]`, " +
        'means the hook never matches anything and never runs, without any error.',
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
          if (included.length > 0 && !included.some((n) => isPods(n.name))) {
            const entry = resource.entry('includedResources')
            context.report({ messageId: 'notIncluded', node: entry?.keyNode, resource: target.resource, path: [...resource.path, 'includedResources'] })
          }
          const excluded = names(resource, 'excludedResources').find((n) => isPods(n.name) && n.name !== '*')
          if (excluded) {
            context.report({ messageId: 'excluded', data: { name: excluded.name }, node: excluded.node, resource: target.resource, path: [...resource.path, 'excludedResources'] })
          }
        }
      },
    }
  },
})
