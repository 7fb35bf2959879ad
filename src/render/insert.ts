/**
 * Where and how the init container goes into the source text: a splice at exact offsets taken from
 * the yaml nodes' ranges, so every byte outside it stays as it was. The new container follows the
 * style of its neighbours: a block item with their indentation, or a flow item (plain or JSON).
 */
import { isAlias, isMap, isNode, isPair, isScalar, isSeq, visit, type Document, type Node, type Pair, type Scalar, type YAMLMap, type YAMLSeq } from 'yaml'
import { getPair, type PodTemplateTarget } from '../engine/model.js'
import { RESTORE_WAIT } from '../velero/keys.js'
import { blockContainerLines, flowContainer, type BlockLayout } from './emit.js'
import type { InitContainer } from './init-container.js'
import { breakBeforeLinesAt, columnOf, lineStart, lineStartAfter, startsLine, type TextEdit } from '../yaml/text-edit.js'

export type InsertionPlan =
  | {
      kind: 'insert'
      edits: TextEdit[]
      /** Index of the new container in spec.initContainers. */
      index: number
    }
  /** The same container is already at the hook position: the file was rendered before. */
  | { kind: 'present'; index: number }
  | { kind: 'unsupported'; reason: string }

export interface SourceText {
  readonly text: string
  /** The file's line ending, used for the lines we add. */
  readonly eol: '\n' | '\r\n'
}

// ---------------------------------------------------------------------------------------------
// Text positions (the offsets themselves come from yaml/text-edit.ts).

/**
 * Skip the comment lines (and blank lines between them) indented deeper than `indent`: they belong
 * to the node above. Blank lines after the last such comment stay below the insertion.
 */
function skipOwnedComments(text: string, offset: number, indent: number): number {
  let at = offset
  let after = offset
  while (at < text.length) {
    const nl = text.indexOf('\n', at)
    const next = nl < 0 ? text.length : nl + 1
    const line = text.slice(at, nl < 0 ? text.length : nl)
    if (/^[ \t]*\r?$/.test(line)) {
      at = next
      continue
    }
    const m = /^( *)#/.exec(line)
    if (!m || m[1]!.length <= indent) break
    at = next
    after = next
  }
  return after
}

/**
 * Where a node's content ends: the end of its last scalar or flow collection. A block collection's
 * own range runs on to the next token, over trailing comments and the next key's indentation.
 */
function contentEnd(node: unknown): number | undefined {
  if (isPair(node)) return contentEnd(node.value ?? node.key)
  if ((isMap(node) || isSeq(node)) && !node.flow && node.items.length > 0) return contentEnd(node.items[node.items.length - 1])
  return isNode(node) && node.range ? node.range[1] : undefined
}

/**
 * Lines to insert at a line start. At the very end of a file without a final newline they start a
 * line of their own, and the file still ends without one.
 */
function linesAt(src: SourceText, offset: number, lines: readonly string[]): TextEdit {
  const body = lines.join(src.eol)
  const lineBreak = breakBeforeLinesAt(src.text, offset, src.eol)
  return { start: offset, end: offset, text: lineBreak === '' ? body + src.eol : lineBreak + body }
}

function rangeOf(node: Node): [number, number, number] {
  const r = node.range
  if (!r) throw new Error('node without a source range')
  return [r[0], r[1], r[2]]
}

// ---------------------------------------------------------------------------------------------
// Styles of the surroundings.

/** Keys written as JSON ("key": …) mean the document is JSON: keep it JSON. */
function flowStyleOf(map: YAMLMap): 'flow' | 'json' {
  const first = map.items[0]?.key
  return isScalar(first) && first.type === 'QUOTE_DOUBLE' ? 'json' : 'flow'
}

function quoteKeyLike(name: string, like: unknown): string {
  if (isScalar(like) && like.type === 'QUOTE_DOUBLE') return `"${name}"`
  if (isScalar(like) && like.type === 'QUOTE_SINGLE') return `'${name}'`
  return name
}

