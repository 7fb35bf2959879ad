/**
 * How Velero selects: label selectors (metav1.LabelSelectorAsSelector), namespace include/exclude
 * lists (pkg/util/collections IncludesExcludes: gobwas/glob, excludes win, empty or '*' = all) and
 * resource names in hook specs (resolved through discovery with kubectl short names; a name that
 * does not resolve is kept as a glob). velero-plan-semantics.md §1.2, §1.3, §2.3.
 *
 * Plain data in, answers out: the engine reads the manifests into these shapes.
 */

export interface LabelRequirement {
  readonly key: string
  /** In, NotIn, Exists, DoesNotExist (as written; anything else makes the selector invalid). */
  readonly operator: string
  readonly values: readonly string[]
}

export interface LabelSelector {
  readonly matchLabels: Readonly<Record<string, string>>
  readonly matchExpressions: readonly LabelRequirement[]
}

const OPERATORS = new Set(['In', 'NotIn', 'Exists', 'DoesNotExist'])

/**
 * Why LabelSelectorAsSelector would refuse the selector (In/NotIn need values, Exists/DoesNotExist
 * none, operators are case-sensitive), or undefined when it is valid.
 */
export function labelSelectorProblem(selector: LabelSelector): string | undefined {
  for (const r of selector.matchExpressions) {
    if (!OPERATORS.has(r.operator)) return `operator "${r.operator}" is not one of In, NotIn, Exists, DoesNotExist`
    if ((r.operator === 'In' || r.operator === 'NotIn') && r.values.length === 0) return `operator ${r.operator} on "${r.key}" needs at least one value`
    if ((r.operator === 'Exists' || r.operator === 'DoesNotExist') && r.values.length > 0) return `operator ${r.operator} on "${r.key}" takes no values`
  }
  return undefined
}

/** True when the labels satisfy the selector (an empty selector matches everything). */
export function matchesLabels(selector: LabelSelector, labels: Readonly<Record<string, string>>): boolean {
  // for…in over own keys: no array of entries per call (a plan asks this for every workload and hook).
  const required = selector.matchLabels
  for (const k in required) if (Object.hasOwn(required, k) && labels[k] !== required[k]) return false
  for (const r of selector.matchExpressions) {
    const has = Object.hasOwn(labels, r.key)
    const value = labels[r.key]
    switch (r.operator) {
      case 'In':
        if (!has || !r.values.includes(value!)) return false
        break
      case 'NotIn':
        if (has && r.values.includes(value!)) return false
        break
      case 'Exists':
        if (!has) return false
        break
      case 'DoesNotExist':
        if (has) return false
        break
      default:
        return false
    }
  }
  return true
}

/**
 * True when no label set can satisfy both selectors (e.g. app=a and app=b; app=a and app NotIn [a]):
 * only what matchLabels and In/NotIn/Exists/DoesNotExist prove; anything unsure is "not disjoint".
 */
export function selectorsDisjoint(a: LabelSelector, b: LabelSelector): boolean {
  const required = (s: LabelSelector): Map<string, Set<string> | 'any' | 'none'> => {
    const out = new Map<string, Set<string> | 'any' | 'none'>()
    const narrow = (key: string, allowed: Set<string> | 'any' | 'none'): void => {
      const prev = out.get(key)
      if (prev === undefined || prev === 'any') out.set(key, allowed)
      else if (allowed === 'none' || prev === 'none') out.set(key, 'none')
      else if (allowed !== 'any') out.set(key, new Set([...prev].filter((v) => allowed.has(v))))
    }
    for (const [k, v] of Object.entries(s.matchLabels)) narrow(k, new Set([v]))
    for (const r of s.matchExpressions) {
      if (r.operator === 'In') narrow(r.key, new Set(r.values))
      else if (r.operator === 'Exists') narrow(r.key, 'any')
      else if (r.operator === 'DoesNotExist') narrow(r.key, 'none')
    }
    return out
  }
  const ra = required(a)
  const rb = required(b)
  const notIn = (s: LabelSelector, key: string): Set<string> => new Set(s.matchExpressions.filter((r) => r.key === key && r.operator === 'NotIn').flatMap((r) => r.values))
  for (const [key, va] of ra) {
    const vb = rb.get(key)
    if (vb === undefined) {
      // b may still forbid every value a requires.
      if (va instanceof Set && va.size > 0 && [...va].every((v) => notIn(b, key).has(v))) return true
      if (va !== 'none' && b.matchExpressions.some((r) => r.key === key && r.operator === 'DoesNotExist')) return true
      continue
    }
    if (va === 'none' || vb === 'none') {
      if (!(va === 'none' && vb === 'none')) return true
      continue
    }
    if (va instanceof Set && vb instanceof Set && ![...va].some((v) => vb.has(v))) return true
  }
  for (const [key, vb] of rb) {
    if (ra.has(key)) continue
    if (vb instanceof Set && vb.size > 0 && [...vb].every((v) => notIn(a, key).has(v))) return true
    if (vb !== 'none' && a.matchExpressions.some((r) => r.key === key && r.operator === 'DoesNotExist')) return true
  }
  return false
}

