import assert from 'node:assert/strict'
import { describe, it } from 'node:test'
import { createProgress, PROGRESS_DELAY_MS, shouldShowProgress } from '../../src/cli/progress.js'

describe('progress on stderr', () => {
  it('stays silent for the first two seconds, then redraws at most every 100 ms and erases itself', () => {
    let t = 0
    const written: string[] = []
    const progress = createProgress('checked', { write: (s) => written.push(s), enabled: true, now: () => t })
    for (let i = 0; i < 5; i++) progress.tick()
    assert.deepEqual(written, [])
    t = PROGRESS_DELAY_MS
    progress.tick()
    t += 50
    progress.tick() // too soon to redraw
    t += 60
    progress.tick()
    progress.done()
    assert.deepEqual(written, ['\r\u001b[Kvelero-hooks: checked 6 files…', '\r\u001b[Kvelero-hooks: checked 8 files…', '\r\u001b[K'])
  })

  it('never draws when disabled, and a quick run leaves nothing to erase', () => {
    let t = 0
    const written: string[] = []
    const off = createProgress('checked', { write: (s) => written.push(s), enabled: false, now: () => t })
    t = 10_000
    off.tick()
    off.done()
    const quick = createProgress('checked', { write: (s) => written.push(s), enabled: true, now: () => 0 })
    quick.tick()
    quick.done()
    assert.deepEqual(written, [])
  })

  it('is shown only on a terminal, outside CI, for the text format', () => {
    assert.equal(shouldShowProgress({ stderrIsTty: true, env: {}, format: 'text' }), true)
    assert.equal(shouldShowProgress({ stderrIsTty: false, env: {}, format: 'text' }), false)
    assert.equal(shouldShowProgress({ stderrIsTty: true, env: { CI: 'true' }, format: 'text' }), false)
    assert.equal(shouldShowProgress({ stderrIsTty: true, env: {}, format: 'json' }), false)
    assert.equal(shouldShowProgress({ stderrIsTty: true, env: {}, format: 'sarif' }), false)
  })
})
