import { defineRule } from '../engine/define-rule.js'
import { key } from '../velero/keys.js'
import { familyView } from './util.js'

export default defineRule({
  meta: {
    id: 'init-hook-missing-image',
    severity: 'error',
    docs: {
      summary: 'An init hook with a name or command but no `container-image`.',
      description:
        '`init.hook.restore.velero.io/container-image` is the switch of the restore init hook. When it is missing or empty, ' +
        'Velero ignores the name and command annotations without an error and injects nothing (it falls back to Restore-spec init hooks; ' +
        '`getInitContainerFromAnnotation`, item_hook_handler.go at v1.18.2). An empty name or command is not reported: it does ' +
        'nothing with or without an image.',
      fix: 'Add `init.hook.restore.velero.io/container-image` with the image to run.',
    },
    messages: {
      missing: 'This init hook has no "{{imageKey}}", so Velero ignores it and injects nothing at restore; add the image to run.',
      empty: '"{{imageKey}}" is empty, so Velero ignores this init hook and injects nothing at restore; give the image to run.',
    },
  },
  create(context) {
    return {
      podTemplate(pod) {
        const view = familyView(pod, 'init')
        const image = view.entries.get('container-image')
        // An empty name or command does nothing, image or not (as if absent); a value that is not a string is
        // hook-annotation-not-string's (kubectl rejects the object).
        const others = ['container-name', 'command'].map((f) => view.entries.get(f)).filter((e) => e?.value)
        if (others.length === 0 || (image?.value !== undefined && image.value !== '')) return
        if (image && image.value === undefined) return // not a string: hook-annotation-not-string
        const imageKey = key('init', 'container-image')
        if (image) {
          context.report({ messageId: 'empty', data: { imageKey }, node: image.valueNode, fallback: image.keyNode, resource: pod.resource, path: image.path })
        } else {
          const first = pod.annotations.entries.find((e) => others.includes(e))!
          context.report({ messageId: 'missing', data: { imageKey }, node: first.keyNode, resource: pod.resource, path: first.path })
        }
      },
    }
  },
})
