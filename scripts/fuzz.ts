/**
 * `npm run fuzz`: the robustness properties of __tests__/robustness/fuzz-properties.ts and the
 * differential property of __tests__/velero/differential-model.ts (findings against a model of Velero) at scale.
 * Usage: npm run fuzz [-- --runs N (total, default 100000) --seed S]
 * Prints each property's cases and the total; exits 1 with fast-check's counterexample (and the
 * seed and path that replay it) on the first failure.
 */
import { parseArgs } from 'node:util'
import fc from 'fast-check'
import { loadSeeds, PROPERTIES as ROBUSTNESS } from '../__tests__/robustness/fuzz-properties.js'
import { DIFFERENTIAL_PROPERTY } from '../__tests__/velero/differential-model.js'

const PROPERTIES = [...ROBUSTNESS, DIFFERENTIAL_PROPERTY]

const { values } = parseArgs({ options: { runs: { type: 'string', default: '100000' }, seed: { type: 'string' } } })
const total = Number(values.runs)
const seed = values.seed !== undefined ? Number(values.seed) : Date.now() % 2 ** 31
const seeds = loadSeeds()
const weight = PROPERTIES.reduce((n, p) => n + p.ciRuns, 0)

console.log(`fuzz: ${total} cases over ${PROPERTIES.length} properties, ${seeds.length} seed files, seed ${seed}`)
let done = 0
const started = performance.now()
for (const [i, p] of PROPERTIES.entries()) {
  const runs = Math.ceil((total * p.ciRuns) / weight)
  const t0 = performance.now()
  const result = fc.check(p.make('fuzz', seeds), { numRuns: runs, seed: seed + i, includeErrorInReport: true })
  if (result.failed) {
    console.error(`FAILED: ${p.name}\n${fc.defaultReportMessage(result)}`)
    process.exit(1)
  }
  done += result.numRuns
  console.log(`  ${String(result.numRuns).padStart(7)} cases  ${((performance.now() - t0) / 1000).toFixed(1).padStart(6)} s  ${p.name}`)
}
console.log(`fuzz: ${done} cases, no failure (${((performance.now() - started) / 1000).toFixed(0)} s)`)
