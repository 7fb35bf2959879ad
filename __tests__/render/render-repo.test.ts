/** renderRepository on real directories: output tree, in place, check mode, refusals, atomic writes. */
import { defaultRuleSet } from '../../src/rules/index.js'
import assert from 'node:assert/strict'
import { chmodSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, symlinkSync, writeFileSync } from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { after, describe, it } from 'node:test'
import { UsageError } from '../../src/errors.js'
import { copyFileAtomic, writeFileAtomic } from '../../src/io/atomic-write.js'
import { renderRepository, type RenderOptions } from '../../src/render/render-repo.js'
import { renderText } from '../../src/render/render-text.js'

const EXAMPLE = readFileSync(path.resolve(import.meta.dirname, '..', '..', 'examples', 'my-web-app.yaml'), 'utf8')
const PLAIN = 'apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: cfg # no hook here\n'
/** A hook-free manifest that is not valid UTF-8: copies must keep its bytes. */
const LATIN1 = Buffer.concat([Buffer.from('kind: ConfigMap\nmetadata: {name: caf'), Buffer.from([0xe9]), Buffer.from('}\n')])
const BOM = '\uFEFFkind: ConfigMap\r\nmetadata: {name: bom}\r\n'

const roots: string[] = []
after(() => {
  for (const r of roots) rmSync(r, { recursive: true, force: true })
})

/** A fresh repository: k8s/app.yaml (hook), k8s/cfg.yaml, latin1.yaml, bom.yml, README.md. */
function repo(): string {
  const root = mkdtempSync(path.join(os.tmpdir(), 'vh-render-'))
  roots.push(root)
  mkdirSync(path.join(root, 'k8s'))
  writeFileSync(path.join(root, 'k8s', 'app.yaml'), EXAMPLE)
  writeFileSync(path.join(root, 'k8s', 'cfg.yaml'), PLAIN)
  writeFileSync(path.join(root, 'latin1.yaml'), LATIN1)
  writeFileSync(path.join(root, 'bom.yml'), BOM)
  writeFileSync(path.join(root, 'README.md'), '# not a manifest\n')
  return root
}

const opts = (cwd: string, more: Partial<RenderOptions> = {}): RenderOptions => ({
  ruleSet: defaultRuleSet(),
  cwd,
  patterns: [],
  ignore: [],
  outputDir: 'rendered',
  volumeMounts: 'app',
  mode: 'write',
  ...more,
})

function files(dir: string): string[] {
  if (!existsSync(dir)) return []
  return readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((d) => d.isFile())
    .map((d) => path.relative(dir, path.join(d.parentPath, d.name)).split(path.sep).join('/'))
    .sort()
}

const stamp = (p: string): string => {
  const s = statSync(p)
  return `${s.ino}:${s.mtimeMs}`
}

