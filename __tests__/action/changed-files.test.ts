import assert from 'node:assert/strict'
import { describe, it } from 'node:test'
import { addedLines, changesFromFiles, LIST_FILES_LIMIT } from '../../src/github/changed-files.js'
import { touchesChangedLine } from '../../src/report/changed-lines.js'
import type { Finding } from '../../src/engine/finding.js'

const finding = (file: string, line: number, endLine = line): Finding => ({ ruleId: 'r', messageId: 'm', severity: 'error', message: 'm.', helpUrl: 'https://example.test/r', file, line, column: 1, endLine, endColumn: 2 })

describe('changed lines of a pull request', () => {
  it("numbers the '+' lines of each hunk on the new side", () => {
    const patch = [
      '@@ -1,4 +1,5 @@',
      ' apiVersion: v1',
      '-kind: Pod',
      '+kind: Pod',
      '+metadata: {}',
      ' spec:',
      '   containers: []',
      '@@ -20,3 +21,2 @@ spec:',
      ' a',
      '-b',
      '+c',
      '\\ No newline at end of file',
    ].join('\n')
    assert.deepEqual([...addedLines(patch)], [2, 3, 22])
  })

  it('takes a file without a patch as wholly changed and drops removed files', () => {
    const changes = changesFromFiles([
      { filename: 'a.yaml', status: 'modified', patch: '@@ -1 +1 @@\n-x\n+y' },
      { filename: 'big.yaml', status: 'modified' },
      { filename: 'gone.yaml', status: 'removed', patch: '@@ -1 +0,0 @@\n-x' },
    ])
    assert.deepEqual([...changes.lines.keys()], ['a.yaml', 'big.yaml'])
    assert.equal(changes.lines.get('big.yaml'), 'all')
    assert.equal(changes.complete, true)
    assert.equal(touchesChangedLine(finding('a.yaml', 1), changes.lines), true)
    assert.equal(touchesChangedLine(finding('a.yaml', 2), changes.lines), false)
    assert.equal(touchesChangedLine(finding('big.yaml', 99), changes.lines), true)
    assert.equal(touchesChangedLine(finding('other.yaml', 1), changes.lines), false)
  })

  it('counts a multi-line finding when any of its lines changed', () => {
    const changes = changesFromFiles([{ filename: 'a.yaml', status: 'modified', patch: '@@ -5 +5 @@\n-x\n+y' }])
    assert.equal(touchesChangedLine(finding('a.yaml', 3, 6), changes.lines), true)
    assert.equal(touchesChangedLine(finding('a.yaml', 6, 9), changes.lines), false)
  })

  it("marks the list incomplete at GitHub's 3,000-file cap", () => {
    const files = Array.from({ length: LIST_FILES_LIMIT }, (_, i) => ({ filename: `f${i}.yaml`, status: 'added' }))
    assert.equal(changesFromFiles(files).complete, false)
    assert.equal(changesFromFiles(files.slice(1)).complete, true)
  })
})
