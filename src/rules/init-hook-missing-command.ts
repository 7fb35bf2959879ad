import { defineRule } from '../engine/define-rule.js'
import { key } from '../velero/keys.js'
import { familyView } from './util.js'

export default defineRule({
  meta: {
    id: 'init-hook-missing-command',
    severity: 'error',
    docs: {
      summary: 'An init hook image with a missing, empty or blank command.',
      description:
        "Velero's docs call the command optional, but up to v1.18.2 `parseStringToCommand` reads the first byte of the command " +
        'without a length check: an image with no command panics the restore plugin, the Pod is not restored and the Restore ends ' +
        'PartiallyFailed (fixed after v1.18.2 by velero#10371). A blank command ("  ") is executed as a program named by the blanks.',
      fix: 'Add `init.hook.restore.velero.io/command` as a JSON array, e.g. `\'["/bin/sh", "-c", "…"]\'`.',
    },
    messages: {
      missing:
        'This init hook sets an image but no "{{commandKey}}": Velero up to v1.18.2 panics on it and does not restore this pod; add the command as a JSON array.',
      empty: '"{{commandKey}}" is empty: Velero up to v1.18.2 panics on it and does not restore this pod; give the command as a JSON array.',
      blank: '"{{commandKey}}" is blank, so Velero execs a program named by the blanks and the init container fails, leaving the pod in Init:Error; give the command as a JSON array.',
    },
  },
  create(context) {
    return {
      podTemplate(pod) {
        const view = familyView(pod, 'init')
        if (!view.active) return
        const command = view.entries.get('command')
        const commandKey = key('init', 'command')
        if (!command) {
          // A missing key is reported at the first key of the family.
          const first = view.first!
          context.report({ messageId: 'missing', data: { commandKey }, node: first.keyNode, resource: pod.resource, path: first.path })
        } else if (command.value === '') {
          context.report({ messageId: 'empty', data: { commandKey }, node: command.valueNode, fallback: command.keyNode, resource: pod.resource, path: command.path })
        } else if (command.value !== undefined && command.value.trim() === '') {
          context.report({ messageId: 'blank', data: { commandKey }, node: command.valueNode, resource: pod.resource, path: command.path })
        }
      },
    }
  },
})
