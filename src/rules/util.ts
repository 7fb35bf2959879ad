/** Helpers shared by the annotation rules. */
import type { AnnotationView, PodView } from '../engine/model.js'
import { familyEntries } from '../velero/hook-keys.js'
import { FAMILIES, key, type FamilySpec, type HookFamily } from '../velero/keys.js'

export interface FamilyView {
  spec: FamilySpec
  entries: Map<string, AnnotationView>
  /** The switch entry (command, or container-image for init) when its value is a non-empty string. */
  active: boolean
  first: AnnotationView | undefined
}

/** Every rule asks for the same views of the same pod: compute them once per pod. */
const viewsByPod = new WeakMap<PodView, readonly FamilyView[]>()

export function familyViews(pod: PodView): readonly FamilyView[] {
  let views = viewsByPod.get(pod)
  if (!views) {
    views = computeFamilyViews(pod)
    viewsByPod.set(pod, views)
  }
  return views
}

function computeFamilyViews(pod: PodView): FamilyView[] {
  return FAMILIES.map((spec) => {
    const entries = familyEntries(pod.annotations, spec.family)
    const sw = entries.get(spec.switchField)
    const first = pod.annotations.entries.find((e) => e.key.startsWith(spec.prefix) && entries.get(e.key.slice(spec.prefix.length)) === e)
    return { spec, entries, active: sw?.value !== undefined && sw.value !== '', first }
  })
}

export function familyView(pod: PodView, family: HookFamily): FamilyView {
  return familyViews(pod).find((v) => v.spec.family === family)!
}

/**
 * The annotation Velero reads for one field of one family, or undefined when it is absent or when
 * Velero never reads it: the legacy `hook.backup.velero.io/*` keys are read only when
 * `pre.hook.backup.velero.io/command` is missing or empty, and then all four fields come from them
 * (velero-hooks.md §1.3). backup-hook-legacy-mixed reports the set that is ignored.
 */
export function readEntry(pod: PodView, family: HookFamily, field: string): AnnotationView | undefined {
  const switchedOn = (f: HookFamily) => {
    const v = pod.annotations.get(key(f, 'command'))?.value
    return v !== undefined && v !== ''
  }
  if (family === 'legacy-backup' && switchedOn('pre-backup')) return undefined
  if (family === 'pre-backup' && !switchedOn('pre-backup') && switchedOn('legacy-backup')) return undefined
  return pod.annotations.get(key(family, field))
}

/** A JSON array wrapped in one more pair of quotes (`|` followed by `'["a", "b"]'`): meant as JSON, read as a name. */
export const QUOTED_JSON = /^\s*['"\u2018\u2019\u201c\u201d]\s*\[/

/** Hook families whose `command` annotation Velero parses with parseStringToCommand. */
export const COMMAND_FAMILIES: readonly HookFamily[] = ['init', 'post-restore', 'pre-backup', 'post-backup', 'legacy-backup']

export function describeResource(pod: { resource: { kind?: string; name?: string } }): string {
  const kind = pod.resource.kind ?? 'object'
  return pod.resource.name ? `${kind} "${pod.resource.name}"` : kind
}

/** Show a value in a message without letting it run on or break the line. */
export function quote(value: string, max = 80): string {
  // JSON.stringify escapes line breaks and tabs itself (as \n, \t), so the message stays on one line.
  return JSON.stringify(value.length > max ? `${value.slice(0, max - 1)}…` : value)
}
