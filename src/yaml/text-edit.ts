/**
 * Exact text splices: a fix replaces byte ranges of the source and nothing else, so every untouched
 * byte (comments, quoting, blank lines, CRLF) stays as it was. Offsets are into the parsed text
 * (BOM stripped); the BOM is put back by the caller.
 */

export interface TextEdit {
  /** [start, end) offsets in the text; start === end inserts. */
  start: number
  end: number
  text: string
}

/** True when two edits touch the same bytes (two inserts at one offset count, their order is undefined). */
export function editsOverlap(a: TextEdit, b: TextEdit): boolean {
  if (a.start === a.end && b.start === b.end) return a.start === b.start
  if (a.start === a.end) return a.start > b.start && a.start < b.end
  if (b.start === b.end) return b.start > a.start && b.start < a.end
  return a.start < b.end && b.start < a.end
}

export function anyOverlap(a: readonly TextEdit[], b: readonly TextEdit[]): boolean {
  return a.some((x) => b.some((y) => editsOverlap(x, y)))
}

/** Applies non-overlapping edits; throws on overlap (a bug in a fixer, never user input). */
export function applyEdits(text: string, edits: readonly TextEdit[]): string {
  const sorted = [...edits].sort((x, y) => x.start - y.start || x.end - y.end)
  let out = ''
  let at = 0
  for (const e of sorted) {
    if (e.start < at || e.end < e.start || e.end > text.length) throw new Error(`overlapping or out-of-range edit at ${e.start}`)
    out += text.slice(at, e.start) + e.text
    at = e.end
  }
  return out + text.slice(at)
}

// ---------------------------------------------------------------------------------------------
// Lines, as offsets into the text.

export function lineStart(text: string, offset: number): number {
  return text.lastIndexOf('\n', offset - 1) + 1
}

/** Offset just past the line holding `offset` (past its '\n'), or the end of the text. */
export function nextLineStart(text: string, offset: number): number {
  const nl = text.indexOf('\n', offset)
  return nl < 0 ? text.length : nl + 1
}

/** 0-based column of an offset. */
export function columnOf(text: string, offset: number): number {
  return offset - lineStart(text, offset)
}

/** True when only spaces precede the offset on its line. */
export function startsLine(text: string, offset: number): boolean {
  return /^ *$/.test(text.slice(lineStart(text, offset), offset))
}

/** The line ending the file uses ('\r\n' when any line ends so). */
export function eolOf(text: string): string {
  return text.includes('\r\n') ? '\r\n' : '\n'
}

// ---------------------------------------------------------------------------------------------
// YAML scalars written by fixes.

/** A YAML single-quoted scalar ('' escapes '); double-quoted when the text holds control characters. */
export function singleQuoted(value: string): string {
  // eslint-disable-next-line no-control-regex
  if (/[\u0000-\u001f\u007f]/.test(value)) return JSON.stringify(value)
  return `'${value.replace(/'/g, "''")}'`
}

/** A YAML double-quoted scalar (JSON string escapes are valid YAML escapes). */
export function doubleQuoted(value: string): string {
  return JSON.stringify(value)
}

/** A JSON array of strings written the way people write commands: ["/bin/sh", "-c", "…"]. */
export function jsonCommand(argv: readonly string[]): string {
  return `[${argv.map((a) => JSON.stringify(a)).join(', ')}]`
}
