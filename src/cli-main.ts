import { main } from './cli/cli.js'
import { runningAsLintWorker } from './engine/lint-pool.js'

// The bundle is also the lint worker's script (see src/engine/lint-pool.ts): only the main thread runs the CLI.
if (!runningAsLintWorker()) void main()
