import { runLint } from '/work/wt-plumb/src/engine/run-lint.ts'
import { defaultRuleSet } from '/work/wt-plumb/src/rules/index.ts'
const rs = defaultRuleSet()
const cross = new Set(rs.rules.filter((r) => r.checkRepository).map((r) => r.meta.id))
const r = await runLint({ ruleSet: rs, cwd: process.argv[2]!, patterns: [], ignore: [] })
for (const f of r.findings) if (cross.has(f.ruleId)) console.log(`${f.severity} ${f.file}:${f.line} ${f.ruleId}: ${f.message}\n`)