describe('renderRepository, output directory', () => {
  it('mirrors every scanned manifest: rendered ones with the container, the others byte for byte', async () => {
    const root = repo()
    const result = await renderRepository(opts(root))
    assert.deepEqual(files(path.join(root, 'rendered')), ['bom.yml', 'k8s/app.yaml', 'k8s/cfg.yaml', 'latin1.yaml'])
    assert.equal(readFileSync(path.join(root, 'rendered', 'k8s', 'app.yaml'), 'utf8'), renderText('k8s/app.yaml', EXAMPLE).output)
    assert.equal(readFileSync(path.join(root, 'rendered', 'k8s', 'cfg.yaml'), 'utf8'), PLAIN)
    assert.ok(readFileSync(path.join(root, 'rendered', 'latin1.yaml')).equals(LATIN1), 'invalid UTF-8 copied byte for byte')
    assert.equal(readFileSync(path.join(root, 'rendered', 'bom.yml'), 'utf8'), BOM)
    assert.deepEqual(result.written, ['rendered/bom.yml', 'rendered/k8s/app.yaml', 'rendered/k8s/cfg.yaml', 'rendered/latin1.yaml'])
    assert.deepEqual(result.unchanged, [])
    assert.deepEqual(result.stale, [])
    assert.equal(result.lint.summary.files, 4)
    assert.deepEqual(
      result.changes?.map((c) => [c.file, c.container.name]),
      [['k8s/app.yaml', 'velero-restore-init-0']],
    )
    assert.equal(files(root).filter((f) => f.endsWith('.tmp')).length, 0, 'no temporary files left')
  })

  it('never scans its own output, and a second run writes nothing', async () => {
    const root = repo()
    await renderRepository(opts(root))
    const before = Object.fromEntries(files(path.join(root, 'rendered')).map((f) => [f, stamp(path.join(root, 'rendered', f))]))
    const second = await renderRepository(opts(root))
    assert.deepEqual(second.written, [])
    assert.equal(second.unchanged.length, 4)
    assert.equal(second.lint.summary.files, 4, 'rendered/ was not linted')
    assert.ok(!existsSync(path.join(root, 'rendered', 'rendered')))
    const afterStamps = Object.fromEntries(files(path.join(root, 'rendered')).map((f) => [f, stamp(path.join(root, 'rendered', f))]))
    assert.deepEqual(afterStamps, before, 'current files are not rewritten')
  })

  it('keeps the output out of a directory pattern that contains it', async () => {
    const root = repo()
    const result = await renderRepository(opts(root, { patterns: ['k8s'], outputDir: 'k8s/rendered' }))
    // Same relative path (from the base directory) under the output directory.
    assert.deepEqual(files(path.join(root, 'k8s', 'rendered')), ['k8s/app.yaml', 'k8s/cfg.yaml'])
    const again = await renderRepository(opts(root, { patterns: ['k8s'], outputDir: 'k8s/rendered' }))
    assert.equal(again.lint.summary.files, 2)
    assert.deepEqual(again.written, [])
    assert.equal(result.lint.summary.files, 2)
  })

  it('with volumeMounts none, the container has no mounts', async () => {
    const root = repo()
    await renderRepository(opts(root, { volumeMounts: 'none' }))
    const text = readFileSync(path.join(root, 'rendered', 'k8s', 'app.yaml'), 'utf8')
    assert.equal(text, renderText('k8s/app.yaml', EXAMPLE, { volumeMounts: 'none' }).output)
  })

  it('copies files over the size limit byte for byte without reading them', async () => {
    const root = repo()
    const big = `# ${'x'.repeat(300)}\n${EXAMPLE}`
    writeFileSync(path.join(root, 'big.yaml'), big)
    const result = await renderRepository(opts(root, { maxFileBytes: 200 }))
    assert.equal(readFileSync(path.join(root, 'rendered', 'big.yaml'), 'utf8'), big)
    assert.ok(result.lint.findings.some((f) => f.ruleId === 'file-unreadable' && f.file === 'big.yaml'))
    const check = await renderRepository(opts(root, { maxFileBytes: 200, mode: 'check' }))
    assert.deepEqual(check.stale, [])
    writeFileSync(path.join(root, 'rendered', 'big.yaml'), big.replace('x', 'y'))
    const stale = await renderRepository(opts(root, { maxFileBytes: 200, mode: 'check' }))
    assert.deepEqual(stale.stale, [{ path: 'rendered/big.yaml', reason: 'different' }])
  })
})

describe('renderRepository, check mode', () => {
  it('is clean after a render, and lists missing, different and orphaned files without writing', async () => {
    const root = repo()
    await renderRepository(opts(root))
    assert.deepEqual((await renderRepository(opts(root, { mode: 'check' }))).stale, [])

    writeFileSync(path.join(root, 'k8s', 'app.yaml'), EXAMPLE.replace('alpine:latest', 'alpine:3.20'))
    rmSync(path.join(root, 'rendered', 'k8s', 'cfg.yaml'))
    rmSync(path.join(root, 'bom.yml'))
    writeFileSync(path.join(root, 'rendered', 'notes.md'), 'not a manifest: never orphaned\n')
    const listing = files(path.join(root, 'rendered'))
    const result = await renderRepository(opts(root, { mode: 'check' }))
    assert.deepEqual(result.stale, [
      { path: 'rendered/bom.yml', reason: 'orphaned' },
      { path: 'rendered/k8s/app.yaml', reason: 'different' },
      { path: 'rendered/k8s/cfg.yaml', reason: 'missing' },
    ])
    assert.deepEqual(result.written, [])
    assert.deepEqual(files(path.join(root, 'rendered')), listing, 'check writes nothing')
  })

  it('with no output directory yet, every file is missing', async () => {
    const root = repo()
    const result = await renderRepository(opts(root, { mode: 'check' }))
    assert.deepEqual(
      result.stale.map((s) => s.reason),
      ['missing', 'missing', 'missing', 'missing'],
    )
    assert.ok(!existsSync(path.join(root, 'rendered')))
  })

  it('write mode reports orphans it leaves in place', async () => {
    const root = repo()
    await renderRepository(opts(root))
    rmSync(path.join(root, 'k8s', 'cfg.yaml'))
    const result = await renderRepository(opts(root))
    assert.deepEqual(result.stale, [{ path: 'rendered/k8s/cfg.yaml', reason: 'orphaned' }])
    assert.ok(existsSync(path.join(root, 'rendered', 'k8s', 'cfg.yaml')), 'nothing is deleted')
  })
})

