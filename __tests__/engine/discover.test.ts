import assert from 'node:assert/strict'
import { mkdirSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { after, before, describe, it } from 'node:test'
import { discoverFiles } from '../../src/engine/discover.js'
import { UsageError } from '../../src/errors.js'

describe('discoverFiles', () => {
  let root: string
  let outside: string
  before(() => {
    root = mkdtempSync(path.join(tmpdir(), 'vh-disc-'))
    outside = mkdtempSync(path.join(tmpdir(), 'vh-outside-'))
    const files = ['a.yaml', 'b.yml', 'c.json', 'deep/x/d.yaml', 'vendor/chart/e.yaml', '.git/f.yaml', 'node_modules/p/g.yaml', 'sub/node_modules/h.yaml']
    for (const f of files) {
      mkdirSync(path.dirname(path.join(root, f)), { recursive: true })
      writeFileSync(path.join(root, f), 'kind: Pod\n')
    }
    writeFileSync(path.join(outside, 'secret.yaml'), 'kind: Secret\n')
    symlinkSync(path.join(outside, 'secret.yaml'), path.join(root, 'link-out.yaml'))
    symlinkSync(path.join(root, 'a.yaml'), path.join(root, 'link-in.yaml'))
    symlinkSync(outside, path.join(root, 'dir-out'))
    symlinkSync(root, path.join(root, 'deep', 'loop'))
  })
  after(() => {
    rmSync(root, { recursive: true, force: true })
    rmSync(outside, { recursive: true, force: true })
  })

  const rel = async (patterns: string[], ignore: string[] = []) => {
    const d = await discoverFiles({ cwd: root, patterns, ignore })
    return { files: d.files.map((f) => f.relative), skipped: d.skipped.map((s) => s.path) }
  }

  it('defaults to **/*.yaml and **/*.yml, skipping .git and node_modules, links out and link loops', async () => {
    const { files, skipped } = await rel([])
    assert.deepEqual(files, ['a.yaml', 'b.yml', 'deep/x/d.yaml', 'link-in.yaml', 'vendor/chart/e.yaml'])
    assert.deepEqual(skipped, ['link-out.yaml'])
  })

  it('applies ignore globs', async () => {
    const { files } = await rel([], ['vendor/**', '**/*.yml'])
    assert.deepEqual(files, ['a.yaml', 'deep/x/d.yaml', 'link-in.yaml'])
  })

  it('accepts directories and files as patterns', async () => {
    assert.deepEqual((await rel(['deep'])).files, ['deep/x/d.yaml'])
    assert.deepEqual((await rel(['b.yml'])).files, ['b.yml'])
  })

  it('applies ignore globs, relative to the base directory, under a directory or file pattern too', async () => {
    assert.deepEqual((await rel(['deep', 'vendor'], ['vendor/**'])).files, ['deep/x/d.yaml'])
    assert.deepEqual((await rel(['vendor'], ['vendor/chart'])).files, [], 'a directory glob covers the files below it')
    assert.deepEqual((await rel(['vendor/chart/e.yaml'], ['**/chart/**'])).files, [])
    // Not relative to the directory named: "x/**" is the base directory's x/, not deep/x/.
    assert.deepEqual((await rel(['deep'], ['x/**'])).files, ['deep/x/d.yaml'])
    assert.deepEqual((await rel(['deep'], ['deep/x/**'])).files, [])
  })

  it('refuses patterns that climb out of the base directory or are absolute', async () => {
    await assert.rejects(rel(['../*.yaml']), UsageError)
    await assert.rejects(rel(['deep/../../x/*.yaml']), UsageError)
    await assert.rejects(rel([path.join(outside, '*.yaml')]), UsageError)
    await assert.rejects(rel([], ['../x']), UsageError)
  })

  it('reads an explicit outside directory only when allowed (the CLI: the user named it)', async () => {
    await assert.rejects(discoverFiles({ cwd: root, patterns: [outside], ignore: [] }), UsageError)
    const d = await discoverFiles({ cwd: root, patterns: [outside], ignore: [], allowExplicitOutside: true })
    assert.deepEqual(d.files.map((f) => path.basename(f.relative)), ['secret.yaml'])
  })

  it('refuses a base directory that does not exist', async () => {
    await assert.rejects(discoverFiles({ cwd: path.join(root, 'nope'), patterns: [], ignore: [] }), /does not exist/)
  })
})
