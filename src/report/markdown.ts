/**
 * Markdown for text that comes from manifests (file names, annotation values quoted in messages):
 * it must show as written and never become markup, HTML, a table cell break, a mention or math.
 */

/**
 * Backslash-escape the characters CommonMark, GFM tables and GitHub's extensions give meaning to
 * inside a line (any ASCII punctuation may be escaped in CommonMark, so this never shows a stray
 * backslash), turn line breaks into spaces and drop other control characters. Callers never put
 * such text at the start of a line, so line-start markers (-, +, 1.) need no escaping.
 */
export function escapeMarkdown(text: string): string {
  return text
    .replace(/\r\n|[\r\n\u2028\u2029]/g, ' ')
    .replace(/[\u0000-\u0008\u000b-\u001f\u007f]/g, '')
    .replace(/[\\`*_{}[\]()<>#!|~&$@]/g, '\\$&')
}

/** A link destination: each path segment percent-encoded, and the parentheses Markdown would read. */
export function encodeUrlPath(p: string): string {
  return p
    .split('/')
    .map((s) => encodeURIComponent(s).replace(/[()'!*]/g, (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`))
    .join('/')
}

/** Cut text to at most `max` characters, marking the cut. */
export function clip(text: string, max: number): string {
  return text.length <= max ? text : `${text.slice(0, max - 1)}…`
}

/** Lines of Markdown that stop growing at a byte limit; `add` says whether the line fitted. */
export class BoundedLines {
  readonly lines: string[] = []
  private bytes = 0
  full = false

  constructor(private readonly limitBytes: number) {}

  add(...lines: string[]): boolean {
    for (const line of lines) {
      if (this.full) return false
      const size = Buffer.byteLength(line, 'utf8') + 1
      if (this.bytes + size > this.limitBytes) {
        this.full = true
        return false
      }
      this.lines.push(line)
      this.bytes += size
    }
    return true
  }

  toString(): string {
    return `${this.lines.join('\n')}\n`
  }
}
