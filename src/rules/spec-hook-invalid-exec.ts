import { defineRule } from '../engine/define-rule.js'
import { execHooks } from '../engine/spec-walk.js'
import { parseGoDuration } from '../velero/go-values.js'

export default defineRule({
  meta: {
    id: 'spec-hook-invalid-exec',
    severity: 'error',
    docs: {
      summary: 'A Restore/Backup/Schedule exec hook with a missing or empty command, a bad `onError`, or a bad duration.',
      description:
        'The Velero CRDs require `exec.command` (a list with at least one string) and restrict `onError` to `Continue` or `Fail`; ' +
        'the API server rejects the object otherwise, so no backup or restore happens on schedule. Durations (`timeout`, ' +
        '`execTimeout`, `waitTimeout`) are Go durations; Velero cannot decode anything else.',
      fix: 'Give `command` as a non-empty list of strings, `onError: Continue` or `Fail`, and durations such as `30s` or `5m`.',
    },
    messages: {
      missingCommand: 'This exec hook has no command, so the API server rejects the {{kind}} (command is required); add command as a list of strings.',
      commandNotList: 'command must be a list of strings; the API server rejects the {{kind}}. Write it as ["/bin/sh", "-c", "…"].',
      emptyCommand: 'command is an empty list, so the API server rejects the {{kind}} (at least one element is required); give the command to run.',
      commandElement: 'Every command element must be a string; the API server rejects the {{kind}}. Quote this element.',
      onError: 'onError "{{value}}" is not Continue or Fail, so the API server rejects the {{kind}}; write {{suggestion}}.',
      duration: '{{field}} "{{value}}" is not a Go duration ({{error}}), so Velero cannot decode this {{kind}}; write e.g. "30s" or "5m".',
      durationType: '{{field}} must be a duration string such as "30s", so the API server rejects the {{kind}}; quote it with a unit.',
      negative: '{{field}} "{{value}}" is negative, which disables the timeout (v1.18) or expires the wait at once; use a positive duration.',
      waitForReady: 'waitForReady must be true or false; the API server rejects the {{kind}} otherwise.',
    },
  },
  create(context) {
    return {
      velero(target) {
        const kind = target.kind
        for (const { value: exec, kind: execKind } of execHooks(target)) {
          const at = (field: string) => ({ resource: target.resource, path: [...exec.path, field] })
          const commandEntry = exec.entry('command')
          const command = commandEntry?.value
          if (!commandEntry || command?.kind === 'null') {
            context.report({ ...at('command'), messageId: 'missingCommand', data: { kind }, node: commandEntry?.keyNode ?? exec.firstKeyNode(), fallback: exec.node })
          } else if (command?.kind !== 'seq') {
            context.report({ ...at('command'), messageId: 'commandNotList', data: { kind }, node: command?.node })
          } else {
            const elements = command.items()
            if (elements.length === 0) {
              context.report({ ...at('command'), messageId: 'emptyCommand', data: { kind }, node: command.node })
            } else {
              const bad = elements.find((v) => !v.isString)
              if (bad) context.report({ ...at('command'), messageId: 'commandElement', data: { kind }, node: bad.node })
            }
          }
          const onError = exec.get('onError')
          if (onError?.kind === 'scalar' && onError.scalar !== 'Continue' && onError.scalar !== 'Fail') {
            const value = String(onError.scalar)
            const lower = value.toLowerCase()
            const suggestion = lower === 'fail' ? '"Fail"' : lower === 'continue' ? '"Continue"' : '"Continue" or "Fail"'
            context.report({ ...at('onError'), messageId: 'onError', data: { kind, value, suggestion }, node: onError.node })
          }
          const durationFields = execKind === 'restore' ? ['execTimeout', 'waitTimeout'] : ['timeout']
          for (const field of durationFields) {
            const v = exec.get(field)
            if (v?.kind !== 'scalar' || v.scalar === '') continue
            const text = v.string()
            if (text === undefined) {
              context.report({ ...at(field), messageId: 'durationType', data: { kind, field }, node: v.node })
              continue
            }
            const parsed = parseGoDuration(text)
            if (!parsed.ok) context.report({ ...at(field), messageId: 'duration', data: { kind, field, value: text, error: parsed.error }, node: v.node })
            else if (parsed.nanoseconds < 0) context.report({ ...at(field), messageId: 'negative', data: { field, value: text }, node: v.node })
          }
          if (execKind === 'restore') {
            const w = exec.get('waitForReady')
            if (w?.kind === 'scalar' && w.boolean() === undefined) {
              context.report({ ...at('waitForReady'), messageId: 'waitForReady', data: { kind }, node: w.node })
            }
          }
        }
      },
    }
  },
})