/** Layout of a block sequence that is the value of `keyNode`. */
function layoutOfSeq(text: string, keyNode: Node, seq: YAMLSeq): BlockLayout {
  const dashOffset = rangeOf(seq)[0]
  const dash = columnOf(text, dashOffset)
  const keyCol = columnOf(text, rangeOf(keyNode)[0])
  let item = 2
  const first = seq.items[0]
  if (first && (isMap(first) || isScalar(first) || isSeq(first)) && first.range) {
    const start = first.range[0]
    // Only a first key on the dash's own line fixes the compact indentation ("-   name: x").
    if (lineStart(text, start) === lineStart(text, dashOffset) && start - dashOffset >= 2) item = start - dashOffset
  }
  return { dash, item, seq: Math.max(0, dash - keyCol) }
}

// ---------------------------------------------------------------------------------------------

/** True when some alias in the document resolves to a node whose source contains offset. */
function insideAliasedNode(doc: Document, offset: number): boolean {
  let hit = false
  visit(doc, {
    Alias(_key, alias) {
      const target = alias.resolve(doc)
      // The end counts: a key added right after an anchored map's last line joins that map.
      if (target?.range && target.range[0] <= offset && offset <= target.range[2]) {
        hit = true
        return visit.BREAK
      }
      return undefined
    },
  })
  return hit
}

function isRestoreWait(doc: Document, node: unknown): boolean {
  const item = isAlias(node) ? node.resolve(doc) : node
  if (!isMap(item)) return false
  const name = getPair(item, 'name')?.value
  return isScalar(name) && name.value === RESTORE_WAIT
}

/** Index Velero gives the hook: 0, or 1 after a `restore-wait` at index 0 (velero-hooks.md §3.1). */
export function hookIndex(doc: Document, seq: YAMLSeq | undefined): number {
  return seq && seq.items.length > 0 && isRestoreWait(doc, seq.items[0]) ? 1 : 0
}

export interface PlanInput {
  src: SourceText
  doc: Document
  pod: PodTemplateTarget
  /** The containers to insert at the hook position, in order (an annotation hook's one, or a Restore's spec ones). */
  containers: readonly InitContainer[]
  /** True when the items from the hook position on are these very containers (compared by the caller). */
  isPresent: (items: readonly unknown[], index: number) => boolean
}

/** The containers as block-sequence item lines. */
function blockLines(containers: readonly InitContainer[], layout: BlockLayout): string[] {
  return containers.flatMap((c) => blockContainerLines(c, layout))
}

/** The containers as flow items, comma-separated. */
function flowItems(containers: readonly InitContainer[], style: 'flow' | 'json'): string {
  return containers.map((c) => flowContainer(c, style)).join(', ')
}

export function planInsertion(input: PlanInput): InsertionPlan {
  const plan = planRaw(input)
  if (plan.kind !== 'insert') return plan
  for (const edit of plan.edits) {
    if (insideAliasedNode(input.doc, edit.start)) {
      return { kind: 'unsupported', reason: 'its pod spec is shared through a YAML alias, so an edit would change other objects too' }
    }
  }
  return plan
}

