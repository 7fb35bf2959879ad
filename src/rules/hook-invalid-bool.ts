import { defineRule } from '../engine/define-rule.js'
import { parseGoBool } from '../velero/go-values.js'
import { formatVersion, readsWaitForReady } from '../velero/versions.js'
import { familyView, quote } from './util.js'

export default defineRule({
  meta: {
    id: 'hook-invalid-bool',
    severity: 'warning',
    docs: {
      summary: "`wait-for-ready` is not a value Go's strconv.ParseBool accepts (a notice for true values other than `true`), or Velero is older than 1.13.",
      description:
        'Velero parses `post.hook.restore.velero.io/wait-for-ready` with `strconv.ParseBool`, which accepts `1 t T TRUE true True` ' +
        'and `0 f F FALSE false False`. Anything else (`yes`, `enabled`, `" true"`) logs a warning and counts as false, so the ' +
        'hook runs as soon as the container is Running rather than Ready. Velero\'s docs say that any value except "true" is false, ' +
        'but `1`, `t`, `T`, `TRUE` and `True` are true too; a notice asks for `"true"` so that readers and Velero agree. ' +
        'Velero reads the key only since v1.13.0 (velero#6918): older versions ignore it, so a true value does nothing there. ' +
        'The key of a restore exec hook with no command is hook-orphan-setting business.',
      fix: 'Write `"true"` or `"false"`; for Velero 1.12, upgrade or wait in the hook command itself.',
    },
    versions: {
      applies: 'all; before v1.13.0 the key is not read at all',
      outcomes: [
        { versions: 'v1.12.0 … v1.12.4', outcome: 'The key is ignored: the hook runs once the container is Running, whatever it says.' },
        { versions: 'v1.13.0 … main', outcome: 'Parsed with `strconv.ParseBool`; a value it rejects counts as false.' },
      ],
    },
    messages: {
      invalid: 'Velero cannot parse {{value}} as a bool, so wait-for-ready is false and the hook runs before the container is Ready; write "true" or "false".',
      nonCanonical:
        'Velero reads {{value}} as true (strconv.ParseBool), although its docs say only "true" is true; write "true" so that readers agree with Velero.',
      unread:
        'Velero {{version}} does not read wait-for-ready (it was added in v1.13.0), so the hook runs as soon as the container is Running, whatever this says; upgrade Velero or remove the key.',
    },
  },
  create(context) {
    const reads = readsWaitForReady(context.veleroVersion)
    return {
      podTemplate(pod) {
        const view = familyView(pod, 'post-restore')
        // No command, no hook: its settings are hook-orphan-setting business.
        const entry = view.active ? view.entries.get('wait-for-ready') : undefined
        const value = entry?.value
        if (!entry || value === undefined || value === '') return
        const parsed = parseGoBool(value)
        const at = { node: entry.valueNode, fallback: entry.keyNode, resource: pod.resource, path: entry.path }
        if (!reads) {
          // Only a true value changes what was meant; a false one is a harmless leftover.
          context.report({ ...at, messageId: 'unread', severity: parsed === true ? 'warning' : 'notice', data: { version: formatVersion(context.veleroVersion) } })
          return
        }
        if (parsed === false || value === 'true') return
        context.report({ ...at, messageId: parsed === true ? 'nonCanonical' : 'invalid', severity: parsed === true ? 'notice' : undefined, data: { value: quote(value) } })
      },
    }
  },
})
