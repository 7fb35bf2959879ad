/**
 * Property: for generated manifests in many YAML styles (indentation, indentless sequences, flow
 * collections, quoting, comments, CRLF, BOM, several documents), every output document equals its
 * input plus exactly the injected container at Velero's position, computed here independently of
 * the renderer; documents without a hook keep their exact text; the input is a character-subsequence
 * of the output (pure insertion); every object render writes is valid Kubernetes (the inputs are);
 * and rendering the output again changes nothing.
 */
import assert from 'node:assert/strict'
import { describe, it } from 'node:test'
import fc from 'fast-check'
import { Document, isCollection, isScalar, parseAllDocuments, visit } from 'yaml'
import { renderText } from '../../src/render/render-text.js'
import { assertValidRender } from '../support/kube-validate.js'

const HOOK_IMAGE = 'init.hook.restore.velero.io/container-image'
const HOOK_NAME = 'init.hook.restore.velero.io/container-name'
const HOOK_COMMAND = 'init.hook.restore.velero.io/command'

type Json = Record<string, unknown>

interface PodCase {
  kind: 'Pod' | 'Deployment' | 'CronJob'
  hook: { image: string; name?: string; argv: string[] } | undefined
  containers: Json[]
  /** undefined: no key; null: `initContainers: null`; else the list. */
  initContainers: Json[] | null | undefined
  extra: Json
}

const label = fc.stringMatching(/^[a-z][a-z0-9]{0,6}$/)
/** Any text, including quotes, colons, '#', newlines and non-ASCII: the emitter must quote right. */
const anyText = fc.string({ unit: 'grapheme', maxLength: 12 })
const mount = fc.record(
  {
    name: label,
    mountPath: fc.oneof(label.map((s) => `/${s}`), anyText.filter((t) => t !== '')),
    readOnly: fc.boolean(),
    subPath: anyText,
    // subPathExpr with a variable (the container defines it), without one, or with an escaped `$$(`.
    subPathExpr: fc.constantFrom('$(POD_NAME)', 'logs', 'a-$$(x)'),
    mountPropagation: fc.constantFrom('None', 'HostToContainer', 'Bidirectional'),
  },
  { requiredKeys: ['name', 'mountPath'], noNullPrototype: true },
)
/**
 * A valid container: unique mountPaths; subPath or subPathExpr, not both; Bidirectional only when
 * privileged; POD_NAME in env when a subPathExpr uses it. (Volumes are added to the pod spec.)
 */
const container = (prefix: string, i: number): fc.Arbitrary<Json> =>
  fc
    .record(
      {
        image: fc.constantFrom('nginx:1.27', 'busybox', 'envoy:1.30'),
        volumeMounts: fc.uniqueArray(mount, { maxLength: 3, selector: (m) => m.mountPath }),
        privileged: fc.boolean(),
      },
      { requiredKeys: ['image'], noNullPrototype: true },
    )
    .map(({ privileged, volumeMounts, ...c }) => {
      const mounts = volumeMounts?.map((m) => {
        const out: Json = { ...m }
        if (out.subPathExpr !== undefined) delete out.subPath
        if (out.mountPropagation === 'Bidirectional' && !privileged) out.mountPropagation = 'HostToContainer'
        return out
      })
      return {
        name: `${prefix}${i}`,
        ...c,
        ...(mounts ? { volumeMounts: mounts } : {}),
        ...(mounts?.some((m) => m.subPathExpr === '$(POD_NAME)') ? { env: [{ name: 'POD_NAME', value: 'p' }] } : {}),
        ...(privileged ? { securityContext: { privileged: true } } : {}),
      }
    })

const podCase: fc.Arbitrary<PodCase> = fc.record({
  kind: fc.constantFrom('Pod', 'Deployment', 'CronJob'),
  hook: fc.option(
    fc.record(
      {
        image: fc.constantFrom('alpine:3.20', 'alpine:latest', 'registry.example.com:5000/tools/x@sha256:' + 'a'.repeat(64), '123456789012.dkr.ecr.eu-west-1.amazonaws.com/t:1'),
        name: label.map((s) => `hook-${s}`),
        argv: fc.array(anyText, { maxLength: 4 }),
      },
      { requiredKeys: ['image', 'argv'], noNullPrototype: true },
    ),
    { nil: undefined, freq: 4 },
  ),
  containers: fc.integer({ min: 1, max: 3 }).chain((n) => fc.tuple(...Array.from({ length: n }, (_, i) => container('app', i)))),
  initContainers: fc.oneof(
    fc.constant(undefined),
    fc.constant(null),
    fc
      .tuple(fc.constantFrom('none', 'first', 'second'), fc.integer({ min: 0, max: 3 }))
      .chain(([wait, n]) =>
        fc.tuple(...Array.from({ length: n }, (_, i) => container('init', i))).map((list) => {
          const rw = { name: 'restore-wait', image: 'velero/velero:v1.18.2' }
          if (wait === 'first') return [rw, ...list]
          if (wait === 'second' && list.length > 0) return [list[0]!, rw, ...list.slice(1)]
          return list
        }),
      ),
  ),
  extra: fc.record({ restartPolicy: fc.constantFrom('Always', 'OnFailure'), dnsPolicy: fc.constant('ClusterFirst') }, { requiredKeys: [], noNullPrototype: true }),
})

