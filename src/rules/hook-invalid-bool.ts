import { defineRule } from '../engine/define-rule.js'
import { parseGoBool } from '../velero/go-values.js'
import { key } from '../velero/keys.js'
import { quote } from './util.js'

export default defineRule({
  meta: {
    id: 'hook-invalid-bool',
    severity: 'warning',
    docs: {
      summary: "`wait-for-ready` is not a value Go's strconv.ParseBool accepts (a notice for true values other than `true`).",
      description:
        'Velero parses `post.hook.restore.velero.io/wait-for-ready` with `strconv.ParseBool`, which accepts `1 t T TRUE true True` ' +
        'and `0 f F FALSE false False`. Anything else (`yes`, `enabled`, `" true"`) logs a warning and counts as false, so the ' +
        'hook runs as soon as the container is Running rather than Ready. Velero\'s docs say that any value except "true" is false, ' +
        'but `1`, `t`, `T`, `TRUE` and `True` are true too; a notice asks for `"true"` so that readers and Velero agree.',
      fix: 'Write `"true"` or `"false"`.',
    },
    messages: {
      invalid: 'Velero cannot parse {{value}} as a bool, so wait-for-ready is false and the hook runs before the container is Ready; write "true" or "false".',
      nonCanonical:
        'Velero reads {{value}} as true (strconv.ParseBool), although its docs say only "true" is true; write "true" so that readers agree with Velero.',
    },
  },
  create(context) {
    return {
      podTemplate(pod) {
        const entry = pod.annotations.get(key('post-restore', 'wait-for-ready'))
        const value = entry?.value
        if (!entry || value === undefined || value === '') return
        const parsed = parseGoBool(value)
        if (parsed === false || value === 'true') return
        context.report({
          messageId: parsed === true ? 'nonCanonical' : 'invalid',
          severity: parsed === true ? 'notice' : undefined,
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
