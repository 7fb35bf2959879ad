/**
 * Puts a finding about a rendered object back on the line the user edits. The renderers say which
 * files an object may have taken its text from (RenderedDocument.sources, most specific first);
 * this module finds, in the first file that has it, the key the finding is about and — for a
 * finding about a value — the value itself:
 *
 * - YAML files (values, patches, kustomizations, resources): a mapping pair with the same key and,
 *   for a value finding, the same value (so an overridden value is not blamed on the file that
 *   lost); then, for text inside block scalars (inline and JSON 6902 patches), the key as text.
 * - Helm templates (text with {{ }}): the key as text on a line; a value written there literally is
 *   found on that line, a value that comes from `.Values.a.b` is followed into the values files.
 *
 * Nothing is guessed: when no file has the key, the caller reports at the chart or kustomization.
 */
import { isMap, isPair, isScalar, isSeq, parseAllDocuments, LineCounter, type Document, type Node, type Pair } from 'yaml'
import type { RenderJob, SourceFile, SourceSpot } from './types.js'

/** What the finding is about in the rendered object. */
export interface RenderedTarget {
  /** The mapping key the finding is on or under (e.g. an annotation key). */
  key: string
  /** The pair's value when it is a scalar, as a string. */
  value: string | undefined
  /** True when the finding points at the key itself, false when at the value. */
  onKey: boolean
}

export type ReadSource = (file: string) => string | undefined

/** The pair of the rendered document at `offset` (the start of a finding), innermost first. */
export function targetAt(document: Document.Parsed, offset: number): RenderedTarget | undefined {
  let found: RenderedTarget | undefined
  const visitNode = (node: unknown): void => {
    if (isMap(node)) for (const pair of node.items) visitPair(pair)
    else if (isSeq(node)) for (const item of node.items) visitNode(item)
  }
  const visitPair = (pair: Pair): void => {
    const key = pair.key as Node | null
    const value = pair.value as Node | null
    const keyRange = key?.range ?? undefined
    const valueRange = value?.range ?? undefined
    const inKey = keyRange !== undefined && offset >= keyRange[0] && offset < Math.max(keyRange[1], keyRange[0] + 1)
    const inValue = valueRange !== undefined && offset >= valueRange[0] && offset < Math.max(valueRange[1], valueRange[0] + 1)
    if ((inKey || inValue) && isScalar(key)) {
      found = { key: String(key.value), value: isScalar(value) && value.value !== null ? String(value.value) : undefined, onKey: inKey }
    }
    if (inValue) visitNode(value)
  }
  visitNode(document.contents)
  return found
}

interface YamlFile {
  text: string
  lineCounter: LineCounter
  documents: Document.Parsed[]
}

/** Finds the source spot of a rendered target; undefined when no candidate holds its key. */
export class SourceLocator {
  private readonly yamlCache = new Map<string, YamlFile | null>()

  constructor(private readonly read: ReadSource) {}

  locate(target: RenderedTarget, sources: readonly SourceFile[], job: RenderJob): SourceSpot | undefined {
    for (const source of sources) {
      const spot =
        source.role === 'template' || source.role === 'helper'
          ? this.inTemplate(source.path, target, job, source.role === 'template')
          : source.role === 'set'
            ? inSetValues(target, job)
            : this.inYaml(source.path, target)
      if (spot) return spot
    }
    return undefined
  }

  /** A pair with the target's key (and value, for a value finding) anywhere in a YAML file. */
  private inYaml(file: string, target: RenderedTarget): SourceSpot | undefined {
    const parsed = this.parsedYaml(file)
    if (!parsed) return undefined
    let keyOnly: SourceSpot | undefined
    let sawKey = false
    for (const document of parsed.documents) {
      for (const pair of pairsWithKey(document.contents, target.key)) {
        sawKey = true
        const value = pair.value as Node | null
        const sameValue = isScalar(value) && value.value !== null && String(value.value) === target.value
        if (sameValue) return spotOf(file, parsed.lineCounter, target.onKey ? (pair.key as Node) : value!)
        // A key whose value differs was overridden elsewhere: only a key finding may land here.
        if (target.onKey && target.value === undefined) keyOnly ??= spotOf(file, parsed.lineCounter, pair.key as Node)
      }
    }
    // The key as a real mapping key with another value: this file lost to a later one.
    if (sawKey) return keyOnly
    return textSpot(file, parsed.text, target)
  }

  /**
   * The key as text on a template line; the value on that line, or in the values it names. In the
   * document's own template the key alone is enough; in other templates and helpers the same key
   * may be written for another object, so the line must also hold the value (or name it).
   */
  private inTemplate(file: string, target: RenderedTarget, job: RenderJob, own: boolean): SourceSpot | undefined {
    const text = this.read(file)
    if (text === undefined) return undefined
    const lines = text.split('\n')
    for (let i = 0; i < lines.length; i++) {
      const column = keyColumn(lines[i]!, target.key)
      if (column === undefined) continue
      const keyEnd = column + target.key.length
      const keySpot = { file, line: i + 1, column: column + 1, endLine: i + 1, endColumn: keyEnd + 1 }
      const rest = lines[i]!.slice(keyEnd)
      const valueColumn = target.value === undefined ? -1 : rest.indexOf(target.value)
      if (valueColumn >= 0) {
        if (target.onKey) return keySpot
        return { file, line: i + 1, column: keyEnd + valueColumn + 1, endLine: i + 1, endColumn: keyEnd + valueColumn + target.value!.length + 1 }
      }
      const fromValues = this.viaValuesReference(rest, target, job)
      if (fromValues) return target.onKey ? keySpot : fromValues
      if (own) return keySpot
    }
    return undefined
  }

