/** Recognising hook annotation keys (velero-hooks.md §1) and suggesting the key that was meant. */
import assert from 'node:assert/strict'
import { describe, it } from 'node:test'
import { isHookDomainKey, isUnknownHookKey, suggestKey, validFieldsOf } from '../../src/velero/hook-keys.js'
import { KNOWN_KEYS, classifyKey, hookIsBuilt, type HookFamily } from '../../src/velero/keys.js'
import { readOnError } from '../../src/velero/on-error.js'

describe('KNOWN_KEYS (velero-hooks.md §1)', () => {
  it('lists exactly the keys Velero reads', () => {
    assert.deepEqual(KNOWN_KEYS, [
      'hook.backup.velero.io/command',
      'hook.backup.velero.io/container',
      'hook.backup.velero.io/on-error',
      'hook.backup.velero.io/timeout',
      'init.hook.restore.velero.io/command',
      'init.hook.restore.velero.io/container-image',
      'init.hook.restore.velero.io/container-name',
      'init.hook.restore.velero.io/timeout',
      'post.hook.backup.velero.io/command',
      'post.hook.backup.velero.io/container',
      'post.hook.backup.velero.io/on-error',
      'post.hook.backup.velero.io/timeout',
      'post.hook.restore.velero.io/command',
      'post.hook.restore.velero.io/container',
      'post.hook.restore.velero.io/exec-timeout',
      'post.hook.restore.velero.io/on-error',
      'post.hook.restore.velero.io/wait-for-ready',
      'post.hook.restore.velero.io/wait-timeout',
      'pre.hook.backup.velero.io/command',
      'pre.hook.backup.velero.io/container',
      'pre.hook.backup.velero.io/on-error',
      'pre.hook.backup.velero.io/timeout',
    ])
  })
  it('classifies a key by family and field, case-sensitively', () => {
    assert.deepEqual(
      (({ family, field }) => [family.family, field])(classifyKey('hook.backup.velero.io/on-error')!),
      ['legacy-backup', 'on-error'],
    )
    assert.equal(classifyKey('Pre.hook.backup.velero.io/command'), undefined)
  })
})

describe('isHookDomainKey', () => {
  const hookDomain = [
    ...KNOWN_KEYS,
    'post.hook.restore.velero.io/test1.command',
    'init.hook.restore.velro.io/command',
    'pre.hook.backup.valero.io/command',
    'Init.Hook.Restore.Velero.io/command',
    'post.hooks.restore.velero.io/command',
    'pre.hook.restore.velero.io/command',
    'pre.backup.velero.io/command',
    'backup.hook.velero.io/command',
  ]
  for (const k of hookDomain) it(`${k} is a hook key`, () => assert.equal(isHookDomainKey(k), true))
  const notHook = [
    'backup.velero.io/backup-volumes',
    'backup.velero.io/backup-volumes-excludes',
    'velero.io/exclude-from-backup',
    'velero.io/restore-name',
    'velero.io/backup-name',
    'velero.io/csi-volumesnapshot-class',
    'helm.sh/hook',
    'argocd.argoproj.io/hook',
    'kubectl.kubernetes.io/last-applied-configuration',
    'pre-install.hook.example.io/command',
  ]
  for (const k of notHook) it(`${k} is NOT a hook key`, () => assert.equal(isHookDomainKey(k), false))
})

describe('isUnknownHookKey', () => {
  it('is false for every key Velero reads', () => {
    for (const k of KNOWN_KEYS) assert.equal(isUnknownHookKey(k), false, k)
  })
  it('is true for a wrong field, wrong case or misspelt domain', () => {
    for (const k of ['post.hook.restore.velero.io/timeout', 'init.hook.restore.velero.io/Command', 'init.hook.restore.velro.io/command']) {
      assert.equal(isUnknownHookKey(k), true, k)
    }
  })
  it('is false for Velero keys outside the hook domains', () => assert.equal(isUnknownHookKey('backup.velero.io/backup-volumes'), false))
})

