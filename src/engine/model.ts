/**
 * The manifest model the rules and render walk: every pod spec (Pods, PodTemplates and pod templates
 * of workloads and CRDs), every object's own metadata annotations, and Velero Restore/Backup/Schedule
 * hook specs.
 *
 * Rules see the model through the *View types (what RuleVisitor hands them): plain facts plus
 * YamlValue accessors and opaque node handles for reporting. The full types add the parser's own
 * nodes, which fix/ and render/ need to edit the text around them.
 */
import { isAlias, isMap, isScalar, isSeq, type Document, type Node, type Pair, type Scalar, type YAMLMap } from 'yaml'
import { resolveAlias } from '../yaml/aliasing.js'
import { YamlValue, type NodeHandle, type YamlPath } from './yaml-value.js'

export { YamlValue, type NodeHandle, type PathSegment, type YamlEntry, type YamlKind, type YamlPath } from './yaml-value.js'

export interface ResourceRef {
  apiVersion?: string
  kind?: string
  namespace?: string
  name?: string
}

// ---------------------------------------------------------------------------------------------
// What rules see.

export interface AnnotationView {
  readonly key: string
  /** The key: where findings about the key, or about a missing value, go. */
  readonly keyNode: NodeHandle
  /** The value (null for `key:` with no value): where findings about the value go. */
  readonly valueNode: NodeHandle | null
  /** The value when it is a YAML string scalar, as Kubernetes would receive it. */
  readonly value: string | undefined
  /** The value as YAML, whatever its kind (kind 'null' for `key:` with no value). */
  readonly yamlValue: YamlValue
  readonly path: YamlPath
}

export interface AnnotationsView {
  readonly entries: readonly AnnotationView[]
  readonly path: YamlPath
  get(key: string): AnnotationView | undefined
}

export interface VolumeMountRef {
  readonly mountPath: string
  /** The volumeMounts item. */
  readonly value: YamlValue
}

export interface ContainerRef {
  readonly name: string | undefined
  readonly restartPolicy: string | undefined
  readonly volumeMounts: readonly VolumeMountRef[]
  /** The container mapping. */
  readonly value: YamlValue
}

export interface VolumeRef {
  /** The volume's name, when it is a plain string (not through an alias). */
  readonly name: string | undefined
  /** `persistentVolumeClaim.claimName`, when it is a string. */
  readonly claimName: string | undefined
  /** The volumes item. */
  readonly value: YamlValue
}

export interface PodView {
  readonly resource: ResourceRef
  /**
   * 'pod' for a Pod's own metadata/spec, 'template' for a pod template inside another object,
   * 'values' for a Helm-values style `podAnnotations:` map (annotations only, no pod spec).
   */
  readonly role: 'pod' | 'template' | 'values'
  /** Path of the map holding `metadata` and `spec` (the document root for a Pod). */
  readonly path: YamlPath
  readonly annotations: AnnotationsView
  readonly containers: readonly ContainerRef[]
  readonly initContainers: readonly ContainerRef[]
  readonly ephemeralContainers: readonly ContainerRef[]
  /** False when `spec.containers` is absent or not a list, so container names cannot be checked. */
  readonly containersKnown: boolean
  /**
   * The pod's volumes: the items of `spec.volumes` that are mappings and, for a StatefulSet's pod
   * template, one per `volumeClaimTemplates` item (named after it; its `value` is that item).
   */
  readonly volumes: readonly VolumeRef[]
  /**
   * False when `spec.volumes` (and, for a StatefulSet, `volumeClaimTemplates`) is absent or not a list, or
   * an item is not a mapping or has no plain string name, or a name is a template placeholder (`{{`, `${`,
   * `$(`): the pod's volume names cannot be checked.
   */
  readonly volumesKnown: boolean
}

export interface ObjectView {
  readonly resource: ResourceRef
  readonly path: YamlPath
  readonly annotations: AnnotationsView
  /** Where hook annotations of this object belong (path of its pod template's annotations), if it has one. */
  readonly podTemplateAnnotationsPath: YamlPath | undefined
}

export interface VeleroTarget {
  readonly resource: ResourceRef
  readonly kind: 'Restore' | 'Backup' | 'Schedule'
  /** The `hooks` mapping (spec.hooks, or spec.template.hooks for a Schedule); `path` is its path. */
  readonly hooks: YamlValue
  readonly path: YamlPath
}

export interface ModelView {
  readonly index: number
  readonly pods: readonly PodView[]
  readonly objects: readonly ObjectView[]
  readonly velero: readonly VeleroTarget[]
}

// ---------------------------------------------------------------------------------------------
// The full model: the views plus the parser's nodes, for fix/ and render/.

export interface AnnotationEntry extends AnnotationView {
  readonly pair: Pair
  readonly keyNode: Scalar
  /** null for `key:` with no value. */
  readonly valueNode: Node | null
}

