/** Image references as the kubelet parses them (distribution/reference + go-digest). */
import assert from 'node:assert/strict'
import { describe, it } from 'node:test'
import { imageReferenceProblem } from '../../src/velero/image-ref.js'

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
    [' alpine', /leading or trailing whitespace/],
    ['alpine\n', /leading or trailing whitespace/],
    ['   ', /blank/],
    ['registry.example.com/Org/App:1.0', /lower-case/],
    ['localhost:5000/MyApp', /lower-case/],
    ['alpine::3', /not valid/],
    ['-alpine', /not a valid image reference/],
    ['alpine/', /not a valid image reference/],
    ['a'.repeat(256), /longer than 255/],
  ]
  for (const [image, problem] of invalid) {
    it(`rejects ${JSON.stringify(image.length > 60 ? image.slice(0, 60) + '…' : image)}`, () => {
      assert.match(imageReferenceProblem(image) ?? '(valid)', problem)
    })
  }
})
