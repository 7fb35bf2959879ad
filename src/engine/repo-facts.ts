/**
 * One document's contribution to the repository model (repo-model.ts): its workloads, Velero
 * Backups/Schedules/Restores and Namespaces as plain data with positions. Runs where the file was
 * parsed (a worker or the main thread), right after the document's model is built.
 */
import { isAlias, isMap, isScalar, isSeq, type Document, type LineCounter, type Node, type YAMLMap } from 'yaml'
import { dns1123LabelProblem } from '../velero/go-values.js'
import { isExcessiveAliasing, measureAliasExpansion, resolveAlias } from '../yaml/aliasing.js'
import { deepNestingOffset, parseManifestStream, spanOf, type Span } from '../yaml/parse.js'
import { buildDocumentModel, getMap, getPair, getString, pathText, type DocumentModel, type PodTemplateTarget, type YamlPath } from './model.js'
import {
  buildRepoModel,
  pget,
  pitems,
  pstring,
  pstringMap,
  type AnnotationFact,
  type FileFacts,
  type RepoModel,
  type ContainerFact,
  type NamespaceFact,
  type PMap,
  type PNode,
  type Place,
  type VeleroObjectFact,
  type VolumeFact,
  type WorkloadFact,
} from './repo-model.js'

/** Nodes one converted subtree may hold: a Velero spec or pod template is far below it. */
const MAX_NODES = 20_000
const MAX_DEPTH = 64

export interface DocumentFacts {
  workloads: WorkloadFact[]
  velero: VeleroObjectFact[]
  namespaces: NamespaceFact[]
}

/** The facts of one parsed, valid document. */
export function extractDocumentFacts(file: string, document: Document.Parsed, model: DocumentModel, lineCounter: LineCounter): DocumentFacts {
  const out: DocumentFacts = { workloads: [], velero: [], namespaces: [] }
  const cx = new Converter(file, document, lineCounter)
  const roots = rootObjects(document)
  for (const pod of model.pods) {
    if (pod.role === 'values') continue
    const owner = ownerOf(roots, pod.path)
    if (owner) out.workloads.push(cx.workload(pod, owner))
  }
  for (const root of roots) {
    const kind = getString(document, root.node, 'kind')
    const apiVersion = getString(document, root.node, 'apiVersion')
    if ((kind === 'Backup' || kind === 'Schedule' || kind === 'Restore') && apiVersion?.startsWith('velero.io/')) out.velero.push(cx.veleroObject(kind, root))
    else if (kind === 'Namespace' && apiVersion === 'v1') {
      const name = cx.metadataName(root)
      if (name.name !== undefined) out.namespaces.push({ name: name.name, place: name.place })
    }
  }
  return out
}

interface RootObject {
  node: YAMLMap
  path: YamlPath
}

/** The document's objects: its root, and the items of a List or an OpenShift Template (as the model walks them). */
function rootObjects(doc: Document): RootObject[] {
  const out: RootObject[] = []
  const walk = (node: YAMLMap, path: YamlPath, depth: number): void => {
    out.push({ node, path })
    const kind = getString(doc, node, 'kind')
    const itemsKey = kind === 'Template' ? 'objects' : kind?.endsWith('List') ? 'items' : undefined
    if (!itemsKey || depth >= 4) return
    const seq = deref(doc, getPair(node, itemsKey)?.value)
    if (!isSeq(seq)) return
    seq.items.forEach((raw, i) => {
      const item = deref(doc, raw)
      if (isMap(item) && !out.some((o) => o.node === item)) walk(item, [...path, itemsKey, i], depth + 1)
    })
  }
  if (isMap(doc.contents)) walk(doc.contents, [], 0)
  return out
}

function deref(doc: Document, node: unknown): unknown {
  return isAlias(node) ? resolveAlias(doc, node) : node
}

/** The object a pod (template) belongs to: the root whose path is the longest prefix of the pod's. */
function ownerOf(roots: readonly RootObject[], podPath: YamlPath): RootObject | undefined {
  let best: RootObject | undefined
  for (const r of roots) {
    if (r.path.length > podPath.length || !r.path.every((s, i) => podPath[i] === s)) continue
    if (!best || r.path.length > best.path.length) best = r
  }
  return best
}

/** The keys of a map (and of the maps of a list) a conversion keeps, and what it keeps below them. */
interface Pick {
  readonly keys: ReadonlySet<string>
  readonly under?: Readonly<Record<string, Pick>>
}

const CONTAINER_PICK: Pick = { keys: new Set(['name', 'image', 'restartPolicy', 'volumeMounts']), under: { volumeMounts: { keys: new Set(['name']) } } }
const VOLUME_PICK: Pick = { keys: new Set(['name', 'persistentVolumeClaim']), under: { persistentVolumeClaim: { keys: new Set(['claimName']) } } }

