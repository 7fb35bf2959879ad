/**
 * The file-system backup (FSB) annotations, as Velero reads them (github.com/velero-io/velero; the Go
 * module path is still github.com/vmware-tanzu/velero).
 *
 * - The keys: `VolumesToBackupAnnotation` and `VolumesToExcludeAnnotation`
 *   (pkg/apis/velero/v1/labels_annotations.go, v1.12.0 … v1.18.2 and main).
 * - Velero reads them only from a Pod's `metadata.annotations`: `GetVolumesToBackup(&pod)` and
 *   `GetVolumesToExclude(&pod)` (pkg/util/podvolume/pod_volume.go), called per Pod by
 *   `shouldPerformFSBackupLegacy` (internal/volumehelper/volume_policy_helper.go, v1.14.0 … main) and by
 *   `GetVolumesByPod` (v1.12.0 … v1.13.x, from pkg/backup/item_backupper.go). Nothing copies a
 *   workload's own annotations to its Pods.
 * - The value is cut with `strings.Split(value, ",")`, never trimmed: `"data, logs"` names "data" and
 *   " logs", and " logs" is no volume's name. An empty value names nothing.
 * - backup-volumes is read only without `--default-volumes-to-fs-backup` (opt-in), excludes only with it
 *   (opt-out). The names are compared with `==` to each volume's name:
 *   - v1.14.0 … main: Velero walks `pod.Spec.Volumes` and asks whether each volume's name is in the
 *     list, so a name that is no volume's simply matches nothing, without a word in any log;
 *   - v1.12.0 … v1.13.x: the list itself goes to `BackupPodVolumes` (pkg/podvolume/backupper.go), which
 *     logs "No volume named %s found in pod %s/%s, skipping" and goes on.
 *   For excludes, a name that is no volume's excludes nothing.
 */

export const VOLUMES_TO_BACKUP = 'backup.velero.io/backup-volumes'
export const VOLUMES_TO_EXCLUDE = 'backup.velero.io/backup-volumes-excludes'

/** The two keys, opt-in first. */
export const FS_BACKUP_KEYS: readonly string[] = [VOLUMES_TO_BACKUP, VOLUMES_TO_EXCLUDE]

export function isFsBackupKey(key: string): boolean {
  return key === VOLUMES_TO_BACKUP || key === VOLUMES_TO_EXCLUDE
}

/** The volume names Velero reads from a value: Go's `strings.Split(value, ",")`, untrimmed. */
export function splitVolumeNames(value: string): string[] {
  // For a non-empty separator, String.prototype.split and strings.Split agree ("" gives [""]).
  return value.split(',')
}
