import assert from 'node:assert/strict'
import { describe, it } from 'node:test'
import { lintText } from '../../src/engine/lint-text.js'
import { findDirectives } from '../../src/engine/suppressions.js'
import { defaultRuleSet } from '../../src/rules/index.js'
import { parseManifestText } from '../../src/yaml/parse.js'

const lint = (text: string, severities?: Map<string, 'off' | 'notice' | 'warning' | 'error'>) =>
  lintText('test.yaml', text, defaultRuleSet(severities)).findings.map((f) => `${f.line}:${f.column} ${f.ruleId}`)

/** A Deployment whose own metadata carries two hook annotations (hook-annotation-on-controller twice). */
const deployment = (annotationLines: string, extra = ''): string =>
  `apiVersion: apps/v1\nkind: Deployment\nmetadata:\n  name: d\n  annotations:\n${annotationLines}${extra}spec:\n  template:\n    spec:\n      containers: [{name: a, image: b}]\n`
const PRE = `    pre.hook.backup.velero.io/command: '["/bin/true"]'\n`
const POST = `    post.hook.backup.velero.io/command: '["/bin/true"]'\n`

describe('inline suppressions', () => {
  it('without comments, both findings are reported', () => {
    assert.deepEqual(lint(deployment(PRE + POST)), ['6:5 hook-annotation-on-controller', '7:5 hook-annotation-on-controller'])
  })

  it('a comment on the line above suppresses the next line only', () => {
    const text = deployment(`    # velero-hooks-ignore hook-annotation-on-controller -- read by our own operator\n` + PRE + POST)
    assert.deepEqual(lint(text), ['8:5 hook-annotation-on-controller'])
  })

  it('a comment at the end of the line suppresses that line', () => {
    const text = deployment(PRE.replace('\n', ' # velero-hooks-ignore hook-annotation-on-controller\n') + POST)
    assert.deepEqual(lint(text), ['7:5 hook-annotation-on-controller'])
  })

  it('stacked comments and blank lines above a line all apply to it', () => {
    const text = deployment(
      `    # velero-hooks-ignore hook-annotation-on-controller -- one\n\n    # velero-hooks-ignore hook-annotation-unknown-key -- two\n` +
        `    pre.hook.backup.velero.io/comand: '["/bin/true"]'\n`,
    )
    assert.deepEqual(lint(text), [])
  })

  it('lists several rules with commas, and a file-level comment covers every line', () => {
    const text = deployment(`    pre.hook.backup.velero.io/comand: '["/bin/true"]' # velero-hooks-ignore hook-annotation-unknown-key,hook-annotation-on-controller\n`)
    assert.deepEqual(lint(text), [])
    const file = `# velero-hooks-ignore-file hook-annotation-on-controller -- vendored chart, see README\n` + deployment(PRE + POST)
    assert.deepEqual(lint(file), [])
  })

  it('reports an unused suppression, an unknown rule id and an empty list as notices at the comment', () => {
    const text = deployment(
      PRE,
      `    # velero-hooks-ignore hook-unknown-container -- nothing to hide here\n    x: "1"  # velero-hooks-ignore hook-annotation-on-controler\n    # velero-hooks-ignore -- forgot the rule\n    y: "2"\n`,
    )
    const findings = lintText('test.yaml', text, defaultRuleSet()).findings
    assert.deepEqual(
      findings.map((f) => `${f.line}:${f.column}-${f.endColumn} ${f.ruleId} ${f.severity}`),
      [
        '6:5-38 hook-annotation-on-controller error',
        '7:27-49 unused-suppression notice',
        '8:35-63 unused-suppression notice',
        '9:5-45 unused-suppression notice',
      ],
    )
    assert.match(findings[1]!.message, /^This suppression of "hook-unknown-container" matched no finding on line 8, so it does nothing/)
    assert.match(findings[2]!.message, /"hook-annotation-on-controler" is not a velero-hooks rule id.*did you mean "hook-annotation-on-controller"\?/)
    assert.match(findings[3]!.message, /names no rule/)
  })

  it('does not report suppressions of rules that are turned off, and unused-suppression can be turned off', () => {
    const text = deployment(`    # velero-hooks-ignore hook-unknown-container\n` + PRE)
    assert.deepEqual(lint(text, new Map([['hook-unknown-container', 'off']])), ['7:5 hook-annotation-on-controller'])
    assert.deepEqual(lint(text, new Map([['unused-suppression', 'off']])), ['7:5 hook-annotation-on-controller'])
  })

  it('never reads a suppression from inside a string', () => {
    const text = deployment(PRE.replace(`'["/bin/true"]'`, `'["/bin/sh", "-c", "true # velero-hooks-ignore hook-annotation-on-controller"]'`))
    assert.deepEqual(lint(text), ['6:5 hook-annotation-on-controller'])
    const block = `kind: Pod\nmetadata:\n  annotations:\n    pre.hook.backup.velero.io/command: |\n      # velero-hooks-ignore-file yaml-syntax\n`
    assert.deepEqual(findDirectives(block, parseManifestText(block).documents), [])
  })

  it('suppresses yaml-syntax and template-skipped findings too', () => {
    const helm = 'kind: Pod\nmetadata:\n  annotations:\n    pre.hook.backup.velero.io/command: {{ .Values.command }}\n'
    assert.deepEqual(lint(helm), ['4:40 template-skipped'])
    assert.deepEqual(lint(`# velero-hooks-ignore-file template-skipped -- a Helm chart\n${helm}`), [])
    assert.deepEqual(lint('# velero-hooks-ignore-file yaml-syntax\nkind: Pod # velero\nmetadata: [\n'), [])
  })

  it('a suppression left in a file with nothing else of Velero is still reported as unused', () => {
    assert.deepEqual(lint('# velero-hooks-ignore-file yaml-syntax -- stale\nkind: ConfigMap\n'), ['1:28 unused-suppression'])
  })
})

// Issue 14: these took 63 s and 35 s when each comment scanned what follows it and each '#' was
// tested against every scalar. Linear scans finish in well under a second; only results are asserted.
describe('suppression scans stay linear', () => {
  it('40,000 stacked suppression comments all apply to the line below them', () => {
    const stacked = '    # velero-hooks-ignore hook-annotation-on-controller\n'.repeat(40_000)
    const text = deployment(stacked + PRE + POST)
    const directives = findDirectives(text)
    assert.equal(directives.length, 40_000)
    assert.ok(directives.every((d) => d.target === 40_006))
    // Each of them suppresses the finding on line 40,006 (so none is unused); line 40,007 keeps its own.
    assert.deepEqual(lint(text), ['40007:5 hook-annotation-on-controller'])
  })

  it("100,000 ' #' inside a scalar on one line, among thousands of scalars, are text, not comments", () => {
    const many = Array.from({ length: 3000 }, (_, i) => `    k${i}: v${i}\n`).join('')
    const hashes = ' #'.repeat(100_000)
    const text =
      deployment(PRE + POST, '').replace('  annotations:\n', `  labels:\n${many}  annotations:\n`) +
      `---\napiVersion: v1\nkind: ConfigMap\nmetadata: {name: c}\ndata:\n  a: "x${hashes} velero-hooks-ignore hook-annotation-on-controller"\n  b: |\n    #${hashes} velero-hooks-ignore hook-annotation-on-controller\n`
    const parsed = parseManifestText(text)
    assert.deepEqual(findDirectives(parsed.text, parsed.documents), [])
    assert.equal(lint(text).filter((f) => f.endsWith('hook-annotation-on-controller')).length, 2)
  })
})
