/**
 * Ports of the Go standard-library parsers Velero feeds hook annotations to, so the linter accepts
 * exactly what Velero accepts, and of the ways Go prints values in its errors, so a message that
 * quotes Go's error text quotes it byte for byte.
 */

const LOWER_HEX = '0123456789abcdef'
const utf8 = new TextEncoder()

/** The UTF-8 bytes of one code point (a lone surrogate as U+FFFD, as Go's string conversion does). */
function utf8Bytes(codePoint: number): Uint8Array {
  return utf8.encode(codePoint >= 0xd800 && codePoint <= 0xdfff ? '\uFFFD' : String.fromCodePoint(codePoint))
}

const hexByte = (b: number): string => `\\x${LOWER_HEX[b >> 4]}${LOWER_HEX[b & 0xf]}`

/**
 * The time package's own quote (go/src/time/format.go; Velero v1.18.2 builds with go1.25.11, go.mod@v1.18.2), which
 * time.ParseDuration's errors use: printable ASCII as is (with `"` and `\` escaped), every other
 * character as the \x escapes of its UTF-8 bytes — so a tab prints as "\x09", not strconv's "\t".
 */
export function goTimeQuote(s: string): string {
  let out = '"'
  for (const ch of s) {
    const c = ch.codePointAt(0)!
    if (c >= 0x80 || c < 0x20) {
      for (const b of utf8Bytes(c)) out += hexByte(b)
    } else {
      out += c === 0x22 || c === 0x5c ? `\\${ch}` : ch
    }
  }
  return `${out}"`
}

/** unicode.IsPrint: letters, marks, numbers, punctuation, symbols and the ASCII space. */
const GO_PRINTABLE = /^[\p{L}\p{M}\p{N}\p{P}\p{S} ]$/u
const GO_ESCAPES: Readonly<Record<number, string>> = { 0x07: '\\a', 0x08: '\\b', 0x0c: '\\f', 0x0a: '\\n', 0x0d: '\\r', 0x09: '\\t', 0x0b: '\\v' }

/**
 * strconv.Quote (go/src/strconv/quote.go), which fmt's %q uses (e.g. Velero's `no such container: %q`):
 * printable characters as they are, the C escapes, \xHH below U+0020 and for U+007F, \uHHHH and
 * \UHHHHHHHH above.
 */
export function goQuote(s: string): string {
  let out = '"'
  for (const ch of s) {
    const c = ch.codePointAt(0)!
    if (c === 0x22 || c === 0x5c) out += `\\${ch}`
    else if (c >= 0xd800 && c <= 0xdfff) out += '\uFFFD' // not valid UTF-8 in Go: the decoder saw U+FFFD
    else if (GO_PRINTABLE.test(ch)) out += ch
    else if (GO_ESCAPES[c] !== undefined) out += GO_ESCAPES[c]
    else if (c < 0x20 || c === 0x7f) out += hexByte(c)
    else if (c < 0x10000) out += `\\u${c.toString(16).padStart(4, '0')}`
    else out += `\\U${c.toString(16).padStart(8, '0')}`
  }
  return `${out}"`
}

/**
 * unicode.IsSpace, which strings.TrimSpace uses: in Latin-1 '\t', '\n', '\v', '\f', '\r', ' ', U+0085
 * (NEL) and U+00A0 (NBSP); above it the White_Space property. Unlike JavaScript's trim(), U+0085 is a
 * space and U+FEFF (the byte-order mark) is not.
 */
export function isGoSpace(ch: string): boolean {
  return /^[\t\n\v\f\r \u0085\u00a0\u1680\u2000-\u200a\u2028\u2029\u202f\u205f\u3000]$/u.test(ch)
}

/** strings.TrimSpace. */
export function goTrimSpace(s: string): string {
  const chars = [...s]
  let start = 0
  let end = chars.length
  while (start < end && isGoSpace(chars[start]!)) start++
  while (end > start && isGoSpace(chars[end - 1]!)) end--
  return chars.slice(start, end).join('')
}

