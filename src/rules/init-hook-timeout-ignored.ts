import { defineRule } from '../engine/define-rule.js'
import { restoreInitHooks } from '../engine/spec-walk.js'
import { key } from '../velero/keys.js'

export default defineRule({
  meta: {
    id: 'init-hook-timeout-ignored',
    severity: 'warning',
    docs: {
      summary: '`init.hook.restore.velero.io/timeout` or a Restore\'s `init.timeout`: Velero never reads it.',
      description:
        'The constant exists in Velero and the design document lists it, but no code reads the init hook timeout, neither from the ' +
        'annotation nor from a Restore spec. The init container runs as long as it runs.',
      fix: 'Remove it; bound the command itself (e.g. `timeout 300 …` inside the command).',
    },
    messages: {
      annotation: 'Velero never reads "{{key}}", so the init hook has no timeout; remove it and bound the command itself (e.g. timeout 300 …).',
      spec: 'Velero never reads init.timeout in a Restore, so the init containers have no timeout; remove it and bound the commands themselves.',
    },
  },
  create(context) {
    return {
      podTemplate(pod) {
        const entry = pod.annotations.get(key('init', 'timeout'))
        if (!entry || entry.value === '') return // empty: nothing anyone could expect from it
        context.report({ messageId: 'annotation', data: { key: entry.key }, node: entry.keyNode, resource: pod.resource, path: entry.path })
      },
      velero(target) {
        for (const init of restoreInitHooks(target)) {
          const timeout = init.entry('timeout')
          if (!timeout) continue
          context.report({ messageId: 'spec', node: timeout.keyNode, resource: target.resource, path: timeout.value.path })
        }
      },
    }
  },
})
