import { defineRule } from '../engine/define-rule.js'
import { FS_BACKUP_KEYS, splitVolumeNames, VOLUMES_TO_BACKUP } from '../velero/fs-backup.js'
import { quote } from './util.js'

/** Template parameters stand for text we cannot know. */
const PLACEHOLDER = /\{\{|\$\{|\$\(/
/** At most this many names in one message, each at most NAME_LENGTH characters. */
const MAX_NAMES = 10
const NAME_LENGTH = 40

/** `"a", "b" and 3 more`: names for a message, bounded in number and length. */
function nameList(names: readonly string[]): string {
  const shown = names.slice(0, MAX_NAMES).map((n) => quote(n, NAME_LENGTH))
  return names.length > MAX_NAMES ? `${shown.join(', ')} and ${names.length - MAX_NAMES} more` : shown.join(', ')
}

/** The names of one annotation value that are no volume's name: as written, and those only spaces keep from matching. */
function classify(value: string, volumes: ReadonlySet<string>): { unknown: string[]; spaced: string[] } {
  const listed = splitVolumeNames(value)
  const exact = new Set(listed)
  const unknown = new Set<string>()
  const spaced = new Set<string>()
  for (const name of listed) {
    const trimmed = name.trim()
    // An empty entry (a stray comma) names nothing and matches nothing: it does no harm.
    if (trimmed === '' || volumes.has(name)) continue
    if (volumes.has(trimmed)) {
      // " logs" next to "logs" does no harm either: the exact name matches.
      if (!exact.has(trimmed)) spaced.add(name)
    } else {
      unknown.add(name)
    }
  }
  return { unknown: [...unknown], spaced: [...spaced] }
}

export default defineRule({
  meta: {
    id: 'fs-backup-volume-unknown',
    severity: 'warning',
    docs: {
      summary: 'A name in `backup.velero.io/backup-volumes` or `…-excludes` that is not a volume of the pod.',
      description:
        'Velero cuts `backup.velero.io/backup-volumes` and `backup.velero.io/backup-volumes-excludes` at commas with ' +
        '`strings.Split(value, ",")` and never trims the parts (`GetVolumesToBackup`, `GetVolumesToExclude` in ' +
        '[`pkg/util/podvolume/pod_volume.go`](https://github.com/velero-io/velero/blob/v1.18.2/pkg/util/podvolume/pod_volume.go)); ' +
        "then it compares each name with `==` to the names in the Pod's `spec.volumes` (`shouldPerformFSBackupLegacy`, " +
        '[`internal/volumehelper/volume_policy_helper.go`](https://github.com/velero-io/velero/blob/v1.18.2/internal/volumehelper/volume_policy_helper.go)). ' +
        'A name that is no volume of the pod matches nothing: the volume that was meant is not backed up with file-system ' +
        'backup (opt-in), or not left out (opt-out, with `--default-volumes-to-fs-backup`). `data, logs` names "data" and " logs", and ' +
        'no volume is called " logs". An empty part (`data,` or `data,,logs`) names nothing and does no harm, so it is not reported. ' +
        'Pods whose volumes cannot be known (no `spec.volumes` list, a templated name, Helm `podAnnotations`) are not checked.',
      fix: 'Name volumes of the pod exactly as in `spec.volumes`, separated by commas without spaces: `backup.velero.io/backup-volumes: data,logs`.',
    },
    versions: {
      applies: 'all',
      outcomes: [
        {
          versions: 'v1.12.0 … v1.13.2',
          outcome: 'The list goes to `BackupPodVolumes` (`pkg/podvolume/backupper.go`), which logs "No volume named … found in pod …, skipping" for the name and goes on.',
        },
        {
          versions: 'v1.14.0 … v1.18.2, main',
          outcome: "Velero walks the pod's volumes and asks whether each one's name is in the list: a name that is no volume's matches nothing, and nothing is logged.",
        },
      ],
    },
    messages: {
      unknown: '"{{key}}" names {{names}}, but this pod has no volume of {{thatName}}, so {{effect}}; {{volumes}}.',
      spaced: 'Velero splits "{{key}}" at commas and does not trim spaces, so {{names}} {{isNot}} {{volumes}} and {{effect}}; write {{fixed}}.',
    },
  },
  create(context) {
    return {
      podTemplate(pod) {
        if (!pod.volumesKnown) return
        const volumeNames = pod.volumes.map((v) => v.name!)
        const volumes = new Set(volumeNames)
        for (const key of FS_BACKUP_KEYS) {
          const entry = pod.annotations.get(key)
          const value = entry?.value
          if (!entry || value === undefined || PLACEHOLDER.test(value)) continue
          const { unknown, spaced } = classify(value, volumes)
          const backup = key === VOLUMES_TO_BACKUP
          const at = { node: entry.valueNode, fallback: entry.keyNode, resource: pod.resource, path: entry.path } as const
          if (unknown.length > 0) {
            const one = unknown.length === 1
            const effect = backup ? `Velero backs up no volume for ${one ? 'it' : 'them'} with file-system backup` : `Velero leaves no volume out for ${one ? 'it' : 'them'}`
            const list = volumeNames.length > 0 ? `name volumes of this pod: ${nameList(volumeNames)}` : 'the pod has no volumes: remove the annotation'
            context.report({ ...at, messageId: 'unknown', data: { key, names: nameList(unknown), thatName: one ? 'that name' : 'these names', effect, volumes: list } })
          }
          if (spaced.length > 0) {
            const one = spaced.length === 1
            const meant = spaced.map((n) => n.trim())
            const effect = backup
              ? `${one ? 'that volume is' : 'those volumes are'} not backed up with file-system backup`
              : `${one ? 'that volume is' : 'those volumes are'} not left out (with --default-volumes-to-fs-backup, ${one ? 'it is' : 'they are'} backed up)`
            const fixed = quote(splitVolumeNames(value).map((n) => n.trim()).filter((n) => n !== '').join(','), 200)
            const data = { key, names: nameList(spaced), isNot: one ? 'is not the volume' : 'are not the volumes', volumes: nameList(meant), effect, fixed }
            context.report({ ...at, messageId: 'spaced', data })
          }
        }
      },
    }
  },
})
