/**
 * hook-annotation-on-controller and fs-backup-annotation-on-controller: move the annotations these rules
 * report (hook keys; `backup.velero.io/backup-volumes` and `…-excludes`) from a workload's own metadata
 * into its pod template's annotations, where Velero reads them (on the Pods). One fixer per rule, the
 * same move: each moves only the keys its own rule reported. The annotation lines move as they
 * are written (with the comment lines directly above them), re-indented; `annotations:` (and
 * `metadata:`) are created under the template when missing, at the file's indentation. A key the
 * template already has with another value is left alone: which one was meant is not certain.
 */
import { isMap, isScalar, visit, type Document, type Node, type Pair, type YAMLMap } from 'yaml'
import { getPair, type AnnotationEntry, type Annotations, type DocumentModel, type ObjectTarget, type PodTemplateTarget, type YamlPath } from '../../engine/model.js'
import { isFsBackupKey } from '../../velero/fs-backup.js'
import { hookEntries } from '../../velero/hook-keys.js'
import { boundedJson } from '../../yaml/parse.js'
import { defineFixer, isEditable, plainAt, type Fix, type FixContext } from '../fixer.js'
import { breakBeforeLinesAt, columnOf, lineStart, lineStartAfter, nextLineStart, startsLine, type TextEdit } from '../../yaml/text-edit.js'

/** Which rule's findings a move fixer handles, and the annotations that rule looks at. */
interface MoveSpec {
  ruleId: string
  entries(annotations: Annotations): AnnotationEntry[]
}

const HOOKS: MoveSpec = { ruleId: 'hook-annotation-on-controller', entries: (a) => hookEntries(a) }
const FS_BACKUP: MoveSpec = { ruleId: 'fs-backup-annotation-on-controller', entries: (a) => a.entries.filter((e) => isFsBackupKey(e.key)) }

const samePath = (a: YamlPath, b: YamlPath): boolean => a.length === b.length && a.every((s, i) => s === b[i])

/** The node at a path when it is reached without aliases (so editing it edits only this place). */
function nodeAt(doc: Document, path: YamlPath): unknown {
  return path.length === 0 ? doc.contents : doc.getIn(path, true)
}

/** Offset just past the last line of a pair (its value, and any comment after it on that line). */
function pairEnd(text: string, pair: Pair): number {
  const value = pair.value as Node | null
  const key = pair.key as Node
  const end = Math.max(value?.range?.[1] ?? 0, key.range?.[1] ?? 0)
  return lineStartAfter(text, end)
}

/** Shift every line of a chunk from one indentation to another; undefined if a line is less indented. */
function reindent(chunk: string, from: number, to: number): string | undefined {
  const lines = chunk.split('\n')
  const out: string[] = []
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i]!
    if (i === lines.length - 1 && line === '') {
      out.push('')
      continue
    }
    const indent = /^ */.exec(line)![0].length
    const blank = line.replace(/\r$/, '').trim() === ''
    if (indent >= from) out.push(' '.repeat(to) + line.slice(from))
    else if (blank) out.push(line)
    else return undefined
  }
  return out.join('\n')
}

interface Chunk {
  entry: AnnotationEntry
  start: number
  end: number
}

/** The lines an annotation occupies, with the comment lines at its indentation directly above it. */
function chunkOf(text: string, entry: AnnotationEntry, indent: number): Chunk | undefined {
  const keyStart = entry.keyNode.range?.[0]
  if (keyStart === undefined || !startsLine(text, keyStart) || columnOf(text, keyStart) !== indent) return undefined
  if (entry.valueNode !== null && (entry.pair.value !== entry.valueNode || !isEditable(entry.valueNode))) return undefined
  let start = lineStart(text, keyStart)
  while (start > 0) {
    const prev = lineStart(text, start - 1)
    if (!new RegExp(`^ {${indent}}#`).test(text.slice(prev, start))) break
    start = prev
  }
  return { entry, start, end: pairEnd(text, entry.pair) }
}

interface Destination {
  /** Where the annotation lines go. */
  offset: number
  /** Indentation of the moved keys. */
  indent: number
  /** Lines written before the annotations (`annotations:`, maybe `metadata:`), each ending with the eol. */
  header: string
  /** Keys the template's annotations already hold, with their values as boundedJson (undefined: too large or odd to compare). */
  existing: Map<string, string | undefined>
}