/** Turns YAML nodes into positioned plain data (PNode) and workload facts. */
class Converter {
  private budget = MAX_NODES

  constructor(
    private readonly file: string,
    private readonly doc: Document,
    private readonly lineCounter: LineCounter,
  ) {}

  span(node: unknown): Span {
    const range = (node as Node | undefined)?.range
    return range ? spanOf(this.lineCounter, range[0], range[1]) : { line: 1, column: 1, endLine: 1, endColumn: 1 }
  }

  place(node: unknown, path: YamlPath, fallback?: unknown): Place {
    const n = (node as Node | undefined)?.range ? node : fallback
    return { file: this.file, span: this.span(n), path: pathText(path) }
  }

  /**
   * A subtree as PNode; undefined past the node budget or depth (the value is then unknown). With
   * `pick`, maps keep only the keys the facts read (a pod spec's env, probes and resources are never
   * converted: they were a third of the lint's time on hooked workloads).
   */
  convert(raw: unknown, path: YamlPath, depth = 0, pick?: Pick): PNode | undefined {
    const node = deref(this.doc, raw) as Node | null | undefined
    if (--this.budget < 0 || depth > MAX_DEPTH) return undefined
    const base = { span: this.span(node ?? raw), path: pathText(path) }
    if (isMap(node)) {
      const entries = []
      for (const pair of node.items) {
        if (!isScalar(pair.key) || pair.key.value === null || typeof pair.key.value === 'object') continue
        const key = String(pair.key.value)
        if (pick && !pick.keys.has(key)) continue
        const value = this.convert(pair.value, [...path, key], depth + 1, pick?.under?.[key]) ?? { kind: 'scalar' as const, value: null, isString: false, span: this.span(pair.key), path: pathText([...path, key]) }
        entries.push({ key, keySpan: this.span(pair.key), value })
      }
      return { kind: 'map', entries, ...base }
    }
    if (isSeq(node)) {
      const items: PNode[] = []
      node.items.forEach((item, i) => {
        const value = this.convert(item, [...path, i], depth + 1, pick)
        if (value) items.push(value)
      })
      return { kind: 'seq', items, ...base }
    }
    const value = isScalar(node) ? node.value : null
    const scalar = typeof value === 'string' || typeof value === 'number' || typeof value === 'boolean' ? value : null
    return { kind: 'scalar', value: scalar, isString: typeof value === 'string', ...base }
  }

  metadataName(root: RootObject): { name: string | undefined; namespace: string | undefined; place: Place } {
    const metadata = getMap(this.doc, root.node, 'metadata')
    const namePair = getPair(metadata, 'name')
    return {
      name: getString(this.doc, metadata, 'name'),
      namespace: knownNamespace(getString(this.doc, metadata, 'namespace')),
      place: this.place(namePair?.value, [...root.path, 'metadata', 'name'], root.node),
    }
  }

  veleroObject(kind: VeleroObjectFact['kind'], root: RootObject): VeleroObjectFact {
    const { name, namespace, place } = this.metadataName(root)
    const specPath: YamlPath = kind === 'Schedule' ? ['spec', 'template'] : ['spec']
    let spec: unknown = root.node
    for (const seg of specPath) spec = isMap(spec) ? deref(this.doc, getPair(spec, String(seg))?.value) : undefined
    const converted = isMap(spec) ? this.convert(spec, [...root.path, ...specPath]) : undefined
    return { kind, name, namespace, file: this.file, place, spec: converted?.kind === 'map' ? (converted as PMap) : undefined }
  }

  workload(pod: PodTemplateTarget, owner: RootObject): WorkloadFact {
    const { name, namespace, place } = this.metadataName(owner)
    const podPath = pod.path
    const labelsPair = getPair(pod.metadata, 'labels')
    const labelsNode = labelsPair ? this.convert(labelsPair.value, [...podPath, 'metadata', 'labels']) : undefined
    const specPart = (key: string, pick: Pick): PNode | undefined => {
      const pair = getPair(pod.spec, key)
      return pair ? this.convert(pair.value, [...podPath, 'spec', key], 0, pick) : undefined
    }
    const labels = labelsNode === undefined ? noLabels() : pstringMap(labelsNode)
    const ownerLabels = pstringMap(this.convert(getMap(this.doc, getMap(this.doc, owner.node, 'metadata'), 'labels'), [...owner.path, 'metadata', 'labels']))
    const replicasNode = deref(this.doc, getPair(getMap(this.doc, owner.node, 'spec'), 'replicas')?.value)
    const containers = specPart('containers', CONTAINER_PICK)
    const volumes = specPart('volumes', VOLUME_PICK)
    return {
      kind: getString(this.doc, owner.node, 'kind') ?? 'Pod',
      apiVersion: getString(this.doc, owner.node, 'apiVersion'),
      name,
      namespace,
      place,
      podLabels: labels ?? noLabels(),
      podLabelsKnown: labels !== undefined && !Object.values(labels).some(isTemplated) && !Object.keys(labels).some(isTemplated),
      podLabelsPlace: this.place(getPair(pod.metadata, 'labels')?.key, [...podPath, 'metadata', 'labels'], pod.node),
      objectLabels: ownerLabels ?? noLabels(),
      annotations: this.annotations(pod),
      annotationsPlace: this.place(pod.annotations.keyNode, [...podPath, 'metadata', 'annotations'], pod.node),
      containers: this.containers(containers),
      initContainers: this.containers(specPart('initContainers', CONTAINER_PICK)),
      containersKnown: pod.containersKnown,
      volumes: this.volumes(volumes),
      volumesKnown: volumes === undefined || (volumes.kind === 'seq' && volumes.items.every((v) => pstring(pget(v, 'name')) !== undefined && !isTemplated(pstring(pget(v, 'name'))!))),
      replicas: isScalar(replicasNode) && typeof replicasNode.value === 'number' ? replicasNode.value : undefined,
    }
  }

