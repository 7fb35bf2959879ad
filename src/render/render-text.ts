/**
 * Render one file: for every pod spec with a valid restore init hook, splice the container Velero
 * would inject into the source text, leaving every other byte alone; then re-parse the result and
 * check that each changed document equals its input plus exactly the injected containers. Pure: no I/O.
 */
import { isDeepStrictEqual } from 'node:util'
import { isMap, isSeq, type Document } from 'yaml'
import type { Finding } from '../engine/finding.js'
import { lintText, type FileLint } from '../engine/lint-text.js'
import type { RuleSet } from '../engine/rule-set.js'
import { deref, getPair, getString, pathText, type DocumentModel, type PodTemplateTarget, type ResourceRef, type YamlPath } from '../engine/model.js'
import { defaultRuleSet } from '../rules/index.js'
import { parseManifestText, type ParsedFile } from '../yaml/parse.js'
import { key } from '../velero/keys.js'
import { initHookOf, type InitContainer, type InitHook, type VolumeMountsMode } from './init-container.js'
import { hookIndex, planInsertion, type SourceText } from './insert.js'
import { applyEdits, firstLineEol, type TextEdit } from '../yaml/text-edit.js'

export interface RenderTextOptions {
  /** `app` (default): copy the first app container's volumeMounts; `none`: none, as Velero <= 1.18 does. */
  volumeMounts?: VolumeMountsMode
  ruleSet?: RuleSet
  /**
   * The hook to render for a pod instead of the one its annotations define. A test seam: it lets the
   * corpus tests put a hook into every real pod spec to exercise the editor on real layouts.
   */
  hookOf?: (doc: Document, pod: PodTemplateTarget) => InitHook
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
  /** An error finding of an init-hook rule: Velero would skip or fail this pod. */
  | 'invalid-hook'
  /** Another container of the pod already has the hook's name. */
  | 'name-taken'
  /** A layout this renderer does not edit (aliases, merge keys, a spec that is not a mapping…). */
  | 'unsupported'
  /** The hook container is already at its place: the file was rendered before. */
  | 'already-rendered'
  /** The edited document did not re-parse to the expected value; it was left unchanged. */
  | 'not-verified'

export interface RenderNote extends PodLocation {
  kind: RenderNoteKind
  /** Why the pod was left unchanged, as a sentence. */
  message: string
}

export interface FileRender {
  file: string
  /** The rendered text, or undefined when the file needs no change. */
  output: string | undefined
  changes: RenderChange[]
  notes: RenderNote[]
  /** The file's lint findings (the ones that explain skipped pods among them). */
  findings: Finding[]
}

/**
 * Error findings that mean Velero would skip or fail the pod's init hook, so render leaves the pod
 * unchanged. 'annotations': anywhere in the pod's annotations; 'init-command': on the init command.
 */
const BLOCKING_RULES: ReadonlyMap<string, 'annotations' | 'init-command'> = new Map([
  ['init-hook-missing-command', 'annotations'],
  ['init-hook-invalid-name', 'annotations'],
  ['init-hook-name-conflict', 'annotations'],
  ['init-hook-invalid-image', 'annotations'],
  // A non-string hook value makes kubectl and the API server reject the whole object.
  ['hook-annotation-not-string', 'annotations'],
  ['hook-command-invalid-json', 'init-command'],
])

export function renderText(file: string, raw: string, options: RenderTextOptions = {}): FileRender {
  return renderLinted(lintText(file, raw, options.ruleSet ?? defaultRuleSet()), options)
}

/** Render from a file's lint (as runLint's onFile hands it over), without parsing again. */
export function renderLinted(lint: FileLint, options: RenderTextOptions = {}): FileRender {
  const result: FileRender = { file: lint.file, output: undefined, changes: [], notes: [], findings: lint.findings }
  const parsed = lint.parsed
  if (!parsed) return result
  const context: PodRenderContext = {
    src: { text: parsed.text, eol: firstLineEol(parsed.text) },
    parsed,
    mode: options.volumeMounts ?? 'app',
    hookOf: options.hookOf,
    blockers: blockingFindings(lint.findings, parsed),
  }
  for (const model of lint.models) {
    for (const pod of model.pods) {
      const outcome = renderPod(context, model, pod)
      if (outcome?.change) result.changes.push(outcome.change)
      if (outcome?.note) result.notes.push(outcome.note)
    }
  }
  if (result.changes.length === 0) return result
  return applyVerified(result, parsed)
}

/** An error finding of a BLOCKING_RULES rule, with its offset in the text. */
interface Blocker {
  finding: Finding
  offset: number
}

function blockingFindings(findings: readonly Finding[], parsed: ParsedFile): Blocker[] {
  return findings
    .filter((f) => f.severity === 'error' && BLOCKING_RULES.has(f.ruleId))
    .map((f) => ({ finding: f, offset: (parsed.lineCounter.lineStarts[f.line - 1] ?? 0) + f.column - 1 }))
}

/** What every pod of one file is rendered with. */
interface PodRenderContext {
  src: SourceText
  parsed: ParsedFile
  mode: VolumeMountsMode
  hookOf: RenderTextOptions['hookOf']
  blockers: readonly Blocker[]
}

/** What render does with one pod: a change to make, or a note saying why it leaves the pod alone. */
type PodOutcome = { change: RenderChange; note?: undefined } | { change?: undefined; note: RenderNote }

/** undefined: the pod has no init hook (or is not a pod spec), so there is nothing to say. */
function renderPod(context: PodRenderContext, model: DocumentModel, pod: PodTemplateTarget): PodOutcome | undefined {
  if (pod.role === 'values') return undefined // Helm-values podAnnotations: there is no pod spec to render into
  const doc = model.document
  const hook = context.hookOf ? context.hookOf(doc, pod) : initHookOf(doc, pod, context.mode)
  if (hook.kind === 'none') return undefined
  const where: PodLocation = {
    document: model.index,
    resource: pod.resource,
    path: pathText(pod.path),
    line: context.parsed.lineCounter.linePos(pod.node.range?.[0] ?? 0).line,
  }
  const note = (kind: RenderNoteKind, message: string): PodOutcome => ({ note: { ...where, kind, message } })
  const container = hook.kind === 'container' ? hook.container : undefined
  const isPresent = (item: unknown): boolean => {
    const node = deref(doc, item)
    return container !== undefined && isMap(node) && getString(doc, node, 'name') === container.name && isDeepStrictEqual(toPlain(doc, node), container)
  }
  if (container && hookContainerInPlace(doc, pod, isPresent)) return note('already-rendered', `init container "${container.name}" is already in place.`)
  const blocking = blockersOf(pod, context.blockers)
  if (blocking.length > 0) {
    const ids = [...new Set(blocking.map((b) => b.finding.ruleId))].join(', ')
    return note('invalid-hook', `left unchanged: its init hook has errors (${ids}), so Velero would not inject it as written.`)
  }
  if (!container) return note('unsupported', `left unchanged: ${hook.kind === 'unsupported' ? hook.reason : 'no container'}.`)
  const taken = [...pod.containers, ...pod.initContainers, ...pod.ephemeralContainers].some((c) => c.name === container.name)
  if (taken) {
    return note(
      'name-taken',
      `left unchanged: the pod already has a container named "${container.name}" that differs from the hook container; remove it (or set ${key('init', 'container-name')}) and render again.`,
    )
  }
  const plan = planInsertion({ src: context.src, doc, pod, container, isPresent })
  if (plan.kind === 'present') return note('already-rendered', `init container "${container.name}" is already in place.`)
  if (plan.kind === 'unsupported') return note('unsupported', `left unchanged: ${plan.reason}.`)
  return { change: { ...where, podPath: pod.path, container, index: plan.index, edits: plan.edits } }
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
  }
  result.output = undefined
  result.changes = []
  return result
}

function toPlain(doc: Document, node: { toJS(doc: Document): unknown }): unknown {
  try {
    return node.toJS(doc)
  } catch {
    return undefined
  }
}

function blockersOf(pod: PodTemplateTarget, blockers: readonly Blocker[]): Blocker[] {
  const map = pod.annotations.map
  if (!map?.range || blockers.length === 0) return []
  const [start, , end] = map.range
  const command = pod.annotations.get(key('init', 'command'))
  const commandRange = command?.keyNode.range
    ? [command.keyNode.range[0], (command.valueNode?.range ?? command.keyNode.range)[2]]
    : undefined
  return blockers.filter(({ finding, offset }) => {
    if (BLOCKING_RULES.get(finding.ruleId) === 'init-command') {
      return commandRange !== undefined && commandRange[0]! <= offset && offset <= commandRange[1]!
    }
    return start <= offset && offset <= end
  })
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

