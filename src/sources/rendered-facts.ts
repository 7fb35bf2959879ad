/**
 * The repository-model facts of a render's output (a chart with one value set, an overlay), moved
 * from the rendered text (which exists only in memory) to the source lines the user edits, with the
 * same locator as findings: a workload's name, labels, annotations and containers, a Backup's spec
 * node by node (a selector's value may sit in a values file while its key is in the template). A
 * place no source holds goes to the chart's or kustomization's file, line 1, never to a temporary
 * path. Namespaces are those the render gave: kustomize writes its `namespace:` into the output;
 * helm's release namespace is the configured one, and without one helm renders "default", which
 * says nothing about where the chart is installed (unknown).
 */
import type { Document } from 'yaml'
import { isExcessiveAliasing, measureAliasExpansion } from '../yaml/aliasing.js'
import { deepNestingOffset, parseManifestStream, type ParsedFile, type Span } from '../yaml/parse.js'
import { buildDocumentModel, type ResourceRef } from '../engine/model.js'
import { extractDocumentFacts } from '../engine/repo-facts.js'
import type { FileFacts, PEntry, PMap, PNode, Place, VeleroObjectFact, WorkloadFact } from '../engine/repo-model.js'
import { sourceSpotAt, type SourceLocator } from './locate.js'
import type { RenderOutput } from './types.js'

type Output = Extract<RenderOutput, { ok: true }>
type ObjectRef = Pick<ResourceRef, 'kind' | 'name'>

export function renderedFacts(facts: FileFacts | undefined, output: Output, parsed: ParsedFile | undefined, locator: SourceLocator): FileFacts {
  const file = output.job.root.anchorFile
  if (!facts || !parsed) return { file, workloads: [], velero: [], namespaces: [] }
  const mapper = new PlaceMapper(output, parsed, locator)
  return {
    file,
    workloads: facts.workloads.map((w) => mapper.workload(w)),
    velero: facts.velero.map((v) => mapper.velero(v)),
    namespaces: facts.namespaces.map((n) => ({ ...n, place: mapper.place(n.place, { kind: 'Namespace', name: n.name }) })),
  }
}

/**
 * The facts of a render whose output the lint did not parse (no Velero content in it: a plain
 * overlay), parsed now because the repository's Backups may take its workloads. Documents that do
 * not parse, nest too deeply or alias-bomb add nothing (unknown).
 */
export function unlintedRenderedFacts(label: string, output: Output, locator: SourceLocator): FileFacts {
  const stream = parseManifestStream(output.text)
  const facts = { file: label, workloads: [] as WorkloadFact[], velero: [] as VeleroObjectFact[], namespaces: [] as FileFacts['namespaces'][number][] }
  const documents: Document.Parsed[] = []
  if (deepNestingOffset(stream.text) !== undefined) return renderedFacts(undefined, output, undefined, locator)
  try {
    for (const document of stream.documents) {
      documents.push(document)
      if (document.errors.length > 0 || isExcessiveAliasing(measureAliasExpansion(document))) continue
      const found = extractDocumentFacts(label, document, buildDocumentModel(document, documents.length - 1), stream.lineCounter)
      facts.workloads.push(...found.workloads)
      facts.velero.push(...found.velero)
      facts.namespaces.push(...found.namespaces)
    }
  } catch {
    // The parser itself failed (pathological nesting): what it gave so far stands, the rest is unknown.
  }
  return renderedFacts(facts, output, { ...stream, documents }, locator)
}

class PlaceMapper {
  private readonly cache = new Map<string, { file: string; span: Span }>()

  constructor(
    private readonly output: Output,
    private readonly parsed: ParsedFile,
    private readonly locator: SourceLocator,
  ) {}

  /** The namespace the render put an object in (see the module comment). */
  private namespace(written: string | undefined): string | undefined {
    const { job } = this.output
    if (job.root.kind !== 'chart') return written
    if (job.namespace !== undefined) return written ?? job.namespace
    return written === 'default' ? undefined : written
  }

  /** Where a span of the rendered text is written in the sources. */
  private spot(span: Span, object: ObjectRef): { file: string; span: Span } {
    const key = `${span.line}:${span.column}:${object.kind ?? ''}/${object.name ?? ''}`
    const cached = this.cache.get(key)
    if (cached) return cached
    const { job, documents } = this.output
    const document = documents.find((d) => span.line >= d.startLine && span.line <= d.endLine)
    const spot = document ? sourceSpotAt(span, object, document, job, this.parsed, this.locator) : undefined
    const where = spot ?? { file: document?.anchorFile ?? job.root.anchorFile, line: 1, column: 1 }
    const mapped = { file: where.file, span: { line: where.line, column: where.column, endLine: where.endLine ?? where.line, endColumn: where.endColumn ?? where.column } }
    this.cache.set(key, mapped)
    return mapped
  }

  place(place: Place, object: ObjectRef): Place {
    return { ...this.spot(place.span, object), path: place.path }
  }

  /** A spec node and everything under it; `file` (the object's) is left out where it is the same. */
  private node(node: PNode, object: ObjectRef, file: string): PNode {
    const at = this.spot(node.span, object)
    const base = { span: at.span, path: node.path, ...(at.file !== file ? { file: at.file } : {}) }
    if (node.kind === 'scalar') return { ...node, ...base }
    if (node.kind === 'seq') return { ...node, ...base, items: node.items.map((item) => this.node(item, object, file)) }
    const entries = node.entries.map((e): PEntry => {
      const key = this.spot(e.keySpan, object)
      return { key: e.key, keySpan: key.span, ...(key.file !== file ? { keyFile: key.file } : {}), value: this.node(e.value, object, file) }
    })
    return { ...node, ...base, entries }
  }

  velero(v: VeleroObjectFact): VeleroObjectFact {
    const object = { kind: v.kind, ...(v.name !== undefined ? { name: v.name } : {}) }
    const place = this.place(v.place, object)
    const spec = v.spec ? (this.node(v.spec, object, place.file) as PMap) : undefined
    return { ...v, namespace: this.namespace(v.namespace), file: place.file, place, spec }
  }

  workload(w: WorkloadFact): WorkloadFact {
    const object = { kind: w.kind, ...(w.name !== undefined ? { name: w.name } : {}) }
    const at = (p: Place): Place => this.place(p, object)
    const containers = (list: WorkloadFact['containers']): WorkloadFact['containers'] => list.map((c) => ({ ...c, place: at(c.place) }))
    return {
      ...w,
      namespace: this.namespace(w.namespace),
      place: at(w.place),
      podLabelsPlace: at(w.podLabelsPlace),
      annotations: w.annotations.map((a) => ({ ...a, keyPlace: at(a.keyPlace), valuePlace: at(a.valuePlace) })),
      annotationsPlace: at(w.annotationsPlace),
      containers: containers(w.containers),
      initContainers: containers(w.initContainers),
      volumes: w.volumes.map((v) => ({ ...v, place: at(v.place) })),
    }
  }
}
