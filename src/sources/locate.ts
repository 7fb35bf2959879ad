/**
 * Puts a finding about a rendered object back on the line the user edits. The renderers say which
 * files an object may have taken its text from (RenderedDocument.sources, most specific first);
 * this module finds, in the first file that has it, the key the finding is about and — for a
 * finding about a value — the value itself:
 *
 * - YAML files (values, patches, kustomizations, resources): a mapping pair with the same key and,
 *   for a value finding, the same value (so an overridden value is not blamed on the file that
 *   lost). When several pairs qualify, the one that matches the rendered object best: in a file of
 *   several objects the one with the object's kind and name, the pair at the same path (a pod
 *   template's annotation, not the workload's), in a values file a map the document's template
 *   names (`.Values.worker.podAnnotations`, not `.Values.api.podAnnotations`). Then, for text
 *   inside block scalars (inline and JSON 6902 patches), the key as text.
 * - Helm templates (text with {{ }}): the key as text on a line; a value written there literally
 *   (the whole scalar, not a part of another) is found on that line, a value that comes from
 *   `.Values.a.b` is followed into the --set pairs and the values files. Other templates and
 *   helper files are searched only inside `define` blocks (what `include` copies).
 *
 * Nothing is guessed: when no file has the key, the caller reports at the chart or kustomization.
 */
import { isMap, isPair, isScalar, isSeq, parseAllDocuments, parseDocument, LineCounter, type Document, type Node, type Pair } from 'yaml'
import type { Finding } from '../engine/finding.js'
import { findDirectives, type SuppressionDirective } from '../engine/suppressions.js'
import type { ResourceRef } from '../engine/model.js'
import type { ParsedFile } from '../yaml/parse.js'
import type { RenderedDocument, RenderJob, SourceFile, SourceSpot } from './types.js'

type PathKey = string | number

/** What the finding is about in the rendered object. */
export interface RenderedTarget {
  /** The mapping key the finding is on or under (e.g. an annotation key). */
  key: string
  /** The pair's value when it is a scalar, as a string. */
  value: string | undefined
  /** True when the finding points at the key itself, false when at the value. */
  onKey: boolean
  /** Keys (and sequence indexes) from the document's root down to the pair, its key last. */
  path?: readonly PathKey[]
  /** Offset of the key in the rendered text (targetAt). */
  keyOffset?: number
  /** 1-based column of the key in the rendered text: a literal template line keeps it. */
  keyColumn?: number
  /** The rendered object's kind and name (a name that namePrefix or nameSuffix may have grown). */
  object?: { kind?: string; name?: string }
}

export type ReadSource = (file: string) => string | undefined

/** The pair of the rendered document at `offset` (the start of a finding), innermost first. */
export function targetAt(document: Document.Parsed, offset: number): RenderedTarget | undefined {
  let found: RenderedTarget | undefined
  const within = (range: readonly number[] | undefined | null): boolean =>
    range !== undefined && range !== null && offset >= range[0]! && offset < Math.max(range[1]!, range[0]! + 1)
  const visitNode = (node: unknown, path: PathKey[]): void => {
    if (isMap(node)) for (const pair of node.items) visitPair(pair, path)
    else if (isSeq(node)) node.items.forEach((item, i) => visitNode(item, [...path, i]))
  }
  const visitPair = (pair: Pair, path: PathKey[]): void => {
    const key = pair.key as Node | null
    const value = pair.value as Node | null
    const inKey = within(key?.range)
    const inValue = within(value?.range)
    const keyPath = isScalar(key) ? [...path, String(key.value)] : path
    if ((inKey || inValue) && isScalar(key)) {
      const scalar = isScalar(value) && value.value !== null ? String(value.value) : undefined
      found = { key: String(key.value), value: scalar, onKey: inKey, path: keyPath, keyOffset: key.range![0] }
    }
    if (inValue) visitNode(value, keyPath)
  }
  visitNode(document.contents, [])
  return found
}

