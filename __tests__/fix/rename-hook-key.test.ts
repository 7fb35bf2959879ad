import assert from 'node:assert/strict'
import { describe, it } from 'node:test'
import { clearRename } from '../../src/fix/fixers/rename-hook-key.js'
import { assertUnchanged, fixAndCheck } from './fix-support.js'

const RULE = 'hook-annotation-unknown-key'

const pod = (annotations: string): string =>
  `kind: Pod\nmetadata:\n  name: p\n  annotations:\n${annotations}spec:\n  containers: [{name: app, image: nginx}]\n`

describe('fix: hook-annotation-unknown-key (rename to the key clearly meant)', () => {
  it('fixes a typo in the field and keeps the value and comment', () => {
    const input = pod(`    pre.hook.backup.velero.io/command: '["/bin/true"]'\n    pre.hook.backup.velero.io/timout: 2m # long\n`)
    const { output } = fixAndCheck(input, RULE)
    assert.equal(output, pod(`    pre.hook.backup.velero.io/command: '["/bin/true"]'\n    pre.hook.backup.velero.io/timeout: 2m # long\n`))
  })

  it('fixes a wrong case and a typo in the domain, keeping the key quoting', () => {
    const input = pod(`    "Post.Hook.Restore.Velero.IO/command": '["/bin/true"]'\n    post.hook.restore.velro.io/on-error: Fail\n`)
    const { output } = fixAndCheck(input, RULE)
    assert.match(output, /\n {4}"post\.hook\.restore\.velero\.io\/command": /)
    assert.match(output, /\n {4}post\.hook\.restore\.velero\.io\/on-error: Fail\n/)
  })

  it('uses synonyms that name one field', () => {
    const input = pod(`    init.hook.restore.velero.io/image: alpine\n    init.hook.restore.velero.io/command: '["/bin/true"]'\n`)
    assert.match(fixAndCheck(input, RULE).output, /init\.hook\.restore\.velero\.io\/container-image: alpine\n/)
  })

  it('leaves keys whose meaning is not certain', () => {
    // Velero has no pre-restore hook: pre-backup or init?
    assertUnchanged(pod(`    pre.hook.restore.velero.io/command: '["/bin/true"]'\n`), RULE)
    // timeout on a restore exec hook: exec-timeout or wait-timeout?
    assertUnchanged(pod(`    post.hook.restore.velero.io/command: '["/bin/true"]'\n    post.hook.restore.velero.io/timeout: 1m\n`), RULE)
    // A named key, as in Velero's own e2e test.
    assertUnchanged(pod(`    post.hook.restore.velero.io/test1.command: '["/bin/true"]'\n`), RULE)
    // The key it would become is already there.
    assertUnchanged(pod(`    pre.hook.backup.velero.io/command: '["/bin/true"]'\n    pre.hook.backup.velero.io/commnd: '["/bin/false"]'\n`), RULE)
  })

  it('never renames onto a key that is already set (the message says to delete it)', () => {
    // A synonym that names one field: exec-timeout on a backup hook is timeout, which is set.
    assertUnchanged(pod(`    pre.hook.backup.velero.io/command: '["/bin/true"]'\n    pre.hook.backup.velero.io/timeout: 30s\n    pre.hook.backup.velero.io/exec-timeout: 1m\n`), RULE)
    // timeout on a restore exec hook when exec-timeout is set.
    assertUnchanged(pod(`    post.hook.restore.velero.io/command: '["/bin/true"]'\n    post.hook.restore.velero.io/exec-timeout: 2m\n    post.hook.restore.velero.io/timeout: 5m\n`), RULE)
    // A wrong case of a key that is also present in the right case.
    assertUnchanged(pod(`    pre.hook.backup.velero.io/command: '["/bin/true"]'\n    Pre.Hook.Backup.Velero.IO/command: '["/bin/false"]'\n`), RULE)
  })

  it('leaves two keys that would both become one', () => {
    assertUnchanged(pod(`    pre.hook.backup.velero.io/comand: '["/bin/true"]'\n    pre.hook.backup.velero.io/commnd: '["/bin/false"]'\n`), RULE)
  })

  it('clearRename needs a unique nearest domain and field', () => {
    assert.equal(clearRename('pre.hook.backup.velero.io/containr', []), 'pre.hook.backup.velero.io/container')
    assert.equal(clearRename('post.hook.backup.velero.io/exec-timeout', []), 'post.hook.backup.velero.io/timeout')
    assert.equal(clearRename('hook.restore.velero.io/command', []), undefined)
  })
})
