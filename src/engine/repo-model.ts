/**
 * The repository model: what the cross-resource step (the hook plan and its rules) knows about every
 * file at once. Workloads with their namespace, pod labels, containers and volumes; Velero Backups,
 * Schedules and Restores with their specs. Plain data with positions (no parser nodes): it is made in
 * whichever thread linted the file and crosses to the main thread by structured clone.
 *
 * "Unknown" is not "absent": a field the file did not state plainly (templated, an alias we did not
 * follow, not a string) is undefined or flagged unknown, and cross-resource rules say nothing about it.
 */
import type { Span } from '../yaml/parse.js'

/** Where a fact was written: the file (relative, '/' separators), the span and the YAML path as text. */
export interface Place {
  readonly file: string
  readonly span: Span
  readonly path: string
}

// ---------------------------------------------------------------------------------------------
// Positioned plain YAML: a Velero object's spec as data, every node with its place.

export type PNode = PMap | PSeq | PScalar

interface PNodeBase {
  readonly span: Span
  /** YAML path of the node as text (pathText). */
  readonly path: string
  /**
   * The file the span is in, when it is not the object's own: a rendered chart's value may be
   * written in a values file while its object is in a template (placeOf reads it).
   */
  readonly file?: string
}

export interface PEntry {
  readonly key: string
  readonly keySpan: Span
  /** The file keySpan is in, when it is not the object's own (see PNodeBase.file). */
  readonly keyFile?: string
  readonly value: PNode
}

export interface PMap extends PNodeBase {
  readonly kind: 'map'
  readonly entries: readonly PEntry[]
}

export interface PSeq extends PNodeBase {
  readonly kind: 'seq'
  readonly items: readonly PNode[]
}

export interface PScalar extends PNodeBase {
  readonly kind: 'scalar'
  /** null for `key:` with no value and for `~`/`null`. */
  readonly value: string | number | boolean | null
  /** True for a string scalar (quoted or plain text that YAML reads as a string). */
  readonly isString: boolean
}

/** The value of `key` in a map node (the last one when a key repeats, as decoders do). */
export function pget(node: PNode | undefined, key: string): PNode | undefined {
  return pentry(node, key)?.value
}

/** The entry (key and value) of `key` in a map node. */
export function pentry(node: PNode | undefined, key: string): PEntry | undefined {
  if (node?.kind !== 'map') return undefined
  let found: PEntry | undefined
  for (const e of node.entries) if (e.key === key) found = e
  return found
}

export function pstring(node: PNode | undefined): string | undefined {
  return node?.kind === 'scalar' && node.isString ? (node.value as string) : undefined
}

export function pitems(node: PNode | undefined): readonly PNode[] {
  return node?.kind === 'seq' ? node.items : []
}

/** A list of strings; undefined when the node is absent or not a list of plain strings. */
export function pstrings(node: PNode | undefined): string[] | undefined {
  if (node?.kind !== 'seq') return undefined
  const out: string[] = []
  for (const item of node.items) {
    const s = pstring(item)
    if (s === undefined) return undefined
    out.push(s)
  }
  return out
}

/** A map of strings (labels, namespaceMapping); undefined when absent or any value is not a string. */
export function pstringMap(node: PNode | undefined): Record<string, string> | undefined {
  if (node?.kind !== 'map') return undefined
  const out: Record<string, string> = Object.create(null)
  for (const e of node.entries) {
    const s = pstring(e.value)
    if (s === undefined) return undefined
    out[e.key] = s
  }
  return out
}

/** A node's place: in the object's file (`file`), unless the node names another. */
export function placeOf(file: string, node: PNode): Place {
  return { file: node.file ?? file, span: node.span, path: node.path }
}

/** The place of a map entry's key (where findings about a key, or a whole setting, go). */
export function keyPlaceOf(file: string, entry: PEntry): Place {
  return { file: entry.keyFile ?? file, span: entry.keySpan, path: entry.value.path }
}

// ---------------------------------------------------------------------------------------------
// Workloads.

export interface ContainerFact {
  /** undefined when not a plain string (templated, missing). */
  readonly name: string | undefined
  readonly image: string | undefined
  /** 'Always' for a native sidecar (initContainers only). */
  readonly restartPolicy: string | undefined
  /** Names of the volumes it mounts. */
  readonly volumeMounts: readonly string[]
  /** The container's `name` value (or the container mapping when it has none). */
  readonly place: Place
}

export interface VolumeFact {
  readonly name: string
  /** persistentVolumeClaim.claimName, when a plain string. */
  readonly claimName: string | undefined
  readonly place: Place
}

