import { runLint } from '/work/wt-plumb/src/engine/run-lint.js'
import { crossResource } from '/work/wt-plumb/src/engine/cross-resource.js'
import { buildHookPlan } from '/work/wt-plumb/src/engine/hook-plan.js'
import { defaultRuleSet } from '/work/wt-plumb/src/rules/index.js'
import { threadCpuMs } from '/work/wt-plumb/bench/stats.js'
const dir = '/tmp/velero-hooks-bench/repository-model'
const ruleSet = defaultRuleSet()
const lint = await runLint({ ruleSet, cwd: dir, patterns: [], ignore: [], workers: 0, deferCrossResource: true })
for (let pass = 0; pass < 4; pass++) {
  const t0 = threadCpuMs()!
  const { repo } = crossResource(lint.repository!, ruleSet)
  const t1 = threadCpuMs()!
  const plan = buildHookPlan(repo, ruleSet.veleroVersion)
  const t2 = threadCpuMs()!
  console.log(`model ${t1 - t0} plan ${t2 - t1}`, plan.backups.reduce((n, b) => n + b.pods.length, 0))
}
