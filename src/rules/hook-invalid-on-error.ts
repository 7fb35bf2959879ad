import { defineRule } from '../engine/define-rule.js'
import type { PodView } from '../engine/model.js'
import { parseGoDuration } from '../velero/go-values.js'
import type { HookFamily } from '../velero/keys.js'
import { readOnError } from '../velero/on-error.js'
import { execTargetFound, quote, usedEntry } from './util.js'

const FAMILIES: readonly HookFamily[] = ['post-restore', 'pre-backup', 'post-backup', 'legacy-backup']

type FailConsequence = 'backup' | 'wait' | 'same'

/**
 * What changes when Velero reads a misspelt Fail as Continue (v1.18.2):
 * - pre-backup (and legacy): HandleHooks returns the error only for Fail, and backupItemBlock then skips
 *   the pod ("if pre hook fails, flag pod as backed-up and move on", pkg/backup/backup.go@v1.18.2);
 * - post-restore: the annotation hook is the pod's only exec hook, so Fail stops nothing after it, except
 *   that an expired wait-timeout skips the hook under Fail and runs it anyway otherwise
 *   (wait_exec_hook_handler.go@v1.18.2);
 * - post-backup: handleItemBlockPostHooks only logs the error (backup.go@v1.18.2; up to v1.14 a Fail
 *   post-hook error also dropped the pod from the backup).
 */
function failConsequence(pod: PodView, family: HookFamily): FailConsequence {
  if (family === 'pre-backup' || family === 'legacy-backup') return 'backup'
  if (family === 'post-backup') return 'same'
  const wait = usedEntry(pod, 'post-restore', 'wait-timeout')?.value
  const parsed = wait === undefined || wait === '' ? undefined : parseGoDuration(wait)
  return parsed?.ok && parsed.nanoseconds !== 0 ? 'wait' : 'same'
}

const SAME_WHY: Readonly<Record<string, string>> = {
  'post-backup': 'Velero only logs a failed post-backup hook',
  'post-restore': "it is the pod's only restore exec hook, so there is nothing after it to stop",
}

export default defineRule({
  meta: {
    id: 'hook-invalid-on-error',
    severity: 'error',
    docs: {
      summary: '`on-error` is not exactly `Continue` or `Fail` (an error only when Velero then behaves differently).',
      description:
        'Velero compares the value case-sensitively with `Continue` and `Fail` and silently turns anything else into "", which ' +
        'behaves like Continue (`item_hook_handler.go`, `wait_exec_hook_handler.go` at v1.18.2). The severity follows what that ' +
        'changes:\n\n' +
        '- a spelling of **Fail** on a pre-backup hook (`fail`, `FAIL`, `Abort`): when the hook fails Velero still backs the pod up, ' +
        'where `Fail` would skip it — an **error**; the same on a restore exec hook with a `wait-timeout`: when the wait expires ' +
        'Velero still runs the hook, where `Fail` would skip it;\n' +
        '- a spelling of Fail where Fail changes nothing (a post-backup hook, whose failure Velero only logs since v1.15; a restore ' +
        'exec hook without a wait timeout, the pod\'s only one) — a **notice**;\n' +
        '- a spelling of **Continue** (`continue`, `CONTINUE`, `" Continue"`): dropped to the default, which *is* Continue, so the ' +
        'hook behaves as written — a **notice**;\n' +
        '- any other word: the hook behaves as Continue, and what was meant is unclear — a **warning**.\n\n' +
        'An empty value is what Velero uses when the key is missing, so it is not reported. Nothing is reported for a hook Velero ' +
        'does not build (no command: hook-orphan-setting) or a restore exec hook whose container is missing (Velero discards it).',
      fix: 'Write exactly `Continue` or `Fail`.',
    },
    messages: {
      failBackup:
        'Velero compares on-error exactly (case and spaces count), so {{value}} is dropped and the hook behaves as Continue: when it fails, Velero still backs up this pod, which "Fail" would skip; write "Fail".',
      failWait:
        'Velero compares on-error exactly (case and spaces count), so {{value}} is dropped and the hook behaves as Continue: when its wait-timeout expires, Velero still runs the hook, which "Fail" would skip; write "Fail".',
      failSame:
        'Velero compares on-error exactly (case and spaces count), so {{value}} is dropped and the hook behaves as Continue, which here does the same as "Fail" ({{why}}); write "Fail" so that readers agree with Velero.',
      continueSpelling:
        'Velero compares on-error exactly (case and spaces count), so {{value}} is dropped to the default, which is Continue: the hook behaves as written; write "Continue" so that readers agree with Velero.',
      unknown: 'Velero accepts only "Continue" or "Fail" here, so {{value}} is dropped and the hook behaves as Continue; write one of them.',
    },
  },
  create(context) {
    return {
      podTemplate(pod) {
        for (const family of FAMILIES) {
          const entry = usedEntry(pod, family, 'on-error')
          const value = entry?.value
          if (!entry || value === undefined) continue
          // A restore exec hook whose container is missing is discarded before on-error could matter.
          if (family === 'post-restore' && !execTargetFound(pod, family)) continue
          const reading = readOnError(value)
          if (reading === 'exact') continue
          const base = { node: entry.valueNode, fallback: entry.keyNode, resource: pod.resource, path: entry.path, data: { value: quote(value), why: '' } }
          if (reading === 'continue') context.report({ ...base, messageId: 'continueSpelling', severity: 'notice' })
          else if (reading === 'unknown') context.report({ ...base, messageId: 'unknown', severity: 'warning' })
          else {
            const consequence = failConsequence(pod, family)
            if (consequence === 'backup') context.report({ ...base, messageId: 'failBackup' })
            else if (consequence === 'wait') context.report({ ...base, messageId: 'failWait' })
            else context.report({ ...base, messageId: 'failSame', severity: 'notice', data: { ...base.data, why: SAME_WHY[family]! } })
          }
        }
      },
    }
  },
})
