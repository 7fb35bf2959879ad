/** The line helpers of the one text-edit toolkit (yaml/text-edit.ts) that render and the fixers share. */
import assert from 'node:assert/strict'
import { describe, it } from 'node:test'
import { breakBeforeLinesAt, eolOf, firstLineEol, lineStartAfter, nextLineStart } from '../../src/yaml/text-edit.js'

describe('text-edit line helpers', () => {
  it('lineStartAfter stays at a line start that content just ended; nextLineStart always moves on', () => {
    const text = 'a: 1\nb: 2'
    assert.equal(lineStartAfter(text, 4), 5) // after "a: 1": the next line
    assert.equal(lineStartAfter(text, 5), 5) // "a: 1\n" already ended its line
    assert.equal(nextLineStart(text, 5), text.length)
    assert.equal(lineStartAfter(text, 8), text.length) // last line without a newline: the end
  })

  it('firstLineEol follows the first line; eolOf says CRLF when any line has it', () => {
    assert.equal(firstLineEol('a\r\nb\n'), '\r\n')
    assert.equal(firstLineEol('a\nb\r\n'), '\n')
    assert.equal(eolOf('a\nb\r\n'), '\r\n')
    assert.equal(firstLineEol('\nb'), '\n')
  })

  it('breakBeforeLinesAt starts a line only at the end of a text whose last line has none', () => {
    assert.equal(breakBeforeLinesAt('a: 1', 4, '\r\n'), '\r\n')
    assert.equal(breakBeforeLinesAt('a: 1\n', 5, '\n'), '')
    assert.equal(breakBeforeLinesAt('a: 1\nb', 5, '\n'), '')
    assert.equal(breakBeforeLinesAt('', 0, '\n'), '')
  })
})
