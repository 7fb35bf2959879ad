/** Image references as the kubelet parses them (distribution/reference + go-digest). */
import assert from 'node:assert/strict'
import { describe, it } from 'node:test'
import { imageReferenceProblem, imageVerdict } from '../../src/velero/image-ref.js'

const HEX64 = 'a'.repeat(32) + '0123456789abcdef'.repeat(2)

describe('imageReferenceProblem', () => {
  const valid = [
    'busybox',
    'alpine:3.20',
    'docker.io/library/alpine:latest',
    'localhost:5000/a/b:tag',
    `registry.example.com/org/app@sha256:${HEX64}`,
    `registry.example.com/org/app:1.0@sha256:${HEX64}`,
    'app:v1.2.3_rc-1',
    'quay.io/velero/velero-plugin-for-aws:v1.10.0',
    'my-registry.local:5000/team__x/app.v2',
    '[::1]:5000/app:dev',
    'Registry.Example.com/org/app', // the registry part may have upper case
    'a/b/c/d/e',
    'app:' + 'x'.repeat(128),
    'a'.repeat(247), // library/ + 247 = 255
    `registry.example.com/${'a'.repeat(255)}`, // the registry does not count (distribution/reference v0.6.0)
    `${HEX64}:latest`, // only a bare 64-hex string is refused
    HEX64.slice(1), // 63 hex digits: a name
  ]
  for (const image of valid) {
    it(`accepts ${image.length > 60 ? image.slice(0, 60) + '…' : image}`, () => assert.equal(imageReferenceProblem(image), undefined))
  }

  const invalid: ReadonlyArray<[string, RegExp]> = [
    ['Alpine', /lower-case/],
    ['alpine latest', /contains whitespace/],
    ['alpine:', /tag "" is not valid/],
    ['alpine:-bad', /tag "-bad" is not valid/],
    ['alpine:.bad', /tag ".bad" is not valid/],
    ['app:' + 'x'.repeat(129), /tag .* is not valid/],
    ['a@sha256:abc', /digest is not valid/],
    [`a@sha256:${HEX64.toUpperCase()}`, /64 lower-case hex digits/],
    [`a@sha256:${HEX64}00`, /64 lower-case hex digits/],
    [`a@md5:${HEX64}`, /algorithm "md5" is not supported/],
    [' alpine', /starts with a space/],
    ['alpine\n', /ends with a line break/],
    ['   ', /only whitespace/],
    ['registry.example.com/Org/App:1.0', /lower-case/],
    ['localhost:5000/MyApp', /lower-case/],
    ['alpine::3', /not valid/],
    ['-alpine', /not a valid image reference/],
    ['alpine/', /not a valid image reference/],
    ['a'.repeat(256), /path is 264 characters long \(Docker Hub names count as "library\/<name>"\); the limit is 255/],
    ['a'.repeat(248), /path is 256 characters long/],
    [`registry.example.com/${'a'.repeat(256)}`, /path is 256 characters long; the limit is 255/],
    [HEX64.replace(/[A-F]/g, (c) => c.toLowerCase()), /bare 64-character hex string/],
    ['\uFEFFalpine', /U\+FEFF/],
    ['alp\u00a0ine', /contains whitespace/],
  ]
  for (const [image, problem] of invalid) {
    it(`rejects ${JSON.stringify(image.length > 60 ? image.slice(0, 60) + '…' : image)}`, () => {
      assert.match(imageReferenceProblem(image) ?? '(valid)', problem)
    })
  }
})

describe('imageVerdict: which gate refuses the image first', () => {
  const cases: ReadonlyArray<[string, 'api-server' | 'kubelet' | undefined]> = [
    ['alpine', undefined],
    [' alpine', 'api-server'],
    ['alpine\t', 'api-server'],
    ['alpine\u0085', 'api-server'], // NEL is Go whitespace (unicode.IsSpace), not JavaScript's
    ['\u00a0alpine', 'api-server'],
    ['alpine\u3000', 'api-server'],
    ['alpine\uFEFF', 'kubelet'], // the BOM is JavaScript whitespace, not Go's: the API server lets it through
    ['\u200balpine', 'kubelet'], // zero-width space: not whitespace in either
    ['alp ine', 'kubelet'],
    ['Alpine', 'kubelet'],
    ['   ', 'api-server'],
  ]
  for (const [image, stage] of cases) {
    it(`${JSON.stringify(image)}: ${stage ?? 'valid'}`, () => assert.equal(imageVerdict(image)?.stage, stage))
  }
})
