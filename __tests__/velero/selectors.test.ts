/**
 * Velero's selection primitives (src/velero/selectors.ts): label selectors as
 * metav1.LabelSelectorAsSelector reads them, disjointness, gobwas globs as IncludesExcludes compiles
 * them (velero-plan-semantics.md §1.3) and the resource names a hook's filters resolve to pods.
 */
import assert from 'node:assert/strict'
import { describe, it } from 'node:test'
import {
  compileGlob,
  hasGlobChars,
  includesExcludes,
  labelSelectorProblem,
  matchesLabels,
  resourceFiltersIncludePods,
  selectorsDisjoint,
  type LabelRequirement,
  type LabelSelector,
} from '../../src/velero/selectors.js'

const sel = (matchLabels: Record<string, string> = {}, ...matchExpressions: LabelRequirement[]): LabelSelector => ({ matchLabels, matchExpressions })
const req = (key: string, operator: string, ...values: string[]): LabelRequirement => ({ key, operator, values })

describe('matchesLabels', () => {
  const labels = { app: 'web', tier: 'front' }
  const cases: Array<[string, LabelSelector, boolean]> = [
    ['an empty selector matches everything', sel(), true],
    ['matchLabels equal', sel({ app: 'web' }), true],
    ['matchLabels with another value', sel({ app: 'db' }), false],
    ['matchLabels on a label the pod lacks', sel({ team: 'a' }), false],
    ['every matchLabels entry must hold', sel({ app: 'web', tier: 'back' }), false],
    ['In with the value', sel({}, req('app', 'In', 'db', 'web')), true],
    ['In without the value', sel({}, req('app', 'In', 'db')), false],
    ['In on a missing label', sel({}, req('team', 'In', 'a')), false],
    ['NotIn with the value', sel({}, req('app', 'NotIn', 'web')), false],
    ['NotIn without the value', sel({}, req('app', 'NotIn', 'db')), true],
    ['NotIn on a missing label matches', sel({}, req('team', 'NotIn', 'a')), true],
    ['Exists', sel({}, req('tier', 'Exists')), true],
    ['Exists on a missing label', sel({}, req('team', 'Exists')), false],
    ['DoesNotExist', sel({}, req('team', 'DoesNotExist')), true],
    ['DoesNotExist on a present label', sel({}, req('app', 'DoesNotExist')), false],
    ['matchLabels and matchExpressions together', sel({ app: 'web' }, req('tier', 'In', 'front')), true],
    ['an operator Kubernetes does not know matches nothing', sel({}, req('app', 'in', 'web')), false],
  ]
  for (const [name, selector, expected] of cases) it(name, () => assert.equal(matchesLabels(selector, labels), expected))

  it('a label named like an Object.prototype member is only a label', () => {
    const bare = Object.assign(Object.create(null) as Record<string, string>, { app: 'web' })
    assert.equal(matchesLabels(sel({}, req('constructor', 'Exists')), bare), false)
    assert.equal(matchesLabels(sel({}, req('constructor', 'DoesNotExist')), bare), true)
    assert.equal(matchesLabels(sel({ toString: 'x' }), bare), false)
  })
})

describe('labelSelectorProblem', () => {
  it('accepts valid selectors', () => {
    assert.equal(labelSelectorProblem(sel({ app: 'web' }, req('a', 'In', 'x'), req('b', 'NotIn', 'y'), req('c', 'Exists'), req('d', 'DoesNotExist'))), undefined)
  })
  it('refuses operators in the wrong case, In/NotIn without values and Exists/DoesNotExist with values', () => {
    assert.match(labelSelectorProblem(sel({}, req('a', 'in', 'x')))!, /operator "in" is not one of In, NotIn, Exists, DoesNotExist/)
    assert.match(labelSelectorProblem(sel({}, req('a', 'In')))!, /In on "a" needs at least one value/)
    assert.match(labelSelectorProblem(sel({}, req('a', 'NotIn')))!, /NotIn on "a" needs at least one value/)
    assert.match(labelSelectorProblem(sel({}, req('a', 'Exists', 'x')))!, /Exists on "a" takes no values/)
    assert.match(labelSelectorProblem(sel({}, req('a', 'DoesNotExist', 'x')))!, /DoesNotExist on "a" takes no values/)
  })
})

describe('selectorsDisjoint', () => {
  const cases: Array<[string, LabelSelector, LabelSelector, boolean]> = [
    ['app=a and app=b', sel({ app: 'a' }), sel({ app: 'b' }), true],
    ['app=a and app=a', sel({ app: 'a' }), sel({ app: 'a' }), false],
    ['different keys can both hold', sel({ app: 'a' }), sel({ tier: 'b' }), false],
    ['app=a and app NotIn [a]', sel({ app: 'a' }), sel({}, req('app', 'NotIn', 'a')), true],
    ['app NotIn [a] and app=a (either side)', sel({}, req('app', 'NotIn', 'a')), sel({ app: 'a' }), true],
    ['app=a and app NotIn [b]', sel({ app: 'a' }), sel({}, req('app', 'NotIn', 'b')), false],
    ['app=a and app DoesNotExist', sel({ app: 'a' }), sel({}, req('app', 'DoesNotExist')), true],
    ['app Exists and app DoesNotExist', sel({}, req('app', 'Exists')), sel({}, req('app', 'DoesNotExist')), true],
    ['both DoesNotExist', sel({}, req('app', 'DoesNotExist')), sel({}, req('app', 'DoesNotExist')), false],
    ['app=a and app Exists', sel({ app: 'a' }), sel({}, req('app', 'Exists')), false],
    ['In [a, b] and In [b, c] share b', sel({}, req('app', 'In', 'a', 'b')), sel({}, req('app', 'In', 'b', 'c')), false],
    ['In [a] and In [c]', sel({}, req('app', 'In', 'a')), sel({}, req('app', 'In', 'c')), true],
    ['matchLabels app=a and In [b, c]', sel({ app: 'a' }), sel({}, req('app', 'In', 'b', 'c')), true],
    ['In [a, b] and NotIn [a, b]', sel({}, req('app', 'In', 'a', 'b')), sel({}, req('app', 'NotIn', 'a', 'b')), true],
    ['In [a, b] and NotIn [a]: b is left', sel({}, req('app', 'In', 'a', 'b')), sel({}, req('app', 'NotIn', 'a')), false],
    ['NotIn and NotIn are never proven disjoint', sel({}, req('app', 'NotIn', 'a')), sel({}, req('app', 'NotIn', 'b')), false],
    ['empty selectors', sel(), sel(), false],
    ['an empty selector and anything', sel(), sel({ app: 'a' }), false],
  ]
  for (const [name, a, b, expected] of cases) {
    it(name, () => {
      assert.equal(selectorsDisjoint(a, b), expected)
      assert.equal(selectorsDisjoint(b, a), expected, 'the answer does not depend on the order')
    })
  }
})

