import { defineRule } from '../engine/define-rule.js'
import type { AnnotationsView, ResourceRef } from '../engine/model.js'
import { isUnknownHookKey, suggestKey, validFieldsOf } from '../velero/hook-keys.js'
import { quote } from './util.js'

export default defineRule({
  meta: {
    id: 'hook-annotation-unknown-key',
    severity: 'error',
    docs: {
      summary: 'A key in a Velero hook domain that Velero never reads.',
      description:
        'Velero reads a fixed set of hook annotation keys with exact, case-sensitive lookups. Anything else in a hook domain ' +
        '(a typo, `post.hook.restore.velero.io/timeout`, `pre.hook.restore.velero.io/*`, `…/test1.command`) is ignored without a log line, ' +
        'so the setting the author meant never takes effect. When the key it resembles is already set in the same map (a ' +
        '`timeout` next to `exec-timeout` on a restore exec hook), renaming would make a duplicate key: the message says to ' +
        'delete it, and names the value Velero uses.',
      fix: 'Rename the key to the one suggested, or remove it (always remove it when the suggested key is already set).',
    },
    messages: {
      unknownWithSuggestion: 'Velero never reads "{{key}}", so this setting is silently ignored; did you mean "{{suggestion}}"?',
      unknown: 'Velero never reads "{{key}}", so this setting is silently ignored; valid keys here are {{valid}}.',
      noPreRestore:
        'Velero has no pre-restore hook: "{{key}}" is silently ignored; did you mean "{{suggestion}}"?',
      alreadySet:
        'Velero never reads "{{key}}", so this setting is silently ignored; the key it resembles, "{{suggestion}}", is already set ({{existing}}), so delete this key.',
    },
  },
  create(context) {
    const check = (annotations: AnnotationsView, resource: ResourceRef): void => {
      const keys = annotations.entries.map((e) => e.key)
      for (const entry of annotations.entries) {
        if (!isUnknownHookKey(entry.key)) continue
        const suggestion = suggestKey(entry.key, keys)
        const noPreRestore = /^pre\.[^/]*restore/i.test(entry.key)
        const existing = suggestion === undefined ? undefined : annotations.get(suggestion)
        context.report({
          messageId: existing ? 'alreadySet' : suggestion ? (noPreRestore ? 'noPreRestore' : 'unknownWithSuggestion') : 'unknown',
          data: {
            key: entry.key,
            suggestion: suggestion ?? '',
            valid: validFieldsOf(entry.key, keys).map((k) => `"${k}"`).join(', ') || 'none',
            existing: existing?.value === undefined ? 'with a value that is not a string' : `Velero uses its value ${quote(existing.value)}`,
          },
          node: entry.keyNode,
          resource,
          path: entry.path,
        })
      }
    }
    return {
      podTemplate: (pod) => check(pod.annotations, pod.resource),
      object: (obj) => check(obj.annotations, obj.resource),
    }
  },
})