function destinationOf(model: DocumentModel, pod: PodTemplateTarget, text: string, eol: string, step: number): Destination | undefined {
  const doc = model.document
  const template = pod.node
  if (nodeAt(doc, pod.path) !== template || !isEditable(template) || template.flow || template.items.length === 0) return undefined
  const existing = new Map<string, string | undefined>()
  const metaPair = getPair(template, 'metadata')
  const firstKey = template.items[0]!.key as Node
  if (!metaPair) {
    // No metadata: put it first in the template, at the template's indentation.
    const at = firstKey.range?.[0]
    if (at === undefined || !startsLine(text, at)) return undefined
    const ind = columnOf(text, at)
    return { offset: lineStart(text, at), indent: ind + 2 * step, header: `${' '.repeat(ind)}metadata:${eol}${' '.repeat(ind + step)}annotations:${eol}`, existing }
  }
  const meta = metaPair.value
  if (!isMap(meta) || !isEditable(meta) || meta.flow || meta.items.length === 0) return undefined
  const metaFirst = (meta.items[0]!.key as Node).range?.[0]
  if (metaFirst === undefined || !startsLine(text, metaFirst)) return undefined
  const metaIndent = columnOf(text, metaFirst)
  const annPair = getPair(meta, 'annotations')
  if (!annPair) {
    const offset = pairEnd(text, meta.items[meta.items.length - 1]!)
    return { offset, indent: metaIndent + step, header: `${' '.repeat(metaIndent)}annotations:${eol}`, existing }
  }
  const ann = annPair.value as Node | null
  const keyEnd = annPair.key && (annPair.key as Node).range?.[1]
  if (ann === null || (isScalar(ann) && ann.value === null && ann.range && ann.range[0] === ann.range[1])) {
    // `annotations:` with nothing after it: the keys go on the lines below.
    if (keyEnd === undefined || !/^:[ \t]*\r?$/.test(text.slice(keyEnd, nextLineStart(text, keyEnd)).replace(/\n$/, ''))) return undefined
    return { offset: nextLineStart(text, keyEnd), indent: metaIndent + step, header: '', existing }
  }
  if (!isMap(ann) || !isEditable(ann) || ann.flow || ann.items.length === 0) return undefined
  const annFirst = (ann.items[0]!.key as Node).range?.[0]
  if (annFirst === undefined || !startsLine(text, annFirst)) return undefined
  for (const item of (ann as YAMLMap).items) {
    if (isScalar(item.key)) existing.set(String(item.key.value), boundedJson(item.value))
  }
  return { offset: pairEnd(text, ann.items[ann.items.length - 1]!), indent: columnOf(text, annFirst), header: '', existing }
}

function moveFix(spec: MoveSpec, model: DocumentModel, obj: ObjectTarget, context: FixContext): Fix | undefined {
  const { text, eol } = context
  const targetPath = obj.podTemplateAnnotationsPath
  const source = targetPath ? movableSource(spec, model, obj, context, targetPath) : undefined
  if (!targetPath || !source) return undefined
  const dest = destinationOf(model, source.pod, text, eol, source.step)
  if (!dest) return undefined
  const { chunks, dropOnly } = chunksToMove(text, source, dest)
  if (chunks.length === 0) return undefined

  const removal = removalEdits(text, source, chunks)
  const insertion = insertionEdits(context, source, dest, chunks.filter((c) => !dropOnly.includes(c.entry)))
  if (!insertion) return undefined

  const movedKeys = chunks.map((c) => c.entry.key)
  const sourcePath = obj.annotations.path
  const removesAll = removal.removesAll
  return {
    ruleId: spec.ruleId,
    description: `moved ${movedKeys.map((k) => `"${k}"`).join(', ')} into the pod template's annotations`,
    documentIndex: model.index,
    edits: [...removal.edits, ...insertion],
    expect(doc) {
      const from = plainAt(doc, sourcePath) as Record<string, unknown> | undefined
      if (!from) return
      const to = plainAt(doc, targetPath, true) as Record<string, unknown> | undefined
      for (const k of movedKeys) {
        if (to) to[k] = from[k]
        delete from[k]
      }
      if (removesAll) {
        const metadata = plainAt(doc, sourcePath.slice(0, -1)) as Record<string, unknown> | undefined
        if (metadata) delete metadata.annotations
      }
    },
  }
}

/** The workload's own annotations, when annotations the rule reported can move out of them. */
interface MovableSource {
  pod: PodTemplateTarget
  map: YAMLMap
  /** The `annotations` key. */
  keyNode: Node & { range: NonNullable<Node['range']> }
  /** The reported annotations. */
  moving: AnnotationEntry[]
  /** Indentation of the annotation keys. */
  indent: number
  /** The file's indentation step, as the annotations are indented under their key. */
  step: number
}

