import type { LintWorkers } from '../../src/engine/lint-pool.js'
import { workerRules } from '../../src/worker-rules.js'

/** The lint workers as tests run them: src/lint-worker.ts from source (see lint-worker.mjs). */
export const SOURCE_LINT_WORKERS: LintWorkers = { file: new URL('./lint-worker.mjs', import.meta.url), workerData: workerRules }