/** The source spot of a position in the rendered text (of `document`, about `resource`); undefined when no source holds it. */
export function sourceSpotAt(
  at: { line: number; column: number },
  resource: Pick<ResourceRef, 'kind' | 'name'> | undefined,
  document: RenderedDocument,
  job: RenderJob,
  parsed: ParsedFile,
  locator: SourceLocator,
): SourceSpot | undefined {
  const offset = (parsed.lineCounter.lineStarts[at.line - 1] ?? 0) + at.column - 1
  const yamlDocument = parsed.documents.find((d) => d.range[0] <= offset && offset <= d.range[2])
  const target = yamlDocument ? targetAt(yamlDocument, offset) : undefined
  if (!target) return undefined
  if (target.keyOffset !== undefined) target.keyColumn = parsed.lineCounter.linePos(target.keyOffset).col
  if (resource) target.object = { ...(resource.kind ? { kind: resource.kind } : {}), ...(resource.name ? { name: resource.name } : {}) }
  return locator.locate(target, document.sources, job, document)
}

interface YamlFile {
  text: string
  lineCounter: LineCounter
  documents: Document.Parsed[]
}

/** A pair of a YAML source file with the target's key, where it sits. */
interface Candidate {
  pair: Pair
  path: PathKey[]
  document: Document.Parsed
}

/** What a template line with the target's key says about its value. */
type LineMatch = { kind: 'value'; spot: SourceSpot } | { kind: 'computed' }

interface TemplateLine {
  line: number
  keySpot: SourceSpot
  match: LineMatch
}

/** Finds the source spot of a rendered target; undefined when no candidate holds its key. */
export class SourceLocator {
  private readonly yamlCache = new Map<string, YamlFile | null>()
  private readonly referenceCache = new Map<string, PathKey[][]>()
  private readonly directiveCache = new Map<string, SuppressionDirective[]>()

  constructor(private readonly read: ReadSource) {}

  /**
   * Whether a suppression comment in the source file covers a finding put there (on its line, on
   * the line above it, or for the whole file): the rendered text no longer holds the comments of
   * values files, patches and kustomizations.
   */
  suppressed(finding: Pick<Finding, 'file' | 'line' | 'ruleId'>): boolean {
    let directives = this.directiveCache.get(finding.file)
    if (directives === undefined) {
      const text = this.read(finding.file)
      directives = text === undefined ? [] : findDirectives(text.replace(/^\uFEFF/, ''))
      this.directiveCache.set(finding.file, directives)
    }
    return directives.some((d) => (d.scope === 'file' || d.target === finding.line) && d.rules.some((r) => r.id === finding.ruleId))
  }

  /**
   * `document` says where a chart's document came from (helm's `# Source:` path and the Chart.yaml
   * of the (sub)chart that rendered it): a subchart's `.Values.x` is `<subchart>.x` in the values
   * files of the value set, and `x` in the subchart's own values.yaml.
   */
  locate(target: RenderedTarget, sources: readonly SourceFile[], job: RenderJob, document: DocumentOrigin = {}): SourceSpot | undefined {
    const scope = this.scopeOf(sources, job, document)
    for (const source of sources) {
      const spot =
        source.role === 'template' || source.role === 'helper'
          ? this.inTemplate(source.path, target, scope, source.role === 'template')
          : source.role === 'set'
            ? inSetPairs(target, job)
            : this.inYaml(source.path, target, source.path === scope.ownValues ? scope.ownPrefer : scope.prefer)
      if (spot) return spot
    }
    return undefined
  }

  /** A pair with the target's key (and value, for a value finding) in a YAML file: the best-matching one. */
  private inYaml(file: string, target: RenderedTarget, prefer: readonly PathKey[][]): SourceSpot | undefined {
    const parsed = this.parsedYaml(file)
    if (!parsed) return undefined
    const candidates = parsed.documents.flatMap((document) => [...pairsIn(document.contents, [])].map((c) => ({ ...c, document }))).filter((c) => c.path.at(-1) === target.key)
    // The key nowhere as a mapping key: text inside a block scalar (an inline patch), if anywhere.
    if (candidates.length === 0) return textSpot(file, parsed.text, target)
    const same = candidates.filter((c) => sameScalar(c.pair.value, target.value))
    // A key whose value differs was overridden elsewhere: only a key finding without a value may land here.
    const pool = same.length > 0 ? same : target.onKey && target.value === undefined ? candidates : []
    const best = bestCandidate(pool, target, prefer)
    if (!best) return undefined
    return spotOf(file, parsed.lineCounter, (target.onKey || same.length === 0 ? best.pair.key : best.pair.value) as Node)
  }

