import { defineRule } from '../engine/define-rule.js'
import type { HookFamily } from '../velero/keys.js'
import { quote, readEntry } from './util.js'

const FAMILIES: readonly HookFamily[] = ['post-restore', 'pre-backup', 'post-backup', 'legacy-backup']

/** Template parameters (OpenShift `${NAME}`, `${{NAME}}`) stand for any text, so such a name may match. */
const PLACEHOLDER = /\$\{\{?[A-Za-z_][A-Za-z0-9_]*\}?\}/

function sameName(containerName: string, hookValue: string): boolean {
  if (containerName === hookValue) return true
  if (PLACEHOLDER.test(hookValue)) return true
  if (!PLACEHOLDER.test(containerName)) return false
  return matchesWildcards(containerName.split(new RegExp(PLACEHOLDER.source, 'g')), hookValue)
}

/** What `.` matches in a RegExp: anything but a line terminator. */
const LINE_TERMINATOR = /[\n\r\u2028\u2029]/

/**
 * Whether `value` is the literal parts in order with any one-line text between them (a RegExp
 * `^part.*part.*part$`, without one: with a dozen placeholders such a RegExp backtracks for
 * minutes on a value that does not match). Taking each middle part at its first occurrence is
 * enough: a later one only leaves less room for the parts after it.
 */
function matchesWildcards(parts: readonly string[], value: string): boolean {
  const first = parts[0]!
  const last = parts[parts.length - 1]!
  if (!value.startsWith(first)) return false
  let at = first.length
  for (const part of parts.slice(1, -1)) {
    const found = value.indexOf(part, at)
    if (found < 0 || LINE_TERMINATOR.test(value.slice(at, found))) return false
    at = found + part.length
  }
  const lastAt = value.length - last.length
  return lastAt >= at && value.endsWith(last) && !LINE_TERMINATOR.test(value.slice(at, lastAt))
}

export default defineRule({
  meta: {
    id: 'hook-unknown-container',
    severity: 'error',
    docs: {
      summary: "A hook's `container` is not a container of that pod spec.",
      description:
        'Restore exec hooks look the container up in `spec.containers` only; a missing name makes Velero discard the hooks ' +
        '("does not have container … discarding post-restore exec hooks"), which can also leave the restore waiting in ' +
        'Finalizing (velero#9749). Backup hooks also accept native sidecars (init containers with `restartPolicy: Always`); ' +
        'any other name fails the hook with "no such container". A container name holding a template parameter (OpenShift ' +
        '`${NAME}`) may stand for any name, so it is not checked.',
      fix: 'Name one of the containers of the pod, or remove the annotation to use the first container.',
    },
    messages: {
      restore:
        'Container {{name}} is not in spec.containers ({{known}}), so Velero discards this restore exec hook and the restore may hang in Finalizing; name one of them.',
      backup: 'Container {{name}} is not a container or native sidecar of this pod ({{known}}), so the backup hook fails with "no such container"; name one of them.',
    },
  },
  create(context) {
    return {
      podTemplate(pod) {
        if (!pod.containersKnown) return
        const containerNames = pod.containers.map((c) => c.name).filter((n): n is string => n !== undefined)
        const sidecars = pod.initContainers.filter((c) => c.restartPolicy === 'Always' && c.name).map((c) => c.name!)
        for (const family of FAMILIES) {
          const entry = readEntry(pod, family, 'container')
          const value = entry?.value
          if (!entry || value === undefined || value === '') continue
          const restore = family === 'post-restore'
          const allowed = restore ? containerNames : [...containerNames, ...sidecars]
          if (allowed.some((name) => sameName(name, value))) continue
          context.report({
            messageId: restore ? 'restore' : 'backup',
            data: { name: quote(value), known: allowed.map((n) => `"${n}"`).join(', ') || 'none' },
            node: entry.valueNode,
            resource: pod.resource,
            path: entry.path,
          })
        }
      },
    }
  },
})