function planRaw({ src, doc, pod, containers, isPresent }: PlanInput): InsertionPlan {
  const specPair = getPair(pod.node, 'spec')
  if (!specPair) return { kind: 'unsupported', reason: 'it has no spec' }
  if (isAlias(specPair.value)) return { kind: 'unsupported', reason: 'its spec is a YAML alias' }
  const spec = specPair.value
  if (!isMap(spec) || !spec.range) return { kind: 'unsupported', reason: 'its spec is not a mapping' }
  if (spec.items.some((p) => isScalar(p.key) && p.key.value === '<<')) {
    return { kind: 'unsupported', reason: 'its spec uses a YAML merge key (<<)' }
  }
  const initPair = getPair(spec, 'initContainers')
  if (initPair) {
    const value = initPair.value
    if (isAlias(value)) return { kind: 'unsupported', reason: 'its initContainers is a YAML alias' }
    if (isSeq(value)) {
      const index = hookIndex(doc, value)
      if (isPresent(value.items, index)) return { kind: 'present', index }
      if (value.items.some((item) => !(item as Node | null)?.range)) {
        return { kind: 'unsupported', reason: 'its initContainers has items without a source position' }
      }
      const edits = value.flow ? flowSeqInsert(src, value, index, containers, flowStyleOf(spec)) : blockSeqInsert(src, initPair, value, index, containers)
      return edits ? { kind: 'insert', edits, index } : { kind: 'unsupported', reason: 'its initContainers has a layout this renderer does not edit' }
    }
    if (value === null || (isScalar(value) && value.value === null)) {
      const edits = nullValueInsert(src, spec, initPair as Pair<Scalar, Scalar | null>, containers)
      return edits ? { kind: 'insert', edits, index: 0 } : { kind: 'unsupported', reason: 'its initContainers has a layout this renderer does not edit' }
    }
    return { kind: 'unsupported', reason: 'its initContainers is not a list' }
  }
  const edits = newKeyInsert(src, spec, containers)
  return edits ? { kind: 'insert', edits, index: 0 } : { kind: 'unsupported', reason: 'its spec has a layout this renderer does not edit' }
}

/** Layout for a new block `initContainers` at key column keyCol, following `containers`. */
function layoutLikeContainers(src: SourceText, spec: YAMLMap, keyCol: number): BlockLayout {
  const pair = getPair(spec, 'containers')
  if (pair && isSeq(pair.value) && !pair.value.flow && pair.value.range && isScalar(pair.key)) {
    const like = layoutOfSeq(src.text, pair.key, pair.value)
    return { dash: keyCol + like.seq, item: like.item, seq: like.seq }
  }
  return { dash: keyCol + 2, item: 2, seq: 2 }
}

function blockSeqInsert(src: SourceText, pair: Pair, seq: YAMLSeq, index: number, containers: readonly InitContainer[]): TextEdit[] | undefined {
  const { text } = src
  if (!isScalar(pair.key) || !pair.key.range || !seq.range) return undefined
  const layout = layoutOfSeq(text, pair.key, seq)
  const lines = blockLines(containers, layout)
  let at: number
  if (index === 0) {
    // Right under the `initContainers:` line: comments above the first item stay with that item.
    at = lineStartAfter(text, rangeOf(pair.key)[1])
    if (at > rangeOf(seq)[0]) return undefined
  } else {
    const end = contentEnd(seq.items[index - 1])
    if (end === undefined) return undefined
    at = skipOwnedComments(text, lineStartAfter(text, end), layout.dash)
  }
  return [linesAt(src, at, lines)]
}

function flowSeqInsert(src: SourceText, seq: YAMLSeq, index: number, containers: readonly InitContainer[], style: 'flow' | 'json'): TextEdit[] | undefined {
  const { text } = src
  const open = rangeOf(seq)[0]
  if (text[open] !== '[') return undefined
  const item = flowItems(containers, style)
  if (index > 0) {
    const prev = seq.items[index - 1] as Node
    return [{ start: rangeOf(prev)[1], end: rangeOf(prev)[1], text: `, ${item}` }]
  }
  // Find where the first item (with its anchor or tag, if any) begins: past blanks and comments.
  let at = open + 1
  let sawNewline = false
  for (;;) {
    const ch = text[at]
    if (ch === ' ' || ch === '\t' || ch === '\r') at++
    else if (ch === '\n') {
      sawNewline = true
      at++
    } else if (ch === '#') {
      const nl = text.indexOf('\n', at)
      if (nl < 0) return undefined
      at = nl
    } else break
  }
  if (seq.items.length === 0) return [{ start: open + 1, end: open + 1, text: item }]
  if (text[at] === ']') return undefined
  const indent = text.slice(lineStart(text, at), at)
  const sep = sawNewline && /^[ \t]*$/.test(indent) ? `,${src.eol}${indent}` : ', '
  return [{ start: at, end: at, text: `${item}${sep}` }]
}

