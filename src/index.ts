// The action's entry point (action.yml: runs.main = dist/index.js).
import { run } from './action/main.js'
import { closeSharedPool, runningAsLintWorker } from './engine/lint-pool.js'

// The bundle is also the lint worker's script (see src/engine/lint-pool.ts): only the main thread runs the action.
if (!runningAsLintWorker()) void run().finally(() => closeSharedPool())
