import { defineRule } from '../engine/define-rule.js'
import { key, RESERVED_INIT_CONTAINER_NAMES } from '../velero/keys.js'
import { initHookStage, initNameClash, quote } from './util.js'

export default defineRule({
  meta: {
    id: 'init-hook-name-conflict',
    severity: 'error',
    docs: {
      summary: '`container-name` equals a container of the pod, or `restore-wait`/`restic-wait`.',
      description:
        'Velero injects the hook container without checking names. A name already used by a container, init container or ' +
        'ephemeral container makes the API server reject the restored Pod ("Duplicate value", velero#5193); this includes a pod ' +
        "whose manifest already holds the rendered hook container, since Velero injects it again. `restore-wait` and `restic-wait` " +
        "are Velero's own file-system-restore containers: since v1.17 Velero deletes init containers with those names " +
        '(pod_volume_restore_action.go at v1.18.2). Nothing is reported when Velero builds no init container (no image) or panics ' +
        'before the create (no command, up to v1.18.2).',
      fix: 'Choose a name no container of the pod uses (e.g. `velero-restore-init`); do not commit the injected container into the pod spec.',
    },
    messages: {
      duplicate:
        'Init hook name {{name}} is already used by {{where}} of this pod, so Velero injects a duplicate and the API server rejects the restored pod; choose another name.',
      reserved:
        'Init hook name {{name}} is the name of Velero\'s own file-system restore container, so Velero (v1.17 and later) deletes the injected hook container and it never runs; choose another name.',
    },
  },
  create(context) {
    return {
      podTemplate(pod) {
        const entry = pod.annotations.get(key('init', 'container-name'))
        const value = entry?.value
        if (!entry || value === undefined || value === '') return
        const stage = initHookStage(pod)
        const base = { node: entry.valueNode, resource: pod.resource, path: entry.path, data: { name: quote(value), where: '' } }
        if (RESERVED_INIT_CONTAINER_NAMES.includes(value)) {
          if (stage === 'removed') context.report({ ...base, messageId: 'reserved' })
          return
        }
        // Only when the API server sees the pod: no image, no hook; no command, Velero panics first.
        const where = stage === 'rejected' ? initNameClash(pod, value) : undefined
        if (where) context.report({ ...base, messageId: 'duplicate', data: { ...base.data, where } })
      },
    }
  },
})
