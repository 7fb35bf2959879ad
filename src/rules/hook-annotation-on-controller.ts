import { defineRule } from '../engine/define-rule.js'
import { pathText, type ObjectView, type YamlPath } from '../engine/model.js'
import { hookEntries } from '../velero/hook-keys.js'

/** Where the pod template of a well-known workload lives, for objects whose template is missing. */
const WORKLOAD_TEMPLATE: Readonly<Record<string, YamlPath>> = {
  Deployment: ['spec', 'template'],
  StatefulSet: ['spec', 'template'],
  DaemonSet: ['spec', 'template'],
  ReplicaSet: ['spec', 'template'],
  ReplicationController: ['spec', 'template'],
  Job: ['spec', 'template'],
  CronJob: ['spec', 'jobTemplate', 'spec', 'template'],
  PodTemplate: ['template'],
}

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
    /** The pod-template annotations path to suggest, only when this object really has (or needs) a pod template. */
    const targetOf = (obj: ObjectView): YamlPath | undefined => {
      const suggested = obj.podTemplateAnnotationsPath
      // A CRD's spec.template counts only when it is a pod template (a Schedule's spec.template is a Backup spec).
      if (suggested && context.model.pods.some((p) => p.role === 'template' && pathText([...p.path, 'metadata', 'annotations']) === pathText(suggested))) {
        return suggested
      }
      const template = obj.resource.kind ? WORKLOAD_TEMPLATE[obj.resource.kind] : undefined
      return template ? [...obj.path, ...template, 'metadata', 'annotations'] : undefined
    }
    /**
     * The pod template's own copy of a key, same value: kustomize's commonAnnotations (and some
     * charts) write a key on the workload and on its pod template, and Velero reads the template's.
     */
    const copiedToTemplate = (target: YamlPath | undefined, key: string, value: string | undefined): boolean => {
      if (!target || value === undefined) return false
      const pod = context.model.pods.find((p) => p.role === 'template' && pathText([...p.path, 'metadata', 'annotations']) === pathText(target))
      return pod?.annotations.get(key)?.value === value
    }
    return {
      object(obj) {
        const entries = hookEntries(obj.annotations)
        if (entries.length === 0) return
        const target = targetOf(obj)
        for (const entry of entries) {
          if (copiedToTemplate(target, entry.key, entry.value)) continue
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
