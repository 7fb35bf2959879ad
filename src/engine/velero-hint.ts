/**
 * The pre-filter: could this file hold Velero content? Files that cannot are never decoded or
 * parsed, and in a typical repository that is almost every file, so this check runs over every
 * byte of the repository and sets the cost of a lint.
 *
 * Hook-bearing text has one of three anchors:
 * - the word "velero" (as velero, Velero or VELERO);
 * - "hook" (hook, Hook or HOOK) followed by an optional "s", ".backup" or ".restore" (any case):
 *   hook keys whose domain is misspelt;
 * - ".io/" (any case) right after "backup.<4-8 letters>" / "restore.<4-8 letters>", or after a
 *   word of 5-8 letters that starts with "v" and ends with "o": misspelt domains such as
 *   "velro.io/" or "backup.velera.io/".
 *
 * Each anchor is found with indexOf, which Node runs natively over the raw bytes (no UTF-8 or
 * latin1 decoding: about 6× cheaper than the case-insensitive RegExp over a latin1 copy it
 * replaced, measured on ../shared/corpus), and the few hits are confirmed with a small RegExp
 * over the bytes around them. Every anchor and pattern is ASCII, and UTF-8 encodes ASCII as
 * itself and every other character as bytes ≥ 0x80
 * (which no pattern here matches, and which count as non-word characters as the characters they
 * encode do), so the answer on the bytes is the answer on the decoded text: hasVeleroHint and
 * bytesHaveVeleroHint always agree (the fuzz suite checks it).
 *
 * Mixed-case spellings of the anchor words ("vElErO") are not hints: no Kubernetes key can be
 * written that way (annotation prefixes are lowercase DNS names), and the lint would otherwise
 * need a case-insensitive pass over every byte.
 */

const WORD_ANCHORS = ['velero', 'Velero', 'VELERO']
const HOOK_ANCHORS = ['hook', 'Hook', 'HOOK']
const DOMAIN_ANCHORS = ['.io/', '.IO/', '.Io/', '.iO/']
/** After a HOOK_ANCHORS hit: "hooks?.backup" or "hooks?.restore". */
const AFTER_HOOK = /^hooks?\.(?:backup|restore)/i
const AFTER_HOOK_LENGTH = 'hooks.restore'.length
/** Before (and including) a DOMAIN_ANCHORS hit: a misspelt Velero domain. */
const BEFORE_DOMAIN = /(?:(?:backup|restore)\.[a-z]{4,8}|\bv[a-z]{3,6}o)\.io\/$/i
/** Enough text before ".io/" for the longest match ("restore." + 8 letters) and a \b before "v". */
const BEFORE_DOMAIN_LENGTH = 'restore.'.length + 8 + 4 + 2

/** What the scan needs of a string or a byte buffer. */
interface Haystack {
  length: number
  indexOf(needle: string, from: number): number
}

/**
 * Escapes a double-quoted YAML (or JSON) scalar decodes, which can spell a key no anchor finds
 * ("init.hook.restore.v\x65lero.io/…", "\u0076elero", "velero.io\/", or an escaped line break in
 * the middle of a word). After a backslash, the character that makes it one of them.
 */
const ESCAPE_KINDS = new Set(['x', 'u', 'U', '/', '\n', '\r'].map((c) => c.charCodeAt(0)))
/** What a run of key text is made of: printable ASCII but the quote that ends a scalar. */
const isKeyCode = (c: number): boolean => c > 0x20 && c < 0x7f && c !== 0x22

/**
 * Whether a run of key text holding such an escape spells a hint once decoded. Each run (printable
 * ASCII, escaped line breaks included) is decoded and scanned once, from the escape's run start to
 * its end, and the search goes on after it: linear however many escapes a file holds. Runs are
 * ASCII, so text and bytes give the same runs and the same answer.
 */
