import { defineRule } from '../engine/define-rule.js'
import { dns1123LabelProblem } from '../velero/go-values.js'
import { key } from '../velero/keys.js'
import { initHookStage, quote } from './util.js'

export default defineRule({
  meta: {
    id: 'init-hook-invalid-name',
    severity: 'error',
    docs: {
      summary: '`container-name` is not a DNS-1123 label of at most 63 characters.',
      description:
        'Velero passes the name through unchecked (`getInitContainerFromAnnotation`, item_hook_handler.go at v1.18.2). The API ' +
        'server then rejects the restored Pod, so the pod is not restored and the Restore ends PartiallyFailed. Nothing is reported ' +
        'when Velero builds no init container (no image) or panics before the create (no command, up to v1.18.2).',
      fix: "Use lower-case letters, digits and '-', starting and ending with a letter or digit, at most 63 characters.",
    },
    messages: {
      invalid: 'Container name {{value}} is not a valid DNS-1123 label ({{problem}}), so the API server rejects the restored pod; use e.g. "{{suggestion}}".',
    },
  },
  create(context) {
    return {
      podTemplate(pod) {
        const entry = pod.annotations.get(key('init', 'container-name'))
        const value = entry?.value
        if (!entry || value === undefined || value === '') return
        const problem = dns1123LabelProblem(value)
        // Only when the API server sees the pod: no image, no hook; no command, Velero panics first.
        if (!problem || initHookStage(pod) !== 'rejected') return
        const suggestion =
          value
            .toLowerCase()
            .replace(/[^a-z0-9-]+/g, '-')
            .replace(/^-+|-+$/g, '')
            .slice(0, 63)
            .replace(/-+$/, '') || 'restore-init'
        context.report({
          messageId: 'invalid',
          data: { value: quote(value), problem, suggestion },
          node: entry.valueNode,
          resource: pod.resource,
          path: entry.path,
        })
      },
    }
  },
})
