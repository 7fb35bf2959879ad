/**
 * The hook plan as Markdown tables, for a GitHub job summary (`velero-hooks plan --format markdown`,
 * and the action's summary inside a collapsible section). Manifest text goes through
 * escapeMarkdown (no markup, no HTML, no cell breaks, bidi controls stripped) and is clipped; the
 * whole stops at a byte limit with a note saying how much is shown.
 */
import type { HookPlan, PlannedBackup, PlannedBackupPod, PlannedRestore, PlannedRestorePod } from '../engine/hook-plan-types.js'
import type { Place, VeleroObjectFact } from '../engine/repo-model.js'
import { BoundedLines, clip, escapeMarkdown } from './markdown.js'
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

export interface PlanMarkdownOptions {
  /** The targeted Velero version as shown ("v1.18.2", "main"). */
  veleroVersion: string
  /** Inside `<details>` (the action's job summary), with smaller headings. */
  collapsible?: boolean
  /** At most this many bytes (default: unbounded). */
  limitBytes?: number
  /** Where the whole plan can be seen, for the note when it is cut short. */
  elsewhere?: string
  /** Directories with a Helm chart or Kustomize overlay that were not rendered, so the plan does not show their pods. */
  unrendered?: readonly string[]
}

/** Room kept for the closing lines and the note when the plan is cut short. */
const RESERVE_BYTES = 1024
/** Longest manifest text one cell shows (the JSON plan keeps it whole). */
const CELL_CHARS = 300

/** Manifest text for a table cell: clipped, then escaped. */
const cell = (text: string): string => escapeMarkdown(clip(text, CELL_CHARS))

export function formatPlanMarkdown(plan: HookPlan, options: PlanMarkdownOptions): string {
  return planMarkdownOf(plan, options).markdown
}

/** The Markdown, and whether it shows the whole plan (false when the byte limit cut it short). */
export function planMarkdownOf(plan: HookPlan, options: PlanMarkdownOptions): { markdown: string; complete: boolean } {
  const limit = options.limitBytes === undefined ? Number.MAX_SAFE_INTEGER : Math.max(0, options.limitBytes - RESERVE_BYTES)
  const out = new BoundedLines(limit)
  const h = options.collapsible ? '####' : '###'
  const title = `Hook plan for Velero ${options.veleroVersion}: ${planCountWords(plan.backups, plan.restores)}`
  if (options.collapsible) out.add('<details>', `<summary>${title}</summary>`, '')
  else out.add(`## ${title}`, '')
  if (options.unrendered && options.unrendered.length > 0) out.add(unrenderedNote(options.unrendered), '')
  if (plan.backups.length === 0 && plan.restores.length === 0) out.add('No Backup, Schedule or Restore in the checked files, so no hook runs through one.')
  let shown = 0
  for (const b of plan.backups) if (addBackup(out, b, h)) shown++
  for (const r of plan.restores) if (addRestore(out, r, h)) shown++
  const total = plan.backups.length + plan.restores.length
  while (out.lines.at(-1) === '') out.lines.pop()
  const tail = out.full ? ['', cutNote(shown, total, options.elsewhere)] : []
  // HTML after Markdown needs a blank line before it.
  if (options.collapsible) tail.push('', '</details>')
  return { markdown: `${out.toString()}${tail.length > 0 ? `${tail.join('\n')}\n` : ''}`, complete: !out.full }
}

/** Directories named in the note about charts and overlays, at most. */
const UNRENDERED_SHOWN = 20

function unrenderedNote(dirs: readonly string[]): string {
  const named = dirs.slice(0, UNRENDERED_SHOWN).map(cell).join(', ')
  const more = dirs.length > UNRENDERED_SHOWN ? ` and ${(dirs.length - UNRENDERED_SHOWN).toLocaleString('en-US')} more` : ''
  return `Not in the plan: the pods of the Helm charts and Kustomize overlays in ${named}${more}, which were not rendered (charts-and-overlays off, or the render failed: see source-not-rendered).`
}

function cutNote(shown: number, total: number, elsewhere: string | undefined): string {
  const where = elsewhere ? ` The whole plan is in ${cell(elsewhere)}.` : ''
  return `> **The hook plan is cut short here:** ${shown.toLocaleString('en-US')} of ${total.toLocaleString('en-US')} Backups, Schedules and Restores are shown in full.${where}`
}

const unknown = (x: { certainty: 'yes' | 'unknown' }): string => (x.certainty === 'unknown' ? ' · certainty unknown' : '')

const podCell = (pod: PlannedBackupPod | PlannedRestorePod): string => {
  const via = 'via' in pod ? viaWords(pod) : undefined
  const notes = 'notes' in pod ? pod.notes.map((n) => RESTORE_NOTE_WORDS[n]) : []
  const more = [via, ...notes].filter((x): x is string => x !== undefined).map((x) => ` · ${cell(x)}`)
  return `${cell(podWords(pod.workload))} (${cell(at(pod.workload.place))})${unknown(pod)}${more.join('')}`
}

