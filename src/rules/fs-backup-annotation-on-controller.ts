import { defineRule } from '../engine/define-rule.js'
import { pathText } from '../engine/model.js'
import { isFsBackupKey, VOLUMES_TO_BACKUP } from '../velero/fs-backup.js'
import { copiedToTemplate, podTemplateAnnotationsTarget, quote, templateAt } from './util.js'

/** What the key on the wrong object fails to do. */
const EFFECT: Readonly<Record<string, string>> = {
  [VOLUMES_TO_BACKUP]: 'the volumes it names are not backed up with file-system backup',
  'backup.velero.io/backup-volumes-excludes': 'with --default-volumes-to-fs-backup the volumes it names are backed up anyway',
}

export default defineRule({
  meta: {
    id: 'fs-backup-annotation-on-controller',
    severity: 'error',
    docs: {
      summary: "File-system backup annotations (`backup.velero.io/backup-volumes`, `…-excludes`) on the object's own metadata of anything but a Pod.",
      description:
        'Velero reads `backup.velero.io/backup-volumes` (the volumes to back up with file-system backup, opt-in) and ' +
        '`backup.velero.io/backup-volumes-excludes` (the volumes to leave out with `--default-volumes-to-fs-backup`, opt-out) ' +
        "only from Pods: `GetVolumesToBackup(&pod)` and `GetVolumesToExclude(&pod)` in " +
        '[`pkg/util/podvolume/pod_volume.go`](https://github.com/velero-io/velero/blob/v1.18.2/pkg/util/podvolume/pod_volume.go), ' +
        'called per Pod by `shouldPerformFSBackupLegacy` ' +
        '([`internal/volumehelper/volume_policy_helper.go`](https://github.com/velero-io/velero/blob/v1.18.2/internal/volumehelper/volume_policy_helper.go), ' +
        'v1.14 and later; `GetVolumesByPod` from `pkg/backup/item_backupper.go` before). On a Deployment, StatefulSet, Job or any ' +
        'other object the key is never read, and the controller does not copy its own annotations to its Pods: the volumes are ' +
        'not backed up with file-system backup (or, for `…-excludes`, not left out). Only annotations in the pod template ' +
        '(`spec.template.metadata.annotations`) end up on the Pods Velero backs up.',
      fix:
        'Move the annotation to the pod template: `spec.template.metadata.annotations` (for a CronJob, ' +
        '`spec.jobTemplate.spec.template.metadata.annotations`). A key that the pod template also carries with the same value is not ' +
        "reported: Velero reads that copy (kustomize's `commonAnnotations` writes both). When the pod template carries the key with " +
        'another value, that value is the one Velero reads: merge the two there and delete the own copy.',
    },
    messages: {
      move: 'Velero reads "{{key}}" only from Pods, so on this {{kind}}\'s own metadata it is never read and {{effect}}; move it to {{target}}.',
      conflict:
        'Velero reads "{{key}}" only from Pods, so this {{kind}}\'s own value is never read; the pod template\'s own {{templateValue}} is what counts: merge the two in {{target}} and delete this one.',
      noPods: 'Velero reads "{{key}}" only from Pods, so on this {{kind}} it is never read and {{effect}}; put it on the Pods whose volumes it names.',
    },
  },
  create(context) {
    return {
      object(obj) {
        const entries = obj.annotations.entries.filter((e) => isFsBackupKey(e.key))
        if (entries.length === 0) return
        const target = podTemplateAnnotationsTarget(context.model, obj)
        for (const entry of entries) {
          // kustomize's commonAnnotations write the key on the pod template too: Velero reads that copy.
          if (copiedToTemplate(context.model, target, entry.key, entry.value)) continue
          const inTemplate = target ? templateAt(context.model, target)?.annotations.get(entry.key) : undefined
          const templateValue = inTemplate?.value !== undefined ? `value ${quote(inTemplate.value)}` : 'value (not a string)'
          const kind = obj.resource.kind ?? 'object'
          const effect = EFFECT[entry.key]!
          const data: Record<string, string> = target ? { key: entry.key, kind, effect, target: pathText(target), templateValue } : { key: entry.key, kind, effect }
          const messageId = !target ? 'noPods' : inTemplate ? 'conflict' : 'move'
          context.report({ messageId, data, node: entry.keyNode, resource: obj.resource, path: entry.path })
        }
      },
    }
  },
})
