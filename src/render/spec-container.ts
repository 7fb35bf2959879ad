/**
 * A Restore-spec init container as render writes it into one pod: the container Velero decodes
 * (json.Unmarshal into a corev1.Container: known fields, keys matched case-insensitively, unknown
 * ones dropped) — in every volumeMounts mode, since the Restore spells out the whole container —
 * or why it is left out. Left out, with a note, is every container that would not run as written:
 * Velero removes it (restore-wait), the API server rejects the pod (a name or image it refuses, a
 * name another container of the pod or another hook already has, a mount of a volume the pod lacks:
 * X18), or the kubelet cannot pull its image.
 */
import type { Document } from 'yaml'
import type { PlannedInitContainer } from '../engine/hook-plan-types.js'
import { CONTAINER_FIELDS } from '../engine/hook-plan-validation.js'
import type { PodTemplateTarget } from '../engine/model.js'
import { rejectionOf } from './admission.js'
import { volumeNames } from './app-mounts.js'
import type { InitContainer } from './init-container.js'

export type SpecContainerOutcome =
  | { kind: 'container'; container: InitContainer; adaptations: string[] }
  /** `name-taken`: a name clash; `invalid-hook`: anything else that would not run. */
  | { kind: 'skip'; note: 'invalid-hook' | 'name-taken'; reason: string }

const FIELD_BY_FOLDED = new Map(Object.keys(CONTAINER_FIELDS).map((f) => [f.toLowerCase(), f]))

const q = (s: unknown): string => JSON.stringify(s) ?? String(s)

/** The container Velero decodes from the spec item: known fields under their own names, in the order written. */
function decoded(written: Readonly<Record<string, unknown>>): { fields: Record<string, unknown>; dropped: string[] } {
  const fields: Record<string, unknown> = {}
  const dropped: string[] = []
  const keys = Object.keys(written)
  // Go prefers the exact key; a case-folded one fills a field only when no exact key does.
  for (const k of [...keys.filter((k) => k in CONTAINER_FIELDS), ...keys.filter((k) => !(k in CONTAINER_FIELDS))]) {
    const field = FIELD_BY_FOLDED.get(k.toLowerCase())
    if (field === undefined) dropped.push(k)
    else if (!(field in fields) && written[k] !== null) fields[field] = written[k]
  }
  // Written order, as the user wrote the container.
  const ordered: Record<string, unknown> = {}
  for (const k of keys) {
    const field = FIELD_BY_FOLDED.get(k.toLowerCase())
    if (field !== undefined && field in fields && !(field in ordered)) ordered[field] = fields[field]
  }
  return { fields: ordered, dropped }
}

/** Why `container` cannot join the pod: one of its containers (app, init, ephemeral) has its name. */
export function podNameClash(pod: PodTemplateTarget, container: InitContainer, planned: PlannedInitContainer): SpecContainerOutcome | undefined {
  if (![...pod.containers, ...pod.initContainers, ...pod.ephemeralContainers].some((c) => c.name === container.name)) return undefined
  const label = `init container ${q(container.name)} (${planned.place.file}:${planned.place.span.line})`
  return { kind: 'skip', note: 'name-taken', reason: `${label} is left out: the pod already has a container of that name, so the API server rejects the restored pod (Duplicate value)` }
}

/**
 * The container to write for `planned` into `pod`, or why not (a clash with the pod's own containers
 * is podNameClash's, checked after a render already in place). `accepted` holds the names of the
 * spec containers already written into this pod (earlier in Velero's order).
 */
export function specContainerFor(planned: PlannedInitContainer, doc: Document, pod: PodTemplateTarget, accepted: ReadonlySet<string>): SpecContainerOutcome {
  const at = `${planned.place.file}:${planned.place.span.line}`
  if (!planned.container) return { kind: 'skip', note: 'invalid-hook', reason: `the init container at ${at} is not a mapping` }
  const { fields, dropped } = decoded(planned.container)
  const container = fields as unknown as InitContainer
  const label = `init container ${q(container.name)} (${at})`
  const rejection = rejectionOf(container)
  if (rejection) return { kind: 'skip', note: 'invalid-hook', reason: `${label} is left out: ${rejection}` }
  if (accepted.has(container.name)) {
    const reason = `${label} is left out: an earlier spec init container for this pod has the same name, so the API server rejects the restored pod (Duplicate value)`
    return { kind: 'skip', note: 'name-taken', reason }
  }
  const volumes = volumeNames(doc, pod)
  const mounts = Array.isArray(fields.volumeMounts) ? (fields.volumeMounts as unknown[]) : []
  const missing = mounts.map((m) => (m !== null && typeof m === 'object' ? (m as Record<string, unknown>).name : undefined)).filter((n) => typeof n !== 'string' || !volumes.has(n))
  if (missing.length > 0) {
    const reason = `${label} is left out: it mounts ${missing.map(q).join(', ')}, which the pod has no volume for, so the API server rejects the restored pod`
    return { kind: 'skip', note: 'invalid-hook', reason }
  }
  const adaptations = dropped.map((k) => `${label}: field ${q(k)} is not a container field, so Velero drops it and so does the render`)
  return { kind: 'container', container, adaptations }
}