// ---------------------------------------------------------------------------------------------
// Globs (gobwas/glob as IncludesExcludes compiles them: no separators, so '*' spans everything).

const globCache = new Map<string, RegExp | null>()

/** A gobwas glob as a RegExp; null when gobwas would not compile it (then it matches nothing). */
export function compileGlob(pattern: string): RegExp | null {
  const cached = globCache.get(pattern)
  if (cached !== undefined) return cached
  let re: RegExp | null = null
  const source = globSource(pattern)
  if (source !== undefined) re = new RegExp(`^(?:${source})$`, 's')
  if (globCache.size > 10_000) globCache.clear()
  globCache.set(pattern, re)
  return re
}

function globSource(p: string): string | undefined {
  let out = ''
  let braces = 0
  for (let i = 0; i < p.length; i++) {
    const c = p[i]!
    if (c === '\\') {
      if (i + 1 >= p.length) return undefined
      out += escapeRe(p[++i]!)
    } else if (c === '*') out += '.*'
    else if (c === '?') out += '.'
    else if (c === '[') {
      const end = p.indexOf(']', i + 1)
      if (end < 0) return undefined
      let body = p.slice(i + 1, end)
      const negate = body.startsWith('!')
      if (negate) body = body.slice(1)
      if (body === '') return undefined
      out += `[${negate ? '^' : ''}${body.replace(/[\\\]^]/g, '\\$&')}]`
      i = end
    } else if (c === '{') {
      braces++
      out += '(?:'
    } else if (c === '}' && braces > 0) {
      braces--
      out += ')'
    } else if (c === ',' && braces > 0) out += '|'
    else out += escapeRe(c)
  }
  return braces === 0 ? out : undefined
}

function escapeRe(c: string): string {
  return /[.*+?^${}()|[\]\\/]/.test(c) ? `\\${c}` : c
}

export function hasGlobChars(s: string): boolean {
  return /[*?[\]{}]/.test(s)
}

/**
 * IncludesExcludes.ShouldInclude: excludes win; an empty include list or '*' includes all; globs.
 * gobwas: one pattern that fails to compile makes the whole set answer false (§1.3 gotcha), which
 * this mirrors for the set it belongs to.
 */
export function includesExcludes(includes: readonly string[] | undefined, excludes: readonly string[] | undefined, value: string): boolean {
  const matchAny = (patterns: readonly string[]): boolean => {
    for (const p of [...patterns].sort()) {
      const re = compileGlob(p)
      if (re === null) return false
      if (re.test(value)) return true
    }
    return false
  }
  if (excludes && excludes.length > 0 && matchAny(excludes)) return false
  if (!includes || includes.length === 0 || includes.includes('*')) return true
  return matchAny(includes)
}

/** What `pods`, `pod`, `po` (any case) resolve to through discovery: the core group's pods. */
const POD_NAMES = new Set(['pods', 'pod', 'po', 'pods.', 'pods.v1.', 'pods.core', ''])

/**
 * Whether a hook's resource filter lets pods through: names resolved as Velero's discovery helper
 * resolves them (pods/pod/po → "pods"; other known kinds → their own group resource), the rest
 * used as globs against "pods". An exclude of '*' is ignored (GetResourceIncludesExcludes).
 */
export function resourceFiltersIncludePods(includes: readonly string[] | undefined, excludes: readonly string[] | undefined): boolean {
  const resolve = (name: string): string => (POD_NAMES.has(name.toLowerCase()) && name !== '' ? 'pods' : name.toLowerCase())
  const inc = (includes ?? []).map(resolve)
  const exc = (excludes ?? []).map(resolve).filter((e) => e !== '*')
  return includesExcludes(inc, exc, 'pods')
}
