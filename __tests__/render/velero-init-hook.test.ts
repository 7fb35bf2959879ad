/**
 * Velero's decision for init hook annotations (velero/init-hook.ts, getInitContainerFromAnnotation at
 * v1.18.2 and main) and the Kubernetes checks render applies to what Velero injects
 * (velero/pod-validation.ts), as tables of Velero's and Kubernetes' outcomes.
 */
import assert from 'node:assert/strict'
import { describe, it } from 'node:test'
import { veleroInitDecision, type VeleroInitDecision } from '../../src/velero/init-hook.js'
import { hasGoSpaceAtEnds, kubeletImageProblem, subPathExprVariables } from '../../src/velero/pod-validation.js'

const IMAGE = 'init.hook.restore.velero.io/container-image'
const NAME = 'init.hook.restore.velero.io/container-name'
const COMMAND = 'init.hook.restore.velero.io/command'

const decide = (annotations: Record<string, string>, emptyCommand?: 'panics' | 'entrypoint'): VeleroInitDecision =>
  veleroInitDecision((k) => annotations[k] ?? '', emptyCommand ? { emptyCommand } : {})

describe("veleroInitDecision: Velero's getInitContainerFromAnnotation", () => {
  const cases: [string, Record<string, string>, VeleroInitDecision][] = [
    ['no annotations: no hook', {}, { kind: 'none' }],
    ['name and command without an image: no hook (containerImage == "")', { [NAME]: 'x', [COMMAND]: '["a"]' }, { kind: 'none' }],
    ['an empty image: no hook', { [IMAGE]: '', [COMMAND]: '["a"]' }, { kind: 'none' }],
    ['an image without a command: parseStringToCommand("") panics', { [IMAGE]: 'alpine' }, { kind: 'panics' }],
    ['an image with an empty command: panics too', { [IMAGE]: 'alpine', [COMMAND]: '' }, { kind: 'panics' }],
    [
      'name, image, JSON command: exactly those three fields',
      { [IMAGE]: 'alpine:3.20', [NAME]: 'prep', [COMMAND]: '["/bin/sh", "-c", "x"]' },
      { kind: 'inject', container: { name: 'prep', image: 'alpine:3.20', command: ['/bin/sh', '-c', 'x'] }, generatedName: false },
    ],
    [
      'no name: generated (ours is deterministic)',
      { [IMAGE]: 'alpine', [COMMAND]: '/bin/true' },
      { kind: 'inject', container: { name: 'velero-restore-init-0', image: 'alpine', command: ['/bin/true'] }, generatedName: true },
    ],
    [
      '`[]`: an empty Command, omitted (omitempty)',
      { [IMAGE]: 'alpine', [COMMAND]: '[]' },
      { kind: 'inject', container: { name: 'velero-restore-init-0', image: 'alpine' }, generatedName: true },
    ],
    [
      'an invalid JSON command is one program name; the image is passed through unchecked',
      { [IMAGE]: 'Alpine:Latest', [COMMAND]: "['a', 'b']" },
      { kind: 'inject', container: { name: 'velero-restore-init-0', image: 'Alpine:Latest', command: ["['a', 'b']"] }, generatedName: true },
    ],
    [
      'a blank command is not empty: one program named by the blanks',
      { [IMAGE]: 'alpine', [COMMAND]: '  ' },
      { kind: 'inject', container: { name: 'velero-restore-init-0', image: 'alpine', command: ['  '] }, generatedName: true },
    ],
  ]
  for (const [name, annotations, expected] of cases) {
    it(name, () => assert.deepEqual(decide(annotations), expected))
  }
  it('after velero#10371 an image without a command runs its entrypoint', () => {
    assert.deepEqual(decide({ [IMAGE]: 'alpine' }, 'entrypoint'), { kind: 'inject', container: { name: 'velero-restore-init-0', image: 'alpine' }, generatedName: true })
  })
})

describe('what Kubernetes refuses in the container Velero injects', () => {
  it("image whitespace as Go's strings.TrimSpace sees it (the API server)", () => {
    for (const s of [' a', 'a ', '\ta', 'a\u00a0', '\u0085a', 'a\u3000', 'a\u2028']) assert.equal(hasGoSpaceAtEnds(s), true, JSON.stringify(s))
    for (const s of ['a', 'a b', '\ufeffa', 'a\ufeff', '']) assert.equal(hasGoSpaceAtEnds(s), false, JSON.stringify(s))
  })
  it('image references the kubelet cannot parse (InvalidImageName)', () => {
    assert.match(kubeletImageProblem('a'.repeat(64).replace(/a/g, 'f'))!, /image ID/)
    assert.match(kubeletImageProblem('alpine\ufeff')!, /U\+FEFF/)
    assert.match(kubeletImageProblem('Alpine:Latest')!, /lower-case/)
    for (const ok of ['alpine', 'alpine:3.20', 'registry.example.com:5000/a/b@sha256:' + '0'.repeat(64), 'f'.repeat(63)]) assert.equal(kubeletImageProblem(ok), undefined, ok)
  })
  it('subPathExpr variables, as the kubelet expands them', () => {
    assert.deepEqual(subPathExprVariables('$(POD_NAME)/logs'), ['POD_NAME'])
    assert.deepEqual(subPathExprVariables('a-$(A)-$(B)'), ['A', 'B'])
    assert.deepEqual(subPathExprVariables('$$(LITERAL)'), [])
    assert.deepEqual(subPathExprVariables('$$$(X)'), ['X'])
    assert.deepEqual(subPathExprVariables('$(unclosed'), [])
    assert.deepEqual(subPathExprVariables('plain/$x'), [])
  })
})
