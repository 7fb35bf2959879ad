/**
 * Render one file: for every pod spec whose annotations make Velero inject a restore init container
 * (Velero's own decision, velero/init-hook.ts; never the lint rules'), splice that container into
 * the source text, leaving every other byte alone; then re-parse the result and check that each
 * changed document equals its input plus exactly the injected containers. A pod where what Velero
 * injects would not run (Velero panics, removes it, or the API server or kubelet rejects it) is left
 * unchanged with a note saying so. Pure: no I/O.
 */
import { isDeepStrictEqual } from 'node:util'
import { isMap, isSeq, type Document } from 'yaml'
import type { Finding } from '../engine/finding.js'
import { lintText, type FileLint } from '../engine/lint-text.js'
import type { RuleSet } from '../engine/rule-set.js'
import { buildDocumentModel, deref, getPair, getString, pathText, type DocumentModel, type PodTemplateTarget, type ResourceRef, type YamlPath } from '../engine/model.js'
import { defaultRuleSet } from '../rules/index.js'
import { deepNestingOffset, parseManifestText, type ParsedFile } from '../yaml/parse.js'
import { isExcessiveAliasing, measureAliasExpansion } from '../yaml/aliasing.js'
import { nameTakenOf, rejectionOf } from './admission.js'
import { emptyInitCommandPanics, LATEST_RELEASE, type VeleroVersion } from '../velero/versions.js'
import { givenHook, initHookOf, type InitContainer, type InitHook, type VolumeMountsMode } from './init-container.js'
import { hookIndex, planInsertion, type SourceText } from './insert.js'
import { applyEdits, firstLineEol, type TextEdit } from '../yaml/text-edit.js'
import type { PlannedInitContainer } from '../engine/hook-plan-types.js'
import { extractDocumentFacts } from '../engine/repo-facts.js'
import { describeVeleroObject } from '../engine/repo-model.js'
import { podNameClash, specContainerFor } from './spec-container.js'
import { workloadKey, type SpecInitLookup, type SpecInitPlan } from './spec-inits.js'

export interface RenderTextOptions {
  /**
   * `app` (default): the design document's container, with `imagePullPolicy: IfNotPresent` and the
   * first app container's volumeMounts; `none`: exactly Velero's container (name, image, command).
   */
  volumeMounts?: VolumeMountsMode
  /**
   * The Velero version rendered for: an init hook with an image and no command panics Velero up to
   * 1.18.2 (the pod is left unchanged) and runs the image's entrypoint on main. Default: the rules'.
   */
  veleroVersion?: VeleroVersion
  /** The rules for the file's findings. What is rendered never depends on them. */
  ruleSet?: RuleSet
  /**
   * The hook to render for a pod instead of the one its annotations define. A test seam: it lets the
   * corpus tests put a hook into every real pod spec to exercise the editor on real layouts.
   */
  hookOf?: (doc: Document, pod: PodTemplateTarget) => InitHook
  /**
   * The Restore-spec init containers of the repository's pods (spec-inits.ts, from the hook plan):
   * written into pods without an annotation init hook, after a `restore-wait` at index 0.
   */
  specInits?: SpecInitLookup
}

export interface PodLocation {
  /** Index of the YAML document in the file. */
  document: number
  resource: ResourceRef
  /** YAML path of the pod spec's parent inside the document ('' for a Pod). */
  path: string
  /** 1-based line of the pod (or pod template) in the input. */
  line: number
}

export interface RenderChange extends PodLocation {
  /** The pod's path as data (path is its text form). */
  podPath: YamlPath
  container: InitContainer
  /** Index of the new container in spec.initContainers. */
  index: number
  /** The splices, in offsets of the input text without its BOM. */
  edits: TextEdit[]
}