export interface Annotations extends AnnotationsView {
  /** The `annotations:` key node, when present. */
  readonly keyNode: Scalar | undefined
  readonly map: YAMLMap | undefined
  readonly entries: readonly AnnotationEntry[]
  get(key: string): AnnotationEntry | undefined
}

export interface PodTemplateTarget extends PodView {
  /** The map holding `metadata` and `spec`. */
  readonly node: YAMLMap
  readonly metadata: YAMLMap | undefined
  readonly spec: YAMLMap | undefined
  readonly annotations: Annotations
}

export interface ObjectTarget extends ObjectView {
  readonly annotations: Annotations
}

export interface DocumentModel extends ModelView {
  readonly document: Document.Parsed
  readonly pods: PodTemplateTarget[]
  readonly objects: ObjectTarget[]
  readonly velero: VeleroTarget[]
}

// ---------------------------------------------------------------------------------------------
// Small accessors over yaml nodes, for fix/ and render/ (rules use YamlValue).

export function deref(doc: Document, node: unknown): unknown {
  // resolveAlias answers as node.resolve(doc) does, without re-walking the document per alias.
  return isAlias(node) ? resolveAlias(doc, node) : node
}

export function getPair(map: YAMLMap | undefined, key: string): Pair<Scalar, unknown> | undefined {
  if (!map) return undefined
  for (const item of map.items) {
    if (isScalar(item.key) && item.key.value === key) return item as Pair<Scalar, unknown>
  }
  return undefined
}

export function getMap(doc: Document, map: YAMLMap | undefined, key: string): YAMLMap | undefined {
  const v = deref(doc, getPair(map, key)?.value)
  return isMap(v) ? v : undefined
}

export function getString(doc: Document, map: YAMLMap | undefined, key: string): string | undefined {
  const v = deref(doc, getPair(map, key)?.value)
  return isScalar(v) && typeof v.value === 'string' ? v.value : undefined
}

export function pathText(path: YamlPath): string {
  let out = ''
  for (const seg of path) {
    if (typeof seg === 'number') out += `[${seg}]`
    else if (/^[A-Za-z_][A-Za-z0-9_-]*$/.test(seg)) out += out === '' ? seg : `.${seg}`
    else out += `[${JSON.stringify(seg)}]`
  }
  return out
}

// ---------------------------------------------------------------------------------------------

function readAnnotations(doc: Document, metadata: YAMLMap | undefined, metadataPath: YamlPath): Annotations {
  return readAnnotationPair(doc, getPair(metadata, 'annotations'), [...metadataPath, 'annotations'])
}

function readAnnotationPair(doc: Document, pair: Pair<Scalar, unknown> | undefined, path: YamlPath): Annotations {
  const value = deref(doc, pair?.value)
  const map = isMap(value) ? value : undefined
  const entries: AnnotationEntry[] = []
  for (const item of map?.items ?? []) {
    if (!isScalar(item.key)) continue
    const key = String(item.key.value)
    const valueNode = (deref(doc, item.value) ?? null) as Node | null
    const value = isScalar(valueNode) && typeof valueNode.value === 'string' ? valueNode.value : undefined
    const entryPath = [...path, key]
    entries.push({ key, pair: item as Pair, keyNode: item.key, valueNode, value, yamlValue: YamlValue.of(doc, item.value, entryPath), path: entryPath })
  }
  const byKey = new Map<string, AnnotationEntry>()
  // YAML duplicate keys are a syntax error reported elsewhere; the last one wins, as in most decoders.
  for (const e of entries) byKey.set(e.key, e)
  return {
    keyNode: isScalar(pair?.key) ? pair.key : undefined,
    map,
    entries,
    path,
    get: (k) => byKey.get(k),
  }
}

function readContainers(doc: Document, spec: YAMLMap | undefined, specPath: YamlPath, key: string): { list: ContainerRef[]; known: boolean } {
  const seq = deref(doc, getPair(spec, key)?.value)
  if (!isSeq(seq)) return { list: [], known: false }
  const list: ContainerRef[] = []
  seq.items.forEach((raw, i) => {
    const item = deref(doc, raw)
    if (!isMap(item)) return
    const value = YamlValue.of(doc, item, [...specPath, key, i])
    // The name as written: a name given through an alias counts as unknown, as it always has.
    const namePair = getPair(item, 'name')
    const nameNode = isScalar(namePair?.value) ? namePair.value : undefined
    const mounts: VolumeMountRef[] = []
    for (const mount of value.get('volumeMounts')?.items() ?? []) {
      const mountPath = mount.get('mountPath')?.string()
      if (mount.kind === 'map' && mountPath !== undefined) mounts.push({ mountPath, value: mount })
    }
    list.push({
      name: nameNode && typeof nameNode.value === 'string' ? nameNode.value : undefined,
      restartPolicy: getString(doc, item, 'restartPolicy'),
      volumeMounts: mounts,
      value,
    })
  })
  return { list, known: true }
}

