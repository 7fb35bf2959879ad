import assert from 'node:assert/strict'
import { describe, it } from 'node:test'
import { applyEdits, editsOverlap, singleQuoted } from '../../src/yaml/text-edit.js'

describe('text edits', () => {
  it('splices edits in offset order and leaves every other byte alone', () => {
    assert.equal(applyEdits('a: 1\r\nb: 2\r\n', [{ start: 9, end: 10, text: '"2"' }, { start: 0, end: 1, text: 'A' }]), 'A: 1\r\nb: "2"\r\n')
    assert.equal(applyEdits('ab', [{ start: 1, end: 1, text: 'X' }]), 'aXb')
  })

  it('refuses overlapping edits, and knows which edits overlap', () => {
    assert.throws(() => applyEdits('abcdef', [{ start: 0, end: 3, text: '' }, { start: 2, end: 4, text: '' }]), /overlapping/)
    assert.equal(editsOverlap({ start: 0, end: 3, text: '' }, { start: 3, end: 5, text: '' }), false)
    assert.equal(editsOverlap({ start: 2, end: 2, text: 'x' }, { start: 0, end: 3, text: '' }), true)
    assert.equal(editsOverlap({ start: 2, end: 2, text: 'x' }, { start: 2, end: 2, text: 'y' }), true)
  })

  it('quotes scalars the way YAML reads them back', () => {
    assert.equal(singleQuoted(`["it's"]`), `'["it''s"]'`)
    assert.equal(singleQuoted('a\tb'), '"a\\tb"')
  })
})