function movableSource(spec: MoveSpec, model: DocumentModel, obj: ObjectTarget, context: FixContext, targetPath: YamlPath): MovableSource | undefined {
  const { text } = context
  const pod = model.pods.find((p) => p.role === 'template' && samePath(p.path, targetPath.slice(0, -2)))
  const map = obj.annotations.map
  const keyNode = obj.annotations.keyNode
  if (!pod || !map || !keyNode?.range || map.flow || nodeAt(model.document, obj.annotations.path) !== map || !isEditable(map)) return undefined
  // A merge key (<<) may bring metadata or annotations in from an anchor: an annotations map written
  // next to it replaces the merged one as kubectl reads the file, so its annotations would be lost.
  if (hasMergeKey(model.document)) return undefined
  const moving = spec.entries(obj.annotations).filter((e) => context.isReported(spec.ruleId, e.keyNode))
  if (moving.length === 0) return undefined
  const firstKeyStart = (map.items[0]?.key as Node | undefined)?.range?.[0]
  if (firstKeyStart === undefined) return undefined
  const indent = columnOf(text, firstKeyStart)
  const step = Math.max(1, indent - columnOf(text, keyNode.range[0]))
  return { pod, map, keyNode: keyNode as MovableSource['keyNode'], moving, indent, step }
}

/**
 * The annotations that move, as chunks of lines, and those of them the template already has with
 * the same value (they are only dropped). A key the template has with another value stays put.
 */
function chunksToMove(text: string, source: MovableSource, dest: Destination): { chunks: Chunk[]; dropOnly: AnnotationEntry[] } {
  const chunks: Chunk[] = []
  const dropOnly: AnnotationEntry[] = []
  for (const entry of source.moving) {
    const chunk = chunkOf(text, entry, source.indent)
    if (!chunk) continue
    if (dest.existing.has(entry.key)) {
      // Values too large or odd to compare (undefined) are never taken as the same.
      const existingValue = dest.existing.get(entry.key)
      const same = existingValue !== undefined && existingValue === boundedJson(entry.valueNode)
      if (same) dropOnly.push(entry)
      else continue
    }
    chunks.push(chunk)
  }
  return { chunks, dropOnly }
}

/**
 * Edits that take the chunks out. When every annotation moves, `annotations:` goes too, if nothing
 * else (a comment) sits in the block; removesAll says whether it does.
 */
function removalEdits(text: string, source: MovableSource, chunks: readonly Chunk[]): { edits: TextEdit[]; removesAll: boolean } {
  if (chunks.length === source.map.items.length) {
    const keyStart = source.keyNode.range[0]
    const lineEnd = nextLineStart(text, keyStart)
    const keyLine = text.slice(lineStart(text, keyStart), lineEnd)
    let covered = startsLine(text, keyStart) && /^ *annotations[ \t]*:[ \t]*\r?\n?$/.test(keyLine)
    let at = lineEnd
    for (const c of [...chunks].sort((a, b) => a.start - b.start)) {
      if (text.slice(at, c.start).trim() !== '') covered = false
      at = c.end
    }
    if (covered) return { edits: [{ start: lineStart(text, keyStart), end: at, text: '' }], removesAll: true }
  }
  return { edits: chunks.map((c) => ({ start: c.start, end: c.end, text: '' })), removesAll: false }
}

/** The edit that writes the chunks at the destination, re-indented; undefined when a chunk cannot be. */
function insertionEdits(context: FixContext, source: MovableSource, dest: Destination, chunks: readonly Chunk[]): TextEdit[] | undefined {
  const { text, eol } = context
  const inserted: string[] = []
  for (const c of chunks) {
    let body = text.slice(c.start, c.end)
    if (!body.endsWith('\n')) body += eol
    const shifted = reindent(body, source.indent, dest.indent)
    if (shifted === undefined) return undefined
    inserted.push(shifted)
  }
  if (inserted.length === 0) return []
  return [{ start: dest.offset, end: dest.offset, text: breakBeforeLinesAt(text, dest.offset, eol) + dest.header + inserted.join('') }]
}

function moveFixer(spec: MoveSpec, summary: string) {
  return defineFixer({
    ruleId: spec.ruleId,
    summary,
    fixes(model: DocumentModel, context: FixContext): Fix[] {
      return model.objects.map((obj) => moveFix(spec, model, obj, context)).filter((f): f is Fix => f !== undefined)
    },
  })
}

export default moveFixer(
  HOOKS,
  "Moves the hook annotations (with the comment lines above them) from the workload's own metadata into its pod template's " +
    '`metadata.annotations`, creating `annotations:` or `metadata:` there when missing. A key the template already has with a different value is left for you.',
)

export const moveFsBackupAnnotations = moveFixer(
  FS_BACKUP,
  "Moves `backup.velero.io/backup-volumes` and `backup.velero.io/backup-volumes-excludes` (with the comment lines above them) from the workload's " +
    "own metadata into its pod template's `metadata.annotations`, creating `annotations:` or `metadata:` there when missing. A key the " +
    'template already has with a different value is left for you.',
)

function hasMergeKey(document: DocumentModel['document']): boolean {
  let found = false
  visit(document, {
    Pair: (_, pair) => {
      if (isScalar(pair.key) && pair.key.value === '<<') {
        found = true
        return visit.BREAK
      }
      return undefined
    },
  })
  return found
}