/** Where a StatefulSet's volumeClaimTemplates are: each becomes a volume of that name in every Pod. */
interface ClaimTemplates {
  readonly seq: unknown
  readonly path: YamlPath
}

/**
 * The pod's volumes: the items of `spec.volumes` and, for a StatefulSet's pod template, one per
 * `volumeClaimTemplates` item (the StatefulSet controller gives each Pod a volume named after the
 * claim template, kubernetes pkg/controller/statefulset/stateful_set_utils.go updateStorage), and
 * whether they give every volume name for certain.
 */
function readVolumes(doc: Document, spec: YAMLMap | undefined, specPath: YamlPath, claimTemplates?: ClaimTemplates): { list: VolumeRef[]; known: boolean } {
  const seq = deref(doc, getPair(spec, 'volumes')?.value)
  const claims = claimTemplates && deref(doc, claimTemplates.seq)
  // Without a list of volumes (and, for a StatefulSet, of claim templates), what the Pods get is not known.
  if (!isSeq(seq) && !isSeq(claims)) return { list: [], known: false }
  const list: VolumeRef[] = []
  let known = (seq === undefined || isSeq(seq)) && (claims === undefined || isSeq(claims))
  const add = (items: readonly unknown[], path: YamlPath, nameOf: (item: YAMLMap) => unknown, claimName: (item: YAMLMap) => string | undefined): void => {
    items.forEach((raw, i) => {
      const item = deref(doc, raw)
      if (!isMap(item)) {
        known = false
        return
      }
      // The name as written, as for containers: a name given through an alias counts as unknown.
      const nameNode = nameOf(item)
      const name = isScalar(nameNode) && typeof nameNode.value === 'string' ? nameNode.value : undefined
      if (name === undefined || /\$\{|\$\(|\{\{/.test(name)) known = false
      list.push({ name, claimName: claimName(item), value: YamlValue.of(doc, item, [...path, i]) })
    })
  }
  if (isSeq(seq)) add(seq.items, [...specPath, 'volumes'], (item) => getPair(item, 'name')?.value, (item) => getString(doc, getMap(doc, item, 'persistentVolumeClaim'), 'claimName'))
  // The claim itself is named "<template>-<StatefulSet>-<ordinal>": no claimName to give.
  if (claimTemplates && isSeq(claims)) add(claims.items, claimTemplates.path, (item) => getPair(getMap(doc, item, 'metadata'), 'name')?.value, () => undefined)
  return { list, known }
}

function podTarget(
  doc: Document,
  resource: ResourceRef,
  role: 'pod' | 'template',
  node: YAMLMap,
  path: YamlPath,
  claimTemplates?: ClaimTemplates,
): PodTemplateTarget {
  const metadata = getMap(doc, node, 'metadata')
  const spec = getMap(doc, node, 'spec')
  const specPath = [...path, 'spec']
  const containers = readContainers(doc, spec, specPath, 'containers')
  const volumes = readVolumes(doc, spec, specPath, claimTemplates)
  // Template placeholders (OpenShift ${PARAM}, Helm {{ }}) stand for names we cannot know.
  const placeholder = containers.list.some((c) => c.name === undefined || /\$\{|\$\(|\{\{/.test(c.name))
  return {
    resource,
    role,
    path,
    node,
    metadata,
    spec,
    annotations: readAnnotations(doc, metadata, [...path, 'metadata']),
    containers: containers.list,
    containersKnown: containers.known && !placeholder,
    initContainers: readContainers(doc, spec, specPath, 'initContainers').list,
    ephemeralContainers: readContainers(doc, spec, specPath, 'ephemeralContainers').list,
    volumes: volumes.list,
    volumesKnown: volumes.known,
  }
}

/** Paths (below the object) of the pod templates of well-known kinds. */
const TEMPLATE_PATHS: Record<string, YamlPath> = {
  PodTemplate: ['template'],
  CronJob: ['spec', 'jobTemplate', 'spec', 'template'],
}
const DEFAULT_TEMPLATE_PATH: YamlPath = ['spec', 'template']

function getAtPath(doc: Document, root: YAMLMap, path: YamlPath): YAMLMap | undefined {
  let cur: YAMLMap | undefined = root
  for (const seg of path) cur = getMap(doc, cur, String(seg))
  return cur
}

const VELERO_KINDS = new Set(['Restore', 'Backup', 'Schedule'])

/** Walk one object (a document root, a List item or an OpenShift Template object). */
function walkObject(doc: Document, obj: YAMLMap, base: YamlPath, model: DocumentModel, depth: number, visited: Set<YAMLMap>): void {
  // Each map once: aliases can reach one object from many places (an alias bomb: exponentially
  // many), and a second visit would only repeat the first one's findings at the same positions.
  if (visited.has(obj)) return
  visited.add(obj)
  const kind = getString(doc, obj, 'kind')
  const apiVersion = getString(doc, obj, 'apiVersion')
  const metadata = getMap(doc, obj, 'metadata')
  const resource: ResourceRef = {
    apiVersion,
    kind,
    namespace: getString(doc, metadata, 'namespace'),
    name: getString(doc, metadata, 'name'),
  }

  // Containers of objects: kubectl List and OpenShift Template.
  const itemsKey = kind === 'Template' ? 'objects' : kind?.endsWith('List') ? 'items' : undefined
  if (itemsKey && depth < 4) {
    const seq = deref(doc, getPair(obj, itemsKey)?.value)
    if (isSeq(seq)) {
      seq.items.forEach((raw, i) => {
        const item = deref(doc, raw)
        if (isMap(item)) walkObject(doc, item, [...base, itemsKey, i], model, depth + 1, visited)
      })
    }
  }

  if (kind === 'Pod') {
    model.pods.push(podTarget(doc, resource, 'pod', obj, base))
  } else {
    const templatePath = (kind && TEMPLATE_PATHS[kind]) || DEFAULT_TEMPLATE_PATH
    const template = getAtPath(doc, obj, templatePath)
    const templateSpec = getMap(doc, template, 'spec')
    // Well-known kinds always have a pod template there; other kinds (CRDs such as Argo Rollouts)
    // count when the template has a pod spec with containers.
    const wellKnown = kind !== undefined && WORKLOAD_KINDS.has(kind)
    if (template && (wellKnown || (templateSpec && getPair(templateSpec, 'containers')))) {
      const claimTemplates = kind === 'StatefulSet' ? { seq: getPair(getMap(doc, obj, 'spec'), 'volumeClaimTemplates')?.value, path: [...base, 'spec', 'volumeClaimTemplates'] } : undefined
      model.pods.push(podTarget(doc, resource, 'template', template, [...base, ...templatePath], claimTemplates))
    }
    if (metadata) {
      model.objects.push({
        resource,
        path: base,
        annotations: readAnnotations(doc, metadata, [...base, 'metadata']),
        podTemplateAnnotationsPath: template ? [...base, ...templatePath, 'metadata', 'annotations'] : undefined,
      })
    }
  }

  if (kind && VELERO_KINDS.has(kind) && apiVersion?.startsWith('velero.io/')) {
    const hooksPath: YamlPath = kind === 'Schedule' ? ['spec', 'template', 'hooks'] : ['spec', 'hooks']
    const hooks = getAtPath(doc, obj, hooksPath)
    const path = [...base, ...hooksPath]
    if (hooks) model.velero.push({ resource, kind: kind as VeleroTarget['kind'], hooks: YamlValue.of(doc, hooks, path), path })
  }
}

const WORKLOAD_KINDS = new Set([
  'PodTemplate',
  'Deployment',
  'StatefulSet',
  'DaemonSet',
  'ReplicaSet',
  'ReplicationController',
  'Job',
  'CronJob',
])

/**
 * Helm values and similar files carry pod annotations under `podAnnotations:` (the chart copies them
 * into its pod template). They are checked as pod annotations without a pod spec.
 */
function walkValues(doc: Document, map: YAMLMap, path: YamlPath, model: DocumentModel, depth: number, visited: Set<YAMLMap>): void {
  // Each map once, as in walkObject: anchors and aliases must not multiply the walk.
  if (visited.has(map)) return
  visited.add(map)
  for (const item of map.items) {
    if (!isScalar(item.key)) continue
    const k = String(item.key.value)
    const value = deref(doc, item.value)
    if (!isMap(value)) continue
    if (k === 'podAnnotations') {
      model.pods.push({
        resource: {},
        role: 'values',
        path,
        node: map,
        metadata: undefined,
        spec: undefined,
        annotations: readAnnotationPair(doc, item as Pair<Scalar, unknown>, [...path, k]),
        containers: [],
        initContainers: [],
        ephemeralContainers: [],
        containersKnown: false,
        volumes: [],
        volumesKnown: false,
      })
    } else if (depth < 6) {
      walkValues(doc, value, [...path, k], model, depth + 1, visited)
    }
  }
}

export function buildDocumentModel(document: Document.Parsed, index: number): DocumentModel {
  const model: DocumentModel = { index, document, pods: [], objects: [], velero: [] }
  const root = document.contents
  if (isMap(root)) {
    const visited = new Set<YAMLMap>()
    if (getPair(root, 'kind') || getPair(root, 'apiVersion')) walkObject(document, root, [], model, 0, visited)
    else walkValues(document, root, [], model, 0, visited)
  }
  return model
}

