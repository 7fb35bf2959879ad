import { defineRule } from '../engine/define-rule.js'
import { suggestJsonCommand } from '../velero/command.js'
import { COMMAND_FAMILIES, commandRuns, QUOTED_JSON, quote, usedEntry } from './util.js'

export default defineRule({
  meta: {
    id: 'hook-command-not-array',
    severity: 'warning',
    docs: {
      summary: 'A plain-string command containing whitespace (including a trailing line break).',
      description:
        'A command that does not start with `[` becomes a one-element argv: Velero does not split it on spaces and does not run it ' +
        'in a shell. `/usr/bin/fsfreeze -f /data` is an exec of a binary literally named "/usr/bin/fsfreeze -f /data", which does not exist. ' +
        'A YAML block scalar (`|`) adds a trailing line break that becomes part of the program name in the same way. A blank exec or ' +
        'backup command still turns the hook on (replacing spec hooks for the pod) and then fails. ' +
        'Only the first failure is reported: nothing when Velero builds no hook, does not find its container (it checks the container before the command, `pod_command_executor.go` and `wait_exec_hook_handler.go` at v1.18.2), or (init) never starts the container.',
      fix: 'Use the JSON-array form: `\'["/usr/bin/fsfreeze", "-f", "/data"]\'`, or `\'["/bin/sh", "-c", "…"]\'` for shell syntax.',
    },
    messages: {
      plain:
        'Velero runs this command as one program named {{value}} (no word splitting, no shell), which fails; use the JSON-array form {{suggestion}}.',
      blank:
        'This command is blank, yet it turns the hook on (replacing any spec hooks for this pod): Velero execs a program named by the blanks, which fails; give the command as a JSON array or remove the annotation.',
    },
  },
  create(context) {
    return {
      podTemplate(pod) {
        for (const family of COMMAND_FAMILIES) {
          const entry = usedEntry(pod, family, 'command')
          const value = entry?.value
          // The first failure only: no hook, or a container Velero does not find, means no exec at all.
          if (!entry || value === undefined || value === '' || !commandRuns(pod, family)) continue
          const base = { node: entry.valueNode, fallback: entry.keyNode, resource: pod.resource, path: entry.path }
          if (value.trim() === '') {
            // An init command of blanks is init-hook-missing-command's business.
            if (family !== 'init') context.report({ ...base, messageId: 'blank' })
            continue
          }
          // Meant as JSON: hook-command-invalid-json's business.
          if (value.trimStart().startsWith('[') || QUOTED_JSON.test(value)) continue
          if (!/\s/.test(value)) continue
          context.report({
            messageId: 'plain',
            data: { value: quote(value), suggestion: `'${suggestJsonCommand(value)}'` },
            ...base,
          })
        }
      },
    }
  },
})
