// The CLI's entry point (bin/velero-hooks.js imports its bundle, dist/cli/index.js).
import { main } from './cli/cli.js'
import { useLintWorkers } from './engine/lint-pool.js'
import { bundledLintWorkers } from './worker-rules.js'

// dist/cli/index.js → dist/lint-worker/index.js (scripts/build.mjs).
useLintWorkers(bundledLintWorkers('../lint-worker/index.js', import.meta.url))
void main()
