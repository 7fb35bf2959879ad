// The action's entry point (action.yml: runs.main = dist/index.js).
import { run } from './action/main.js'
import { useLintWorkers } from './engine/lint-pool.js'
import { bundledLintWorkers } from './worker-rules.js'

// dist/index.js → dist/lint-worker/index.js (scripts/build.mjs).
useLintWorkers(bundledLintWorkers('./lint-worker/index.js', import.meta.url))
void run()
