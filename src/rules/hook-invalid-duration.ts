import { defineRule } from '../engine/define-rule.js'
import { parseGoDuration } from '../velero/go-values.js'
import type { HookFamily } from '../velero/keys.js'
import { quote, readEntry } from './util.js'

/** Each duration key, what Velero uses when it cannot parse it, and what a negative value does (§1.2, §1.3). */
const DURATION_KEYS: ReadonlyArray<{ family: HookFamily; field: string; fallback: string; wait: boolean }> = [
  { family: 'post-restore', field: 'exec-timeout', fallback: 'the 30s default', wait: false },
  { family: 'post-restore', field: 'wait-timeout', fallback: 'no limit (it waits for the container forever)', wait: true },
  { family: 'pre-backup', field: 'timeout', fallback: 'the 30s default', wait: false },
  { family: 'post-backup', field: 'timeout', fallback: 'the 30s default', wait: false },
  { family: 'legacy-backup', field: 'timeout', fallback: 'the 30s default', wait: false },
]

/** A Go duration a person most likely meant, for a message. */
function suggestDuration(value: string): string | undefined {
  const v = value.trim()
  if (/^\d+$/.test(v)) return `${v}s`
  const days = /^(\d+)\s*d(ays?)?$/i.exec(v)
  if (days) return `${Number(days[1]) * 24}h`
  const spaced = /^(\d+(?:\.\d+)?)\s*(ns|us|µs|ms|s|sec|secs|seconds?|m|min|mins|minutes?|h|hr|hrs|hours?)$/i.exec(v)
  if (spaced) {
    const unit = spaced[2]!.toLowerCase()
    const u = unit.startsWith('h') ? 'h' : unit.startsWith('mi') || unit === 'm' ? 'm' : unit.startsWith('s') ? 's' : unit
    return `${spaced[1]}${u}`
  }
  const compact = v.replace(/\s+/g, '')
  if (compact !== v && parseGoDuration(compact).ok) return compact
  return undefined
}

export default defineRule({
  meta: {
    id: 'hook-invalid-duration',
    severity: 'error',
    docs: {
      summary: "A hook timeout that Go's time.ParseDuration rejects, or a negative one.",
      description:
        'Velero parses timeouts with `time.ParseDuration`: a number with a unit (`ns`, `us`, `ms`, `s`, `m`, `h`), e.g. `90s`, `1m30s`, `2h`. ' +
        'A bare number other than 0, a `d` unit, or a space (`5 min`) fails to parse; Velero logs a warning and falls back to the ' +
        'default (30s for exec timeouts, no limit for wait-timeout). A negative value parses but means no timeout at all (v1.18) or an ' +
        'immediately expired wait.',
      fix: 'Write a Go duration with a unit: `30s`, `5m`, `1h30m`.',
    },
    messages: {
      invalid: 'Velero cannot parse {{value}} as a duration ({{error}}), so it ignores it and uses {{fallback}}; {{hint}}.',
      negative:
        'Velero parses {{value}} as a negative timeout: v1.18 then runs the hook with no timeout at all, and later versions use 30s; use a positive duration such as "30s".',
      negativeWait:
        'Velero parses {{value}} as a negative wait timeout, so the hook counts as expired at once and Velero records a hook error; use a positive duration such as "5m", or remove it to wait without limit.',
    },
  },
  create(context) {
    return {
      podTemplate(pod) {
        for (const { family, field, fallback, wait } of DURATION_KEYS) {
          const entry = readEntry(pod, family, field)
          const value = entry?.value
          if (!entry || value === undefined || value === '') continue
          const parsed = parseGoDuration(value)
          const base = { node: entry.valueNode, fallback: entry.keyNode, resource: pod.resource, path: entry.path }
          if (!parsed.ok) {
            const suggestion = suggestDuration(value)
            context.report({
              ...base,
              messageId: 'invalid',
              data: {
                value: quote(value),
                error: parsed.error,
                fallback,
                hint: suggestion ? `write "${suggestion}"` : 'write a number with a unit, e.g. "30s", "5m" or "1h"',
              },
            })
          } else if (parsed.nanoseconds < 0) {
            context.report({ ...base, messageId: wait ? 'negativeWait' : 'negative', data: { value: quote(value) } })
          }
        }
      },
    }
  },
})