/** Go's unitMap, in nanoseconds. */
const UNIT_NS: Record<string, bigint> = {
  ns: 1n,
  us: 1_000n,
  'µs': 1_000n, // U+00B5 micro sign
  'μs': 1_000n, // U+03BC Greek mu
  ms: 1_000_000n,
  s: 1_000_000_000n,
  m: 60_000_000_000n,
  h: 3_600_000_000_000n,
}

const TWO_63 = 1n << 63n

export type DurationResult =
  | { ok: true; /** As a JS number (exact up to 2^53). */ nanoseconds: number; /** Exact, as Go's int64. */ exact: bigint }
  | { ok: false; error: string }

const isDigit = (c: string | undefined): boolean => c !== undefined && c >= '0' && c <= '9'

/** Go's leadingInt: the leading [0-9]* of s; undefined on uint64 overflow (the duration is then invalid). */
function leadingInt(s: string): { value: bigint; digits: number } | undefined {
  let i = 0
  let value = 0n
  for (; i < s.length && isDigit(s[i]); i++) {
    if (value > TWO_63 / 10n) return undefined
    value = value * 10n + BigInt(s.charCodeAt(i) - 48)
    if (value > TWO_63) return undefined
  }
  return { value, digits: i }
}

/**
 * Go's leadingFraction: the digits after a '.', as value / scale. It never fails: on overflow it
 * stops accumulating precision and skips the remaining digits.
 */
function leadingFraction(s: string): { value: bigint; scale: number; digits: number } {
  let value = 0n
  let scale = 1
  let overflow = false
  let j = 0
  for (; j < s.length && isDigit(s[j]); j++) {
    if (overflow) continue
    if (value > (TWO_63 - 1n) / 10n) {
      overflow = true
      continue
    }
    const next = value * 10n + BigInt(s.charCodeAt(j) - 48)
    if (next > TWO_63) {
      overflow = true
      continue
    }
    value = next
    scale *= 10
  }
  return { value, scale, digits: j }
}

/** One `[0-9]*(\.[0-9]*)?[a-z]+` component of a duration: its nanoseconds and what follows it. */
type Component = { ok: true; nanoseconds: bigint; rest: string } | { ok: false; error: string }

function durationComponent(s: string, input: string): Component {
  const invalid: Component = { ok: false, error: `time: invalid duration ${goTimeQuote(input)}` }
  // The next character must be [0-9.]
  if (!(s[0] === '.' || isDigit(s[0]))) return invalid
  const whole = leadingInt(s)
  if (!whole) return invalid
  s = s.slice(whole.digits)
  let fraction = { value: 0n, scale: 1, digits: 0 }
  if (s[0] === '.') {
    fraction = leadingFraction(s.slice(1))
    s = s.slice(1 + fraction.digits)
  }
  if (whole.digits === 0 && fraction.digits === 0) return invalid // no digits, e.g. ".s" or "-.s"
  // The unit runs up to the next '.' or digit.
  let u = 0
  while (u < s.length && s[u] !== '.' && !isDigit(s[u])) u++
  if (u === 0) return { ok: false, error: `time: missing unit in duration ${goTimeQuote(input)}` }
  const unitName = s.slice(0, u)
  const unit = UNIT_NS[unitName]
  if (unit === undefined) {
    return { ok: false, error: `time: unknown unit ${goTimeQuote(unitName)} in duration ${goTimeQuote(input)}` }
  }
  if (whole.value > TWO_63 / unit) return invalid
  let v = whole.value * unit
  if (fraction.value > 0n) {
    // Go: v += uint64(float64(f) * (float64(unit) / scale))
    v += BigInt(Math.trunc(Number(fraction.value) * (Number(unit) / fraction.scale)))
    if (v > TWO_63) return invalid
  }
  return { ok: true, nanoseconds: v, rest: s.slice(u) }
}