const TEMPLATE_AT: Record<PodCase['kind'], string[]> = { Pod: [], Deployment: ['spec', 'template'], CronJob: ['spec', 'jobTemplate', 'spec', 'template'] }

function manifestOf(c: PodCase, i: number): Json {
  const annotations: Json = {}
  if (c.hook) {
    annotations[HOOK_IMAGE] = c.hook.image
    if (c.hook.name) annotations[HOOK_NAME] = c.hook.name
    annotations[HOOK_COMMAND] = JSON.stringify(c.hook.argv)
  }
  const spec: Json = {}
  // Key order varies: initContainers before or after containers.
  if (c.initContainers !== undefined && i % 2 === 0) spec.initContainers = c.initContainers
  spec.containers = c.containers
  if (c.initContainers !== undefined && i % 2 === 1) spec.initContainers = c.initContainers
  Object.assign(spec, c.extra)
  // Every mounted volume exists: the input is valid Kubernetes.
  const volumes = new Set([...c.containers, ...(c.initContainers ?? [])].flatMap((x) => ((x.volumeMounts as Json[] | undefined) ?? []).map((m) => m.name as string)))
  if (volumes.size > 0) spec.volumes = [...volumes].map((name) => ({ name, emptyDir: {} }))
  const pod: Json = { metadata: { name: `p${i}`, annotations }, spec }
  const at = TEMPLATE_AT[c.kind]
  let root: Json = pod
  for (const key of [...at].reverse()) root = { [key]: root }
  return { apiVersion: 'v1', kind: c.kind, ...(c.kind === 'Pod' ? pod : { metadata: { name: `w${i}` }, ...root }) }
}

/**
 * What mode app copies of a mount: Bidirectional propagation dropped (the init container is not
 * privileged), a subPathExpr with a variable not copied (the init container has no env).
 */
