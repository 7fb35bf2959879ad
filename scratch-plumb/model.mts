import { runLint } from '/work/wt-plumb/src/engine/run-lint.js'
import { crossResource } from '/work/wt-plumb/src/engine/cross-resource.js'
import { defaultRuleSet } from '/work/wt-plumb/src/rules/index.js'
import { ensureModelRepo } from '/work/wt-plumb/bench/synthetic-model.js'
import { threadCpuMs } from '/work/wt-plumb/bench/stats.js'
import { selectAll } from '/work/wt-plumb/bench/model-selection.js'
const dir = ensureModelRepo('/tmp/velero-hooks-bench')
const ruleSet = defaultRuleSet()
for (let pass = 0; pass < 3; pass++) {
  const t0 = threadCpuMs()!
  const plain = await runLint({ ruleSet, cwd: dir, patterns: [], ignore: ['velero/**'], workers: 0, deferCrossResource: true })
  const t1 = threadCpuMs()!
  const lint = await runLint({ ruleSet, cwd: dir, patterns: [], ignore: [], workers: 0, deferCrossResource: true })
  const t2 = threadCpuMs()!
  const { repo } = crossResource(lint.repository!, ruleSet)
  const t3 = threadCpuMs()!
  const s = selectAll(repo, ruleSet.veleroVersion)
  const t4 = threadCpuMs()!
  console.log(`plain ${(t1 - t0).toFixed(0)} lint ${(t2 - t1).toFixed(0)} model+rules ${(t3 - t2).toFixed(0)} select ${(t4 - t3).toFixed(0)}`, repo.workloads.length, repo.velero.length, s, plain.repository!.files.length, lint.findings.length)
}
