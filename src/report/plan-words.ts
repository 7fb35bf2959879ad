/**
 * The words the hook plan's text and Markdown forms share: how a pod, a Velero object, a hook's
 * source and its settings read. Raw text from the manifests: each format escapes it its own way
 * (printable for text, escapeMarkdown for Markdown).
 */
import type {
  HookSource,
  PlannedBackup,
  PlannedBackupHook,
  PlannedBackupPod,
  PlannedInitContainer,
  PlannedRestore,
  PlannedRestoreExecHook,
  RestorePodNote,
} from '../engine/hook-plan-types.js'
import type { Place, VeleroObjectFact, WorkloadFact } from '../engine/repo-model.js'

/** `file:line` of a place. */
export const at = (p: Place): string => `${p.file}:${p.span.line}`

/** "Deployment shop/web": kind/namespace/name, saying when the namespace is not stated. */
export function podWords(w: WorkloadFact): string {
  return `${w.kind} ${w.namespace ?? '(no namespace)'}/${w.name ?? '(unnamed)'}`
}

/** "Backup velero/nightly". */
export function objectWords(v: VeleroObjectFact): string {
  return `${v.kind} ${v.namespace !== undefined ? `${v.namespace}/` : ''}${v.name ?? '(unnamed)'}`
}

/** "annotation" or `spec hook "freeze"`, without the place. */
export function sourceWords(source: HookSource, hookName: string | undefined): string {
  if (source === 'annotation') return 'annotation'
  return hookName !== undefined ? `spec hook "${hookName}"` : 'spec hook'
}

/** A command as Velero runs it: a JSON array of its arguments. */
export const commandWords = (command: readonly string[]): string => JSON.stringify(command)

const mark = (value: string, defaulted: boolean): string => (defaulted ? `${value} (default)` : value)

/** The container a hook runs in, "(default)" when Velero picks the pod's first container. */
function containerWords(container: string | undefined, defaulted: boolean): string {
  if (container === undefined) return "the pod's first container (unknown)"
  return mark(container, defaulted)
}

/** A backup hook's settings as Velero applies them, defaulted ones marked. */
export interface BackupHookWords {
  container: string
  command: string
  onError: string
  timeout: string
}

export function backupHookWords(h: PlannedBackupHook): BackupHookWords {
  const d = new Set<string>(h.defaulted)
  return {
    container: containerWords(h.container, d.has('container')),
    command: commandWords(h.command),
    onError: mark(h.onError, d.has('onError')),
    timeout: mark(h.timeout, d.has('timeout')),
  }
}

export interface ExecHookWords {
  container: string
  command: string
  onError: string
  execTimeout: string
  waitTimeout: string
  waitForReady: string
}

export function execHookWords(h: PlannedRestoreExecHook): ExecHookWords {
  const d = new Set<string>(h.defaulted)
  return {
    container: containerWords(h.container, d.has('container')),
    command: commandWords(h.command),
    onError: mark(h.onError, d.has('onError')),
    execTimeout: mark(h.execTimeout, d.has('execTimeout')),
    waitTimeout: mark(h.waitTimeout, d.has('waitTimeout')),
    waitForReady: mark(String(h.waitForReady), d.has('waitForReady')),
  }
}

export interface InitContainerWords {
  name: string
  image: string
  command: string
  /** Why Velero refuses it (the Restore fails validation), or undefined. */
  invalid: string | undefined
}

export function initContainerWords(c: PlannedInitContainer): InitContainerWords {
  return {
    name: c.defaulted.includes('name') ? 'velero-restore-init-<random> (default)' : c.name === '' ? '(none)' : c.name,
    image: c.image ?? '(none)',
    command: c.command.length > 0 ? commandWords(c.command) : "[] (the image's entrypoint runs)",
    invalid: c.invalid !== undefined ? `Velero refuses it (${c.invalid}): the Restore fails validation and restores nothing` : undefined,
  }
}

/** How a pod came into a Backup, when not through its own filters: "with PVC data of Deployment shop/web (apps/web.yaml:4)". */
export function viaWords(pod: PlannedBackupPod): string | undefined {
  if (pod.via !== 'shared-pvc' || !pod.sharedWith) return undefined
  const w = pod.sharedWith.workload
  return `taken because it mounts PVC ${pod.sharedWith.claimName} of ${podWords(w)} (${at(w.place)}), although the Backup's labels miss it`
}

/** What a restored pod's notes mean. */
export const RESTORE_NOTE_WORDS: Readonly<Record<RestorePodNote, string>> = {
  'job-template': "a Job's pod: Velero restores it as an orphan that the restored Job does not adopt, and the Job's new pods get no hooks",
  'init-command-panics': 'its init annotation has an image but no command: Velero panics on it and does not restore this pod, so no hook reaches it',
}

/** What a Restore restores from: "restores from nightly: Schedule velero/nightly (velero/nightly.yaml:4)". */
export function restoreFromWords(r: PlannedRestore): string {
  // The Restore's `invalid` says what Velero does with it.
  if (r.backup === undefined) return 'names no backupName or scheduleName'
  if (!r.source) return `restores from ${r.backup} (not in this repository)`
  return `restores from ${r.backup}: ${objectWords(r.source)} (${at(r.source.place)})`
}

/** "1 Backup, 2 Schedules, 1 Restore". */
export function planCountWords(backups: readonly PlannedBackup[], restores: readonly PlannedRestore[]): string {
  const n = (count: number, word: string): string => `${count} ${word}${count === 1 ? '' : 's'}`
  const schedules = backups.filter((b) => b.object.kind === 'Schedule').length
  return `${n(backups.length - schedules, 'Backup')}, ${n(schedules, 'Schedule')}, ${n(restores.length, 'Restore')}`
}

/** A hidden hook's phase or family and where it is: `pre spec hook "x" (velero/b.yaml:18)`. */
export function hiddenWords(what: string, hookName: string | undefined, place: Place): string {
  return `${what} ${sourceWords('spec', hookName)} (${at(place)})`
}

/**
 * The line for a Backup, Schedule or Restore that Velero refuses before any hook runs (`invalid`):
 * "Velero refuses this Backup: <why>; nothing below runs until it is fixed".
 */
export function refusedWords(object: VeleroObjectFact, invalid: string): string {
  const what = object.kind === 'Schedule' ? 'the Backups of this Schedule' : `this ${object.kind}`
  return `Velero refuses ${what}: ${invalid.replace(/\.$/, '')}; nothing below runs until it is fixed`
}
