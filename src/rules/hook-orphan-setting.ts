import { defineRule } from '../engine/define-rule.js'
import { familyViews } from './util.js'

export default defineRule({
  meta: {
    id: 'hook-orphan-setting',
    severity: 'warning',
    docs: {
      summary: 'Settings of an exec or backup hook whose command is missing.',
      description:
        'For exec and backup hooks the `command` annotation is the switch: without a non-empty command Velero reads none of the ' +
        "family's other keys (container, on-error, timeouts), so they do nothing.",
      fix: 'Add the `command` annotation of the same family, or remove the settings.',
    },
    messages: {
      orphan: 'Velero ignores "{{key}}" because "{{switchKey}}" is {{state}}, so no {{description}} runs; add the command or remove this setting.',
    },
  },
  create(context) {
    return {
      podTemplate(pod) {
        const views = familyViews(pod)
        const preBackupActive = views.some((v) => v.spec.family === 'pre-backup' && v.active)
        for (const view of views) {
          if (view.spec.family === 'init' || view.active) continue
          if (view.spec.family === 'legacy-backup' && preBackupActive) continue // backup-hook-legacy-mixed says why
          const switchEntry = view.entries.get(view.spec.switchField)
          for (const [field, entry] of view.entries) {
            if (field === view.spec.switchField) continue
            context.report({
              messageId: 'orphan',
              data: {
                key: entry.key,
                switchKey: view.spec.prefix + view.spec.switchField,
                state: !switchEntry ? 'missing' : switchEntry.value === undefined ? 'not a string' : 'empty',
                description: view.spec.description,
              },
              node: entry.keyNode,
              resource: pod.resource,
              path: entry.path,
            })
          }
        }
      },
    }
  },
})
