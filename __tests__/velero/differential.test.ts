/**
 * velero-hooks against a model of Velero v1.18.2's own decisions (differential-model.ts): first a table
 * of the classes issue 11 found, each stating what Velero does, then generated annotation sets (every
 * family; JSON and plain commands with quotes, commas, spaces and empty strings; on-error spellings;
 * containers including init containers and native sidecars; images with whitespace, digests, 64-hex
 * strings and long registries). `npm run fuzz` runs the same property at scale.
 */
import assert from 'node:assert/strict'
import { describe, it } from 'node:test'
import fc from 'fast-check'
import { DIFFERENTIAL_PROPERTY, disagreements, modelVerdict, type PodInput } from './differential-model.js'

const pod = (annotations: Record<string, string>, extra: Partial<PodInput> = {}): PodInput => ({
  containers: ['app'],
  initContainers: [],
  annotations: Object.entries(annotations),
  ...extra,
})
const CMD = '["/bin/true"]'

/** [what Velero does, the pod, the findings the model expects (rule key severity)]. */
const TABLE: ReadonlyArray<[string, PodInput, string[]]> = [
  [
    'one JSON string with spaces: Velero execs a program named "redis-cli SAVE" (warning)',
    pod({ 'pre.hook.backup.velero.io/command': '["redis-cli SAVE"]' }),
    ['hook-command-unsplit-array pre.hook.backup.velero.io/command warning'],
  ],
  [
    'the same in a restore exec hook and an init hook',
    pod({ 'post.hook.restore.velero.io/command': '["/bin/sh -c echo hi"]', 'init.hook.restore.velero.io/container-image': 'alpine', 'init.hook.restore.velero.io/command': '["/bin/sh -c echo hi"]' }),
    ['hook-command-unsplit-array post.hook.restore.velero.io/command warning', 'hook-command-unsplit-array init.hook.restore.velero.io/command warning'],
  ],
  ['only empty strings: a program named "" (warning)', pod({ 'post.hook.backup.velero.io/command': '["", ""]' }), ['hook-command-unsplit-array post.hook.backup.velero.io/command warning']],
  [
    'on-error "continue", "CONTINUE", " Continue": dropped to "", which is Continue: as written (notice)',
    pod({
      'pre.hook.backup.velero.io/command': CMD,
      'pre.hook.backup.velero.io/on-error': 'continue',
      'post.hook.backup.velero.io/command': CMD,
      'post.hook.backup.velero.io/on-error': 'CONTINUE',
      'post.hook.restore.velero.io/command': CMD,
      'post.hook.restore.velero.io/on-error': ' Continue',
    }),
    ['hook-invalid-on-error pre.hook.backup.velero.io/on-error notice', 'hook-invalid-on-error post.hook.backup.velero.io/on-error notice', 'hook-invalid-on-error post.hook.restore.velero.io/on-error notice'],
  ],
  [
    'on-error "fail" on a pre-backup hook: Velero backs the pod up although the hook failed (error)',
    pod({ 'pre.hook.backup.velero.io/command': CMD, 'pre.hook.backup.velero.io/on-error': 'fail' }),
    ['hook-invalid-on-error pre.hook.backup.velero.io/on-error error'],
  ],
  ['a bare 64-hex image: the kubelet refuses it (error)', pod({ 'init.hook.restore.velero.io/container-image': '0123456789abcdef'.repeat(4), 'init.hook.restore.velero.io/command': CMD }), ['init-hook-invalid-image init.hook.restore.velero.io/container-image error']],
  ['a 255-character repository path behind a registry: current kubelets accept it', pod({ 'init.hook.restore.velero.io/container-image': `registry.example.com/${'a'.repeat(255)}`, 'init.hook.restore.velero.io/command': CMD }), []],
  ['an empty command of an init hook without an image: nothing, as with no annotation', pod({ 'init.hook.restore.velero.io/command': '' }), []],
  [
    'a restore exec container without a command: no hook, only the orphan finding',
    pod({ 'post.hook.restore.velero.io/container': 'redis' }),
    ['hook-orphan-setting post.hook.restore.velero.io/container warning'],
  ],
  [
    'a backup hook with [] and an unknown container: Velero fails on the container first',
    pod({ 'pre.hook.backup.velero.io/command': '[]', 'pre.hook.backup.velero.io/container': 'cache' }),
    [],
  ],
  ['an image with trailing whitespace and no command: Velero panics before the API server sees the pod', pod({ 'init.hook.restore.velero.io/container-image': 'alpine ' }), []],
  ['NBSP at the end of an image: the API server rejects the pod', pod({ 'init.hook.restore.velero.io/container-image': 'alpine\u00a0', 'init.hook.restore.velero.io/command': CMD }), ['init-hook-invalid-image init.hook.restore.velero.io/container-image error']],
  ['U+FEFF at the end of an image: the API server accepts, the kubelet refuses', pod({ 'init.hook.restore.velero.io/container-image': 'alpine\ufeff', 'init.hook.restore.velero.io/command': CMD }), ['init-hook-invalid-image init.hook.restore.velero.io/container-image error']],
]

describe('differential: velero-hooks agrees with a model of Velero v1.18.2', () => {
  for (const [name, input, expected] of TABLE) {
    it(name, () => {
      assert.deepEqual(modelVerdict(input).exact.map((e) => `${e.rule} ${e.key} ${e.severity}`).sort(), [...expected].sort(), 'the model itself')
      assert.deepEqual(disagreements(input), [])
    })
  }

  it(`generated annotation sets (every family), ${DIFFERENTIAL_PROPERTY.ciRuns} cases`, () => {
    fc.assert(DIFFERENTIAL_PROPERTY.make('ci', []), { numRuns: DIFFERENTIAL_PROPERTY.ciRuns, seed: 0x11d1ff, includeErrorInReport: true })
  })
})
