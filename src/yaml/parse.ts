/**
 * The only place that turns manifest text into YAML documents. Keeps a LineCounter per file so every
 * node offset maps to a 1-based line and column; a UTF-8 BOM is stripped first so it cannot shift
 * columns on line 1 (CRLF needs nothing: lines are counted at '\n', and '\r' ends no column).
 */
import { Composer, isMap, isScalar, isSeq, Lexer, LineCounter, Parser, visit, type Document, type Node } from 'yaml'

export interface ParsedFile {
  /** The text the documents were parsed from (without BOM). */
  readonly text: string
  readonly hadBom: boolean
  readonly lineCounter: LineCounter
  readonly documents: Document.Parsed[]
}

export interface Span {
  line: number
  column: number
  endLine: number
  endColumn: number
}

export function stripBom(text: string): { text: string; hadBom: boolean } {
  return text.charCodeAt(0) === 0xfeff ? { text: text.slice(1), hadBom: true } : { text, hadBom: false }
}

export function parseManifestText(raw: string): ParsedFile {
  const stream = parseManifestStream(raw)
  return { ...stream, documents: Array.from(stream.documents) }
}

/**
 * The documents one at a time, each composed when the iteration reaches it: a caller that drops
 * each document after use holds one document in memory, not the file's. Iterating may throw (a
 * RangeError when the parser's recursion overflows the stack).
 */
export function parseManifestStream(raw: string): Omit<ParsedFile, 'documents'> & { documents: Iterable<Document.Parsed> } {
  const { text, hadBom } = stripBom(raw)
  // What parseAllDocuments does (minus its pretty errors and empty-stream marker), lazily.
  const composer = new Composer({
    prettyErrors: false,
    uniqueKeys: true,
    // yaml would print a Node warning to stderr when a rule or render turns a mapping with
    // collection keys into plain objects; such input is reported through findings, not stderr.
    logLevel: 'error',
    // Node ranges are all that the rules and render use; source tokens (keepSourceTokens) would
    // keep every file's CST alive for its documents' lifetime and cost ~6% of lint time.
  })
  const documents = withoutStackTraces(composer.compose(new Parser().parse(text)) as Iterable<Document.Parsed>)
  return { text, hadBom, lineCounter: countLines(text), documents }
}

/**
 * Steps an iterator with Error.stackTraceLimit at 0. yaml builds a YAMLError (an Error, so V8
 * captures a stack) for every problem it meets; nothing reads those stacks, and on a malformed
 * file capturing them was most of the cost (160,000 stray quotes: 80,000 errors, a third of the
 * lint time). The limit is restored before each document is handed out, so rules are unaffected.
 */
function* withoutStackTraces<T>(items: Iterable<T>): Generator<T, void, undefined> {
  const iterator = items[Symbol.iterator]()
  for (;;) {
    const limit = Error.stackTraceLimit
    Error.stackTraceLimit = 0
    let step: IteratorResult<T>
    try {
      step = iterator.next()
    } finally {
      Error.stackTraceLimit = limit
    }
    if (step.done) return
    yield step.value
  }
}

/**
 * Line starts from the text itself, at each '\n' as yaml's lexer counts them. The parser's own
 * LineCounter misses the line breaks inside some malformed tokens, after which every position it
 * gives is off; a scan of the text cannot miss one.
 */
export function countLines(text: string): LineCounter {
  const lineCounter = new LineCounter()
  lineCounter.addNewLine(0)
  for (let i = text.indexOf('\n'); i >= 0; i = text.indexOf('\n', i + 1)) lineCounter.addNewLine(i + 1)
  return lineCounter
}

/** 1-based line/column span of [start, end) offsets. */
export function spanOf(lineCounter: LineCounter, start: number, end: number): Span {
  const a = lineCounter.linePos(start)
  const b = lineCounter.linePos(Math.max(start, end))
  return { line: a.line, column: a.col, endLine: b.line, endColumn: b.col }
}

/**
 * Collections nested deeper than this are refused before parsing. The yaml parser and composer
 * recurse once per level and overflow the stack somewhere past 700 levels, at a depth that
 * depends on the thread's stack size and on how warm the JIT is; results near that edge would
 * differ between runs and threads. No real manifest nests a tenth as deep.
 */
export const MAX_NESTING = 400

/** Zero-width markers the lexer yields that are not source text (yaml's cst.ts). */
const LEXER_MARKERS = new Set(['\x02', '\x18', '\x1f'])

/** A compact block indicator: "- ", "? " or ": " (or one ending the line). */
const COMPACT_INDICATOR = /(?:^|[ \t])[-?:](?=[ \t]|$)/g