/** A hook's source cell: `annotation (file:line)` or `spec hook "name" (file:line)`, with its certainty. */
const sourceCell = (h: { source: 'annotation' | 'spec'; hookName?: string; place: Place; certainty: 'yes' | 'unknown' }): string =>
  `${cell(sourceWords(h.source, h.hookName))} (${cell(at(h.place))})${unknown(h)}`

/** One Backup or Schedule; false when the limit cut it. */
function addBackup(out: BoundedLines, b: PlannedBackup, h: string): boolean {
  if (!out.add(`${h} ${cell(objectWords(b.object))} · ${cell(at(b.object.place))}`, '')) return false
  if (b.invalid !== undefined && !out.add(refusedLine(b.object, b.invalid), '')) return false
  if (b.pods.length === 0) return out.add('Takes no pod in this repository.', '')
  if (!out.add('| Pod | Hook | Source | Container | Command | onError | Timeout |', '|:--|:--|:--|:--|:--|:--|:--|')) return false
  for (const pod of b.pods) if (!out.add(...backupPodRows(pod))) return false
  return out.add('')
}

function backupPodRows(pod: PlannedBackupPod): string[] {
  const rows: string[] = []
  const phases = [...pod.pre.map((hook, i) => ({ hook, step: `pre ${i + 1}` })), ...pod.post.map((hook, i) => ({ hook, step: `post ${i + 1}` }))]
  for (const { hook, step } of phases) {
    const w = backupHookWords(hook)
    rows.push(`| ${podCell(pod)} | ${step} | ${sourceCell(hook)} | ${cell(w.container)} | ${cell(w.command)} | ${cell(w.onError)} | ${cell(w.timeout)} |`)
  }
  for (const x of pod.hidden) rows.push(`| ${podCell(pod)} | hidden by annotation | ${cell(hiddenWords(x.phase, x.hook.hookName, x.hook.place))} | | | | |`)
  if (rows.length === 0) rows.push(`| ${podCell(pod)} | no hooks | | | | | |`)
  return rows
}

/** `> **Velero refuses this Backup:** why; nothing below runs until it is fixed.` */
function refusedLine(object: VeleroObjectFact, invalid: string): string {
  const [head, ...rest] = refusedWords(object, invalid).split(': ')
  return `> **${cell(head!)}:** ${escapeMarkdown(clip(rest.join(': '), CELL_CHARS * 2))}.`
}

const upperFirst = (s: string): string => `${s.charAt(0).toUpperCase()}${s.slice(1)}`

/** One Restore; false when the limit cut it. */
function addRestore(out: BoundedLines, r: PlannedRestore, h: string): boolean {
  if (!out.add(`${h} ${cell(objectWords(r.object))} · ${cell(at(r.object.place))}`, '', `${cell(upperFirst(restoreFromWords(r)))}.`, '')) return false
  if (r.invalid !== undefined && !out.add(refusedLine(r.object, r.invalid), '')) return false
  if (r.pods.length === 0) return out.add('Restores no pod of this repository.', '')
  if (!out.add('| Pod | Target namespace | Step | Source | Container or name | Command | Settings |', '|:--|:--|:--|:--|:--|:--|:--|')) return false
  for (const pod of r.pods) if (!out.add(...restorePodRows(pod))) return false
  return out.add('')
}

function restorePodRows(pod: PlannedRestorePod): string[] {
  const target = pod.targetNamespace !== undefined ? cell(pod.targetNamespace) : 'unknown'
  const row = (step: string, source: string, name: string, command: string, settings: string): string =>
    `| ${podCell(pod)} | ${target} | ${step} | ${source} | ${name} | ${command} | ${settings} |`
  const rows: string[] = []
  pod.initContainers.forEach((c, i) => {
    const w = initContainerWords(c)
    const invalid = w.invalid ? `; **${cell(w.invalid)}**` : ''
    rows.push(row(`init ${i + 1}`, sourceCell(c), cell(w.name), cell(w.command), `image ${cell(w.image)}${invalid}`))
  })
  pod.exec.forEach((hook, i) => {
    const w = execHookWords(hook)
    const settings = cell(`onError ${w.onError}, execTimeout ${w.execTimeout}, waitTimeout ${w.waitTimeout}, waitForReady ${w.waitForReady}`)
    rows.push(row(`exec ${i + 1}`, sourceCell(hook), cell(w.container), cell(w.command), settings))
  })
  for (const x of pod.hidden) rows.push(row('hidden by annotation', cell(hiddenWords(x.family, x.hookName, x.place)), '', '', ''))
  if (rows.length === 0) rows.push(row(pod.notes.includes('init-command-panics') ? 'not restored' : 'no hooks', '', '', '', ''))
  return rows
}
