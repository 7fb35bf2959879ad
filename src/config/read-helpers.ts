/** Reading the configuration: problems placed at their node, and the small readers every key shares. */
import { distance } from 'fastest-levenshtein'
import { isScalar, isSeq, type Node, type Pair, type YAMLError } from 'yaml'
import { spanOf, type ParsedFile } from '../yaml/parse.js'
import type { ConfigProblem } from './config.js'

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
    this.list.push({ file: this.file, ...this.at(node), message: message.endsWith('?') ? message : `${message.replace(/\.$/, '')}.` })
  }

  /** Where a node is, as a source spot for findings about what it configures. */
  spot(file: string, node: Node | null | undefined): { file: string; line: number; column: number } {
    return { file, ...this.at(node) }
  }

  addYamlErrors(errors: readonly YAMLError[]): void {
    for (const e of errors) {
      const span = spanOf(this.lineCounter, e.pos[0], e.pos[1])
      this.list.push({ file: this.file, line: span.line, column: span.column, message: `YAML error: ${e.message.replace(/\s+/g, ' ').replace(/\.?$/, '.')}` })
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

