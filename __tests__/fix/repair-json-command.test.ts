import assert from 'node:assert/strict'
import { describe, it } from 'node:test'
import { intendedCommand } from '../../src/fix/fixers/repair-json-command.js'
import { assertUnchanged, fixAndCheck } from './fix-support.js'

const RULE = 'hook-command-invalid-json'

const pod = (command: string, family = 'pre.hook.backup.velero.io'): string =>
  `kind: Pod\nmetadata:\n  name: p\n  annotations:\n    # the hook\n    ${family}/command: ${command}\nspec:\n  containers: [{name: app, image: nginx}]\n`

describe('fix: hook-command-invalid-json (write valid JSON)', () => {
  it('turns single-quoted words into a JSON array', () => {
    const { output } = fixAndCheck(pod(`"['/bin/sh', '-c', 'fsfreeze -f /data']"`), RULE)
    assert.equal(output, pod(`'["/bin/sh", "-c", "fsfreeze -f /data"]'`))
  })

  it('turns smart-quoted words into a JSON array (init hooks too)', () => {
    const input =
      `kind: Pod\nmetadata:\n  annotations:\n    init.hook.restore.velero.io/container-image: alpine\n` +
      `    init.hook.restore.velero.io/command: '[“/bin/sh”, “-c”, “echo ok”]'\nspec:\n  containers: [{name: app, image: nginx}]\n`
    const { output } = fixAndCheck(input, RULE)
    assert.match(output, /command: '\["\/bin\/sh", "-c", "echo ok"\]'\n/)
  })

  it('drops a trailing comma, whitespace before [, and quotes number words', () => {
    assert.match(fixAndCheck(pod(`'["/bin/true",]'`), RULE).output, /command: '\["\/bin\/true"\]'\n/)
    assert.match(fixAndCheck(pod(`' ["/bin/true"]'`), RULE).output, /command: '\["\/bin\/true"\]'\n/)
    assert.match(fixAndCheck(pod(`'["sleep", 10]'`), RULE).output, /command: '\["sleep", "10"\]'\n/)
  })

  it('keeps apostrophes inside double-quoted words as written', () => {
    const { output } = fixAndCheck(pod(`'["/bin/sh", "-c", "echo it''s",]'`), RULE)
    assert.match(output, /command: '\["\/bin\/sh", "-c", "echo it''s"\]'\n/)
  })

  it('leaves commands whose words are not certain', () => {
    // Backslashes: escapes in a single-quoted word may or may not have been meant.
    assertUnchanged(pod(`"['/bin/sh', '-c', 'printf a\\\\nb']"`), RULE)
    // A double quote inside a single-quoted word.
    assertUnchanged(pod(`"['/bin/sh', '-c', 'echo \\"hi\\"']"`), RULE)
    assert.equal(intendedCommand(`['sh', "-c", "echo 'a', 'b'"]`), undefined)
    assert.equal(intendedCommand('[]'), undefined)
  })
})
