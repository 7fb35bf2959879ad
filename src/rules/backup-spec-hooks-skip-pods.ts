import { isMap, isScalar, isSeq, type Node } from 'yaml'
import { defineRule } from '../engine/define-rule.js'
import { deref, getPair } from '../engine/model.js'

/** Names Velero's discovery resolves to the pods resource. */
const POD_NAMES = new Set(['*', 'pods', 'pod', 'po'])
const isPods = (name: string): boolean => POD_NAMES.has(name.trim().toLowerCase())

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
        const doc = context.model.document
        const resources = deref(doc, getPair(target.hooks, 'resources')?.value)
        if (!isSeq(resources)) return
        resources.items.forEach((raw, i) => {
          const resource = deref(doc, raw)
          // A sequence item has no keys: getPair finds nothing in it, so only mappings matter.
          if (!isMap(resource)) return
          const path = [...target.path, 'resources', i]
          const names = (key: string): Array<{ name: string; node: Node }> => {
            const seq = deref(doc, getPair(resource, key)?.value)
            if (!isSeq(seq)) return []
            return seq.items
              .map((e) => deref(doc, e))
              .filter((e) => isScalar(e) && typeof e.value === 'string')
              .map((e) => ({ name: String((e as { value: string }).value), node: e as Node }))
          }
          const included = names('includedResources')
          const includedPair = getPair(resource, 'includedResources')
          if (included.length > 0 && !included.some((n) => isPods(n.name))) {
            context.report({ messageId: 'notIncluded', node: includedPair?.key, resource: target.resource, path: [...path, 'includedResources'] })
          }
          const excluded = names('excludedResources').find((n) => isPods(n.name) && n.name !== '*')
          if (excluded) {
            context.report({ messageId: 'excluded', data: { name: excluded.name }, node: excluded.node, resource: target.resource, path: [...path, 'excludedResources'] })
          }
        })
      },
    }
  },
})
