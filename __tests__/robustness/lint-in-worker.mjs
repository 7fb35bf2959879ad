// Worker for hostile.test.ts's guarded lint: lints workerData.text both ways (whole file and
// streaming) and posts the findings back. Run in a worker so that a synchronous hang can be ended
// by terminating the thread (node:test's timeout cannot interrupt synchronous code).
// TypeScript sources through tsx (see ../support/tsx-in-worker.mjs).
import { parentPort, workerData } from 'node:worker_threads'
import '../support/tsx-in-worker.mjs'

const { lintText, lintTextCounts } = await import('../../src/engine/lint-text.ts')
const { defaultRuleSet } = await import('../../src/rules/index.ts')
const { file, text } = workerData
const ruleSet = defaultRuleSet()
const result = lintText(file, text, ruleSet)
parentPort.postMessage({ findings: result.findings, brokenDocuments: [...result.brokenDocuments], streamed: lintTextCounts(file, text, ruleSet).findings })
