import { defineRule } from '../engine/define-rule.js'
import { pathText } from '../engine/model.js'
import { hookEntries } from '../velero/hook-keys.js'
import { copiedToTemplate, podTemplateAnnotationsTarget } from './util.js'

export default defineRule({
  meta: {
    id: 'hook-annotation-on-controller',
    severity: 'error',
    docs: {
      summary: "Hook annotations on the object's own metadata of anything but a Pod.",
      description:
        'Velero reads hook annotations only from Pods (`metadata.annotations` of the Pod object). On a Deployment, StatefulSet, ' +
        'Job or any other object they are never read; the controller does not copy them to its Pods either. Only ' +
        'annotations in the pod template (`spec.template.metadata.annotations`) end up on the Pods Velero backs up.',
      fix: 'Move the annotations to the pod template: `spec.template.metadata.annotations` (for a CronJob, `spec.jobTemplate.spec.template.metadata.annotations`). A key that the pod template also carries with the same value is not reported: Velero reads that copy (kustomize\'s `commonAnnotations` writes both).',
    },
    messages: {
      move: 'Velero reads hook annotations only from Pods, so "{{key}}" on this {{kind}}\'s own metadata is never read; move it to {{target}}.',
      noPods:
        'Velero reads hook annotations only from Pods, so "{{key}}" on this {{kind}} is never read; put it on the Pods that should run the hook.',
    },
  },
  create(context) {
    return {
      object(obj) {
        const entries = hookEntries(obj.annotations)
        if (entries.length === 0) return
        const target = podTemplateAnnotationsTarget(context.model, obj)
        for (const entry of entries) {
          // kustomize's commonAnnotations write the key on the pod template too: Velero reads that copy.
          if (copiedToTemplate(context.model, target, entry.key, entry.value)) continue
          context.report({
            messageId: target ? 'move' : 'noPods',
            data: { key: entry.key, kind: obj.resource.kind ?? 'object', target: target ? pathText(target) : '' },
            node: entry.keyNode,
            resource: obj.resource,
            path: entry.path,
          })
        }
      },
    }
  },
})
