import { defineRule } from '../engine/define-rule.js'
import type { PodView } from '../engine/model.js'
import type { HookFamily } from '../velero/keys.js'
import { backupHookAcceptsSidecar, formatVersion, missingRestoreExecContainer, type MissingRestoreContainer, type VeleroVersion } from '../velero/versions.js'
import { containerNameMatches, familyView, quote, readEntry } from './util.js'

const FAMILIES: readonly HookFamily[] = ['post-restore', 'pre-backup', 'post-backup', 'legacy-backup']

type MessageId = 'restoreDiscarded' | 'restoreHangs' | 'restoreWaits' | 'backup' | 'backupSidecar'

const RESTORE_MESSAGE: Record<MissingRestoreContainer, MessageId> = {
  discarded: 'restoreDiscarded',
  hangs: 'restoreHangs',
  'hangs-until-resource-timeout': 'restoreWaits',
}

/** The names a hook of this family may name on this version, and the native sidecars among the pod's init containers. */
function targets(pod: PodView, restore: boolean, version: VeleroVersion): { allowed: string[]; sidecars: string[] } {
  const containerNames = pod.containers.map((c) => c.name).filter((n): n is string => n !== undefined)
  const sidecars = pod.initContainers.filter((c) => c.restartPolicy === 'Always' && c.name).map((c) => c.name!)
  const withSidecars = !restore && backupHookAcceptsSidecar(version)
  return { allowed: withSidecars ? [...containerNames, ...sidecars] : containerNames, sidecars }
}

export default defineRule({
  meta: {
    id: 'hook-unknown-container',
    severity: 'error',
    docs: {
      summary: "A hook's `container` is not a container that Velero runs that hook in.",
      description:
        'Restore exec hooks look the container up in `spec.containers` only (`podHasContainer`, every version): a missing name, an init ' +
        'container or a native sidecar makes Velero discard the hooks ("does not have container … discarding post-restore exec hooks"). ' +
        'Since v1.14 the discarded hook stays in the restore\'s hook tracker, so the Restore waits in Finalizing forever ' +
        '(velero#9749); Velero main stops waiting after `--resource-timeout` (10m by default) and the Restore ends PartiallyFailed. ' +
        'Backup hooks fail with "no such container" for a name that is not in `spec.containers`; only Velero main also accepts native ' +
        'sidecars (init containers with `restartPolicy: Always`, velero#9403). A container name holding a template parameter ' +
        '(OpenShift `${NAME}`) may stand for any name, so it is not checked; settings of a hook with no command are hook-orphan-setting business.',
      fix: 'Name one of the containers of the pod, or remove the annotation to use the first container.',
    },
    versions: {
      applies: 'all; the restore consequence differs from v1.14 and on main, native sidecars are backup targets only on main',
      outcomes: [
        {
          versions: 'v1.12.0 … v1.13.2',
          outcome: 'Restore exec hook on a missing container: discarded, the restore goes on. Backup hook on a native sidecar: "no such container".',
        },
        {
          versions: 'v1.14.0 … v1.18.2',
          outcome: 'Restore exec hook on a missing container: discarded, and the Restore hangs in Finalizing forever. Backup hook on a native sidecar: "no such container".',
        },
        {
          versions: 'main',
          outcome: 'Restore: discarded, and the Restore waits until `--resource-timeout`, then ends PartiallyFailed. Backup hooks may target native sidecars.',
        },
      ],
    },
    messages: {
      restoreDiscarded: 'Container {{name}} is not in spec.containers ({{known}}), so Velero {{version}} discards this restore exec hook; name one of them.',
      restoreHangs:
        'Container {{name}} is not in spec.containers ({{known}}), so Velero {{version}} discards this restore exec hook and the Restore hangs in Finalizing forever (velero#9749); name one of them.',
      restoreWaits:
        'Container {{name}} is not in spec.containers ({{known}}), so Velero main discards this restore exec hook and the Restore waits in Finalizing until --resource-timeout (10m by default), then ends PartiallyFailed; name one of them.',
      backup: 'Container {{name}} is not {{what}} of this pod ({{known}}), so Velero {{version}} fails the backup hook with "no such container"; name one of them.',
      backupSidecar:
        'Container {{name}} is a native sidecar, and Velero {{version}} runs backup hooks only in spec.containers ({{known}}), so the hook fails with "no such container" (only Velero main accepts sidecars); name one of them.',
    },
  },
  create(context) {
    const version = context.veleroVersion
    return {
      podTemplate(pod) {
        if (!pod.containersKnown) return
        for (const family of FAMILIES) {
          // No command, no hook: its settings are hook-orphan-setting business.
          const entry = familyView(pod, family).active ? readEntry(pod, family, 'container') : undefined
          const value = entry?.value
          if (!entry || value === undefined || value === '') continue
          const restore = family === 'post-restore'
          const { allowed, sidecars } = targets(pod, restore, version)
          if (allowed.some((name) => containerNameMatches(name, value))) continue
          const messageId = restore ? RESTORE_MESSAGE[missingRestoreExecContainer(version)] : sidecars.includes(value) ? 'backupSidecar' : 'backup'
          const what = backupHookAcceptsSidecar(version) ? 'a container or native sidecar' : 'in spec.containers'
          context.report({
            messageId,
            data: { name: quote(value), known: allowed.map((n) => `"${n}"`).join(', ') || 'none', version: formatVersion(version), what },
            node: entry.valueNode,
            resource: pod.resource,
            path: entry.path,
          })
        }
      },
    }
  },
})
