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

interface Classified {
  /** Names that are no volume's name, even trimmed, nor a claim name. */
  unknown: string[]
  /** Names that match a volume only once trimmed. */
  spaced: string[]
  /** Names that are a volume's `persistentVolumeClaim.claimName`, not its name. */
  claims: string[]
}

/** The names of one annotation value that match no volume, by why; each name once. */
function classify(value: string, volumes: ReadonlySet<string>, claims: ReadonlyMap<string, string>): Classified {
  const listed = splitVolumeNames(value)
  const exact = new Set(listed)
  const out = { unknown: new Set<string>(), spaced: new Set<string>(), claims: new Set<string>() }
  for (const name of listed) {
    const trimmed = name.trim()
    // An empty entry (a stray comma) names nothing and matches nothing: it does no harm.
    if (trimmed === '' || volumes.has(name)) continue
    // " logs" next to "logs" does no harm either: the exact name matches.
    if (volumes.has(trimmed)) {
      if (!exact.has(trimmed)) out.spaced.add(name)
    } else if (claims.has(trimmed)) {
      if (!exact.has(claims.get(trimmed)!)) out.claims.add(name)
    } else {
      out.unknown.add(name)
    }
  }
  return { unknown: [...out.unknown], spaced: [...out.spaced], claims: [...out.claims] }
}

/** The value as it was meant: parts trimmed, empty parts dropped, claim names replaced by their volume's name. */
function corrected(value: string, claims: ReadonlyMap<string, string>): string {
  const parts = splitVolumeNames(value).map((n) => n.trim()).filter((n) => n !== '')
  return quote(parts.map((n) => claims.get(n) ?? n).join(','), 200)
}

/** What Velero does not do for the volumes a name was meant for. */
function missed(backup: boolean, one: boolean): string {
  const subject = one ? 'that volume is' : 'those volumes are'
  return backup ? `${subject} not backed up with file-system backup` : `${subject} not left out (with --default-volumes-to-fs-backup, ${one ? 'it is' : 'they are'} backed up)`
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
        "then it compares each name with `==` to the names of the Pod's volumes (`shouldPerformFSBackupLegacy`, " +
        '[`internal/volumehelper/volume_policy_helper.go`](https://github.com/velero-io/velero/blob/v1.18.2/internal/volumehelper/volume_policy_helper.go)). ' +
        'A name that is no volume of the pod matches nothing: the volume that was meant is not backed up with file-system ' +
        'backup (opt-in), or not left out (opt-out, with `--default-volumes-to-fs-backup`), and no error or backup warning says so. ' +
        'Three ways it happens: a misspelt or made-up name; the PVC\'s `claimName` where the volume\'s `name` belongs; and a space ' +
        'after a comma (`data, logs` names "data" and " logs", and no volume is called " logs"). An empty part (`data,` or ' +
        '`data,,logs`) names nothing and does no harm, so it is not reported.\n\n' +
        "The pod's volumes are its `spec.volumes` and, in a StatefulSet, one per `volumeClaimTemplates` item (the controller adds " +
        'a volume of that name to every Pod). Pods whose volumes cannot be known are not checked: no `spec.volumes` list, a ' +
        'templated name, Helm `podAnnotations`. Volumes that an admission webhook adds (sidecar injectors) are not in the ' +
        'manifest: suppress the finding for those.',
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
      claim: '"{{key}}" names {{names}}, the claim name of {{volumes}}, but Velero matches volume names, not claim names, so {{effect}}; write {{fixed}}.',
    },
  },
  create(context) {
    return {
      podTemplate(pod) {
        if (!pod.volumesKnown) return
        const volumeNames = pod.volumes.map((v) => v.name!)
        const volumes = new Set(volumeNames)
        const claims = new Map<string, string>()
        for (const v of pod.volumes) if (v.claimName !== undefined && !claims.has(v.claimName)) claims.set(v.claimName, v.name!)
        for (const key of FS_BACKUP_KEYS) {
          const entry = pod.annotations.get(key)
          const value = entry?.value
          if (!entry || value === undefined || PLACEHOLDER.test(value)) continue
          const found = classify(value, volumes, claims)
          const backup = key === VOLUMES_TO_BACKUP
          const at = { node: entry.valueNode, fallback: entry.keyNode, resource: pod.resource, path: entry.path } as const
          if (found.unknown.length > 0) {
            const one = found.unknown.length === 1
            const effect = backup ? `Velero backs up no volume for ${one ? 'it' : 'them'} with file-system backup` : `Velero leaves no volume out for ${one ? 'it' : 'them'}`
            const list = volumeNames.length > 0 ? `name volumes of this pod: ${nameList(volumeNames)}` : 'the pod has no volumes: remove the annotation'
            context.report({ ...at, messageId: 'unknown', data: { key, names: nameList(found.unknown), thatName: one ? 'that name' : 'these names', effect, volumes: list } })
          }
          if (found.spaced.length > 0) {
            const one = found.spaced.length === 1
            const meant = nameList(found.spaced.map((n) => n.trim()))
            const data = { key, names: nameList(found.spaced), isNot: one ? 'is not the volume' : 'are not the volumes', volumes: meant, effect: missed(backup, one), fixed: corrected(value, claims) }
            context.report({ ...at, messageId: 'spaced', data })
          }
          if (found.claims.length > 0) {
            const one = found.claims.length === 1
            const meant = `${one ? 'volume' : 'volumes'} ${nameList(found.claims.map((n) => claims.get(n.trim())!))}`
            const data = { key, names: nameList(found.claims), volumes: meant, effect: missed(backup, one), fixed: corrected(value, claims) }
            context.report({ ...at, messageId: 'claim', data })
          }
        }
      },
    }
  },
})
