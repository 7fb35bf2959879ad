import { defineRule, type RuleContext } from '../engine/define-rule.js'
import type { AnnotationView, PodView } from '../engine/model.js'
import { parseGoDuration } from '../velero/go-values.js'
import type { HookFamily } from '../velero/keys.js'
import { execTimeoutBoundedOnMain, formatVersion, MAX_HOOK_TIMEOUT_NS } from '../velero/versions.js'
import { familyView, quote, readEntry } from './util.js'

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

type MessageId = 'invalid' | 'zero' | 'negativeNone' | 'negativeDefault' | 'overCap' | 'negativeWait'

export default defineRule({
  meta: {
    id: 'hook-invalid-duration',
    severity: 'error',
    docs: {
      summary: "A hook timeout that Go's time.ParseDuration rejects, or one Velero replaces: zero, negative, or over 4h on main.",
      description:
        'Velero parses timeouts with `time.ParseDuration`: a number with a unit (`ns`, `us`, `ms`, `s`, `m`, `h`), e.g. `90s`, `1m30s`, `2h`. ' +
        'A bare number other than 0, a `d` unit, or a space (`5 min`) fails to parse; Velero logs a warning and falls back to the ' +
        'default (30s for exec timeouts, no limit for wait-timeout). An exec timeout of zero (`0`, `0s`, `-0s`) does not mean "no ' +
        'timeout": `ExecutePodCommand` replaces it with its 30s default. A negative exec timeout means no timeout at all up to ' +
        "v1.18.2 and the 30s default on main, which also caps exec timeouts at 4h. A negative wait-timeout expires at once. Settings " +
        'of a hook whose command is missing are hook-orphan-setting business.',
      fix: 'Write a positive Go duration with a unit that the hook needs: `30s`, `5m`, `1h30m` (at most `4h` for Velero main).',
    },
    versions: {
      applies: 'all; negative exec timeouts differ on main, and only main caps them at 4h',
      outcomes: [
        {
          versions: 'v1.12.0 … v1.18.2',
          outcome: 'Exec timeout `0` → 30s; negative → no timeout (the timer is armed only above 0); no upper limit.',
        },
        { versions: 'main', outcome: 'Exec timeout ≤ 0 → 30s; over 4h → 4h (`maxHookTimeout`, velero#10125).' },
      ],
    },
    messages: {
      invalid: 'Velero cannot parse {{value}} as a duration ({{error}}), so it ignores it and uses {{fallback}}; {{hint}}.',
      zero: 'Velero reads {{value}} as zero and replaces it with its 30s default, so the hook is stopped after 30s rather than left without a timeout; write the time the hook needs, such as "5m".',
      negativeNone:
        'Velero {{version}} reads {{value}} as a negative timeout and runs the hook with no timeout at all (Velero main uses 30s instead); write the time the hook needs, such as "5m".',
      negativeDefault: 'Velero main replaces the negative timeout {{value}} with its 30s default; write the time the hook needs, such as "5m".',
      overCap: 'Velero main caps hook timeouts at 4h, so {{value}} becomes 4h; write "4h" or less, or make the hook faster.',
      negativeWait:
        'Velero parses {{value}} as a negative wait timeout, so the hook counts as expired at once and Velero records a hook error; use a positive duration such as "5m", or remove it to wait without limit.',
    },
  },
  create(context) {
    return {
      podTemplate(pod) {
        for (const { family, field, fallback, wait } of DURATION_KEYS) {
          // No command, no hook: its settings are hook-orphan-setting business.
          const entry = familyView(pod, family).active ? readEntry(pod, family, field) : undefined
          if (entry?.value === undefined || entry.value === '') continue
          checkDuration(context, pod, entry, entry.value, { fallback, wait })
        }
      },
    }
  },
})

/** One duration annotation: unparsable, or a value Velero replaces (per the targeted version). */
function checkDuration(context: RuleContext<MessageId>, pod: PodView, entry: AnnotationView, value: string, how: { fallback: string; wait: boolean }): void {
  const parsed = parseGoDuration(value)
  const base = { node: entry.valueNode, fallback: entry.keyNode, resource: pod.resource, path: entry.path }
  if (!parsed.ok) {
    const suggestion = suggestDuration(value)
    const hint = suggestion ? `write "${suggestion}"` : 'write a number with a unit, e.g. "30s", "5m" or "1h"'
    context.report({ ...base, messageId: 'invalid', data: { value: quote(value), error: parsed.error, fallback: how.fallback, hint } })
    return
  }
  const data = { value: quote(value), version: formatVersion(context.veleroVersion) }
  const bounded = execTimeoutBoundedOnMain(context.veleroVersion)
  if (how.wait) {
    if (parsed.nanoseconds < 0) context.report({ ...base, messageId: 'negativeWait', data })
  } else if (parsed.nanoseconds === 0) {
    context.report({ ...base, messageId: 'zero', data })
  } else if (parsed.nanoseconds < 0) {
    context.report({ ...base, messageId: bounded ? 'negativeDefault' : 'negativeNone', data })
  } else if (bounded && parsed.exact > BigInt(MAX_HOOK_TIMEOUT_NS)) {
    context.report({ ...base, messageId: 'overCap', data })
  }
}
