/**
 * Mode `app`: the first app container's volumeMounts, copied into the init container as the design
 * document shows (velero-hooks.md §2.1) and adapted so the result is a pod the API server and the
 * kubelet accept (velero/pod-validation.ts). Every adaptation is said in a sentence, which render
 * prints as a note:
 *
 * - a mount of a volume the pod does not have (in `volumes`, or a StatefulSet's `volumeClaimTemplates`)
 *   is not copied (the API server rejects it);
 * - `mountPropagation: Bidirectional` is dropped (only privileged containers may use it; the init
 *   container is not privileged), so the volume is mounted without propagation;
 * - a mount whose `subPathExpr` uses variables is not copied (the init container defines no
 *   environment, so the kubelet would fail it with "missing value for …").
 */
import { isMap, isSeq, type Document } from 'yaml'
import { deref, getPair, type PodTemplateTarget } from '../engine/model.js'
import { subPathExprVariables } from '../velero/pod-validation.js'

export interface AppMounts {
  /** The mounts to write, as plain data (all fields, aliases resolved). */
  mounts: unknown[]
  adaptations: string[]
}

/** The string at `key` of each mapping in `seq` (at `inner` first, when given). */
function namesIn(doc: Document, seq: unknown, inner?: string): string[] {
  const list = deref(doc, seq)
  if (!isSeq(list)) return []
  return list.items.flatMap((item) => {
    let map = deref(doc, item)
    if (inner !== undefined && isMap(map)) map = deref(doc, getPair(map, inner)?.value)
    const name = isMap(map) ? deref(doc, getPair(map, 'name')?.value) : undefined
    const value = (name as { value?: unknown } | undefined)?.value
    return typeof value === 'string' ? [value] : []
  })
}

/**
 * The volumes the pods get: `spec.volumes`, plus a StatefulSet's `volumeClaimTemplates` (its
 * controller adds a volume of each claim's name to every pod; apps validation leaves the template's
 * mounts unchecked for that reason).
 */
export function volumeNames(doc: Document, pod: PodTemplateTarget): Set<string> {
  const names = new Set(namesIn(doc, getPair(pod.spec, 'volumes')?.value))
  if (pod.path[pod.path.length - 1] === 'template') {
    const owner = deref(doc, doc.getIn(pod.path.slice(0, -1), true))
    if (isMap(owner)) for (const n of namesIn(doc, getPair(owner, 'volumeClaimTemplates')?.value, 'metadata')) names.add(n)
  }
  return names
}

/** The first app container's volumeMounts as written (plain data), or []. */
function firstAppMounts(doc: Document, pod: PodTemplateTarget): unknown[] {
  const containers = deref(doc, getPair(pod.spec, 'containers')?.value)
  if (!isSeq(containers)) return []
  const first = deref(doc, containers.items[0])
  if (!isMap(first)) return []
  const mounts = deref(doc, getPair(first, 'volumeMounts')?.value)
  return isSeq(mounts) ? (mounts.toJS(doc) as unknown[]) : []
}

const show = (v: unknown): string => JSON.stringify(v) ?? String(v)

/** One mount: the mount to copy (possibly changed) or undefined, and what was done to it. */
function adapt(mount: unknown, volumes: ReadonlySet<string>): { mount?: unknown; adaptation?: string } {
  if (mount === null || typeof mount !== 'object' || Array.isArray(mount)) return { mount }
  const m = mount as Record<string, unknown>
  const what = `volume mount ${show(m.name)} at ${show(m.mountPath)}`
  if (typeof m.name !== 'string' || !volumes.has(m.name)) {
    return { adaptation: `${what} is not copied: the pod has no volume ${show(m.name)}, so the API server would reject the init container` }
  }
  const variables = typeof m.subPathExpr === 'string' ? subPathExprVariables(m.subPathExpr) : []
  if (variables.length > 0) {
    const names = variables.map((v) => `$(${v})`).join(', ')
    return {
      adaptation: `${what} is not copied: its subPathExpr uses ${names}, which the init container does not define (it has no env), so the kubelet would not start it`,
    }
  }
  if (m.mountPropagation === 'Bidirectional') {
    const { mountPropagation: _dropped, ...rest } = m
    return {
      mount: rest,
      adaptation: `${what} is copied without "mountPropagation: Bidirectional": only privileged containers may use it, and the init container is not privileged`,
    }
  }
  return { mount }
}

export function appVolumeMounts(doc: Document, pod: PodTemplateTarget): AppMounts {
  const source = firstAppMounts(doc, pod)
  const out: AppMounts = { mounts: [], adaptations: [] }
  if (source.length === 0) return out
  const volumes = volumeNames(doc, pod)
  for (const mount of source) {
    const { mount: kept, adaptation } = adapt(mount, volumes)
    if (kept !== undefined) out.mounts.push(kept)
    if (adaptation) out.adaptations.push(adaptation)
  }
  return out
}
