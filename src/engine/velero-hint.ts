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

function hasHint<H extends Haystack>(haystack: H, slice: (h: H, start: number, end: number) => string): boolean {
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
  return hasHint(text, sliceText)
}

/** hasVeleroHint on a file's bytes, without decoding them. */
export function bytesHaveVeleroHint(bytes: Uint8Array): boolean {
  const buffer = Buffer.isBuffer(bytes) ? bytes : Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength)
  return hasHint(buffer, sliceBytes)
}