function appMount(m: Json): Json[] {
  if (typeof m.subPathExpr === 'string' && /(^|[^$])(\$\$)*\$\(/.test(m.subPathExpr)) return []
  if (m.mountPropagation !== 'Bidirectional') return [m]
  const { mountPropagation: _, ...rest } = m
  return [rest]
}

/** What Velero makes of the case (mode none: its container exactly; app: plus our pull policy and mounts): the oracle. */
function expectedOf(c: PodCase, manifest: Json, mounts: 'app' | 'none'): Json {
  const out = structuredClone(manifest)
  if (!c.hook) return out
  let pod = out
  for (const key of TEMPLATE_AT[c.kind]) pod = pod[key] as Json
  const spec = pod.spec as Json
  const list = Array.isArray(spec.initContainers) ? (spec.initContainers as Json[]) : (spec.initContainers = [])
  const index = list[0]?.name === 'restore-wait' ? 1 : 0
  const appMounts = ((c.containers[0]!.volumeMounts as Json[] | undefined) ?? []).flatMap(appMount)
  list.splice(index, 0, {
    name: c.hook.name ?? 'velero-restore-init-0',
    image: c.hook.image,
    ...(c.hook.argv.length > 0 ? { command: c.hook.argv } : {}),
    ...(mounts === 'app' ? { imagePullPolicy: 'IfNotPresent' } : {}),
    ...(mounts === 'app' && appMounts.length > 0 ? { volumeMounts: appMounts } : {}),
  })
  return out
}

interface Style {
  indent: number
  indentSeq: boolean
  stringType: 'PLAIN' | 'QUOTE_DOUBLE' | 'QUOTE_SINGLE'
  /** Bits choosing which collections are flow and which nodes get comments. */
  seed: number
  crlf: boolean
  bom: boolean
  mounts: 'app' | 'none'
}

const style: fc.Arbitrary<Style> = fc.record({
  indent: fc.constantFrom(2, 4),
  indentSeq: fc.boolean(),
  stringType: fc.constantFrom('PLAIN', 'QUOTE_DOUBLE', 'QUOTE_SINGLE'),
  seed: fc.integer({ min: 0, max: 0x7fffffff }),
  crlf: fc.boolean(),
  bom: fc.boolean(),
  mounts: fc.constantFrom('app', 'none'),
})

function textOf(manifests: Json[], s: Style): string {
  let bits = s.seed
  const next = (): boolean => {
    bits = (bits * 1103515245 + 12345) & 0x7fffffff
    return (bits & 0x10000) !== 0
  }
  const parts = manifests.map((m) => {
    const doc = new Document(m)
    visit(doc, {
      Node(_k, node) {
        if (isCollection(node) && next() && next()) node.flow = true
        if (isScalar(node) && next() && next() && next()) node.commentBefore = ' a comment'
        if (isScalar(node) && next() && next() && next()) node.comment = ' trailing'
      },
    })
    return doc.toString({ indent: s.indent, indentSeq: s.indentSeq, defaultStringType: s.stringType, defaultKeyType: 'PLAIN' })
  })
  let text = parts.join('---\n')
  if (s.crlf) text = text.replace(/\n/g, '\r\n')
  return (s.bom ? '\uFEFF' : '') + text
}

function isSubsequence(small: string, big: string): boolean {
  let j = 0
  for (let i = 0; i < big.length && j < small.length; i++) if (big[i] === small[j]) j++
  return j === small.length
}

/** The property for one generated file; returns how many containers it rendered. */
function checkFile(cases: PodCase[], s: Style): number {
  const manifests = cases.map(manifestOf)
  const input = textOf(manifests, s)
  // The generated text must mean what we generated (a sanity check of the generator itself).
  const back = parseAllDocuments(input.replace(/^\uFEFF/, '')).map((d) => d.toJS() as unknown)
  fc.pre(back.length === manifests.length && back.every((v, i) => JSON.stringify(v) === JSON.stringify(manifests[i])))
  let output: string | undefined
  try {
    const r = renderText('gen.yaml', input, { volumeMounts: s.mounts })
    output = r.output
    return checkRender(cases, manifests, s, input, r)
  } catch (e) {
    // Show the YAML itself in the counterexample report.
    throw new Error(`${(e as Error).message}\n--- input ---\n${input}\n--- output ---\n${output ?? '(unchanged)'}`)
  }
}

function checkRender(cases: PodCase[], manifests: Json[], s: Style, input: string, r: ReturnType<typeof renderText>): number {
  const hooked = cases.filter((c) => c.hook).length
  assert.deepEqual(r.notes.filter((n) => n.kind !== 'already-rendered' && n.kind !== 'adapted'), [], 'no pod was skipped')
  assertValidRender('gen.yaml', r)
  assert.equal(r.changes.length, hooked)
  const output = r.output ?? input
  if (hooked === 0) assert.equal(r.output, undefined)

  const outDocs = parseAllDocuments(output.replace(/^\uFEFF/, ''))
  const inDocs = parseAllDocuments(input.replace(/^\uFEFF/, ''))
  assert.equal(outDocs.length, cases.length)
  cases.forEach((c, i) => {
    assert.equal(outDocs[i]!.errors.length, 0)
    assert.deepEqual(outDocs[i]!.toJS(), expectedOf(c, manifests[i]!, s.mounts))
    if (!c.hook) {
      const a = inDocs[i]!.range
      const b = outDocs[i]!.range
      assert.equal(output.replace(/^\uFEFF/, '').slice(b[0], b[2]), input.replace(/^\uFEFF/, '').slice(a[0], a[2]))
    }
  })
  assert.equal(output.startsWith('\uFEFF'), s.bom)
  if (s.crlf) assert.ok(!/[^\r]\n/.test(output), 'CRLF everywhere')
  // Only `initContainers: null` has text removed (the null); otherwise the edit is a pure insertion.
  if (!cases.some((c) => c.hook && c.initContainers === null)) assert.ok(isSubsequence(input, output), 'pure insertion')
  assert.equal(renderText('gen.yaml', output, { volumeMounts: s.mounts }).output, undefined, 'idempotent')
  return hooked
}

describe('render property', () => {
  it('each output document is its input plus exactly the injected container', () => {
    let rendered = 0
    fc.assert(
      fc.property(fc.array(podCase, { minLength: 1, maxLength: 3 }), style, (cases, s) => {
        rendered += checkFile(cases, s)
      }),
      { numRuns: 300, includeErrorInReport: true },
    )
    assert.ok(rendered > 100, `only ${rendered} containers rendered`)
  })
})
