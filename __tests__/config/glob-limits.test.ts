import assert from 'node:assert/strict'
import { describe, it } from 'node:test'
import { parseConfigText } from '../../src/config/parse-config.js'
import { braceExpansions, extglobs, globComplexityProblem } from '../../src/config/glob-limits.js'

const problems = (text: string) => parseConfigText(text, '.velero-hooks.yaml').problems.map((p) => `${p.line}: ${p.message}`)

describe('configured globs are bounded (issue 14)', () => {
  it('counts brace expansions without expanding them', () => {
    assert.equal(braceExpansions('*.{yaml,yml}'), 2)
    assert.equal(braceExpansions('{a,b}/{c,{d,e}}'), 6)
    assert.equal(braceExpansions('\\{a,b\\}'), 1)
    assert.equal(braceExpansions('{a,b}'.repeat(24)), 1001)
  })

  it('refuses {a,b} × 24 in ignore and exclude with a config problem, and keeps ordinary globs', () => {
    const bomb = '{a,b}'.repeat(24)
    const found = problems(`ignore:\n  - "${bomb}"\n  - "vendor/**/*.{yaml,yml}"\nexclude:\n  - path: "${bomb}"\n`)
    assert.equal(found.length, 2)
    assert.match(found[0]!, /^2: ignore: ".*" is refused: its braces expand to more than 1,000 globs/)
    assert.match(found[1]!, /^5: exclude path: ".*" is refused: its braces expand/)
    assert.deepEqual(parseConfigText('ignore: ["vendor/**/*.{yaml,yml}"]\n', 'c').config.ignore, ['vendor/**/*.{yaml,yml}'])
  })

  it('refuses globs with too many stars in one segment or in all', () => {
    assert.match(globComplexityProblem('*a*a*a*a*a*a*a*ab') ?? '', /a path segment has more than 3 "\*"/)
    assert.match(globComplexityProblem('**/a/'.repeat(17) + 'x') ?? '', /more than 16/)
    assert.equal(globComplexityProblem('**/*-prod-*.yaml'), undefined)
    const found = problems('exclude:\n  - path: "*a*a*a*a*a*a*a*ab"\n    rule: "hook-*"\n')
    assert.equal(found.length, 1)
    assert.match(found[0]!, /^2: exclude path: "\*a\*a\*a\*a\*a\*a\*a\*ab" is refused: a path segment has more than 3/)
  })

  it('bounds extglobs: no repeated group that can match in several ways, at most 4 groups', () => {
    assert.match(globComplexityProblem('x/+(ab|abab)c') ?? '', /the repeated group "\+\(ab\|abab\)" may hold one fixed text only/)
    assert.match(globComplexityProblem('x/*(a*)b') ?? '', /repeated group "\*\(a\*\)"/)
    assert.match(globComplexityProblem('x/+(+(a))b') ?? '', /repeated group/)
    assert.match(globComplexityProblem('@(a|b)@(a|b)@(a|b)@(a|b)@(a|b)') ?? '', /more than 4 extglob groups/)
    for (const fine of ['**/*.@(yaml|yml)', 'deploy/!(test)/*.yaml', 'x/+(ab)c', '**/?(prod-)web.yaml', 'a\\+(b|c)']) assert.equal(globComplexityProblem(fine), undefined, fine)
    assert.deepEqual(extglobs('a/@(b|+(c))/!(d)'), [{ kind: '+', body: 'c' }, { kind: '@', body: 'b|+(c)' }, { kind: '!', body: 'd' }])
    const found = problems('ignore:\n  - "x/+(ab|abab)c"\n')
    assert.match(found[0]!, /^2: ignore: "x\/\+\(ab\|abab\)c" is refused: the repeated group/)
  })
})