describe('suggestKey', () => {
  const cases: ReadonlyArray<[string, string[], string | undefined]> = [
    // Right domain, the field of another family.
    ['post.hook.restore.velero.io/timeout', [], 'post.hook.restore.velero.io/exec-timeout'],
    ['pre.hook.backup.velero.io/exec-timeout', [], 'pre.hook.backup.velero.io/timeout'],
    ['post.hook.backup.velero.io/exec-timeout', [], 'post.hook.backup.velero.io/timeout'],
    ['init.hook.restore.velero.io/image', [], 'init.hook.restore.velero.io/container-image'],
    ['init.hook.restore.velero.io/name', [], 'init.hook.restore.velero.io/container-name'],
    ['init.hook.restore.velero.io/container', [], 'init.hook.restore.velero.io/container-name'],
    // There is no pre-restore hook: the pod's own hooks say which one was meant.
    ['pre.hook.restore.velero.io/on-error', ['pre.hook.backup.velero.io/command', 'pre.hook.restore.velero.io/on-error'], 'pre.hook.backup.velero.io/on-error'],
    ['pre.hook.restore.velero.io/command', [], 'init.hook.restore.velero.io/command'],
    // Velero's own e2e test key, which nothing reads.
    ['post.hook.restore.velero.io/test1.command', [], 'post.hook.restore.velero.io/command'],
    // Typos and case.
    ['init.hook.restore.velro.io/command', [], 'init.hook.restore.velero.io/command'],
    ['Init.Hook.Restore.Velero.io/command', [], 'init.hook.restore.velero.io/command'],
    ['init.hook.restore.velero.io/Command', [], 'init.hook.restore.velero.io/command'],
    ['post.hooks.restore.velero.io/command', [], 'post.hook.restore.velero.io/command'],
    ['post.hook.restore.velero.io/waitForReady', [], 'post.hook.restore.velero.io/wait-for-ready'],
    ['post.hook.restore.velero.io/wait-for-ready-state', [], 'post.hook.restore.velero.io/wait-for-ready'],
    ['post.hook.restore.velero.io/exec-time', [], 'post.hook.restore.velero.io/exec-timeout'],
    ['pre.hook.backup.velero.io/containers', [], 'pre.hook.backup.velero.io/container'],
    ['post.hook.backup.velero.io/onerror', [], 'post.hook.backup.velero.io/on-error'],
    ['post.hook.backup.velero.io/on_error', [], 'post.hook.backup.velero.io/on-error'],
    ['pre.hook.backup.velero.io/cmd', [], 'pre.hook.backup.velero.io/command'],
    // A domain missing "hook": the phase word decides the family.
    ['pre.backup.velero.io/command', [], 'pre.hook.backup.velero.io/command'],
    ['post.restore.velero.io/command', [], 'post.hook.restore.velero.io/command'],
    ['backup.hook.velero.io/command', [], 'hook.backup.velero.io/command'],
    // Nothing close enough.
    ['init.hook.restore.velero.io/initContainers', [], undefined],
    ['post.hook.backup.velero.io/zzz', [], undefined],
  ]
  for (const [k, siblings, expected] of cases) {
    it(`${k}${siblings.length ? ` (with ${siblings[0]})` : ''} → ${expected ?? 'no suggestion'}`, () => {
      assert.equal(suggestKey(k, siblings), expected)
    })
  }
  it('only ever suggests keys Velero reads', () => {
    for (const [k, siblings] of cases) {
      const s = suggestKey(k, siblings)
      if (s !== undefined) assert.ok(KNOWN_KEYS.includes(s), s)
    }
  })
})

describe('validFieldsOf', () => {
  it('lists the keys of the family a key was meant for', () => {
    assert.deepEqual(validFieldsOf('post.hook.backup.velero.io/zzz'), [
      'post.hook.backup.velero.io/command',
      'post.hook.backup.velero.io/container',
      'post.hook.backup.velero.io/on-error',
      'post.hook.backup.velero.io/timeout',
    ])
  })
})

describe('hookIsBuilt (item_hook_handler.go@v1.18.2: which hooks Velero builds from annotations)', () => {
  const built = (family: HookFamily, annotations: Record<string, string>): boolean => hookIsBuilt(family, (k) => annotations[k])
  it('init: only with a non-empty container-image (name and command alone build nothing)', () => {
    assert.equal(built('init', { 'init.hook.restore.velero.io/container-image': 'alpine' }), true)
    assert.equal(built('init', { 'init.hook.restore.velero.io/container-image': '' }), false)
    assert.equal(built('init', { 'init.hook.restore.velero.io/command': '["a"]', 'init.hook.restore.velero.io/container-name': 'x' }), false)
  })
  it('exec and backup: only with a non-empty command', () => {
    assert.equal(built('post-restore', { 'post.hook.restore.velero.io/command': 'x' }), true)
    assert.equal(built('post-restore', { 'post.hook.restore.velero.io/command': '', 'post.hook.restore.velero.io/container': 'a' }), false)
    assert.equal(built('post-backup', { 'post.hook.backup.velero.io/command': 'x' }), true)
    assert.equal(built('pre-backup', { 'pre.hook.backup.velero.io/container': 'a' }), false)
  })
  it('legacy: only when the prefixed pre-backup command is missing or empty', () => {
    assert.equal(built('legacy-backup', { 'hook.backup.velero.io/command': 'x' }), true)
    assert.equal(built('legacy-backup', { 'hook.backup.velero.io/command': 'x', 'pre.hook.backup.velero.io/command': '' }), true)
    assert.equal(built('legacy-backup', { 'hook.backup.velero.io/command': 'x', 'pre.hook.backup.velero.io/command': 'y' }), false)
  })
})

describe('readOnError (anything but exactly Continue or Fail becomes "", which acts as Continue)', () => {
  const cases: ReadonlyArray<[string, ReturnType<typeof readOnError>]> = [
    ['', 'exact'],
    ['Continue', 'exact'],
    ['Fail', 'exact'],
    ['continue', 'continue'],
    ['CONTINUE', 'continue'],
    [' Continue', 'continue'],
    ['ignore', 'continue'],
    ['fail', 'fail'],
    ['FAIL', 'fail'],
    ['Fail ', 'fail'],
    ['Abort', 'fail'],
    ['stop', 'fail'],
    ['yes', 'unknown'],
    ['true', 'unknown'],
  ]
  for (const [value, reading] of cases) it(`${JSON.stringify(value)}: ${reading}`, () => assert.equal(readOnError(value), reading))
})
