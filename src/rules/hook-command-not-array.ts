import { defineRule } from '../engine/define-rule.js'
import { suggestJsonCommand } from '../velero/command.js'
import { key } from '../velero/keys.js'
import { COMMAND_FAMILIES, quote } from './util.js'

export default defineRule({
  meta: {
    id: 'hook-command-not-array',
    severity: 'warning',
    docs: {
      summary: 'A plain-string command containing whitespace.',
      description:
        'A command that does not start with `[` becomes a one-element argv: Velero does not split it on spaces and does not run it ' +
        'in a shell. `/usr/bin/fsfreeze -f /data` is an exec of a binary literally named "/usr/bin/fsfreeze -f /data", which does not exist.',
      fix: 'Use the JSON-array form: `\'["/usr/bin/fsfreeze", "-f", "/data"]\'`, or `\'["/bin/sh", "-c", "…"]\'` for shell syntax.',
    },
    messages: {
      plain:
        'Velero runs this command as one program named {{value}} (no word splitting, no shell), which fails; use the JSON-array form {{suggestion}}.',
    },
  },
  create(context) {
    return {
      podTemplate(pod) {
        for (const family of COMMAND_FAMILIES) {
          const entry = pod.annotations.get(key(family, 'command'))
          const value = entry?.value
          if (!entry || value === undefined || value.trim() === '') continue
          if (value.trimStart().startsWith('[')) continue // hook-command-invalid-json's business
          if (!/\s/.test(value.trim())) continue
          context.report({
            messageId: 'plain',
            data: { value: quote(value), suggestion: `'${suggestJsonCommand(value)}'` },
            node: entry.valueNode,
            fallback: entry.keyNode,
            resource: pod.resource,
            path: entry.path,
          })
        }
      },
    }
  },
})