  private annotations(pod: PodTemplateTarget): AnnotationFact[] {
    const out: AnnotationFact[] = []
    for (const e of pod.annotations.entries) {
      if (!e.key.toLowerCase().includes('velero')) continue
      const keyPlace = this.place(e.keyNode, e.path)
      out.push({ key: e.key, value: e.value, keyPlace, valuePlace: e.valueNode ? this.place(e.valueNode, e.path) : keyPlace })
    }
    return out
  }

  private containers(list: PNode | undefined): ContainerFact[] {
    return pitems(list).map((c) => {
      const nameNode = pget(c, 'name')
      return {
        name: pstring(nameNode),
        image: pstring(pget(c, 'image')),
        restartPolicy: pstring(pget(c, 'restartPolicy')),
        volumeMounts: pitems(pget(c, 'volumeMounts'))
          .map((m) => pstring(pget(m, 'name')))
          .filter((n): n is string => n !== undefined),
        place: { file: this.file, span: (nameNode ?? c).span, path: (nameNode ?? c).path },
      }
    })
  }

  private volumes(list: PNode | undefined): VolumeFact[] {
    const out: VolumeFact[] = []
    for (const v of pitems(list)) {
      const name = pstring(pget(v, 'name'))
      if (name === undefined) continue
      const nameNode = pget(v, 'name')!
      out.push({ name, claimName: pstring(pget(pget(v, 'persistentVolumeClaim'), 'claimName')), place: { file: this.file, span: nameNode.span, path: nameNode.path } })
    }
    return out
  }
}

/** An empty label map without a prototype, like pstringMap's (facts compare equal whichever thread made them). */
function noLabels(): Record<string, string> {
  return Object.create(null) as Record<string, string>
}

/**
 * A namespace the repository states: a valid DNS-1123 label. Anything else ("<mongo namespace>" in
 * documentation, "${NAMESPACE}", "{{ .Release.Namespace }}") is a placeholder for a namespace we
 * cannot know, so it counts as not stated.
 */
function knownNamespace(ns: string | undefined): string | undefined {
  return ns !== undefined && dns1123LabelProblem(ns) === undefined ? ns : undefined
}

/** Helm/Go, OpenShift and Kustomize placeholders stand for values we cannot know. */
export function isTemplated(s: string): boolean {
  return /\{\{|\$\{|\$\(/.test(s)
}

/**
 * The facts of a file's text without linting it: for files the lint pass did not parse (no Velero
 * content) whose workloads a Backup or Restore of the repository may take, and for tests. Documents
 * that do not parse, nest too deeply or alias-bomb give nothing (unknown, never "absent").
 */
export function factsOfText(file: string, raw: string): FileFacts {
  const out = { file, workloads: [] as WorkloadFact[], velero: [] as VeleroObjectFact[], namespaces: [] as NamespaceFact[] }
  const stream = parseManifestStream(raw)
  if (deepNestingOffset(stream.text) !== undefined) return out
  let index = 0
  try {
    for (const document of stream.documents) {
      const i = index++
      if (document.errors.length > 0 || isExcessiveAliasing(measureAliasExpansion(document))) continue
      const facts = extractDocumentFacts(file, document, buildDocumentModel(document, i), stream.lineCounter)
      out.workloads.push(...facts.workloads)
      out.velero.push(...facts.velero)
      out.namespaces.push(...facts.namespaces)
    }
  } catch {
    // The parser itself failed (a stack overflow on pathological nesting): the rest is unknown.
  }
  return out
}

/** A repository model from texts (file name → content): tests and small tools. */
export function repoModelFromTexts(files: Readonly<Record<string, string>>): RepoModel {
  return buildRepoModel(Object.entries(files).map(([file, text]) => factsOfText(file, text)))
}
