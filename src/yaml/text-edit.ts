/**
 * The one text-edit toolkit: exact splices over the source text, shared by the fixers and by
 * render. An edit replaces a byte range and nothing else, so every untouched byte (comments,
 * quoting, blank lines, CRLF) stays as it was. Offsets are into the parsed text (BOM stripped);
 * the BOM is put back by the caller.
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

/**
 * Where lines go after content that ends at `offset`: offset itself when that content ended its
 * line (a '\n' just before it), else the start of the next line (or the end of the text).
 */
export function lineStartAfter(text: string, offset: number): number {
  if (offset > 0 && text[offset - 1] === '\n') return offset
  return nextLineStart(text, offset)
}

/** 0-based column of an offset. */
export function columnOf(text: string, offset: number): number {
  return offset - lineStart(text, offset)
}

/** True when only spaces precede the offset on its line. */
export function startsLine(text: string, offset: number): boolean {
  return /^ *$/.test(text.slice(lineStart(text, offset), offset))
}

/** The line ending the fixes write: '\r\n' when any line ends so. */
export function eolOf(text: string): string {
  return text.includes('\r\n') ? '\r\n' : '\n'
}

/** The line ending render writes: the first line's (a file with mixed endings follows its first line). */
export function firstLineEol(text: string): '\n' | '\r\n' {
  const i = text.indexOf('\n')
  return i > 0 && text[i - 1] === '\r' ? '\r\n' : '\n'
}

/**
 * What lines inserted at `offset` must start with: a line break when they go at the very end of a
 * text whose last line has none (the lines would otherwise join it), else nothing.
 */
export function breakBeforeLinesAt(text: string, offset: number, eol: string): string {
  return offset === text.length && offset > 0 && text[offset - 1] !== '\n' ? eol : ''
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
