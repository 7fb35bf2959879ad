import { defineRule } from '../engine/define-rule.js'
import { familyView } from './util.js'

export default defineRule({
  meta: {
    id: 'backup-hook-legacy-mixed',
    severity: 'warning',
    docs: {
      summary: 'Legacy `hook.backup.velero.io/*` keys mixed with `pre.hook.backup.velero.io/*`.',
      description:
        'Velero reads the legacy unprefixed keys only when `pre.hook.backup.velero.io/command` is missing, and then reads all four ' +
        'fields from the legacy keys. The two sets are never merged: one of them is silently ignored.',
      fix: 'Use only the `pre.hook.backup.velero.io/*` keys.',
    },
    messages: {
      legacyIgnored:
        'Velero ignores "{{key}}" because "pre.hook.backup.velero.io/command" is set, and never merges legacy and prefixed keys; rename it to "{{prefixed}}" or remove it.',
      prefixedIgnored:
        'Velero ignores "{{key}}" because the pre-backup hook comes from the legacy hook.backup.velero.io/* keys (no pre.hook.backup.velero.io/command); use only the prefixed keys.',
    },
  },
  create(context) {
    return {
      podTemplate(pod) {
        const legacy = familyView(pod, 'legacy-backup')
        const pre = familyView(pod, 'pre-backup')
        if (legacy.entries.size === 0 || pre.entries.size === 0) return
        if (pre.active) {
          for (const [field, entry] of legacy.entries) {
            context.report({
              messageId: 'legacyIgnored',
              data: { key: entry.key, prefixed: pre.spec.prefix + field },
              node: entry.keyNode,
              resource: pod.resource,
              path: entry.path,
            })
          }
        } else if (legacy.active) {
          for (const entry of pre.entries.values()) {
            context.report({ messageId: 'prefixedIgnored', data: { key: entry.key }, node: entry.keyNode, resource: pod.resource, path: entry.path })
          }
        }
      },
    }
  },
})
