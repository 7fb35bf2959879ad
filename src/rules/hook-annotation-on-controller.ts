import { defineRule } from '../engine/define-rule.js'
import { pathText } from '../engine/model.js'
import { hookEntries } from '../velero/hook-keys.js'

export default defineRule({
  meta: {
    id: 'hook-annotation-on-controller',
    severity: 'error',
    docs: {
      summary: "Hook annotations on the object's own metadata of anything but a Pod.",
      description:
        'Velero reads hook annotations only from Pods (`metadata.annotations` of the Pod object). On a Deployment, StatefulSet, ' +
        'Job or any other object they are never read; the controller does not copy them to its Pods either. Only ' +
        "annotations in the pod template (`spec.template.metadata.annotations`) end up on the Pods Velero backs up.",
      fix: 'Move the annotations to the pod template: `spec.template.metadata.annotations` (for a CronJob, `spec.jobTemplate.spec.template.metadata.annotations`).',
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
        for (const entry of hookEntries(obj.annotations)) {
          context.report({
            messageId: obj.podTemplateAnnotationsPath ? 'move' : 'noPods',
            data: {
              key: entry.key,
              kind: obj.resource.kind ?? 'object',
              target: obj.podTemplateAnnotationsPath ? pathText(obj.podTemplateAnnotationsPath) : '',
            },
            node: entry.keyNode,
            resource: obj.resource,
            path: entry.path,
          })
        }
      },
    }
  },
})