export type RenderNoteKind =
  /**
   * What Velero injects would not run: Velero panics or removes it, the API server rejects the
   * object or the restored pod, or the kubelet cannot pull the image. The pod is left unchanged.
   */
  | 'invalid-hook'
  /** Another container of the pod already has the hook's name. */
  | 'name-taken'
  /** A layout this renderer does not edit (aliases, merge keys, a spec that is not a mapping…). */
  | 'unsupported'
  /** The hook container is already at its place: the file was rendered before. */
  | 'already-rendered'
  /** The edited document did not re-parse to the expected value; it was left unchanged. */
  | 'not-verified'
  /** Several Restores of the repository inject different spec init containers into the pod: the render shows one Restore's. */
  | 'other-restores'
  /**
   * Mode `app` rendered the pod, but changed a copied volume mount so the API server and kubelet
   * accept it (a mount of a missing volume, Bidirectional propagation, a subPathExpr with variables).
   */
  | 'adapted'

export interface RenderNote extends PodLocation {
  kind: RenderNoteKind
  /** Why the pod was left unchanged (or, for 'adapted', what was changed and why), as a sentence. */
  message: string
}

export interface FileRender {
  file: string
  /** The rendered text, or undefined when the file needs no change. */
  output: string | undefined
  changes: RenderChange[]
  notes: RenderNote[]
  /** The file's lint findings (they explain the hooks, but never decide what is rendered). */
  findings: Finding[]
}

export function renderText(file: string, raw: string, options: RenderTextOptions = {}): FileRender {
  const ruleSet = options.ruleSet ?? defaultRuleSet()
  return renderLinted(lintText(file, raw, ruleSet), { ...options, veleroVersion: options.veleroVersion ?? ruleSet.veleroVersion }, raw)
}

/**
 * Render from a file's lint (as runLint's onFile hands it over), without parsing again. The lint
 * leaves a file without Velero content unparsed; when a Restore elsewhere gives its pods spec init
 * containers, `raw` (the file's text) is parsed here for them.
 */
export function renderLinted(lint: FileLint, options: RenderTextOptions = {}, raw?: string): FileRender {
  const result: FileRender = { file: lint.file, output: undefined, changes: [], notes: [], findings: lint.findings }
  const { parsed, models } = lint.parsed ? lint : (parseForSpecInits(lint.file, raw, options.specInits) ?? lint)
  if (!parsed) return result
  const context: PodRenderContext = {
    src: { text: parsed.text, eol: firstLineEol(parsed.text) },
    parsed,
    mode: options.volumeMounts ?? 'app',
    hookOf: options.hookOf,
    emptyCommand: emptyInitCommandPanics(options.veleroVersion ?? LATEST_RELEASE) ? 'panics' : 'entrypoint',
  }
  for (const model of models) {
    const specOf = specInitsOfDocument(lint.file, model, parsed, options.specInits)
    for (const pod of model.pods) {
      const outcome = renderPod(context, model, pod, specOf?.get(pathText([...pod.path, 'metadata', 'labels'])))
      result.changes.push(...(outcome?.changes ?? []))
      result.notes.push(...(outcome?.notes ?? []))
    }
  }
  if (result.changes.length === 0) return result
  return applyVerified(result, parsed)
}

/** What every pod of one file is rendered with. */
interface PodRenderContext {
  src: SourceText
  parsed: ParsedFile
  mode: VolumeMountsMode
  hookOf: RenderTextOptions['hookOf']
  emptyCommand: 'panics' | 'entrypoint'
}

/** What render does with one pod: changes to make (with notes on what it adapted), or notes saying why it leaves the pod alone. */
interface PodOutcome {
  changes?: RenderChange[]
  notes: RenderNote[]
}

