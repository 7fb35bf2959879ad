/** Reading the configuration: problems placed at their node, and the small readers every key shares. */
import { distance } from 'fastest-levenshtein'
import { isScalar, isSeq, type Node, type Pair, type YAMLError } from 'yaml'
import { spanOf, type ParsedFile } from '../yaml/parse.js'
import { boundedDetail } from '../engine/lint-text.js'
import type { ConfigProblem } from './config.js'

/** The longest problem message: quoted values are bounded, and so is the whole. */
const MAX_PROBLEM_CHARS = 400

/** The most of a value from the configuration a problem quotes (a key, a rule id, a glob). */
export const MAX_QUOTED_CHARS = 80

/**
 * A value from the configuration as a problem quotes it: in double quotes, control and bidi
 * characters escaped, at most MAX_QUOTED_CHARS characters (then "..."), so a configuration that is
 * a link to a secret or to /dev/urandom cannot have its content echoed into logs.
 */
export function quote(value: string): string {
  return `"${bounded(value)}"`
}

/** quote() without the quotes. */
export function bounded(value: string): string {
  const escaped = JSON.stringify(value.length > MAX_QUOTED_CHARS * 2 ? value.slice(0, MAX_QUOTED_CHARS * 2) : value)
    .slice(1, -1)
    .replace(/[\u007f-\u009f\u2028\u2029\u202a-\u202e\u2066-\u2069]/g, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`)
  return escaped.length > MAX_QUOTED_CHARS ? `${escaped.slice(0, MAX_QUOTED_CHARS - 3)}...` : escaped
}

export function didYouMean(value: string, candidates: readonly string[]): string {
  let best: string | undefined
  let bestDistance = Infinity
  for (const c of candidates) {
    const d = distance(value.toLowerCase(), c.toLowerCase())
    if (d < bestDistance) {
      best = c
      bestDistance = d
    }
  }
  if (value.length > 200) return '' // a typo is short; and the distance is quadratic in the length
  if (best !== undefined && bestDistance <= Math.max(2, Math.floor(best.length / 3))) return `; did you mean "${best}"?`
  const prefixed = value.length >= 3 ? candidates.find((c) => c.toLowerCase().startsWith(value.toLowerCase())) : undefined
  return prefixed ? `; did you mean "${prefixed}"?` : ''
}

/** The configuration's problems, each at the line and column of the node it is about. */
export class ProblemList {
  readonly list: ConfigProblem[] = []

  constructor(
    private readonly file: string,
    private readonly lineCounter: ParsedFile['lineCounter'],
  ) {}

  at(node: Node | null | undefined): { line: number; column: number } {
    const span = spanOf(this.lineCounter, node?.range?.[0] ?? 0, node?.range?.[1] ?? 0)
    return { line: span.line, column: span.column }
  }

  /** A problem as a sentence: a full stop is added unless the message asks a question. */
  add(node: Node | null | undefined, message: string): void {
    // Values are quoted through quote(); this bounds whatever else a message carries (a version string).
    // eslint-disable-next-line no-control-regex
    let shown = message.replace(/[\u0000-\u001f\u007f-\u009f\u2028\u2029\u202a-\u202e\u2066-\u2069]/g, '?')
    if (shown.length > MAX_PROBLEM_CHARS) shown = `${shown.slice(0, MAX_PROBLEM_CHARS - 3)}...`
    this.list.push({ file: this.file, ...this.at(node), message: shown.endsWith('?') ? shown : `${shown.replace(/\.$/, '')}.` })
  }

  /** Where a node is, as a source spot for findings about what it configures. */
  spot(file: string, node: Node | null | undefined): { file: string; line: number; column: number } {
    return { file, ...this.at(node) }
  }

  addYamlErrors(errors: readonly YAMLError[]): void {
    for (const e of errors) {
      const span = spanOf(this.lineCounter, e.pos[0], e.pos[1])
      this.list.push({ file: this.file, line: span.line, column: span.column, message: `YAML error: ${boundedDetail(e.message).replace(/\.?$/, '.')}` })
    }
  }
}

/** True for a key with no value yet (`rules:`), which reads as the default. */
export function isEmptyValue(value: unknown): boolean {
  return value === null || (isScalar(value) && value.value === null)
}

/** A string, or a list of strings; anything else is a problem. */
export function stringList(pair: Pair, what: string, problems: ProblemList): { value: string; node: Node }[] {
  const value = pair.value as Node | null
  if (isEmptyValue(value)) return [] // `ignore:` with nothing yet
  const one = (n: unknown): { value: string; node: Node } | undefined => {
    if (isScalar(n) && typeof n.value === 'string' && n.value.trim() !== '') return { value: n.value.trim(), node: n }
    problems.add((n as Node | null) ?? (pair.key as Node), `each ${what} must be a non-empty string`)
    return undefined
  }
  if (isSeq(value)) return value.items.map(one).filter((x): x is { value: string; node: Node } => x !== undefined)
  const single = one(value)
  return single ? [single] : []
}

