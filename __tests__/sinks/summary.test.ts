import assert from 'node:assert/strict'
import { describe, it } from 'node:test'
import { clip, encodeUrlPath, escapeMarkdown } from '../../src/report/markdown.js'
import { renderSummary } from '../../src/report/summary.js'
import { finding, many, report } from './fixtures.js'

const passing = { failed: false, line: 'velero-hooks: 0 errors; nothing reaches fail-on: error' }
const failing = { failed: true, line: 'velero-hooks: 2 errors reach fail-on: error' }
const rows = (md: string): string[] => md.split('\n').filter((l) => /^\| (🔴|🟠|🔵) /u.test(l))

describe('job summary', () => {
  it('lists every finding with a link to its line at the commit, and counts per rule', () => {
    const md = renderSummary(report([finding('error', 'deploy/app.yaml', 12), finding('error', 'deploy/app.yaml', 30, { endLine: 33 }), finding('warning', 'x.yaml', 2)]), failing, { elsewhere: [] })
    assert.match(md, /^## velero-hooks: ✖ 2 errors, 1 warning, 0 notices\n/)
    assert.ok(md.includes('**The step fails:** 2 errors reach fail-on: error.'))
    assert.ok(md.includes('| 🔴 error | [deploy/app.yaml:12:5](https://github.com/o/r/blob/abc/deploy/app.yaml#L12) | rule-error | error at deploy/app.yaml:12. |'))
    assert.ok(md.includes('(https://github.com/o/r/blob/abc/deploy/app.yaml#L30-L33)'))
    assert.match(md, /\| \[rule-error\]\([^)]+\) \| 2 \| 0 \| 0 \|/)
    assert.match(md, /\| \*\*Total\*\* \| \*\*2\*\* \| \*\*1\*\* \| \*\*0\*\* \|/)
    assert.equal(rows(md).length, 3)
  })

  it('shows plain locations when the commit is unknown', () => {
    const md = renderSummary(report([finding('error', 'a.yaml', 1)], { blobUrl: undefined }), failing, { elsewhere: [] })
    assert.ok(md.includes('| 🔴 error | a.yaml:1:5 | rule-error |'))
  })

  it('says so when there is nothing to report', () => {
    const md = renderSummary(report([]), passing, { elsewhere: [] })
    assert.match(md, /^## velero-hooks: ✔ no problems/)
    assert.doesNotMatch(md, /### Findings/)
  })

  it('stays under the byte limit and says how many findings it lists', () => {
    const findings = many('error', 5000, 'a-rather-long-directory-name/with/some/depth/manifest.yaml')
    // The sink names the summary itself among the places; a summary cut short must not claim to hold every finding.
    const md = renderSummary(report(findings), failing, { elsewhere: ['the job summary', 'the step log', 'the SARIF file out.sarif'], limitBytes: 64 * 1024 })
    assert.ok(Buffer.byteLength(md) <= 64 * 1024, `${Buffer.byteLength(md)} bytes`)
    const listed = rows(md).length
    assert.ok(listed > 50 && listed < 5000, String(listed))
    assert.ok(md.endsWith(`> **This summary is cut short:** GitHub accepts at most 1 MiB per step summary; ${listed} of 5,000 findings are listed above. Every finding is in the step log, the SARIF file out.sarif.\n`))
  })

  it('fits the real 1 MiB limit with many long messages', () => {
    const findings = many('warning', 4000).map((f) => ({ ...f, message: 'x'.repeat(900) + ' é€😀' }))
    const md = renderSummary(report(findings), passing, { elsewhere: [] })
    assert.ok(Buffer.byteLength(md) <= 1024 * 1024)
    assert.match(md, /This summary is cut short/)
  })

  it('lists render output and stale files in their modes', () => {
    const render = { outputDir: 'rendered', written: ['rendered/a.yaml', 'rendered/b|c.yaml'], unchanged: ['rendered/d.yaml'], stale: [] }
    const written = renderSummary(report([], { mode: 'render', render }), passing, { elsewhere: [] })
    assert.ok(written.includes('Wrote 2 files to rendered/; 1 file was already up to date.'))
    assert.ok(written.includes('- rendered/b\\|c.yaml'))
    const stale = renderSummary(
      report([], { mode: 'check', render: { ...render, written: [], stale: [{ path: 'rendered/a.yaml', reason: 'missing' }, { path: 'rendered/z.yaml', reason: 'orphaned' }] } }),
      { failed: true, line: 'velero-hooks: 2 rendered files are out of date' },
      { elsewhere: [] },
    )
    assert.ok(stale.includes('### Out-of-date rendered manifests (2)'))
    assert.ok(stale.includes('| rendered/a.yaml | missing: not committed |'))
    assert.ok(stale.includes('| rendered/z.yaml | orphaned: its source is gone |'))
  })
})

describe('Markdown escaping', () => {
  it('escapes markup, HTML, table pipes, mentions and math, and flattens line breaks', () => {
    assert.equal(escapeMarkdown('<b>x</b> | *y* _z_ `c` [l](u) @me $m$ #1 ~s~ &amp;\r\nnext'), '\\<b\\>x\\</b\\> \\| \\*y\\* \\_z\\_ \\`c\\` \\[l\\]\\(u\\) \\@me \\$m\\$ \\#1 \\~s\\~ \\&amp; next')
    assert.equal(escapeMarkdown('a\u0000b\u001bc'), 'abc')
    assert.equal(escapeMarkdown('back\\slash'), 'back\\\\slash')
  })

  it('encodes link paths segment by segment', () => {
    assert.equal(encodeUrlPath('dir with space/a(1).yaml'), 'dir%20with%20space/a%281%29.yaml')
  })

  it('clips long text with an ellipsis', () => {
    assert.equal(clip('abcdef', 4), 'abc…')
    assert.equal(clip('abc', 4), 'abc')
  })
})
