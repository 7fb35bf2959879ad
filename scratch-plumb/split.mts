import { runLint } from '/work/wt-plumb/src/engine/run-lint.ts'
import { crossResource } from '/work/wt-plumb/src/engine/cross-resource.ts'
import { buildRepoModel } from '/work/wt-plumb/src/engine/repo-model.ts'
import { buildHookPlan } from '/work/wt-plumb/src/engine/hook-plan.ts'
import { defaultRuleSet } from '/work/wt-plumb/src/rules/index.ts'
import { threadCpuMs } from '/work/wt-plumb/bench/stats.ts'
const ruleSet = defaultRuleSet()
const lint = await runLint({ ruleSet, cwd: '/tmp/velero-hooks-bench/repository-model', patterns: [], ignore: [], workers: 0, deferCrossResource: true })
for (let pass = 0; pass < 4; pass++) {
  let t = threadCpuMs()!
  const repo = buildRepoModel(lint.repository!.files)
  const tModel = threadCpuMs()! - t; t = threadCpuMs()!
  const r = crossResource(lint.repository!, ruleSet)
  const tRules = threadCpuMs()! - t; t = threadCpuMs()!
  buildHookPlan(r.repo, ruleSet.veleroVersion)
  const tPlan = threadCpuMs()! - t
  console.log({ tModel, tRules, tPlan, findings: r.findings.length })
}