export interface AnnotationFact {
  readonly key: string
  /** The value when a YAML string; undefined otherwise (a number, a map, no value). */
  readonly value: string | undefined
  /** The key. */
  readonly keyPlace: Place
  /** The value (the key when there is no value). */
  readonly valuePlace: Place
}

/** A pod as a workload makes it: a Pod's own metadata/spec, or the pod template of a controller. */
export interface WorkloadFact {
  readonly kind: string
  readonly apiVersion: string | undefined
  readonly name: string | undefined
  /**
   * The object's namespace: metadata.namespace, or the namespace Helm/Kustomize render it into;
   * undefined when not stated (kubectl then applies it to the current context's namespace).
   */
  readonly namespace: string | undefined
  /** The object's own metadata.name (or its root when unnamed): where findings about the workload point. */
  readonly place: Place
  /** The pod's labels (the template's metadata.labels; a Pod's own). */
  readonly podLabels: Readonly<Record<string, string>>
  /** False when the labels are not a plain map of strings (templated): selectors then match "unknown". */
  readonly podLabelsKnown: boolean
  /** The place of the pod's `labels:` key (or its metadata) for findings about labels. */
  readonly podLabelsPlace: Place
  /** The object's own metadata.labels (a Deployment's, not its pods'). */
  readonly objectLabels: Readonly<Record<string, string>>
  /** The pod's annotations whose key mentions velero.io (hook and FSB keys), with positions. */
  readonly annotations: readonly AnnotationFact[]
  /** Where hook annotations of this pod belong (its metadata.annotations path). */
  readonly annotationsPlace: Place
  readonly containers: readonly ContainerFact[]
  readonly initContainers: readonly ContainerFact[]
  /** False when spec.containers is absent, not a list, or has templated names. */
  readonly containersKnown: boolean
  readonly volumes: readonly VolumeFact[]
  readonly volumesKnown: boolean
  /** spec.replicas when a plain number (Deployments, StatefulSets, ReplicaSets). */
  readonly replicas: number | undefined
}

// ---------------------------------------------------------------------------------------------
// Velero objects.

export interface VeleroObjectFact {
  readonly kind: 'Backup' | 'Schedule' | 'Restore'
  readonly name: string | undefined
  readonly namespace: string | undefined
  readonly file: string
  /** metadata.name (or the object root). */
  readonly place: Place
  /**
   * The Backup spec: `spec` of a Backup or Restore, `spec.template` of a Schedule (the Backup spec
   * its Backups get); undefined when absent or not a map.
   */
  readonly spec: PMap | undefined
}

export interface NamespaceFact {
  readonly name: string
  readonly place: Place
}

/** What one file contributes to the repository model. */
export interface FileFacts {
  readonly file: string
  readonly workloads: readonly WorkloadFact[]
  readonly velero: readonly VeleroObjectFact[]
  readonly namespaces: readonly NamespaceFact[]
}

/** Every file's facts together. */
export interface RepoModel {
  readonly workloads: readonly WorkloadFact[]
  readonly velero: readonly VeleroObjectFact[]
  readonly namespaces: readonly NamespaceFact[]
}

export function buildRepoModel(files: Iterable<FileFacts>): RepoModel {
  const workloads: WorkloadFact[] = []
  const velero: VeleroObjectFact[] = []
  const namespaces: NamespaceFact[] = []
  for (const f of files) {
    for (const w of f.workloads) workloads.push(w)
    for (const v of f.velero) velero.push(v)
    for (const n of f.namespaces) namespaces.push(n)
  }
  return { workloads, velero, namespaces }
}

/**
 * Facts as they arrive from another thread: structured clone gives the label maps (made without a
 * prototype, so a label named "constructor" is only a label) Object.prototype back; this removes it.
 */
export function reviveFileFacts(facts: FileFacts): FileFacts {
  const bare = (map: Readonly<Record<string, string>>): Record<string, string> => Object.assign(Object.create(null) as Record<string, string>, map)
  return { ...facts, workloads: facts.workloads.map((w) => ({ ...w, podLabels: bare(w.podLabels), objectLabels: bare(w.objectLabels) })) }
}

/** A workload as messages name it: "Deployment web (ns shop, apps/web.yaml:3)". */
export function describeWorkload(w: WorkloadFact): string {
  const ns = w.namespace !== undefined ? ` in namespace ${w.namespace}` : ''
  return `${w.kind} ${w.name ?? '(unnamed)'}${ns} (${w.place.file}:${w.place.span.line})`
}

/** A Velero object as messages name it: "Backup nightly (velero/backups.yaml:1)". */
export function describeVeleroObject(v: VeleroObjectFact): string {
  return `${v.kind} ${v.name ?? '(unnamed)'} (${v.place.file}:${v.place.span.line})`
}
