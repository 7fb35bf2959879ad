/**
 * Globs from a configuration file are bounded before they reach the matchers (issue 14): brace
 * expansion grows exponentially (`{a,b}` × 24 ran V8 out of memory) and each `*` within one path
 * segment multiplies the backtracking of the regex they compile to (`*a*a*a*a*ab` against a long name).
 */
export const MAX_BRACE_EXPANSIONS = 1000
export const MAX_STARS_PER_GLOB = 16
export const MAX_STARS_PER_SEGMENT = 3

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

/** Why a configured glob is too costly to match, or undefined. */
export function globComplexityProblem(glob: string): string | undefined {
  if (braceExpansions(glob) > MAX_BRACE_EXPANSIONS) return `its braces expand to more than ${MAX_BRACE_EXPANSIONS.toLocaleString('en-US')} globs`
  const segments = glob.replace(/\\./g, '_').split('/')
  const stars = segments.map((s) => (s === '**' ? 1 : (s.match(/\*+/g) ?? []).length))
  if (stars.reduce((a, b) => a + b, 0) > MAX_STARS_PER_GLOB) return `it has more than ${MAX_STARS_PER_GLOB} "*" or "**"`
  if (segments.some((s, k) => s !== '**' && stars[k]! > MAX_STARS_PER_SEGMENT)) {
    return `a path segment has more than ${MAX_STARS_PER_SEGMENT} "*" (split it over several globs)`
  }
  return undefined
}
