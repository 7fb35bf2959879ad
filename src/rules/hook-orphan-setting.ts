import { defineRule } from '../engine/define-rule.js'
import { familyViews } from './util.js'

export default defineRule({
  meta: {
    id: 'hook-orphan-setting',
    severity: 'warning',
    docs: {
      summary: 'Settings of an exec or backup hook whose command is missing.',
      description:
        'For exec and backup hooks the `command` annotation is the switch: without a non-empty command Velero builds no hook and ' +
        "reads none of the family's other keys (container, on-error, timeouts), so they do nothing " +
        '(`getPodExecHookFromAnnotations`, `getPodExecRestoreHookFromAnnotations`, item_hook_handler.go at v1.18.2). This is the ' +
        'one finding for such a hook: the rules about values stay silent, since no hook exists to be affected. An empty setting ' +
        'does nothing either way and is not reported; a command that is not a YAML string is hook-annotation-not-string\'s ' +
        '(kubectl rejects the object).',
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
          if (switchEntry && switchEntry.value === undefined) continue // not a string: kubectl rejects the object
          for (const [field, entry] of view.entries) {
            // "" (or a value that is not a string, which kubectl rejects) does nothing, hook or not.
            if (field === view.spec.switchField || !entry.value) continue
            context.report({
              messageId: 'orphan',
              data: {
                key: entry.key,
                switchKey: view.spec.prefix + view.spec.switchField,
                state: switchEntry ? 'empty' : 'missing',
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
