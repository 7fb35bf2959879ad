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
  return (
    text
      .replace(/\r\n|[\r\n\u2028\u2029]/g, ' ')
      // Control characters, and the bidi controls that make text read otherwise than it is (U+202E).
      .replace(/[\u0000-\u0008\u000b-\u001f\u007f\u202a-\u202e\u2066-\u2069]/g, '')
      .replace(/[\\`*_{}[\]()<>#!|~&$@]/g, '\\$&')
      // Bare URLs would become links (GFM autolinks): a zero-width space keeps them text.
      .replace(/(\b(?:https?|ftp|mailto|xmpp)):\/\//gi, '$1:/\u200b/')
      .replace(/\bwww\./gi, 'www\u200b.')
  )
}

/**
 * A link to a page of the GitHub server, or undefined: only an https URL on the server's own host
 * (an API answer is not trusted to say where a reader goes), with the characters Markdown reads in
 * a link destination percent-encoded.
 */
export function serverLink(url: string, serverUrl: string): string | undefined {
  let parsed: URL
  let server: URL
  try {
    parsed = new URL(url)
    server = new URL(serverUrl)
  } catch {
    return undefined
  }
  if (parsed.protocol !== 'https:' || parsed.host !== server.host || parsed.username || parsed.password) return undefined
  return parsed.href.replace(/[()<>\s"'`\\[\]]/g, (c) => `%${c.charCodeAt(0).toString(16).toUpperCase().padStart(2, '0')}`)
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

  /** Bytes still free below the limit. */
  get remaining(): number {
    return this.full ? 0 : this.limitBytes - this.bytes
  }

  toString(): string {
    return `${this.lines.join('\n')}\n`
  }
}
