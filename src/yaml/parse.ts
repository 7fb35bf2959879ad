/**
 * The only place that turns manifest text into YAML documents. Keeps a LineCounter per file so every
 * node offset maps to a 1-based line and column; a UTF-8 BOM is stripped first so it cannot shift
 * columns on line 1 (CRLF needs nothing: lines are counted at '\n', and '\r' ends no column).
 */
import { LineCounter, parseAllDocuments, type Document } from 'yaml'

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
  const { text, hadBom } = stripBom(raw)
  const documents = parseAllDocuments(text, {
    prettyErrors: false,
    uniqueKeys: true,
    // Node ranges are all that the rules and render use; source tokens (keepSourceTokens) would
    // keep every file's CST alive for its documents' lifetime and cost ~6% of lint time.
  })
  // parseAllDocuments returns an EmptyStream (an array) for empty input, and a single Document never.
  return { text, hadBom, lineCounter: countLines(text), documents: Array.from(documents) as Document.Parsed[] }
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
