/**
 * "Rendered objects are valid Kubernetes", as a test can prove it: every object render writes is
 * checked against the Kubernetes schema for its kind (kubernetes-models, the OpenAPI schemas of the
 * Kubernetes API compiled to validators) and against the API server's container rules that a JSON
 * schema cannot say (pkg/apis/core/validation/validation.go), plus the kubelet's subPathExpr
 * expansion. Written independently of src/ (its own regexes and tables), so it is an oracle for the
 * renderer rather than a copy of it.
 *
 * A problem names the file, the document, the object and the JSON path inside it, and the rule.
 */
import assert from 'node:assert/strict'
import { parseAllDocuments } from 'yaml'
import { DaemonSet } from 'kubernetes-models/apps/v1/DaemonSet'
import { Deployment } from 'kubernetes-models/apps/v1/Deployment'
import { ReplicaSet } from 'kubernetes-models/apps/v1/ReplicaSet'
import { StatefulSet } from 'kubernetes-models/apps/v1/StatefulSet'
import { CronJob } from 'kubernetes-models/batch/v1/CronJob'
import { Job } from 'kubernetes-models/batch/v1/Job'
import { Pod } from 'kubernetes-models/v1/Pod'
import { PodTemplate } from 'kubernetes-models/v1/PodTemplate'
import { PodTemplateSpec } from 'kubernetes-models/v1/PodTemplateSpec'
import { ReplicationController } from 'kubernetes-models/v1/ReplicationController'

type Json = Record<string, unknown>
type Path = readonly (string | number)[]

export interface KubeProblem {
  /** File, document, object and JSON path, e.g. `a.yaml#1 Deployment "web" /spec/template/spec/initContainers/0/name`. */
  where: string
  /** The rule broken, e.g. `schema: enum` or `container names are unique`. */
  rule: string
  message: string
}

/** The render output's parts the validator needs (a FileRender fits). */
export interface RenderedFile {
  output: string | undefined
  changes: readonly { document: number; podPath: Path; index: number }[]
}

export interface ValidateOptions {
  /**
   * 'objects' (default): every object render wrote, whole. 'containers': only the injected
   * containers, for inputs that are invalid on purpose elsewhere (a mount of a missing volume).
   */
  scope?: 'objects' | 'containers'
}

interface Validating {
  validate(): void
}
type ModelClass = new (data: Json) => Validating

/** The kinds with pod templates that kubernetes-models knows, by apiVersion/kind. */
const MODELS: Readonly<Record<string, ModelClass>> = {
  'v1/Pod': Pod as unknown as ModelClass,
  'v1/PodTemplate': PodTemplate as unknown as ModelClass,
  'v1/ReplicationController': ReplicationController as unknown as ModelClass,
  'apps/v1/Deployment': Deployment as unknown as ModelClass,
  'apps/v1/StatefulSet': StatefulSet as unknown as ModelClass,
  'apps/v1/DaemonSet': DaemonSet as unknown as ModelClass,
  'apps/v1/ReplicaSet': ReplicaSet as unknown as ModelClass,
  'batch/v1/Job': Job as unknown as ModelClass,
  'batch/v1/CronJob': CronJob as unknown as ModelClass,
}

/** core/v1 Container and VolumeMount fields (k8s.io/api v0.34): the API server's strict field validation rejects others. */
const CONTAINER_FIELDS = new Set([
  'name', 'image', 'command', 'args', 'workingDir', 'ports', 'envFrom', 'env', 'resources', 'resizePolicy', 'restartPolicy',
  'restartPolicyRules', 'volumeMounts', 'volumeDevices', 'livenessProbe', 'readinessProbe', 'startupProbe', 'lifecycle',
  'terminationMessagePath', 'terminationMessagePolicy', 'imagePullPolicy', 'securityContext', 'stdin', 'stdinOnce', 'tty',
])
const MOUNT_FIELDS = new Set(['name', 'readOnly', 'recursiveReadOnly', 'mountPath', 'subPath', 'mountPropagation', 'subPathExpr'])

