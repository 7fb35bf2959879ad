import assert from 'node:assert/strict'
import { it } from 'node:test'
import { parseManifestStream } from '../../src/yaml/parse.js'

it('parseManifestStream: yaml errors are built without stack traces, and the limit is restored for the caller', () => {
  const limit = Error.stackTraceLimit
  const seen: number[] = []
  let errors = 0
  for (const document of parseManifestStream('a: [1\n---\nb: @x\n---\nc: 1\n').documents) {
    seen.push(Error.stackTraceLimit)
    for (const error of document.errors) {
      errors++
      assert.equal(error.stack?.split('\n').length, 1, 'the error carries no stack frames')
    }
  }
  assert.ok(errors >= 2, `${errors} errors`)
  assert.deepEqual(seen, [limit, limit, limit], 'each document is handed out with the limit restored')
  assert.equal(Error.stackTraceLimit, limit)
})
