import assert from 'node:assert/strict'
import { describe, it } from 'node:test'
import { yaml } from '../support/rule-tester.js'
import { assertUnchanged, fixAndCheck } from './fix-support.js'

const RULE = 'hook-annotation-not-string'

const pod = (annotations: string): string =>
  `apiVersion: v1\nkind: Pod\nmetadata:\n  name: p\n  annotations:\n${annotations}spec:\n  containers: [{name: app, image: nginx}]\n`

describe('fix: hook-annotation-not-string (write the equivalent string)', () => {
  it('writes a flow sequence command as a JSON array string, keeping the comment after it', () => {
    const { output } = fixAndCheck(pod(`    post.hook.restore.velero.io/command: ["/bin/sh", "-c", "echo hi"] # greet\n`), RULE)
    assert.equal(output, pod(`    post.hook.restore.velero.io/command: '["/bin/sh", "-c", "echo hi"]' # greet\n`))
  })

  it('writes a block sequence of words (numbers as written, smart-quoted words unwrapped) on one line', () => {
    const input = pod(`    pre.hook.backup.velero.io/command:\n      - “/bin/sleep”\n      - 10\n    pre.hook.backup.velero.io/timeout: 30s\n`)
    const { output } = fixAndCheck(input, RULE)
    assert.equal(output, pod(`    pre.hook.backup.velero.io/command: '["/bin/sleep", "10"]'\n    pre.hook.backup.velero.io/timeout: 30s\n`))
  })

  it('quotes bools on wait-for-ready (YAML 1.1 yes/off as kubectl reads them) and names that are numbers', () => {
    const input = pod(
      `    post.hook.restore.velero.io/command: '["/bin/true"]'\n    post.hook.restore.velero.io/wait-for-ready: yes\n    post.hook.restore.velero.io/container: 1234\n`,
    )
    const { output } = fixAndCheck(input, RULE)
    assert.match(output, /wait-for-ready: "true"\n/)
    assert.match(output, /container: "1234"\n/)
    const off = fixAndCheck(pod(`    post.hook.restore.velero.io/command: '["/bin/true"]'\n    post.hook.restore.velero.io/wait-for-ready: false\n`), RULE)
    assert.match(off.output, /wait-for-ready: "false"\n/)
  })

  it('quotes a duration only when it parses ("0"), never guessing a unit for a bare number', () => {
    const zero = fixAndCheck(pod(`    pre.hook.backup.velero.io/command: '["/bin/true"]'\n    pre.hook.backup.velero.io/timeout: 0\n`), RULE)
    assert.match(zero.output, /timeout: "0"\n/)
    assertUnchanged(pod(`    pre.hook.backup.velero.io/command: '["/bin/true"]'\n    pre.hook.backup.velero.io/timeout: 30\n`), RULE)
  })

  it('leaves nulls, mappings, anchored values, unknown keys and sequences with nested items', () => {
    assertUnchanged(pod(`    pre.hook.backup.velero.io/command:\n`), RULE)
    assertUnchanged(pod(`    pre.hook.backup.velero.io/command: {a: b}\n`), RULE)
    assertUnchanged(pod(`    pre.hook.backup.velero.io/command: &c ["a", "b"]\n`), RULE)
    assertUnchanged(pod(`    pre.hook.backup.velero.io/command: ["a", ["b"]]\n`), RULE)
    assertUnchanged(pod(`    pre.hook.backup.velero.io/command: '["a"]'\n    pre.hook.backup.velero.io/on-error: 1\n`), RULE)
  })

  it('leaves a block sequence with a comment among its items', () => {
    assertUnchanged(
      yaml`
        kind: Pod
        metadata:
          annotations:
            pre.hook.backup.velero.io/command:
              - /bin/sh   # the shell
              - -c
      `,
      RULE,
    )
  })
})
