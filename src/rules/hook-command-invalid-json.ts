import { defineRule } from '../engine/define-rule.js'
import { explainInvalidJson, parseStringToCommand, repairJsonCommand } from '../velero/command.js'
import { COMMAND_FAMILIES, commandRuns, QUOTED_JSON, quote, usedEntry } from './util.js'

export default defineRule({
  meta: {
    id: 'hook-command-invalid-json',
    severity: 'error',
    docs: {
      summary: 'A command meant as a JSON array that Velero will not parse as one.',
      description:
        "Velero's `parseStringToCommand` decodes a command as a JSON array of strings only when its first byte is `[`, and on any " +
        'decode error silently uses the whole string as one program name. Single quotes, smart quotes, a trailing comma, a raw ' +
        'line break inside a string, a number or bool element, whitespace before `[`, or a JSON array wrapped in an extra pair of ' +
        "quotes (`|` followed by `'[\"a\"]'`) all produce an exec of a binary literally " +
        'named `[\'/bin/sh\', …` that fails at backup or restore time (velero#4718). ' +
        'Only the first failure is reported: nothing when Velero builds no hook, does not find its container (it checks the container before the command, `pod_command_executor.go` and `wait_exec_hook_handler.go` at v1.18.2), or (init) never starts the container.',
      fix: 'Write valid JSON with double quotes and string elements, starting with `[`: `\'["/bin/sh", "-c", "fsfreeze -f /data"]\'`.',
    },
    messages: {
      invalidJson:
        'Velero will not parse this command as a JSON array because {{why}}; it will exec one program named {{value}} and fail. {{fix}}.',
      notStrings:
        'Velero will not parse this command as a JSON array because not every element is a string; it will exec one program named {{value}} and fail. Quote every element, e.g. {{suggestion}}.',
      wrapped:
        'This command is wrapped in an extra pair of quotes, so it does not start with "[" and Velero execs one program named {{value}}; remove the outer quotes (the YAML quoting is enough).',
      leadingSpace:
        'This command starts with whitespace before "[", so Velero does not parse it as JSON and execs one program named {{value}}; remove the leading whitespace.',
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
          if (value[0] !== '[' && value.trimStart().startsWith('[')) {
            context.report({ ...base, messageId: 'leadingSpace', data: { value: quote(value) } })
            continue
          }
          if (QUOTED_JSON.test(value)) {
            context.report({ ...base, messageId: 'wrapped', data: { value: quote(value) } })
            continue
          }
          const parsed = parseStringToCommand(value)
          if (parsed.kind !== 'raw') continue
          if (parsed.reason === 'invalid-json') {
            const repaired = repairJsonCommand(value)
            context.report({
              ...base,
              messageId: 'invalidJson',
              data: {
                why: explainInvalidJson(value),
                value: quote(value),
                fix: repaired ? `Write it as ${repaired}` : 'Write valid JSON: double-quoted strings, no trailing comma',
              },
            })
          } else if (parsed.reason === 'not-string-array') {
            let suggestion = '["sleep", "10"]'
            try {
              const v = JSON.parse(value) as unknown[]
              suggestion = JSON.stringify(v.map((e) => (typeof e === 'string' ? e : JSON.stringify(e))))
            } catch {
              // keep the generic example
            }
            context.report({ ...base, messageId: 'notStrings', data: { value: quote(value), suggestion } })
          }
        }
      },
    }
  },
})