  /**
   * The key as text on a template line; the value on that line, or in the values it names. In the
   * document's own template a key whose value is computed there is enough; in other templates and
   * helpers (searched inside `define` blocks only) the line must hold the value or name it.
   */
  private inTemplate(file: string, target: RenderedTarget, scope: Scope, own: boolean): SourceSpot | undefined {
    const text = this.read(file)
    if (text === undefined) return undefined
    const lines = text.split('\n')
    const defined = own ? undefined : defineLines(lines)
    const found: TemplateLine[] = []
    for (let i = 0; i < lines.length; i++) {
      if (defined && !defined[i]) continue
      const column = keyColumn(lines[i]!, target.key)
      if (column === undefined) continue
      const keyEnd = column + target.key.length
      const keySpot = { file, line: i + 1, column: column + 1, endLine: i + 1, endColumn: keyEnd + 1 }
      const match = this.valueOnLine(file, i + 1, lines[i]!, keyEnd, target, scope)
      if (match && (match.kind === 'value' || own)) found.push({ line: i + 1, keySpot, match })
    }
    // A key written literally keeps its column in the output: prefer the line at the rendered column.
    const atColumn = (t: TemplateLine): boolean => own && t.keySpot.column === target.keyColumn
    const chosen =
      found.find((t) => t.match.kind === 'value' && atColumn(t)) ??
      found.find((t) => t.match.kind === 'value') ??
      found.find(atColumn) ??
      found[0]
    if (!chosen) return undefined
    return target.onKey || chosen.match.kind === 'computed' ? chosen.keySpot : chosen.match.spot
  }

