// src/lint-worker.ts, the lint worker, run from source in tests (see tsx-in-worker.mjs).
import './tsx-in-worker.mjs'

await import('../../src/lint-worker.ts')