function hasEscapedHint(haystack: Haystack, access: Access): boolean {
  const { codeAt, backslash } = access
  for (let i = backslash(0); i >= 0 && i + 1 < haystack.length; i = backslash(i + 1)) {
    if (!ESCAPE_KINDS.has(codeAt(i + 1))) continue
    let start = i
    while (start > 0 && isKeyCode(codeAt(start - 1))) start--
    let end = i
    for (;;) {
      while (end < haystack.length && isKeyCode(codeAt(end))) end++
      // An escaped line break joins the next line's text (its indentation dropped) to this run.
      if (codeAt(end - 1) !== 0x5c || (codeAt(end) !== 0x0a && codeAt(end) !== 0x0d)) break
      end++
      while (end < haystack.length && (codeAt(end) === 0x0a || codeAt(end) === 0x20 || codeAt(end) === 0x09)) end++
    }
    if (hasAnchorHint(decodeEscapes(access.slice(start, end)), sliceText)) return true
    i = Math.max(i, end - 1)
  }
  return false
}

/** The YAML double-quoted escapes that matter for a key: \xHH, \uHHHH, \UHHHHHHHH, \/, \\ and escaped line breaks. */
function decodeEscapes(text: string): string {
  return text.replace(/\\(?:x([0-9a-fA-F]{2})|u([0-9a-fA-F]{4})|U([0-9a-fA-F]{8})|(\r?\n[ \t\r\n]*)|(.))/g, (whole, x, u, U, _lineBreak, other) => {
    const code = Number.parseInt(x ?? u ?? U ?? '', 16)
    if (Number.isInteger(code)) return code <= 0x10ffff ? String.fromCodePoint(code) : whole
    return other ?? ''
  })
}

/** How the escape scan reads a string or a buffer (a byte needle for a buffer: no string to encode per call). */
interface Access {
  codeAt: (i: number) => number
  /** The next backslash at or after `from`, or -1. */
  backslash: (from: number) => number
  slice: (start: number, end: number) => string
}

/** A hint in the text as it is, or in a key it spells with escapes. */
function hasHint<H extends Haystack>(haystack: H, slice: (h: H, start: number, end: number) => string, access: Access): boolean {
  return hasAnchorHint(haystack, slice) || hasEscapedHint(haystack, access)
}

function hasAnchorHint<H extends Haystack>(haystack: H, slice: (h: H, start: number, end: number) => string): boolean {
  for (const word of WORD_ANCHORS) if (haystack.indexOf(word, 0) >= 0) return true
  for (const hook of HOOK_ANCHORS) {
    for (let i = haystack.indexOf(hook, 0); i >= 0; i = haystack.indexOf(hook, i + hook.length)) {
      if (AFTER_HOOK.test(slice(haystack, i, i + AFTER_HOOK_LENGTH))) return true
    }
  }
  for (const domain of DOMAIN_ANCHORS) {
    for (let i = haystack.indexOf(domain, 0); i >= 0; i = haystack.indexOf(domain, i + domain.length)) {
      if (BEFORE_DOMAIN.test(slice(haystack, Math.max(0, i - BEFORE_DOMAIN_LENGTH), i + domain.length))) return true
    }
  }
  return false
}

const sliceText = (text: string, start: number, end: number): string => text.slice(start, end)
const sliceBytes = (bytes: Buffer, start: number, end: number): string => bytes.toString('latin1', start, Math.min(end, bytes.length))

/** Text that could hold Velero content (see the module comment). */
export function hasVeleroHint(text: string): boolean {
  return hasHint(text, sliceText, { codeAt: (i) => text.charCodeAt(i), backslash: (from) => text.indexOf('\\', from), slice: (start, end) => text.slice(start, end) })
}

/** hasVeleroHint on a file's bytes, without decoding them. */
export function bytesHaveVeleroHint(bytes: Uint8Array): boolean {
  const buffer = Buffer.isBuffer(bytes) ? bytes : Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength)
  const access: Access = { codeAt: (i) => buffer[i] ?? Number.NaN, backslash: (from) => buffer.indexOf(0x5c, from), slice: (start, end) => sliceBytes(buffer, start, end) }
  return hasHint(buffer, sliceBytes, access)
}
