import { readdirSync, readFileSync } from 'node:fs'
import { lintTextCounts } from '/work/wt-plumb/src/engine/lint-text.ts'
import { withCrossResource } from '/work/wt-plumb/src/engine/run-lint.ts'
import { defaultRuleSet } from '/work/wt-plumb/src/rules/index.ts'
const rs = defaultRuleSet()
const dir = '/work/wt-plumb/__fixtures__/corpus-classes'
const show = (f: any) => `${f.ruleId} ${f.line}:${f.column} ${f.severity}`
for (const name of readdirSync(dir)) {
  const text = readFileSync(`${dir}/${name}`, 'utf8')
  const c = lintTextCounts(name, text, rs)
  const repository = { files: c.facts ? [c.facts] : [], suppressions: new Map(c.suppressions ? [[name, c.suppressions]] : []) }
  const full = withCrossResource({ summary: { files: 1, documents: 0, resources: 0, hooks: 0, errors: 0, warnings: 0, notices: 0 }, findings: c.findings, skipped: [], repository } as any, rs)
  const a = c.findings.map(show), b = full.findings.map(show)
  if (JSON.stringify(a) !== JSON.stringify(b)) console.log(name, '\n  lintText:', a, '\n  +cross:  ', b)
}