  /** `{{ .Values.a.b }}` on the template line: the value at a.b in the value set's files. */
  private viaValuesReference(rest: string, target: RenderedTarget, job: RenderJob): SourceSpot | undefined {
    const reference = /\.Values((?:\.[A-Za-z_][\w-]*)+)/.exec(rest)
    if (!reference) return undefined
    const pathKeys = reference[1]!.slice(1).split('.')
    for (const file of [...(job.valuesFiles ?? [])].reverse()) {
      const parsed = this.parsedYaml(file)
      const node = parsed?.documents[0] ? nodeAtPath(parsed.documents[0].contents, pathKeys) : undefined
      // The first file (last -f) that sets the path is the one whose value won; it must be this value.
      if (node && parsed) return isScalar(node) && String(node.value) === target.value ? spotOf(file, parsed.lineCounter, node) : undefined
    }
    return inSetValues(target, job)
  }

  private parsedYaml(file: string): YamlFile | undefined {
    const cached = this.yamlCache.get(file)
    if (cached !== undefined) return cached ?? undefined
    const text = this.read(file)
    let parsed: YamlFile | null = null
    if (text !== undefined) {
      const lineCounter = new LineCounter()
      const documents = parseAllDocuments(text, { lineCounter, uniqueKeys: false, logLevel: 'silent' })
      parsed = Array.isArray(documents) ? { text, lineCounter, documents: documents.filter((d) => d.errors.length === 0) } : null
    }
    this.yamlCache.set(file, parsed)
    return parsed ?? undefined
  }
}

function inSetValues(target: RenderedTarget, job: RenderJob): SourceSpot | undefined {
  if (target.value === undefined) return undefined
  return job.setValues?.find((s) => s.value === target.value)?.at
}

/** Every pair, at any depth, whose key is the scalar `key`. */
function* pairsWithKey(node: unknown, key: string): Generator<Pair> {
  if (isMap(node)) {
    for (const pair of node.items) {
      if (isScalar(pair.key) && String(pair.key.value) === key) yield pair
      yield* pairsWithKey(pair.value, key)
    }
  } else if (isSeq(node)) {
    for (const item of node.items) yield* pairsWithKey(item, key)
  } else if (isPair(node)) {
    yield* pairsWithKey(node.value, key)
  }
}

function nodeAtPath(node: unknown, keys: readonly string[]): Node | undefined {
  let current: unknown = node
  for (const key of keys) {
    if (!isMap(current)) return undefined
    current = current.items.find((p) => isScalar(p.key) && String(p.key.value) === key)?.value
  }
  return (current as Node | undefined) ?? undefined
}

/** Where `key` starts on a line as a mapping key (bare or quoted, followed by ':'). */
function keyColumn(line: string, key: string): number | undefined {
  let from = 0
  for (;;) {
    const at = line.indexOf(key, from)
    if (at < 0) return undefined
    const after = line.slice(at + key.length).replace(/^["']/, '')
    const before = line.slice(0, at).replace(/["']$/, '')
    if (/^\s*:/.test(after) && (before.trim() === '' || /[\s{,-]$/.test(before))) return at
    from = at + 1
  }
}

/** The key as text (block scalars: inline patches; '/' written '~1' in JSON 6902 paths). */
function textSpot(file: string, text: string, target: RenderedTarget): SourceSpot | undefined {
  for (const form of [target.key, target.key.replace(/~/g, '~0').replace(/\//g, '~1')]) {
    const at = text.indexOf(form)
    if (at < 0) continue
    const lines = text.slice(0, at).split('\n')
    const line = lines.length
    const column = lines.at(-1)!.length + 1
    if (!target.onKey && target.value !== undefined) {
      const valueAt = text.indexOf(target.value, at + form.length)
      const lineEnd = text.indexOf('\n', text.indexOf('\n', at + form.length) + 1)
      if (valueAt >= 0 && (lineEnd < 0 || valueAt < lineEnd)) {
        const valueLines = text.slice(0, valueAt).split('\n')
        return { file, line: valueLines.length, column: valueLines.at(-1)!.length + 1, endLine: valueLines.length, endColumn: valueLines.at(-1)!.length + 1 + target.value.length }
      }
    }
    return { file, line, column, endLine: line, endColumn: column + form.length }
  }
  return undefined
}

function spotOf(file: string, lineCounter: LineCounter, node: Node): SourceSpot {
  const [start, end] = node.range ?? [0, 0]
  const from = lineCounter.linePos(start)
  const to = lineCounter.linePos(Math.max(start, end))
  return { file, line: from.line, column: from.col, endLine: to.line, endColumn: to.col }
}
