import assert from 'node:assert/strict'
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { after, before, describe, it } from 'node:test'
import { discoverFiles } from '../../src/engine/discover.js'
import { unmatchedPatterns } from '../../src/engine/unmatched.js'

describe('unmatchedPatterns', () => {
  let root: string
  before(() => {
    root = mkdtempSync(path.join(tmpdir(), 'vh-unmatched-'))
    for (const f of ['a.yaml', 'deploy/b.yml', 'deploy/vendor/c.yaml', 'docs/x.md', 'space dir/d.yaml']) {
      mkdirSync(path.dirname(path.join(root, f)), { recursive: true })
      writeFileSync(path.join(root, f), 'kind: Pod\n')
    }
  })
  after(() => rmSync(root, { recursive: true, force: true }))

  const unmatched = async (patterns: string[], ignore: string[] = []) =>
    unmatchedPatterns(root, patterns, await discoverFiles({ cwd: root, patterns, ignore }))

  it('judges each pattern by the files it matched: a file, a directory, a glob', async () => {
    assert.deepEqual(await unmatched(['a.yaml', 'deploy', 'deploy/*.yml', './space dir/*.yaml', '{deploy,docs}/**/*.yaml']), [])
    assert.deepEqual(await unmatched(['a.yaml', 'nope.yaml', 'docs', 'deploy/*.json', 'deploy/vendor']), ['nope.yaml', 'docs', 'deploy/*.json'])
    assert.deepEqual(await unmatched(['**/*.yaml', '!deploy/**']), [], 'a negated glob matches nothing by design')
  })

  it('a pattern whose files are all ignored is unmatched', async () => {
    assert.deepEqual(await unmatched(['deploy/vendor', 'deploy'], ['deploy/vendor/**']), ['deploy/vendor'])
    assert.deepEqual(await unmatched(['**/*.yaml', '**/*.yml'], ['**/*.yml']), ['**/*.yml'])
  })
})
