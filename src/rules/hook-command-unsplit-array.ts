import { defineRule } from '../engine/define-rule.js'
import { parseStringToCommand, programProblem, suggestSplitArgv } from '../velero/command.js'
import { COMMAND_FAMILIES, commandRuns, quote, usedEntry } from './util.js'

export default defineRule({
  meta: {
    id: 'hook-command-unsplit-array',
    severity: 'warning',
    docs: {
      summary: 'A JSON-array command whose program (its first element) holds spaces, or is empty: `\'["redis-cli SAVE"]\'`.',
      description:
        "Velero's `parseStringToCommand` decodes the JSON array and uses its elements as the argv as they are (item_hook_handler.go " +
        'at v1.18.2): no element is split on spaces and no shell runs. `\'["redis-cli SAVE"]\'` or `\'["/bin/sh -c echo hi"]\'` execs one ' +
        'program whose name is the whole string, and `\'[""]\'` a program named "" — in every hook family (the exec of a backup or ' +
        'restore exec hook, the command of a restore init container). Velero does exactly what is written, which is almost surely ' +
        'not what was meant, so this is a warning: the exec fails ("executable file not found"), failing the hook or leaving the ' +
        'restored pod in Init:Error.\n\n' +
        'Only the first failure is reported: nothing when Velero builds no hook, does not find its container, or (init) never ' +
        'starts the container.',
      fix: 'Give each argument its own element: `\'["redis-cli", "SAVE"]\'`, `\'["/bin/sh", "-c", "echo hi"]\'`.',
    },
    messages: {
      spaces:
        'The program of this command, {{program}}, holds whitespace: Velero splits no array element and runs no shell, so it execs one program with that whole name, which fails; write {{suggestion}}.',
      empty: 'The program of this command (its first element) is {{what}}, so Velero execs a program named {{program}}, which fails; {{fix}}.',
    },
  },
  create(context) {
    return {
      podTemplate(pod) {
        for (const family of COMMAND_FAMILIES) {
          const entry = usedEntry(pod, family, 'command')
          if (!entry?.value || !commandRuns(pod, family)) continue
          const parsed = parseStringToCommand(entry.value)
          if (parsed.kind !== 'json') continue // a plain or unparsable string: hook-command-not-array, hook-command-invalid-json
          const problem = programProblem(parsed.argv)
          if (!problem) continue
          const suggestion = suggestSplitArgv(parsed.argv)
          const base = { node: entry.valueNode, fallback: entry.keyNode, resource: pod.resource, path: entry.path }
          if (problem === 'whitespace') {
            context.report({ ...base, messageId: 'spaces', data: { program: quote(parsed.argv[0]!), suggestion: `'${suggestion}'` } })
          } else {
            const fix = suggestion ? `drop the empty elements: '${suggestion}'` : 'give the program to run as the first element'
            const program = parsed.argv[0]!
            context.report({ ...base, messageId: 'empty', data: { what: program === '' ? 'empty' : 'blank', program: quote(program), fix } })
          }
        }
      },
    }
  },
})
