/**
 * Text from a repository (file names, metadata.name, quoted values) as one printable line: a line
 * we print that holds a newline followed by `::error …` or `::add-mask::…` would be read by the
 * runner as a workflow command of its own. Line breaks and other control characters are escaped
 * (`\n`, `\u0007`) and so are the bidi controls that reorder what a reader sees (U+202A–U+202E,
 * U+2066–U+2069); everything else is kept.
 */
// eslint-disable-next-line no-control-regex
const UNPRINTABLE = /[\u0000-\u001f\u007f-\u009f\u2028\u2029\u202a-\u202e\u2066-\u2069]/g

const NAMED: Record<string, string> = { '\n': '\\n', '\r': '\\r', '\t': '\\t' }

export function printable(text: string): string {
  return text.replace(UNPRINTABLE, (c) => NAMED[c] ?? `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`)
}

/** Whether text would be changed by printable(): a name that cannot stand on a line of its own as it is. */
export function needsEscaping(text: string): boolean {
  UNPRINTABLE.lastIndex = 0
  const found = UNPRINTABLE.test(text)
  UNPRINTABLE.lastIndex = 0
  return found
}
