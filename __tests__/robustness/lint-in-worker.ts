/**
 * Worker for hostile.test.ts's guarded lint: lints workerData.text both ways (whole file and
 * streaming) and posts the findings back. Run in a worker so that a synchronous hang can be ended
 * by terminating the thread (node:test's timeout cannot interrupt synchronous code).
 */
import { parentPort, workerData } from 'node:worker_threads'
import { lintText, lintTextCounts } from '../../src/engine/lint-text.js'
import { defaultRuleSet } from '../../src/rules/index.js'

const { file, text } = workerData as { file: string; text: string }
const ruleSet = defaultRuleSet()
const result = lintText(file, text, ruleSet)
parentPort!.postMessage({ findings: result.findings, brokenDocuments: [...result.brokenDocuments], streamed: lintTextCounts(file, text, ruleSet).findings })