describe('globs (gobwas, as IncludesExcludes compiles them)', () => {
  const cases: Array<[string, string, boolean]> = [
    ['*', 'anything/at all', true],
    ['app-*', 'app-web', true],
    ['app-*', 'app-', true],
    ['app-*', 'web-app', false],
    ['*-prod', 'shop-prod', true],
    ['a?c', 'abc', true],
    ['a?c', 'ac', false],
    ['[abc]x', 'bx', true],
    ['[abc]x', 'dx', false],
    ['[!abc]x', 'dx', true],
    ['[!abc]x', 'ax', false],
    ['{shop,web}-*', 'web-1', true],
    ['{shop,web}-*', 'db-1', false],
    ['a\\*b', 'a*b', true],
    ['a\\*b', 'axb', false],
    ['a.b', 'a.b', true],
    ['a.b', 'axb', false],
    ['a}b', 'a}b', true],
    ['(x)+', '(x)+', true],
  ]
  for (const [pattern, value, expected] of cases) it(`${pattern} against ${value}`, () => assert.equal(compileGlob(pattern)!.test(value), expected))

  it('patterns gobwas refuses to compile are null (they match nothing)', () => {
    for (const bad of ['[abc', 'x[', '[]', '[!]', 'a\\', '{a,b', '{{a}']) assert.equal(compileGlob(bad), null, bad)
  })

  it('hasGlobChars', () => {
    assert.equal(hasGlobChars('shop'), false)
    for (const g of ['app-*', 'a?', '[ab]', '{a,b}']) assert.equal(hasGlobChars(g), true, g)
  })
})

describe('includesExcludes', () => {
  it('an absent or empty include list, or "*", includes everything', () => {
    assert.equal(includesExcludes(undefined, undefined, 'shop'), true)
    assert.equal(includesExcludes([], [], 'shop'), true)
    assert.equal(includesExcludes(['web', '*'], undefined, 'shop'), true)
  })
  it('includes by name and glob', () => {
    assert.equal(includesExcludes(['shop'], undefined, 'shop'), true)
    assert.equal(includesExcludes(['web'], undefined, 'shop'), false)
    assert.equal(includesExcludes(['sh*'], undefined, 'shop'), true)
  })
  it('excludes win over includes', () => {
    assert.equal(includesExcludes(['*'], ['shop'], 'shop'), false)
    assert.equal(includesExcludes(['shop'], ['sh*'], 'shop'), false)
    assert.equal(includesExcludes(undefined, ['web'], 'shop'), true)
  })
  it('a malformed pattern makes the list answer false once it is reached (patterns are tried sorted)', () => {
    // '[' sorts before lowercase letters: the malformed pattern is tried first, nothing matches.
    assert.equal(includesExcludes(['shop', '[bad'], undefined, 'shop'), false)
    // An uppercase name sorts before '[': it matches before the malformed pattern is reached.
    assert.equal(includesExcludes(['Shop', '[bad'], undefined, 'Shop'), true)
    // In the excludes, the malformed pattern stops the exclusion: the namespace is included.
    assert.equal(includesExcludes(undefined, ['shop', '[bad'], 'shop'), true)
  })
})

describe('resourceFiltersIncludePods', () => {
  const cases: Array<[string, string[] | undefined, string[] | undefined, boolean]> = [
    ['no filters', undefined, undefined, true],
    ['empty lists', [], [], true],
    ['pods', ['pods'], undefined, true],
    ['pod', ['pod'], undefined, true],
    ['po (the short name)', ['po'], undefined, true],
    ['Pods (any case)', ['Pods'], undefined, true],
    ['PO', ['PO'], undefined, true],
    ['deployments only', ['deployments'], undefined, false],
    ['deployments and pods', ['deployments', 'pods'], undefined, true],
    ['* includes pods', ['*'], undefined, true],
    ['a glob that matches pods', ['p*'], undefined, true],
    ['a glob that does not', ['d*'], undefined, false],
    ['pods excluded', undefined, ['pods'], false],
    ['po excluded', ['*'], ['po'], false],
    ['an exclude of * is ignored', undefined, ['*'], true],
    ['deployments excluded', undefined, ['deployments'], true],
  ]
  for (const [name, includes, excludes, expected] of cases) it(name, () => assert.equal(resourceFiltersIncludePods(includes, excludes), expected))
})