/** validation.IsDNS1123Label. */
const DNS1123_LABEL = /^[a-z0-9]([-a-z0-9]*[a-z0-9])?$/
/** What Go's strings.TrimSpace removes (unicode.IsSpace). */
const GO_SPACE = /^[\t\n\v\f\r \u0085\u00a0\u1680\u2000-\u200a\u2028\u2029\u202f\u205f\u3000]|[\t\n\v\f\r \u0085\u00a0\u1680\u2000-\u200a\u2028\u2029\u202f\u205f\u3000]$/

const isObject = (v: unknown): v is Json => v !== null && typeof v === 'object' && !Array.isArray(v)
const list = (v: unknown): unknown[] => (Array.isArray(v) ? v : [])
const pointer = (p: Path): string => p.map((s) => `/${String(s)}`).join('')

function getIn(root: unknown, p: Path): unknown {
  return p.reduce<unknown>((cur, k) => (cur !== null && typeof cur === 'object' ? (cur as Record<string | number, unknown>)[k] : undefined), root)
}

/** The path of the object that holds the pod at `podPath`: the nearest map (itself included) with apiVersion and kind. */
function objectPathOf(root: unknown, podPath: Path): Path {
  for (let n = podPath.length; n >= 0; n--) {
    const v = getIn(root, podPath.slice(0, n))
    if (isObject(v) && typeof v.kind === 'string' && typeof v.apiVersion === 'string') return podPath.slice(0, n)
  }
  return podPath
}

function schemaProblems(object: Json, podAt: Path, say: (p: Path, rule: string, message: string) => void): void {
  const Model = MODELS[`${String(object.apiVersion)}/${String(object.kind)}`]
  // A kind the schemas do not know (an Argo Rollout, a CRD): its pod template is still a PodTemplateSpec.
  const [data, base, Check] = Model ? [object, [] as Path, Model] : [getIn(object, podAt), podAt, PodTemplateSpec as unknown as ModelClass]
  try {
    new Check(data as Json).validate()
  } catch (e) {
    const errors = (e as { errors?: { instancePath: string; keyword: string; message?: string }[] }).errors
    if (!errors) throw e
    for (const err of errors) say([...base, ...err.instancePath.split('/').slice(1)], `schema: ${err.keyword}`, err.message ?? '')
  }
}

/**
 * The API server's rules on one pod spec's containers (and the kubelet's subPathExpr expansion).
 * `claims`: a StatefulSet's volumeClaimTemplates names, which its controller adds as pod volumes.
 */
function podProblems(spec: Json, at: Path, claims: readonly unknown[], say: (p: Path, rule: string, message: string) => void): void {
  const volumes = new Set([...list(spec.volumes).map((v) => (isObject(v) ? v.name : undefined)), ...claims])
  const seen = new Map<unknown, string>()
  for (const group of ['containers', 'initContainers', 'ephemeralContainers']) {
    list(spec[group]).forEach((c, i) => {
      const cAt = [...at, group, i]
      if (!isObject(c)) return say(cAt, 'a container is a mapping', JSON.stringify(c))
      const name = c.name
      if (typeof name !== 'string' || name.length > 63 || !DNS1123_LABEL.test(name)) say([...cAt, 'name'], 'container names are DNS-1123 labels', JSON.stringify(name))
      if (seen.has(name)) say([...cAt, 'name'], 'container names are unique across containers, initContainers and ephemeralContainers', `${JSON.stringify(name)} is also ${seen.get(name)}`)
      seen.set(name, pointer(cAt))
      containerProblems(c, cAt, volumes, say)
    })
  }
}