  /** The value after a key on a template line: the same literal value, a values reference that holds it, or computed. */
  private valueOnLine(file: string, line: number, text: string, keyEnd: number, target: RenderedTarget, scope: Scope): LineMatch | undefined {
    const rest = text.slice(keyEnd)
    const colon = /^["']?\s*:/.exec(rest)
    const valueText = colon ? rest.slice(colon[0].length) : rest
    const valueStart = keyEnd + (colon ? colon[0].length : 0)
    if (target.value === undefined) return { kind: 'computed' }
    if (!valueText.includes('{{')) {
      const literal = literalScalar(valueText)
      if (literal === undefined) return { kind: 'computed' }
      if (literal.value !== target.value) return undefined
      const column = valueStart + literal.offset + 1
      return { kind: 'value', spot: { file, line, column, endLine: line, endColumn: column + literal.length } }
    }
    const fromValues = this.viaValuesReference(valueText, target, scope)
    return fromValues ? { kind: 'value', spot: fromValues } : { kind: 'computed' }
  }

  /**
   * `{{ .Values.a.b }}` on the template line: the value at a.b as the value set gives it: --set
   * first, then the value set's files (the last -f first), then a subchart's own values.yaml.
   */
  private viaValuesReference(rest: string, target: RenderedTarget, scope: Scope): SourceSpot | undefined {
    const reference = VALUES_REFERENCE.exec(rest)
    if (!reference) return undefined
    const own = reference[1]!.slice(1).split('.')
    const pathKeys = [...scope.chain, ...own]
    const set = [...(scope.job.setValues ?? [])].reverse().find((s) => samePath(setKeyPath(s.key), pathKeys))
    if (set) return set.value === target.value ? set.at : undefined
    const files: Array<[string, string[]]> = [...(scope.job.valuesFiles ?? [])].reverse().map((f) => [f, pathKeys])
    if (scope.ownValues !== undefined) files.push([scope.ownValues, own])
    for (const [file, keys] of files) {
      const parsed = this.parsedYaml(file)
      const node = parsed?.documents[0] ? nodeAtPath(parsed.documents[0].contents, keys) : undefined
      // The first file that sets the path is the one whose value won; it must be this value.
      if (node && parsed) return isScalar(node) && String(node.value) === target.value ? spotOf(file, parsed.lineCounter, node) : undefined
    }
    return undefined
  }

  /** What the search of one document needs besides the target: its value set, subchart and template's references. */
  private scopeOf(sources: readonly SourceFile[], job: RenderJob, document: DocumentOrigin): Scope {
    const own = sources.find((s) => s.role === 'template')?.path
    const references = own === undefined ? [] : this.valuesReferences(own)
    const chain = subchartChain(document.origin)
    if (chain.length === 0 || document.anchorFile === undefined) return { job, chain: [], prefer: references, ownPrefer: references }
    const dir = document.anchorFile.includes('/') ? document.anchorFile.slice(0, document.anchorFile.lastIndexOf('/')) : '.'
    const ownValues = dir === '.' ? 'values.yaml' : `${dir}/values.yaml`
    return { job, chain, ownValues, prefer: references.map((r) => [...chain, ...r]), ownPrefer: references }
  }

  /** The `.Values.a.b` paths a template names: a values map it copies (toYaml) sits under one of them. */
  private valuesReferences(file: string): PathKey[][] {
    let references = this.referenceCache.get(file)
    if (references === undefined) {
      const text = this.read(file) ?? ''
      references = [...text.matchAll(new RegExp(VALUES_REFERENCE.source, 'g'))].map((m) => m[1]!.slice(1).split('.'))
      this.referenceCache.set(file, references)
    }
    return references
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

/** Where a chart's document came from (RenderedDocument's fields). */
export interface DocumentOrigin {
  origin?: string
  anchorFile?: string
}

interface Scope {
  job: RenderJob
  /** The subchart names (or aliases) from the top chart down to the document's chart: [] for the top chart. */
  chain: string[]
  /** The document's subchart's values.yaml (a subchart only). */
  ownValues?: string
  /** The template's `.Values` paths as they appear in the value set's files, and in ownValues. */
  prefer: PathKey[][]
  ownPrefer: PathKey[][]
}

/** `app/charts/db/charts/cache/templates/x.yaml` → ['db', 'cache']. */
function subchartChain(origin: string | undefined): string[] {
  const parts = origin?.split('/') ?? []
  const chain: string[] = []
  for (let i = 1; parts[i] === 'charts' && parts[i + 1] !== undefined && parts[i + 2] !== undefined; i += 2) chain.push(parts[i + 1]!)
  return chain
}

const VALUES_REFERENCE = /\.Values((?:\.[A-Za-z_][\w-]*)+)/

/** A --set key as path segments: dots split, `\.` is a dot inside a segment. */
function setKeyPath(key: string): string[] {
  return key.split(/(?<!\\)\./).map((s) => s.replace(/\\\./g, '.'))
}

function samePath(a: readonly PathKey[], b: readonly PathKey[]): boolean {
  return a.length === b.length && a.every((k, i) => k === b[i])
}

/** A --set pair that writes the target's key (its last segment) with the target's value. */
function inSetPairs(target: RenderedTarget, job: RenderJob): SourceSpot | undefined {
  if (target.value === undefined) return undefined
  return [...(job.setValues ?? [])].reverse().find((s) => s.value === target.value && setKeyPath(s.key).at(-1) === target.key)?.at
}

function sameScalar(node: unknown, value: string | undefined): boolean {
  return isScalar(node) && node.value !== null && String(node.value) === value
}

/** The candidate that fits the rendered object best (see the module comment); the first among equals. */
function bestCandidate(pool: readonly Candidate[], target: RenderedTarget, prefer: readonly PathKey[][]): Candidate | undefined {
  let best: Candidate | undefined
  let bestScore: number[] = []
  for (const candidate of pool) {
    const score = [
      documentFit(candidate.document, target.object),
      prefer.some((p) => p.length < candidate.path.length && p.every((k, i) => candidate.path[i] === k)) ? 1 : 0,
      commonSuffix(candidate.path, target.path ?? []),
    ]
    const differs = score.findIndex((s, i) => s !== bestScore[i])
    if (!best || (differs >= 0 && score[differs]! > bestScore[differs]!)) {
      best = candidate
      bestScore = score
    }
  }
  return best
}

/** 1 when the document is the rendered object (kind, and a name the rendered one contains), -1 when it is another, 0 when it says neither. */
function documentFit(document: Document.Parsed, object: RenderedTarget['object']): number {
  if (!object) return 0
  const kind = nodeAtPath(document.contents, ['kind'])
  const name = nodeAtPath(document.contents, ['metadata', 'name'])
  const kindText = isScalar(kind) ? String(kind.value) : undefined
  const nameText = isScalar(name) ? String(name.value) : undefined
  if (kindText === undefined && nameText === undefined) return 0
  if (kindText !== undefined && object.kind !== undefined && kindText !== object.kind) return -1
  if (nameText !== undefined && object.name !== undefined && !object.name.includes(nameText)) return -1
  return 1
}

/** How many trailing keys two paths share (sequence indexes match any index: patches may shift them). */
function commonSuffix(a: readonly PathKey[], b: readonly PathKey[]): number {
  let n = 0
  while (n < a.length && n < b.length) {
    const x = a[a.length - 1 - n]
    const y = b[b.length - 1 - n]
    if (!(x === y || (typeof x === 'number' && typeof y === 'number'))) break
    n++
  }
  return n
}

/** Every pair, at any depth, with the path of keys (and sequence indexes) to it. */
function* pairsIn(node: unknown, path: PathKey[]): Generator<{ pair: Pair; path: PathKey[] }> {
  if (isMap(node)) {
    for (const pair of node.items) {
      const keyPath = isScalar(pair.key) ? [...path, String(pair.key.value)] : path
      if (isScalar(pair.key)) yield { pair, path: keyPath }
      yield* pairsIn(pair.value, keyPath)
    }
  } else if (isSeq(node)) {
    for (let i = 0; i < node.items.length; i++) yield* pairsIn(node.items[i], [...path, i])
  } else if (isPair(node)) {
    yield* pairsIn(node.value, path)
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

/**
 * The scalar written after `key:` on a template line (quoted or plain, a comment allowed after
 * it): its value, and where its text starts and how long it is. Undefined when the line holds no
 * scalar there (a block scalar or a nested map follows).
 */
function literalScalar(text: string): { value: string; offset: number; length: number } | undefined {
  if (text.trim() === '' || /^\s*[|>]/.test(text)) return undefined
  const document = parseDocument(text, { logLevel: 'silent' })
  const node = document.contents
  if (document.errors.length > 0 || !isScalar(node) || node.value === null || !node.range) return undefined
  return { value: String(node.value), offset: node.range[0], length: node.range[1] - node.range[0] }
}

/**
 * Which lines of a template file are inside a `define` block: what `include` and `template` copy.
 * Blocks are counted by their actions (define, if, with, range, block … end).
 */
function defineLines(lines: readonly string[]): boolean[] {
  const stack: string[] = []
  return lines.map((line) => {
    const before = stack.includes('define')
    for (const m of line.matchAll(/\{\{-?\s*(define|if|with|range|block|end)\b/g)) {
      if (m[1] === 'end') stack.pop()
      else stack.push(m[1]!)
    }
    return before || stack.includes('define')
  })
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

/** Characters of a key: the key as text must not be part of a longer one ("name" in "namespace"). */
const KEY_CHAR = /[\w.\-~]/

/** The first place `form` stands as a whole key in the text, or -1. */
function wholeKeyAt(text: string, form: string): number {
  for (let at = text.indexOf(form); at >= 0; at = text.indexOf(form, at + 1)) {
    if (!KEY_CHAR.test(text[at - 1] ?? ' ') && !KEY_CHAR.test(text[at + form.length] ?? ' ')) return at
  }
  return -1
}

/** The key as text (block scalars: inline patches; '/' written '~1' in JSON 6902 paths). */
function textSpot(file: string, text: string, target: RenderedTarget): SourceSpot | undefined {
  for (const form of [target.key, target.key.replace(/~/g, '~0').replace(/\//g, '~1')]) {
    const at = wholeKeyAt(text, form)
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
