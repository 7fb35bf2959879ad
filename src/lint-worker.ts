// The lint worker's script, bundled by ncc as an entry of its own (dist/lint-worker/index.js):
// the pool in engine/lint-pool.ts starts it and sends it files to check.
import { serveLintJobs } from './engine/lint-pool.js'
import { ruleSetFromWorkerRules } from './worker-rules.js'

serveLintJobs(ruleSetFromWorkerRules)