function containerProblems(c: Json, at: Path, volumes: ReadonlySet<unknown>, say: (p: Path, rule: string, message: string) => void): void {
  for (const k of Object.keys(c)) if (!CONTAINER_FIELDS.has(k)) say([...at, k], 'containers have only core/v1 Container fields', k)
  if (typeof c.image === 'string' && GO_SPACE.test(c.image)) say([...at, 'image'], 'images have no whitespace at the ends', JSON.stringify(c.image))
  const privileged = isObject(c.securityContext) && c.securityContext.privileged === true
  const env = Array.isArray(c.envFrom) && c.envFrom.length > 0 ? undefined : new Set(list(c.env).map((e) => (isObject(e) ? e.name : undefined)))
  const paths = new Set<unknown>()
  list(c.volumeMounts).forEach((m, i) => {
    const mAt = [...at, 'volumeMounts', i]
    if (!isObject(m)) return
    for (const k of Object.keys(m)) if (!MOUNT_FIELDS.has(k)) say([...mAt, k], 'volume mounts have only core/v1 VolumeMount fields', k)
    if (!volumes.has(m.name)) say([...mAt, 'name'], 'volumeMounts name a volume of the pod', `no volume ${JSON.stringify(m.name)} in spec.volumes`)
    if (paths.has(m.mountPath)) say([...mAt, 'mountPath'], 'mountPaths are unique in a container', JSON.stringify(m.mountPath))
    paths.add(m.mountPath)
    if (m.mountPropagation === 'Bidirectional' && !privileged) say([...mAt, 'mountPropagation'], 'Bidirectional mount propagation only in privileged containers', 'the container is not privileged')
    for (const v of typeof m.subPathExpr === 'string' && env ? subPathVariables(m.subPathExpr) : []) {
      if (!env!.has(v)) say([...mAt, 'subPathExpr'], 'subPathExpr variables are defined in the container env (kubelet)', `$(${v}) is not in env`)
    }
  })
}

/** k8s third_party/forked/golang/expansion: `$(NAME)` references, `$$` escapes. */
function subPathVariables(expr: string): string[] {
  return [...expr.matchAll(/\$\$|\$\(([^)]*)\)/g)].filter((m) => m[0] !== '$$').map((m) => m[1]!)
}

/** Every problem of every object render wrote in `file` (label names it in the problems). */
export function renderProblems(label: string, file: RenderedFile, options: ValidateOptions = {}): KubeProblem[] {
  if (file.output === undefined) return []
  const docs = parseAllDocuments(file.output.replace(/^\uFEFF/, ''))
  const problems: KubeProblem[] = []
  const byObject = new Map<string, { doc: number; objectPath: Path; podPaths: Path[]; injected: string[] }>()
  for (const c of file.changes) {
    const root = docs[c.document]!.toJS() as unknown
    const objectPath = objectPathOf(root, c.podPath)
    const id = `${c.document}${pointer(objectPath)}`
    const entry = byObject.get(id) ?? { doc: c.document, objectPath, podPaths: [], injected: [] }
    entry.podPaths.push(c.podPath)
    entry.injected.push(pointer([...c.podPath.slice(objectPath.length), 'spec', 'initContainers', c.index]))
    byObject.set(id, entry)
  }
  for (const { doc, objectPath, podPaths, injected } of byObject.values()) {
    const root = docs[doc]!.toJS() as unknown
    const object = getIn(root, objectPath) as Json
    const meta = isObject(object.metadata) ? object.metadata : {}
    const name = `${label}#${doc} ${String(object.kind ?? 'object')} ${JSON.stringify(meta.name ?? '')}`
    const wanted = (at: string): boolean => options.scope !== 'containers' || injected.some((i) => at === i || at.startsWith(`${i}/`))
    const say = (p: Path, rule: string, message: string): void => {
      if (wanted(pointer(p))) problems.push({ where: `${name} ${pointer(p)}`, rule, message })
    }
    for (const podPath of podPaths) {
      const podAt = podPath.slice(objectPath.length)
      if (podPath === podPaths[0]) schemaProblems(object, podAt, say)
      const spec = getIn(object, [...podAt, 'spec'])
      const owner = podAt[podAt.length - 1] === 'template' ? getIn(object, podAt.slice(0, -1)) : undefined
      const claims = isObject(owner) ? list(owner.volumeClaimTemplates).map((t) => (isObject(t) && isObject(t.metadata) ? t.metadata.name : undefined)) : []
      if (isObject(spec)) podProblems(spec, [...podAt, 'spec'], claims, say)
    }
  }
  return problems
}

/** Fails, naming each object's path and the rule it breaks, unless every object render wrote is valid. */
export function assertValidRender(label: string, file: RenderedFile, options: ValidateOptions = {}): void {
  const problems = renderProblems(label, file, options)
  assert.deepEqual(
    problems.map((p) => `${p.where}: ${p.rule}: ${p.message}`),
    [],
    `${label}: render wrote objects that are not valid Kubernetes`,
  )
}
