// A lint worker whose rule set holds a rule that throws on every resource: tests that an error in
// a worker comes back as a clear finding (see tsx-in-worker.mjs).
import './tsx-in-worker.mjs'

const { serveLintJobs } = await import('../../src/engine/lint-pool.ts')
const { defaultRuleSet } = await import('../../src/rules/index.ts')
const thrower = { meta: { ...defaultRuleSet().rules[0].meta, id: 'thrower' }, create: () => ({ object: () => { throw new Error('boom in a worker') } }) }
serveLintJobs(() => ({ ...defaultRuleSet(), rules: [thrower] }))
