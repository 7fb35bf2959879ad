/**
 * Why Velero refuses a Backup, Schedule template or Restore before any hook runs, for the hook
 * plan's `invalid`: the object then ends FailedValidation (or Failed), nothing is backed up or
 * restored and no hook runs; the plan still lists what it would do once fixed.
 *
 * - labelSelector and orLabelSelectors both set: backup_controller.go `prepareBackupRequest`
 *   ("encountered labelSelector as well as orLabelSelectors in backup spec, only one can be
 *   specified") and restore_controller.go `validateAndComplete` (same for restore spec), v1.18.2;
 * - a Restore with both or neither of backupName and scheduleName (`backupXorScheduleProvided`);
 * - a spec hook's labelSelector that LabelSelectorAsSelector refuses (backup: getResourceHooks fails
 *   the Backup; restore: GetRestoreHooksFromSpec adds a validation error), §1.3, §2.3;
 * - a Restore init container that ValidateContainer refuses (§2.4).
 */
import { describeVeleroObject, pentry, pget, pitems, placeOf, pstring, pstrings, type PEntry, type PMap, type PNode, type VeleroObjectFact } from './repo-model.js'
import { hookResourceEntries, readSelectorEntry } from './repo-select.js'

const isSet = (spec: PMap | undefined, key: string): boolean => {
  const entry = pentry(spec, key)
  return entry !== undefined && !(entry.value.kind === 'scalar' && entry.value.value === null)
}

function selectorsProblem(o: VeleroObjectFact): string | undefined {
  if (!isSet(o.spec, 'labelSelector') || !isSet(o.spec, 'orLabelSelectors')) return undefined
  return `${describeVeleroObject(o)} sets both labelSelector and orLabelSelectors, so Velero fails its validation`
}

function hookSelectorProblem(o: VeleroObjectFact): string | undefined {
  for (const entry of hookResourceEntries(o.spec)) {
    const problem = readSelectorEntry(pentry(entry, 'labelSelector'))?.problem
    if (problem) {
      const name = pstring(pget(entry, 'name'))
      const at = placeOf(o.file, pget(entry, 'labelSelector')!)
      return `${describeVeleroObject(o)} has a hook${name ? ` "${name}"` : ''} whose labelSelector Velero cannot use (${problem}, ${at.file}:${at.span.line}), so Velero fails it`
    }
  }
  return undefined
}

/** The first init container of a Restore that Velero's ValidateContainer refuses. */
export function restoreInitContainerProblem(restore: VeleroObjectFact): string | undefined {
  for (const entry of hookResourceEntries(restore.spec)) {
    for (const item of pitems(pget(entry, 'postHooks'))) {
      const init = pentry(item, 'init')
      if (init?.value.kind !== 'map') continue
      for (const node of pitems(pget(init.value, 'initContainers'))) {
        const problem = validateContainerProblem(node)
        if (problem) {
          const at = placeOf(restore.file, node)
          return `${describeVeleroObject(restore)} fails validation, so Velero restores nothing with it: its init container at ${at.file}:${at.span.line} is refused (${problem})`
        }
      }
    }
  }
  return undefined
}

export function backupValidationProblem(o: VeleroObjectFact): string | undefined {
  return selectorsProblem(o) ?? hookSelectorProblem(o)
}

export function restoreValidationProblem(restore: VeleroObjectFact): string | undefined {
  const backupName = pstring(pget(restore.spec, 'backupName')) || undefined
  const scheduleName = pstring(pget(restore.spec, 'scheduleName')) || undefined
  if ((backupName === undefined) === (scheduleName === undefined)) {
    const which = backupName === undefined ? 'neither backupName nor scheduleName' : 'both backupName and scheduleName'
    return `${describeVeleroObject(restore)} names ${which}, so Velero fails its validation`
  }
  return selectorsProblem(restore) ?? hookSelectorProblem(restore) ?? restoreInitContainerProblem(restore)
}

/** corev1.Container's JSON fields by the JSON type Go decodes them into (k8s.io/api core/v1 types.go). */
export const CONTAINER_FIELDS: Readonly<Record<string, 'string' | 'strings' | 'maps' | 'map' | 'bool'>> = {
  name: 'string',
  image: 'string',
  command: 'strings',
  args: 'strings',
  workingDir: 'string',
  ports: 'maps',
  envFrom: 'maps',
  env: 'maps',
  resources: 'map',
  resizePolicy: 'maps',
  restartPolicy: 'string',
  restartPolicyRules: 'maps',
  volumeMounts: 'maps',
  volumeDevices: 'maps',
  livenessProbe: 'map',
  readinessProbe: 'map',
  startupProbe: 'map',
  lifecycle: 'map',
  terminationMessagePath: 'string',
  terminationMessagePolicy: 'string',
  imagePullPolicy: 'string',
  securityContext: 'map',
  stdin: 'bool',
  stdinOnce: 'bool',
  tty: 'bool',
}

/** The entry Go's encoding/json decodes a struct field from: the exact key, else one equal under case folding. */
export function goJsonEntry(node: PNode | undefined, field: string): PEntry | undefined {
  if (node?.kind !== 'map') return undefined
  const exact = pentry(node, field)
  if (exact) return exact
  const folded = field.toLowerCase()
  return node.entries.find((e) => e.key.toLowerCase() === folded)
}

function hasGoType(node: PNode, type: (typeof CONTAINER_FIELDS)[string]): boolean {
  if (node.kind === 'scalar' && node.value === null) return true // JSON null leaves the field empty
  switch (type) {
    case 'string':
      return node.kind === 'scalar' && node.isString
    case 'bool':
      return node.kind === 'scalar' && typeof node.value === 'boolean'
    case 'strings':
      return pstrings(node) !== undefined
    case 'map':
      return node.kind === 'map'
    case 'maps':
      return node.kind === 'seq' && node.items.every((i) => i.kind === 'map' || (i.kind === 'scalar' && i.value === null))
  }
}

/**
 * Why Velero's ValidateContainer refuses a spec init container (internal/hook/item_hook_handler.go):
 * json.Unmarshal into a corev1.Container fails (a field of the wrong JSON type; keys match
 * case-insensitively, unknown keys are ignored), or name, image or a non-empty command is missing.
 * The Restore then fails validation. Types are checked one level deep.
 */
export function validateContainerProblem(node: PNode): string | undefined {
  if (node.kind !== 'map') return 'it is not a mapping, so it does not decode as a container'
  for (const [field, type] of Object.entries(CONTAINER_FIELDS)) {
    const entry = goJsonEntry(node, field)
    if (entry && !hasGoType(entry.value, type)) return `its ${field} is not ${GO_TYPE_WORDS[type]}, so it does not decode as a container`
  }
  const text = (field: string): string | undefined => pstring(goJsonEntry(node, field)?.value)
  if (!text('name') || !text('image') || (pstrings(goJsonEntry(node, 'command')?.value) ?? []).length === 0) {
    return "it doesn't have Command, Name or Image field"
  }
  return undefined
}

const GO_TYPE_WORDS = { string: 'a string', strings: 'a list of strings', maps: 'a list of mappings', map: 'a mapping', bool: 'true or false' } as const
