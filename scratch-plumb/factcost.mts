import { readFileSync } from 'node:fs'
import fg from '/work/wt-plumb/node_modules/fast-glob/out/index.js'
import { ensureSyntheticRepo } from '/work/wt-plumb/bench/synthetic.js'
import { parseManifestStream } from '/work/wt-plumb/src/yaml/parse.js'
import { buildDocumentModel } from '/work/wt-plumb/src/engine/model.js'
import { extractDocumentFacts } from '/work/wt-plumb/src/engine/repo-facts.js'
import { lintTextCounts } from '/work/wt-plumb/src/engine/lint-text.js'
import { defaultRuleSet } from '/work/wt-plumb/src/rules/index.js'
import { threadCpuMs } from '/work/wt-plumb/bench/stats.js'
const dir = ensureSyntheticRepo('/tmp/velero-hooks-bench', 1)
const files = (await fg(['**/*.yaml', '**/*.yml'], { cwd: dir })).map((f: string) => [f, readFileSync(`${dir}/${f}`, 'utf8')] as const)
const rs = defaultRuleSet()
for (let pass = 0; pass < 3; pass++) {
  let tFacts = 0
  const t0 = threadCpuMs()!
  for (const [f, t] of files) lintTextCounts(f, t, rs)
  const t1 = threadCpuMs()!
  for (const [f, t] of files) {
    const s = parseManifestStream(t)
    let i = 0
    for (const d of s.documents) {
      const m = buildDocumentModel(d, i++)
      const a = performance.now()
      extractDocumentFacts(f, d, m, s.lineCounter)
      tFacts += performance.now() - a
    }
  }
  console.log(`lint ${t1 - t0} ms cpu; facts extraction ${tFacts.toFixed(0)} ms (${((tFacts / (t1 - t0)) * 100).toFixed(1)}% of lint)`)
}
