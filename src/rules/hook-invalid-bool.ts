import { defineRule } from '../engine/define-rule.js'
import { parseGoBool } from '../velero/go-values.js'
import { key } from '../velero/keys.js'
import { quote } from './util.js'

export default defineRule({
  meta: {
    id: 'hook-invalid-bool',
    severity: 'warning',
    docs: {
      summary: "`wait-for-ready` is not a value Go's strconv.ParseBool accepts.",
      description:
        'Velero parses `post.hook.restore.velero.io/wait-for-ready` with `strconv.ParseBool`, which accepts `1 t T TRUE true True` ' +
        'and `0 f F FALSE false False`. Anything else (`yes`, `enabled`, `" true"`) logs a warning and counts as false, so the ' +
        'hook runs as soon as the container is Running rather than Ready.',
      fix: 'Write `"true"` or `"false"`.',
    },
    messages: {
      invalid: 'Velero cannot parse {{value}} as a bool, so wait-for-ready is false and the hook runs before the container is Ready; write "true" or "false".',
    },
  },
  create(context) {
    return {
      podTemplate(pod) {
        const entry = pod.annotations.get(key('post-restore', 'wait-for-ready'))
        const value = entry?.value
        if (!entry || value === undefined || value === '' || parseGoBool(value) !== undefined) return
        context.report({
          messageId: 'invalid',
          data: { value: quote(value) },
          node: entry.valueNode,
          fallback: entry.keyNode,
          resource: pod.resource,
          path: entry.path,
        })
      },
    }
  },
})
