import { defineRule } from '../engine/define-rule.js'
import { parseStringToCommand } from '../velero/command.js'
import { COMMAND_FAMILIES, commandRuns, usedEntry } from './util.js'

export default defineRule({
  meta: {
    id: 'hook-command-empty-array',
    severity: 'error',
    docs: {
      summary: 'A hook command of `[]` (warning for init hooks, error for exec and backup hooks).',
      description:
        'An empty JSON array parses to an empty command. For an init hook the injected container then runs the image ' +
        'ENTRYPOINT, which is rarely what was meant (warning). For exec and backup hooks the non-empty annotation still turns ' +
        'the hook on, replacing any spec hooks for the pod, and then fails with "command is required" (error). ' +
        'Only the first failure is reported: nothing when Velero builds no hook, does not find its container (it checks the container before the command, `pod_command_executor.go` and `wait_exec_hook_handler.go` at v1.18.2), or (init) never starts the container.',
      fix: 'Give the command to run, e.g. `\'["/bin/sh", "-c", "…"]\'`, or remove the annotation.',
    },
    messages: {
      init: 'This init hook command is an empty array, so Velero injects a container that runs the image ENTRYPOINT; give the command to run or remove the annotation.',
      exec: 'This hook command is an empty array: Velero turns the hook on (skipping spec hooks for this pod) and then fails it with "command is required"; give the command to run.',
    },
  },
  create(context) {
    return {
      podTemplate(pod) {
        for (const family of COMMAND_FAMILIES) {
          const entry = usedEntry(pod, family, 'command')
          // The first failure only: Velero checks the container before the command (pod_command_executor.go@v1.18.2).
          if (!entry || entry.value === undefined || !commandRuns(pod, family)) continue
          const parsed = parseStringToCommand(entry.value)
          if (parsed.kind !== 'json' || parsed.argv.length > 0) continue
          context.report({
            messageId: family === 'init' ? 'init' : 'exec',
            severity: family === 'init' ? 'warning' : 'error',
            node: entry.valueNode,
            resource: pod.resource,
            path: entry.path,
          })
        }
      },
    }
  },
})