describe('renderRepository, in place', () => {
  it('rewrites only files that change, keeping their mode; the rest are not touched', async () => {
    const root = repo()
    chmodSync(path.join(root, 'k8s', 'app.yaml'), 0o640)
    const untouched = ['k8s/cfg.yaml', 'latin1.yaml', 'bom.yml'].map((f) => [f, stamp(path.join(root, f))])
    const result = await renderRepository(opts(root, { outputDir: '.' }))
    assert.deepEqual(result.written, ['k8s/app.yaml'])
    assert.deepEqual(result.unchanged, ['bom.yml', 'k8s/cfg.yaml', 'latin1.yaml'])
    assert.equal(readFileSync(path.join(root, 'k8s', 'app.yaml'), 'utf8'), renderText('k8s/app.yaml', EXAMPLE).output)
    assert.equal(statSync(path.join(root, 'k8s', 'app.yaml')).mode & 0o777, 0o640)
    assert.deepEqual(
      untouched.map(([f]) => [f, stamp(path.join(root, f!))]),
      untouched,
    )
    assert.ok(readFileSync(path.join(root, 'latin1.yaml')).equals(LATIN1))
    // Idempotent: a second run changes nothing; check agrees.
    const second = await renderRepository(opts(root, { outputDir: '.' }))
    assert.deepEqual(second.written, [])
    assert.deepEqual((await renderRepository(opts(root, { outputDir: '.', mode: 'check' }))).stale, [])
  })

  it('check mode in place lists the files a render would change', async () => {
    const root = repo()
    const result = await renderRepository(opts(root, { outputDir: '.', mode: 'check' }))
    assert.deepEqual(result.stale, [{ path: 'k8s/app.yaml', reason: 'different' }])
    assert.equal(readFileSync(path.join(root, 'k8s', 'app.yaml'), 'utf8'), EXAMPLE)
  })
})

describe('renderRepository, refusals', () => {
  it('refuses an output directory outside the base directory', async () => {
    const root = repo()
    await assert.rejects(renderRepository(opts(path.join(root, 'k8s'), { outputDir: '../out' })), UsageError)
    await assert.rejects(renderRepository(opts(path.join(root, 'k8s'), { outputDir: os.tmpdir() })), UsageError)
    assert.ok(!existsSync(path.join(root, 'out')))
  })

  it('refuses an output directory that leads outside through a symbolic link', async () => {
    const root = repo()
    const elsewhere = mkdtempSync(path.join(os.tmpdir(), 'vh-elsewhere-'))
    roots.push(elsewhere)
    symlinkSync(elsewhere, path.join(root, 'rendered'))
    await assert.rejects(renderRepository(opts(root)), /outside the base directory through a symbolic link/)
    assert.deepEqual(files(elsewhere), [])
  })

  it('refuses to write through a symbolic link inside the output directory', async () => {
    const root = repo()
    const elsewhere = mkdtempSync(path.join(os.tmpdir(), 'vh-elsewhere-'))
    roots.push(elsewhere)
    mkdirSync(path.join(root, 'rendered'))
    symlinkSync(elsewhere, path.join(root, 'rendered', 'k8s'))
    await assert.rejects(renderRepository(opts(root)), /symbolic link leads outside the output directory/)
    assert.deepEqual(files(elsewhere), [])
  })

  it('refuses an output directory that is a file, and patterns inside the output directory', async () => {
    const root = repo()
    writeFileSync(path.join(root, 'out'), 'x')
    await assert.rejects(renderRepository(opts(root, { outputDir: 'out' })), /not a directory/)
    mkdirSync(path.join(root, 'rendered'))
    writeFileSync(path.join(root, 'rendered', 'x.yaml'), PLAIN)
    await assert.rejects(renderRepository(opts(root, { patterns: ['rendered/x.yaml'] })), /inside the output directory/)
  })
})