/** `initContainers:` / `initContainers: null` / `initContainers: ~`: give it the list. */
function nullValueInsert(src: SourceText, spec: YAMLMap, pair: Pair<Scalar, Scalar | null>, containers: readonly InitContainer[]): TextEdit[] | undefined {
  const { text } = src
  const keyEnd = rangeOf(pair.key)[1]
  const colon = text.indexOf(':', keyEnd)
  if (colon < 0) return undefined
  const value = pair.value
  // An empty value has a zero-width range, and not necessarily on the key's line.
  const token = value?.range && value.range[1] > value.range[0] ? { start: value.range[0], end: value.range[1] } : undefined
  if (spec.flow) {
    const list = `[${flowItems(containers, flowStyleOf(spec))}]`
    return [token ? { start: token.start, end: token.end, text: list } : { start: colon + 1, end: colon + 1, text: ` ${list}` }]
  }
  const keyCol = columnOf(text, rangeOf(pair.key)[0])
  const layout = layoutLikeContainers(src, spec, keyCol)
  const lines = blockLines(containers, layout)
  if (!token) return [linesAt(src, lineStartAfter(text, colon + 1), lines)]
  // Drop the null so the key takes the block list on the next lines (with the blanks before it when
  // it sits on the key's line, so no trailing space is left).
  const start = /^[ \t]*$/.test(text.slice(colon + 1, token.start)) ? colon + 1 : token.start
  return [{ start, end: token.end, text: '' }, linesAt(src, lineStartAfter(text, token.end), lines)]
}

/** No `initContainers` yet: add the key right after `containers` (or at the end of spec). */
function newKeyInsert(src: SourceText, spec: YAMLMap, inserted: readonly InitContainer[]): TextEdit[] | undefined {
  const { text } = src
  const containers = getPair(spec, 'containers')
  const after = (containers ?? spec.items[spec.items.length - 1]) as Pair<Node, Node | null> | undefined
  if (spec.flow) {
    const style = flowStyleOf(spec)
    const keyText = style === 'json' ? '"initContainers"' : 'initContainers'
    const entry = `${keyText}: [${flowItems(inserted, style)}]`
    if (!after) {
      const open = rangeOf(spec)[0]
      return text[open] === '{' ? [{ start: open + 1, end: open + 1, text: entry }] : undefined
    }
    const end = after.value?.range ? after.value.range[1] : after.key?.range ? after.key.range[1] : undefined
    return end === undefined ? undefined : [{ start: end, end, text: `, ${entry}` }]
  }
  if (!after || !isScalar(after.key) || !after.key.range) return undefined
  const keyStart = after.key.range[0]
  const keyCol = columnOf(text, keyStart)
  // A block map key must start its line (a map that opens a sequence item, "- spec: …", cannot be
  // a pod spec, but be safe).
  if (!startsLine(text, keyStart)) return undefined
  const valueEnd = contentEnd(after)
  if (valueEnd === undefined) return undefined
  const at = skipOwnedComments(text, lineStartAfter(text, valueEnd), keyCol)
  const key = quoteKeyLike('initContainers', after.key)
  const containersValue = containers?.value
  if (isSeq(containersValue) && containersValue.flow) {
    return [linesAt(src, at, [`${' '.repeat(keyCol)}${key}: [${flowItems(inserted, 'flow')}]`])]
  }
  const layout = layoutLikeContainers(src, spec, keyCol)
  return [linesAt(src, at, [`${' '.repeat(keyCol)}${key}:`, ...blockLines(inserted, layout)])]
}
