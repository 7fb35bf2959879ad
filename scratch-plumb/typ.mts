const root = process.argv[2]!
const dir = process.argv[3]!
const { runLint } = await import(`${root}/src/engine/run-lint.ts`)
const { defaultRuleSet } = await import(`${root}/src/rules/index.ts`)
const { threadCpuMs } = await import('/work/wt-plumb/bench/stats.ts')
const cpu: number[] = [], wall: number[] = []
let r: any
for (let pass = 0; pass < 5; pass++) {
  const t0 = threadCpuMs()!, w0 = performance.now()
  r = await runLint({ ruleSet: defaultRuleSet(), cwd: dir, patterns: [], ignore: [], workers: 0 })
  cpu.push(threadCpuMs()! - t0); wall.push(performance.now() - w0)
}
const med = (a: number[]) => a.slice(1).sort((x, y) => x - y)[2]!
console.log(root.split('/').pop(), dir.split('/').pop(), 'cpu', cpu.join(' '), 'median', med(cpu), 'wall median', med(wall).toFixed(0), 'findings', r.findings.length, 'workloads', r.repo?.workloads.length)
