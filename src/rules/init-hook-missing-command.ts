import { defineRule } from '../engine/define-rule.js'
import { key } from '../velero/keys.js'
import { emptyInitCommandPanics, formatVersion } from '../velero/versions.js'
import { familyView } from './util.js'

export default defineRule({
  meta: {
    id: 'init-hook-missing-command',
    severity: 'error',
    docs: {
      summary: 'An init hook image with a missing, empty or blank command.',
      description:
        "Velero's docs call the command optional, but every release up to v1.18.2 reads the first byte of the command in " +
        '`parseStringToCommand` without a length check: an image with no command (or `""`) panics the restore plugin, the Pod is ' +
        'not restored and the Restore ends PartiallyFailed. Velero main guards it (velero#10371): the init container is injected ' +
        "without a command, so the image's own entrypoint runs; that is reported as a notice, since any release restoring the same " +
        'backup still panics. A blank command ("  ") is executed as a program named by the blanks on every version.',
      fix: 'Add `init.hook.restore.velero.io/command` as a JSON array, e.g. `\'["/bin/sh", "-c", "…"]\'`.',
    },
    versions: {
      applies: 'all; a missing or empty command is an error up to v1.18.2 and a notice on main',
      outcomes: [
        {
          versions: 'v1.12.0 … v1.18.2',
          outcome:
            'A missing or empty command panics `parseStringToCommand` (`internal/hook/item_hook_handler.go`): the Pod is not restored.',
        },
        {
          versions: 'main',
          outcome: "No panic (velero#10371): the init container has no command, so the image's entrypoint runs.",
        },
      ],
    },
    messages: {
      missing:
        'This init hook sets an image but no "{{commandKey}}": Velero {{version}} panics on it and does not restore this pod; add the command as a JSON array.',
      empty: '"{{commandKey}}" is empty: Velero {{version}} panics on it and does not restore this pod; give the command as a JSON array.',
      entrypoint:
        "This init hook has no command, so Velero main injects the container without one and the image's own entrypoint runs; every release up to v1.18.2 panics on it instead, so give the command as a JSON array if a release may restore this backup.",
      blank: '"{{commandKey}}" is blank, so Velero execs a program named by the blanks and the init container fails, leaving the pod in Init:Error; give the command as a JSON array.',
    },
  },
  create(context) {
    const panics = emptyInitCommandPanics(context.veleroVersion)
    const version = formatVersion(context.veleroVersion)
    return {
      podTemplate(pod) {
        const view = familyView(pod, 'init')
        if (!view.active) return
        const command = view.entries.get('command')
        const commandKey = key('init', 'command')
        if (!command || command.value === '') {
          // A missing key is reported at the first key of the family, an empty one at its value.
          const at = command ? { node: command.valueNode, fallback: command.keyNode, path: command.path } : { node: view.first!.keyNode, path: view.first!.path }
          if (!panics) context.report({ messageId: 'entrypoint', severity: 'notice', resource: pod.resource, ...at })
          else context.report({ messageId: command ? 'empty' : 'missing', data: { commandKey, version }, resource: pod.resource, ...at })
        } else if (command.value !== undefined && command.value.trim() === '') {
          context.report({ messageId: 'blank', data: { commandKey }, node: command.valueNode, resource: pod.resource, path: command.path })
        }
      },
    }
  },
})
