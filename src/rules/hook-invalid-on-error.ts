import { defineRule } from '../engine/define-rule.js'
import type { HookFamily } from '../velero/keys.js'
import { quote, readEntry } from './util.js'

const FAMILIES: readonly HookFamily[] = ['post-restore', 'pre-backup', 'post-backup', 'legacy-backup']

export default defineRule({
  meta: {
    id: 'hook-invalid-on-error',
    severity: 'error',
    docs: {
      summary: '`on-error` is not exactly `Continue` or `Fail`.',
      description:
        'Velero compares the value case-sensitively with `Continue` and `Fail` and silently turns anything else into "", which ' +
        'behaves like Continue. A `fail` or `Abort` meant to stop on a failed pre-backup hook therefore never stops anything. ' +
        'An empty value is what Velero uses when the key is missing, so it is not reported.',
      fix: 'Write exactly `Continue` or `Fail`.',
    },
    messages: {
      caseOnly: 'Velero compares on-error exactly (case and spaces count), so {{value}} is dropped and the hook behaves as Continue; write "{{fixed}}".',
      invalid: 'Velero accepts only "Continue" or "Fail" here, so {{value}} is dropped and the hook behaves as Continue; write one of them.',
    },
  },
  create(context) {
    return {
      podTemplate(pod) {
        for (const family of FAMILIES) {
          const entry = readEntry(pod, family, 'on-error')
          const value = entry?.value
          // "" is what Velero uses when the key is missing; nothing to fix.
          if (!entry || value === undefined || value === '' || value === 'Continue' || value === 'Fail') continue
          const lower = value.trim().toLowerCase()
          const fixed = lower === 'continue' ? 'Continue' : lower === 'fail' ? 'Fail' : undefined
          context.report({
            messageId: fixed ? 'caseOnly' : 'invalid',
            data: { value: quote(value), fixed: fixed ?? '' },
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