/**
 * Go's time.ParseDuration, ported step by step (src/time/format.go): `[-+]?([0-9]*(\.[0-9]*)?[a-z]+)+`,
 * a bare "0" allowed, units ns us µs μs ms s m h, and the same uint64 overflow checks (BigInt here),
 * so "9223372036854775807ns" parses and "9223372036854775808ns" does not. Fractions go through a
 * float64 multiply exactly as in Go; errors quote the input with the time package's quote.
 */
export function parseGoDuration(input: string): DurationResult {
  const invalid = (): DurationResult => ({ ok: false, error: `time: invalid duration ${goTimeQuote(input)}` })
  let s = input
  let negative = false
  if (s !== '' && (s[0] === '-' || s[0] === '+')) {
    negative = s[0] === '-'
    s = s.slice(1)
  }
  if (s === '0') return { ok: true, nanoseconds: 0, exact: 0n }
  if (s === '') return invalid()
  let total = 0n
  while (s !== '') {
    const component = durationComponent(s, input)
    if (!component.ok) return component
    total += component.nanoseconds
    if (total > TWO_63) return invalid()
    s = component.rest
  }
  if (!negative && total > TWO_63 - 1n) return invalid()
  const exact = negative ? -total : total
  return { ok: true, nanoseconds: Number(exact), exact }
}

const TRUE_VALUES = new Set(['1', 't', 'T', 'TRUE', 'true', 'True'])
const FALSE_VALUES = new Set(['0', 'f', 'F', 'FALSE', 'false', 'False'])

/** Go's strconv.ParseBool. */
export function parseGoBool(s: string): boolean | undefined {
  if (TRUE_VALUES.has(s)) return true
  if (FALSE_VALUES.has(s)) return false
  return undefined
}

/** Kubernetes' DNS-1123 label (container names): lower-case alphanumerics and '-', at most 63. */
export function dns1123LabelProblem(name: string): string | undefined {
  if (name.length > 63) return `it is ${name.length} characters long; the limit is 63`
  if (!/^[a-z0-9]([-a-z0-9]*[a-z0-9])?$/.test(name)) {
    return "it must consist of lower-case letters, digits and '-', and start and end with a letter or digit"
  }
  return undefined
}

const NS_PER_SECOND = 1_000_000_000n

/** The integer part of v / 10^prec and its fraction as Go's fmtFrac writes it ("" or ".5", trailing zeros dropped). */
function splitFraction(v: bigint, prec: number): { whole: bigint; fraction: string } {
  const scale = 10n ** BigInt(prec)
  const digits = (v % scale).toString().padStart(prec, '0').replace(/0+$/, '')
  return { whole: v / scale, fraction: digits === '' ? '' : `.${digits}` }
}

/**
 * time.Duration.String (go/src/time/time.go): "0s", "1.5µs", "300ms", "45s", "1m30s", "4h0m0s",
 * "-2s"; how Velero logs a hook's timeout and how the hook plan shows one.
 */
export function formatGoDuration(nanoseconds: bigint): string {
  if (nanoseconds === 0n) return '0s'
  const sign = nanoseconds < 0n ? '-' : ''
  const u = nanoseconds < 0n ? -nanoseconds : nanoseconds
  if (u < NS_PER_SECOND) {
    const [unit, prec] = u < 1_000n ? ['ns', 0] : u < 1_000_000n ? ['µs', 3] : ['ms', 6]
    const { whole, fraction } = splitFraction(u, prec as number)
    return `${sign}${whole}${fraction}${unit}`
  }
  const { whole: seconds, fraction } = splitFraction(u, 9)
  let out = `${seconds % 60n}${fraction}s`
  const minutes = seconds / 60n
  if (minutes > 0n) {
    out = `${minutes % 60n}m${out}`
    const hours = minutes / 60n
    if (hours > 0n) out = `${hours}h${out}`
  }
  return sign + out
}
