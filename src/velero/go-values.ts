/**
 * Ports of the Go standard-library parsers Velero feeds hook annotations to, so the linter accepts
 * exactly what Velero accepts.
 */

const UNIT_NS: Record<string, number> = {
  ns: 1,
  us: 1e3,
  'µs': 1e3, // U+00B5 micro sign
  'μs': 1e3, // U+03BC Greek mu
  ms: 1e6,
  s: 1e9,
  m: 60e9,
  h: 3600e9,
}

export type DurationResult = { ok: true; nanoseconds: number } | { ok: false; error: string }

/**
 * Go's time.ParseDuration: [-+]?([0-9]*(\.[0-9]*)?[a-z]+)+, a bare "0" allowed, units ns us µs ms s m h.
 * Overflow is not modelled beyond JavaScript number precision (Go rejects > ~292 years).
 */
export function parseGoDuration(input: string): DurationResult {
  const fail = (): DurationResult => ({ ok: false, error: `time: invalid duration "${input}"` })
  let s = input
  let negative = false
  if (s !== '' && (s[0] === '-' || s[0] === '+')) {
    negative = s[0] === '-'
    s = s.slice(1)
  }
  if (s === '0') return { ok: true, nanoseconds: 0 }
  if (s === '') return fail()
  let total = 0
  while (s !== '') {
    const m = /^(\d*)(?:\.(\d*))?/.exec(s)!
    const [whole, intPart, fracPart] = [m[0], m[1], m[2] ?? '']
    if (intPart === '' && fracPart === '') return fail() // no digits, e.g. ".s" or "s"
    s = s.slice(whole.length)
    const unit = /^[^\d.]+/.exec(s)?.[0]
    if (unit === undefined) return { ok: false, error: `time: missing unit in duration "${input}"` }
    const scale = UNIT_NS[unit]
    if (scale === undefined) return { ok: false, error: `time: unknown unit "${unit}" in duration "${input}"` }
    s = s.slice(unit.length)
    total += Number(`${intPart || '0'}.${fracPart || '0'}`) * scale
  }
  if (total > 9223372036854775807) return { ok: false, error: `time: invalid duration "${input}"` }
  return { ok: true, nanoseconds: negative ? -total : total }
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
