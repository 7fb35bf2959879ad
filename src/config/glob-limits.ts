/**
 * Globs from a configuration file, the command line and the action's inputs are bounded before they
 * reach the matchers (issue 14): brace expansion grows exponentially (`{a,b}` × 24 ran V8 out of
 * memory), each `*` within one path segment multiplies the backtracking of the regex they compile
 * to (`*a*a*a*a*ab` against a long name), and so do extglobs (`+(ab|abab)c`).
 */
import { quote } from './read-helpers.js'

export const MAX_BRACE_EXPANSIONS = 1000
export const MAX_STARS_PER_GLOB = 16
export const MAX_STARS_PER_SEGMENT = 3
/** Extglob groups (`@(…)`, `!(…)`, `?(…)`, `*(…)`, `+(…)`) in one glob: each alternation multiplies the backtracking. */
export const MAX_EXTGLOBS = 4

/** How many globs the braces of `glob` expand to, counting no further than `limit + 1`. */
export function braceExpansions(glob: string, limit = MAX_BRACE_EXPANSIONS): number {
  let i = 0
  const cap = (n: number): number => Math.min(n, limit + 1)
  // sequence := (literal | group)*; group := '{' sequence (',' sequence)* '}'
  const sequence = (): number => {
    let product = 1
    while (i < glob.length && glob[i] !== ',' && glob[i] !== '}') {
      if (glob[i] === '\\') i += 2
      else if (glob[i] === '{') {
        i++
        let sum = sequence()
        while (glob[i] === ',') {
          i++
          sum = cap(sum + sequence())
        }
        i++ // '}' (an unclosed brace counts as if closed: never fewer than the matcher makes)
        product = cap(product * sum)
      } else i++
    }
    return product
  }
  let total = 1
  while (i < glob.length) {
    total = cap(total * sequence())
    i++ // a ',' or '}' outside any group is a literal
  }
  return total
}

/** The extglob groups of a glob, outermost first (`kind` is the character before the parenthesis), with their bodies. */
export function extglobs(glob: string): Array<{ kind: string; body: string }> {
  const groups: Array<{ kind: string; body: string }> = []
  const open: Array<{ kind: string; start: number }> = []
  for (let i = 0; i < glob.length; i++) {
    const c = glob[i]!
    if (c === '\\') i++
    else if (c === '(' && i > 0 && '*+?@!'.includes(glob[i - 1]!) && glob[i - 2] !== '\\') open.push({ kind: glob[i - 1]!, start: i + 1 })
    else if (c === ')' && open.length > 0) {
      const group = open.pop()!
      groups.push({ kind: group.kind, body: glob.slice(group.start, i) })
    }
  }
  return groups
}

/**
 * Why the extglobs of a glob are too costly, or undefined. A repeated group (`*(…)`, `+(…)`) whose
 * body can match in more than one way (an alternation, a star, another group) compiles to a nested
 * quantifier: `+(ab|abab)c` took 4 s against a 82-character name, and doubles with each 4 more.
 */
function extglobProblem(glob: string): string | undefined {
  const groups = extglobs(glob)
  if (groups.length > MAX_EXTGLOBS) return `it has more than ${MAX_EXTGLOBS} extglob groups`
  const repeated = groups.find((g) => (g.kind === '*' || g.kind === '+') && /[|*]|[*+?@!]\(/.test(g.body))
  if (repeated) return `the repeated group ${quote(`${repeated.kind}(${repeated.body})`)} may hold one fixed text only (an alternation or a star in it makes matching time grow exponentially); write @(a|b) for a choice`
  return undefined
}

/** Why a configured glob (or a pattern given on the command line or to the action) is too costly to match, or undefined. */
export function globComplexityProblem(glob: string): string | undefined {
  if (braceExpansions(glob) > MAX_BRACE_EXPANSIONS) return `its braces expand to more than ${MAX_BRACE_EXPANSIONS.toLocaleString('en-US')} globs`
  const extglob = extglobProblem(glob)
  if (extglob) return extglob
  const segments = glob.replace(/\\./g, '_').split('/')
  const stars = segments.map((s) => (s === '**' ? 1 : (s.match(/\*+/g) ?? []).length))
  if (stars.reduce((a, b) => a + b, 0) > MAX_STARS_PER_GLOB) return `it has more than ${MAX_STARS_PER_GLOB} "*" or "**"`
  if (segments.some((s, k) => s !== '**' && stars[k]! > MAX_STARS_PER_SEGMENT)) {
    return `a path segment has more than ${MAX_STARS_PER_SEGMENT} "*" (split it over several globs)`
  }
  return undefined
}