/**
 * Where the text's collections first nest deeper than `limit` (an offset), or undefined.
 *
 * Block nesting: a node on a line is nested at most as deep as the line's indentation (each
 * enclosing level on an earlier line indents it by a column or more) plus the compact indicators
 * on the line itself ("- - - x", "&a ? ? x", "]? ? x"), plus one. So a line shorter than LONG_LINE
 * nests less than LONG_LINE deep, and only long lines need counting.
 * Flow nesting: unclosed brackets. When the quick count (which also counts brackets inside
 * strings) passes the limit, yaml's lexer (which does not recurse) counts exactly.
 */
export function deepNestingOffset(text: string, limit = MAX_NESTING): number | undefined {
  const LONG_LINE = Math.floor(limit / 4)
  let blockBound = LONG_LINE
  for (let start = 0; start < text.length; ) {
    let end = text.indexOf('\n', start)
    if (end < 0) end = text.length
    if (end - start > LONG_LINE) {
      const line = text.slice(start, end)
      let depth = line.length - line.trimStart().length + 1
      COMPACT_INDICATOR.lastIndex = 0
      while (COMPACT_INDICATOR.exec(line)) depth++
      if (depth > blockBound) blockBound = depth
      if (blockBound > limit) return start
    }
    start = end + 1
  }
  const budget = limit - blockBound
  let depth = 0
  let naiveAt = -1
  const brackets = /[[\]{}]/g
  for (let m = brackets.exec(text); m; m = brackets.exec(text)) {
    if (m[0] === '[' || m[0] === '{') {
      if (++depth > budget) {
        naiveAt = m.index
        break
      }
    } else if (depth > 0) depth--
  }
  if (naiveAt < 0) return undefined
  let offset = 0
  depth = 0
  for (const token of new Lexer().lex(text)) {
    if (token === '[' || token === '{') {
      if (++depth > budget) return offset
    } else if ((token === ']' || token === '}') && depth > 0) depth--
    if (!LEXER_MARKERS.has(token)) offset += token.length
  }
  return undefined
}

/**
 * The key a DUPLICATE_KEY error points at (yaml gives only its first character) and the earlier
 * key of the same mapping it repeats, or undefined when none starts there.
 */
export function duplicateKeyAt(document: Document, offset: number): { key: Node; first: Node } | undefined {
  let found: { key: Node; first: Node } | undefined
  // As yaml's uniqueKeys check: scalars by value, anything else only by identity (never stringified:
  // a collection key can be nested deeply enough to make its text enormous).
  const same = (a: Node, b: Node): boolean => a === b || (isScalar(a) && isScalar(b) && a.value === b.value)
  visit(document, {
    Map(_key, map) {
      if (!isMap(map)) return undefined
      const index = map.items.findIndex((pair) => (pair.key as Node | null)?.range?.[0] === offset)
      if (index < 0) return undefined
      const key = map.items[index]!.key as Node
      const first = map.items.slice(0, index).find((pair) => pair.key !== null && same(pair.key as Node, key))?.key as Node | undefined
      found = { key, first: first ?? key }
      return visit.BREAK
    },
  })
  return found
}

/**
 * The JSON text of a node made of scalars, sequences and maps with scalar keys, or undefined when
 * it holds anything else (an alias, a collection key) or its text would pass maxChars. Unlike
 * node.toJSON() it cannot blow up: yaml stringifies collection keys, whose text doubles with every
 * level of nesting.
 */
export function boundedJson(node: unknown, maxChars = 4096): string | undefined {
  // What is left of maxChars: each scalar, key and bracket pays for its own text once.
  let budget = maxChars
  const spend = (text: string): string | undefined => ((budget -= text.length + 1) < 0 ? undefined : text)
  const walk = (n: unknown): string | undefined => {
    if (n === null || n === undefined) return spend('null')
    if (isScalar(n)) {
      const v = n.value
      if (v === null || v === undefined || (typeof v === 'number' && !Number.isFinite(v))) return spend('null')
      return spend(typeof v === 'bigint' ? String(v) : (JSON.stringify(v) ?? 'null'))
    }
    if (isSeq(n)) {
      const parts: string[] = []
      for (const item of n.items) {
        const part = walk(item)
        if (part === undefined) return undefined
        parts.push(part)
      }
      return spend('[]') && `[${parts.join(',')}]`
    }
    if (isMap(n)) {
      const parts: string[] = []
      for (const pair of n.items) {
        if (pair.key !== null && !isScalar(pair.key)) return undefined
        const key = spend(JSON.stringify(pair.key === null ? '' : String((pair.key as { value: unknown }).value)))
        const value = key === undefined ? undefined : walk(pair.value)
        if (value === undefined) return undefined
        parts.push(`${key}:${value}`)
      }
      return spend('{}') && `{${parts.join(',')}}`
    }
    return undefined
  }
  return walk(node)
}