describe('atomic writes', () => {
  it('replace the target in one step, keep the requested mode, and leave no temporary file', async () => {
    const dir = mkdtempSync(path.join(os.tmpdir(), 'vh-atomic-'))
    roots.push(dir)
    const target = path.join(dir, 'a', 'b.yaml')
    await writeFileAtomic(target, 'one\n')
    const ino = statSync(target).ino
    await writeFileAtomic(target, 'two\n', { mode: 0o600 })
    assert.equal(readFileSync(target, 'utf8'), 'two\n')
    assert.notEqual(statSync(target).ino, ino, 'a new file was renamed over the old one')
    assert.equal(statSync(target).mode & 0o777, 0o600)
    await copyFileAtomic(target, path.join(dir, 'c.yaml'))
    assert.equal(readFileSync(path.join(dir, 'c.yaml'), 'utf8'), 'two\n')
    assert.deepEqual(files(dir).filter((f) => f.includes('.tmp')), [])
  })

  it('on failure leave the old content (or nothing) and no temporary file', async () => {
    const dir = mkdtempSync(path.join(os.tmpdir(), 'vh-atomic-'))
    roots.push(dir)
    // A non-empty directory where the file should go: the final rename fails.
    mkdirSync(path.join(dir, 'busy.yaml'))
    writeFileSync(path.join(dir, 'busy.yaml', 'keep'), 'old')
    await assert.rejects(writeFileAtomic(path.join(dir, 'busy.yaml'), 'new'))
    await assert.rejects(copyFileAtomic(path.join(dir, 'busy.yaml', 'keep'), path.join(dir, 'busy.yaml')))
    assert.equal(readFileSync(path.join(dir, 'busy.yaml', 'keep'), 'utf8'), 'old')
    assert.deepEqual(files(dir), ['busy.yaml/keep'])
  })
})

describe('renderRepository, an output directory that is a link', () => {
  const pod = readFileSync(path.resolve(import.meta.dirname, '../../examples/my-web-app.yaml'), 'utf8')
  for (const [name, target] of [
    ['rendered -> . (render would rewrite the sources)', '.'],
    ['rendered -> apps (a copy nested in itself on every run)', 'apps'],
  ] as const) {
    it(`refuses ${name}, writing nothing`, async () => {
      const root = mkdtempSync(path.join(os.tmpdir(), 'vh-outlink-'))
      try {
        mkdirSync(path.join(root, 'apps'))
        writeFileSync(path.join(root, 'apps', 'web.yaml'), pod)
        symlinkSync(target, path.join(root, 'rendered'))
        await assert.rejects(renderRepository(opts(root)), (e: unknown) => e instanceof UsageError && /is a symbolic link/.test((e as Error).message))
        assert.equal(readFileSync(path.join(root, 'apps', 'web.yaml'), 'utf8'), pod)
        assert.deepEqual(readdirSync(path.join(root, 'apps')), ['web.yaml'])
      } finally {
        rmSync(root, { recursive: true, force: true })
      }
    })
  }
})

describe('renderRepository, a target it cannot write', () => {
  it('names the file and why (a directory in its place), never a temporary path or "internal error"', async () => {
    const root = mkdtempSync(path.join(os.tmpdir(), 'vh-eisdir-'))
    try {
      writeFileSync(path.join(root, 'web.yaml'), readFileSync(path.resolve(import.meta.dirname, '../../examples/my-web-app.yaml')))
      mkdirSync(path.join(root, 'rendered', 'web.yaml'), { recursive: true })
      await assert.rejects(renderRepository(opts(root)), (e: unknown) => e instanceof UsageError && (e as Error).message === 'could not write rendered/web.yaml: a directory is in its place')
      assert.deepEqual(readdirSync(path.join(root, 'rendered')), ['web.yaml'], 'no temporary file is left behind')
    } finally {
      rmSync(root, { recursive: true, force: true })
    }
  })
})
