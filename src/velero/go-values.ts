/**
 * Ports of the Go standard-library parsers Velero feeds hook annotations to, so the linter accepts
 * exactly what Velero accepts.
 */

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

/**
 * Go's time.ParseDuration, ported step by step (src/time/format.go): `[-+]?([0-9]*(\.[0-9]*)?[a-z]+)+`,
 * a bare "0" allowed, units ns us µs μs ms s m h, and the same uint64 overflow checks (BigInt here),
 * so "9223372036854775807ns" parses and "9223372036854775808ns" does not. Fractions go through a
 * float64 multiply exactly as in Go.
 */
export function parseGoDuration(input: string): DurationResult {
  const invalid = (): DurationResult => ({ ok: false, error: `time: invalid duration ${JSON.stringify(input)}` })
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
    // The next character must be [0-9.]
    if (!(s[0] === '.' || isDigit(s[0]))) return invalid()
    // leadingInt: [0-9]*, failing on uint64 overflow.
    let i = 0
    let whole = 0n
    for (; i < s.length && isDigit(s[i]); i++) {
      if (whole > TWO_63 / 10n) return invalid()
      whole = whole * 10n + BigInt(s.charCodeAt(i) - 48)
      if (whole > TWO_63) return invalid()
    }
    const pre = i > 0
    s = s.slice(i)
    // leadingFraction: (\.[0-9]*)?, which stops accumulating precision instead of failing.
    let fraction = 0n
    let scale = 1
    let post = false
    if (s[0] === '.') {
      s = s.slice(1)
      let overflow = false
      let j = 0
      for (; j < s.length && isDigit(s[j]); j++) {
        if (overflow) continue
        if (fraction > (TWO_63 - 1n) / 10n) {
          overflow = true
          continue
        }
        const next = fraction * 10n + BigInt(s.charCodeAt(j) - 48)
        if (next > TWO_63) {
          overflow = true
          continue
        }
        fraction = next
        scale *= 10
      }
      post = j > 0
      s = s.slice(j)
    }
    if (!pre && !post) return invalid() // no digits, e.g. ".s" or "-.s"
    // The unit runs up to the next '.' or digit.
    let u = 0
    while (u < s.length && s[u] !== '.' && !isDigit(s[u])) u++
    if (u === 0) return { ok: false, error: `time: missing unit in duration ${JSON.stringify(input)}` }
    const unitName = s.slice(0, u)
    s = s.slice(u)
    const unit = UNIT_NS[unitName]
    if (unit === undefined) {
      return { ok: false, error: `time: unknown unit ${JSON.stringify(unitName)} in duration ${JSON.stringify(input)}` }
    }
    if (whole > TWO_63 / unit) return invalid()
    let v = whole * unit
    if (fraction > 0n) {
      // Go: v += uint64(float64(f) * (float64(unit) / scale))
      v += BigInt(Math.trunc(Number(fraction) * (Number(unit) / scale)))
      if (v > TWO_63) return invalid()
    }
    total += v
    if (total > TWO_63) return invalid()
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
