/**
 * The hook plan as text (`velero-hooks plan`): per Backup and Schedule the pods it takes and their
 * pre and post hooks in order; per Restore the pods it restores, the init containers injected and
 * the exec hooks. Every line is escaped with printable() and starts with fixed text, never with
 * manifest text, so no line can pass for a workflow command in a GitHub step log.
 */
import type { HookPlan, PlannedBackup, PlannedBackupHook, PlannedBackupPod, PlannedRestore, PlannedRestorePod } from '../engine/hook-plan-types.js'
import { printable } from '../io/printable.js'
import {
  at,
  backupHookWords,
  execHookWords,
  hiddenWords,
  initContainerWords,
  objectWords,
  planCountWords,
  podWords,
  refusedWords,
  RESTORE_NOTE_WORDS,
  restoreFromWords,
  sourceWords,
  viaWords,
} from './plan-words.js'

export interface PlanTextOptions {
  /** The targeted Velero version as shown ("v1.18.2", "main"). */
  veleroVersion: string
}

const UNKNOWN_NOTE =
  'certainty unknown: the repository cannot tell whether Velero takes the pod, or whether the hook selects it (no namespace stated, templated labels, a selector it cannot read, a backup made elsewhere); it is listed as it would be.'

export function formatPlanText(plan: HookPlan, options: PlanTextOptions): string {
  const lines: string[] = []
  if (plan.backups.length === 0 && plan.restores.length === 0) {
    lines.push(`Hook plan for Velero ${options.veleroVersion}: no Backup, Schedule or Restore in the checked files, so no hook runs through one.`)
    return `${lines.map(printable).join('\n')}\n`
  }
  lines.push(`Hook plan for Velero ${options.veleroVersion}: ${planCountWords(plan.backups, plan.restores)}`)
  for (const b of plan.backups) lines.push('', ...backupLines(b))
  for (const r of plan.restores) lines.push('', ...restoreLines(r))
  if (lines.some((l) => l.includes(UNKNOWN))) lines.push('', UNKNOWN_NOTE)
  return `${lines.map(printable).join('\n')}\n`
}

function backupLines(b: PlannedBackup): string[] {
  const lines = [`${objectWords(b.object)} (${at(b.object.place)})`]
  if (b.invalid !== undefined) lines.push(`  ${refusedWords(b.object, b.invalid)}`)
  if (b.pods.length === 0) lines.push('  takes no pod in this repository')
  for (const pod of b.pods) lines.push(...backupPodLines(pod))
  return lines
}

const UNKNOWN = ', certainty unknown'
const unknown = (x: { certainty: 'yes' | 'unknown' }): string => (x.certainty === 'unknown' ? UNKNOWN : '')

const podLine = (pod: PlannedBackupPod | PlannedRestorePod, extra: string): string => `  - ${podWords(pod.workload)} (${at(pod.workload.place)})${extra}${unknown(pod)}`

function backupPodLines(pod: PlannedBackupPod): string[] {
  const lines = [podLine(pod, '')]
  const via = viaWords(pod)
  if (via) lines.push(`      ${via}`)
  const hook = (phase: string) => (h: PlannedBackupHook, i: number) => {
    const w = backupHookWords(h)
    return `      ${phase} ${i + 1}. ${sourceWords(h.source, h.hookName)} (${at(h.place)}): container ${w.container}, command ${w.command}, onError ${w.onError}, timeout ${w.timeout}${unknown(h)}`
  }
  lines.push(...pod.pre.map(hook('pre ')), ...pod.post.map(hook('post')))
  for (const x of pod.hidden) lines.push(`      hidden by annotation: ${hiddenWords(x.phase, x.hook.hookName, x.hook.place)}`)
  if (pod.pre.length === 0 && pod.post.length === 0 && pod.hidden.length === 0) lines.push('      no hooks')
  return lines
}

function restoreLines(r: PlannedRestore): string[] {
  const lines = [`${objectWords(r.object)} (${at(r.object.place)}), ${restoreFromWords(r)}`]
  if (r.invalid !== undefined) lines.push(`  ${refusedWords(r.object, r.invalid)}`)
  if (r.pods.length === 0) lines.push('  restores no pod of this repository')
  for (const pod of r.pods) lines.push(...restorePodLines(pod))
  return lines
}

function restorePodLines(pod: PlannedRestorePod): string[] {
  const target = pod.targetNamespace !== undefined ? `, target namespace ${pod.targetNamespace}` : ', target namespace unknown (none stated)'
  const lines = [podLine(pod, target), ...pod.notes.map((n) => `      note: ${RESTORE_NOTE_WORDS[n]}`)]
  pod.initContainers.forEach((c, i) => {
    const w = initContainerWords(c)
    const invalid = w.invalid ? `; ${w.invalid}` : ''
    lines.push(`      init ${i + 1}. ${sourceWords(c.source, c.hookName)} (${at(c.place)}): name ${w.name}, image ${w.image}, command ${w.command}${unknown(c)}${invalid}`)
  })
  pod.exec.forEach((h, i) => {
    const w = execHookWords(h)
    lines.push(
      `      exec ${i + 1}. ${sourceWords(h.source, h.hookName)} (${at(h.place)}): container ${w.container}, command ${w.command}, onError ${w.onError}, ` +
        `execTimeout ${w.execTimeout}, waitTimeout ${w.waitTimeout}, waitForReady ${w.waitForReady}${unknown(h)}`,
    )
  })
  for (const x of pod.hidden) lines.push(`      hidden by annotation: ${hiddenWords(x.family, x.hookName, x.place)}`)
  if (pod.initContainers.length === 0 && pod.exec.length === 0 && pod.hidden.length === 0 && !pod.notes.includes('init-command-panics')) lines.push('      no hooks')
  return lines
}