const TEMPLATE_MARK = /\{\{|\{%/

/**
 * A file the lint did not parse (no Velero content), parsed for the spec init containers the
 * repository gives its pods, with the guards the facts pass used (repo-facts factsOfText): documents
 * that do not parse, nest too deeply or alias-bomb get no model, and a template is never rendered.
 */
function parseForSpecInits(file: string, raw: string | undefined, lookup: SpecInitLookup | undefined): { parsed: ParsedFile; models: DocumentModel[] } | undefined {
  if (raw === undefined || !lookup || TEMPLATE_MARK.test(raw)) return undefined
  const prefix = `${file}\u0000`
  if (![...lookup.keys()].some((k) => k.startsWith(prefix))) return undefined
  try {
    const parsed = parseManifestText(raw)
    if (deepNestingOffset(parsed.text) !== undefined) return undefined
    const models: DocumentModel[] = []
    parsed.documents.forEach((document, i) => {
      if (document.errors.length === 0 && !isExcessiveAliasing(measureAliasExpansion(document))) models.push(buildDocumentModel(document, i))
    })
    return { parsed, models }
  } catch {
    return undefined // the parser itself failed (pathological nesting): nothing to render
  }
}

/** The spec init containers of a document's pods, by pod path; undefined when the repository has none for the file. */
function specInitsOfDocument(file: string, model: DocumentModel, parsed: ParsedFile, lookup: SpecInitLookup | undefined): Map<string, SpecInitPlan> | undefined {
  if (!lookup || lookup.size === 0 || model.pods.length === 0) return undefined
  const out = new Map<string, SpecInitPlan>()
  for (const w of extractDocumentFacts(file, model.document, model, parsed.lineCounter).workloads) {
    const spec = lookup.get(workloadKey(w))
    // Keyed by the place of the pod's labels: pathText([...podPath, 'metadata', 'labels']).
    if (spec) out.set(w.podLabelsPlace.path, spec)
  }
  return out
}

function locate(context: PodRenderContext, model: DocumentModel, pod: PodTemplateTarget): PodLocation {
  return { document: model.index, resource: pod.resource, path: pathText(pod.path), line: context.parsed.lineCounter.linePos(pod.node.range?.[0] ?? 0).line }
}

/** undefined: the pod has no init hook (or is not a pod spec), so there is nothing to say. */
function renderPod(context: PodRenderContext, model: DocumentModel, pod: PodTemplateTarget, spec: SpecInitPlan | undefined): PodOutcome | undefined {
  if (pod.role === 'values') return undefined // Helm-values podAnnotations: there is no pod spec to render into
  const doc = model.document
  const hook = context.hookOf ? givenHook(context.hookOf(doc, pod), pod) : initHookOf(doc, pod, context.mode, context.emptyCommand)
  if (hook.kind === 'none') return spec ? renderSpecInits(context, model, pod, spec) : undefined
  const where = locate(context, model, pod)
  const note = (kind: RenderNoteKind, message: string): PodOutcome => ({ notes: [{ ...where, kind, message }] })
  if (hook.kind !== 'container') return note(hook.kind === 'invalid' ? 'invalid-hook' : 'unsupported', `left unchanged: ${hook.reason}.`)
  const container = hook.container
  const rejection = rejectionOf(container)
  if (rejection) return note('invalid-hook', `left unchanged: ${rejection}.`)
  const isPresent = (item: unknown): boolean => {
    const node = deref(doc, item)
    return isMap(node) && getString(doc, node, 'name') === container.name && isDeepStrictEqual(toPlain(doc, node), container)
  }
  if (hookContainerInPlace(doc, pod, isPresent)) return note('already-rendered', `init container "${container.name}" is already in place.`)
  const taken = nameTakenOf(pod, container, hook.generatedName ?? false)
  if (taken) return note('name-taken', `left unchanged: ${taken}.`)
  const plan = planInsertion({ src: context.src, doc, pod, containers: [container], isPresent: (items, index) => index < items.length && isPresent(items[index]) })
  if (plan.kind === 'present') return note('already-rendered', `init container "${container.name}" is already in place.`)
  if (plan.kind === 'unsupported') return note('unsupported', `left unchanged: ${plan.reason}.`)
  const adapted = (hook.adaptations ?? []).map((a): RenderNote => ({ ...where, kind: 'adapted', message: `init container "${container.name}": ${a}.` }))
  return { changes: [{ ...where, podPath: pod.path, container, index: plan.index, edits: plan.edits }], notes: adapted }
}

/** The containers Velero injects from the Restore (those that would run), with notes on the ones left out. */
function acceptedSpecContainers(doc: Document, pod: PodTemplateTarget, spec: SpecInitPlan, note: (kind: RenderNoteKind, message: string) => RenderNote) {
  const accepted: InitContainer[] = []
  const planned: PlannedInitContainer[] = []
  const notes: RenderNote[] = []
  const names = new Set<string>()
  for (const p of spec.containers) {
    const outcome = specContainerFor(p, doc, pod, names)
    if (outcome.kind === 'skip') {
      notes.push(note(outcome.note, `${outcome.reason}.`))
      continue
    }
    names.add(outcome.container.name)
    accepted.push(outcome.container)
    planned.push(p)
    for (const a of outcome.adaptations) notes.push(note('adapted', `${a}.`))
  }
  return { accepted, planned, notes }
}

/** A pod without an annotation init hook that a Restore of the repository gives spec init containers (§2.4). */
function renderSpecInits(context: PodRenderContext, model: DocumentModel, pod: PodTemplateTarget, spec: SpecInitPlan): PodOutcome {
  const doc = model.document
  const where = locate(context, model, pod)
  const note = (kind: RenderNoteKind, message: string): RenderNote => ({ ...where, kind, message })
  if (spec.invalid) return { notes: [note('invalid-hook', `left unchanged: ${spec.invalid}.`)] }
  const others = spec.others.map((o) => note('other-restores', `${describeVeleroObject(o)} would inject other init containers; this render shows those of ${describeVeleroObject(spec.restore)}.`))
  const { accepted, planned, notes } = acceptedSpecContainers(doc, pod, spec, note)
  notes.unshift(...others)
  if (accepted.length === 0) return { notes }
  const isPresent = (items: readonly unknown[], index: number): boolean => accepted.every((c, i) => index + i < items.length && sameContainer(doc, items[index + i], c))
  const initSeq = deref(doc, getPair(pod.spec, 'initContainers')?.value)
  const names = accepted.map((c) => `"${c.name}"`).join(', ')
  if (isSeq(initSeq) && isPresent(initSeq.items, hookIndex(doc, initSeq))) return { notes: [...notes, note('already-rendered', `init containers ${names} are already in place.`)] }
  for (const [i, c] of accepted.entries()) {
    const clash = podNameClash(pod, c, planned[i]!)
    if (clash?.kind === 'skip') return { notes: [...notes.filter((n) => n.kind !== 'adapted'), note(clash.note, `left unchanged: ${clash.reason}.`)] }
  }
  const plan = planInsertion({ src: context.src, doc, pod, containers: accepted, isPresent })
  if (plan.kind === 'present') return { notes: [...notes, note('already-rendered', `init containers ${names} are already in place.`)] }
  if (plan.kind === 'unsupported') return { notes: [...notes.filter((n) => n.kind !== 'adapted'), note('unsupported', `left unchanged: ${plan.reason}.`)] }
  const changes = accepted.map((container, i): RenderChange => ({ ...where, podPath: pod.path, container, index: plan.index + i, edits: i === 0 ? plan.edits : [] }))
  return { changes, notes }
}

function sameContainer(doc: Document, item: unknown, container: InitContainer): boolean {
  const node = deref(doc, item)
  return isMap(node) && getString(doc, node, 'name') === container.name && isDeepStrictEqual(toPlain(doc, node), container)
}

/**
 * A rendered file holds the hook container at its place: that is the hook itself, not a conflict
 * (init-hook-name-conflict still tells users Velero would inject it once more).
 */
function hookContainerInPlace(doc: Document, pod: PodTemplateTarget, isPresent: (item: unknown) => boolean): boolean {
  const initSeq = deref(doc, getPair(pod.spec, 'initContainers')?.value)
  if (!isSeq(initSeq)) return false
  const index = hookIndex(doc, initSeq)
  return index < initSeq.items.length && isPresent(initSeq.items[index])
}

/** Apply, verify, and drop the changes of any document that does not verify (then try the rest again). */
function applyVerified(result: FileRender, parsed: ParsedFile): FileRender {
  for (let attempt = 0; attempt < 3 && result.changes.length > 0; attempt++) {
    const overlapping = overlappingChanges(result.changes)
    const applied = applyEdits(parsed.text, result.changes.filter((c) => !overlapping.has(c)).flatMap((c) => c.edits))
    const failed = overlapping.size > 0 ? new Set([...overlapping].map((c) => c.document)) : verifyRender(parsed, applied, result.changes)
    if (failed.size === 0) {
      result.output = (parsed.hadBom ? '\uFEFF' : '') + applied
      return result
    }
    for (const change of result.changes.filter((c) => failed.has(c.document))) {
      result.notes.push({
        document: change.document,
        resource: change.resource,
        path: change.path,
        line: change.line,
        kind: 'not-verified',
        message: 'left unchanged: the edited document did not read back as the input plus the init container (please report this).',
      })
    }
    result.changes = result.changes.filter((c) => !failed.has(c.document))
    result.notes = result.notes.filter((n) => n.kind !== 'adapted' || !failed.has(n.document))
  }
  result.output = undefined
  result.changes = []
  result.notes = result.notes.filter((n) => n.kind !== 'adapted')
  return result
}

function toPlain(doc: Document, node: { toJS(doc: Document): unknown }): unknown {
  try {
    return node.toJS(doc)
  } catch {
    return undefined
  }
}

function allEdits(changes: readonly RenderChange[]): { edit: TextEdit; change: RenderChange }[] {
  return changes.flatMap((change) => change.edits.map((edit) => ({ edit, change }))).sort((a, b) => a.edit.start - b.edit.start || a.edit.end - b.edit.end)
}

/** Changes whose edits touch the same text as an earlier change's (never seen; guarded anyway). */
function overlappingChanges(changes: readonly RenderChange[]): Set<RenderChange> {
  const out = new Set<RenderChange>()
  let last: { end: number; change: RenderChange } | undefined
  for (const { edit, change } of allEdits(changes)) {
    if (last && last.change !== change && edit.start <= last.end) out.add(change)
    if (!last || edit.end >= last.end) last = { end: edit.end, change }
  }
  return out
}

function getAt(root: unknown, path: YamlPath): unknown {
  let cur = root
  for (const seg of path) {
    if (cur === null || typeof cur !== 'object') return undefined
    cur = (cur as Record<string | number, unknown>)[seg]
  }
  return cur
}

/**
 * Documents (indices) of the output that are not exactly what we meant: a changed document must
 * equal its input plus the injected containers; any other document must be the same text.
 */
export function verifyRender(input: ParsedFile, output: string, changes: readonly RenderChange[]): Set<number> {
  const changedDocs = new Set(changes.map((c) => c.document))
  const out = parseManifestText(output)
  if (out.documents.length !== input.documents.length) return changedDocs
  const failed = new Set<number>()
  input.documents.forEach((before, i) => {
    const after = out.documents[i]!
    if (!changedDocs.has(i)) {
      const a = before.range
      const b = after.range
      if (input.text.slice(a[0], a[2]) !== output.slice(b[0], b[2])) {
        // Unchanged text that moved into another document means an edit went astray: blame them all.
        for (const d of changedDocs) failed.add(d)
      }
      return
    }
    try {
      if (after.errors.length > 0) throw new Error('syntax')
      const expected = structuredClone(before.toJS()) as unknown
      for (const change of changes.filter((c) => c.document === i)) {
        const target = getAt(expected, change.podPath)
        const spec = (target as Record<string, unknown> | undefined)?.spec as Record<string, unknown> | undefined
        if (!spec || typeof spec !== 'object') throw new Error('no spec')
        const list = Array.isArray(spec.initContainers) ? spec.initContainers : (spec.initContainers = [])
        if (change.index > list.length) throw new Error('index')
        list.splice(change.index, 0, structuredClone(change.container))
      }
      if (!isDeepStrictEqual(after.toJS(), expected)) throw new Error('differs')
    } catch {
      failed.add(i)
    }
  })
  return failed
}

