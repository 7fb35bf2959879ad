import { renameSync } from 'node:fs'
import { runLint } from '/work/wt-plumb/src/engine/run-lint.js'
import { defaultRuleSet } from '/work/wt-plumb/src/rules/index.js'
import { threadCpuMs } from '/work/wt-plumb/bench/stats.js'
const dir = process.argv[2]!
const workers = Number(process.argv[3] ?? 0)
const on = `${dir}/zz-schedule.yaml`, off = `${dir}/../zz-schedule.off`
const res: Record<string, number[]> = { with: [], without: [] }
for (let pass = 0; pass < 6; pass++) {
  for (const mode of ['with', 'without']) {
    if (mode === 'without') renameSync(on, off)
    const t0 = threadCpuMs()!
    const r = await runLint({ ruleSet: defaultRuleSet(), cwd: dir, patterns: [], ignore: [], workers })
    res[mode]!.push(threadCpuMs()! - t0)
    if (mode === 'without') renameSync(off, on)
  }
}
const med = (a: number[]) => a.slice(1).sort((x, y) => x - y)[Math.floor((a.length - 1) / 2)]!
console.log(Object.fromEntries(Object.entries(res).map(([k, v]) => [k, v.map((x) => x.toFixed(0)).join(' ') + ' median ' + med(v).toFixed(0)])))
