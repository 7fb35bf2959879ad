import assert from 'node:assert/strict'
import { chmodSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs'
import { open, type FileHandle } from 'node:fs/promises'
import os from 'node:os'
import path from 'node:path'
import { after, afterEach, describe, it, mock } from 'node:test'
import { copyFileAtomic, writeFileAtomic } from '../../src/io/atomic-write.js'

const roots: string[] = []
after(() => {
  for (const r of roots) rmSync(r, { recursive: true, force: true })
})
afterEach(() => mock.restoreAll())

function tempDir(): string {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'vh-atomic-'))
  roots.push(dir)
  return dir
}

/** Every entry under dir, files and directories, relative and sorted. */
function entries(dir: string): string[] {
  return (readdirSync(dir, { recursive: true }) as string[]).map((f) => f.split(path.sep).join('/')).sort()
}

/** FileHandle.prototype, to watch (and fail) fsync on files and directories. */
async function fileHandlePrototype(): Promise<FileHandle> {
  const handle = await open(import.meta.filename, 'r')
  await handle.close()
  return Object.getPrototypeOf(handle) as FileHandle
}

type SyncCall = { kind: 'file' | 'directory'; path: string }

/**
 * Replaces fsync: `decide` sees each call (a file or a directory, plus the target's content at
 * that moment) and may throw; otherwise the real fsync runs.
 */
async function watchSync(decide: (kind: SyncCall['kind'], handle: FileHandle) => void | Promise<void>): Promise<Array<SyncCall['kind']>> {
  const proto = await fileHandlePrototype()
  const realSync = proto.sync
  const calls: Array<SyncCall['kind']> = []
  mock.method(proto, 'sync', async function (this: FileHandle) {
    const kind = (await this.stat()).isDirectory() ? 'directory' : 'file'
    calls.push(kind)
    await decide(kind, this)
    return realSync.call(this)
  })
  return calls
}

const failure = (code: string): NodeJS.ErrnoException => Object.assign(new Error(`${code}: simulated`), { code })

describe('atomic writes', () => {
  it('replace the target with a new file, keep the requested mode, and leave no temporary file', async () => {
    const dir = tempDir()
    const target = path.join(dir, 'a', 'b.yaml')
    await writeFileAtomic(target, 'one\n')
    assert.equal(statSync(target).mode & 0o777, 0o666 & ~process.umask(), 'the default mode, as writeFile gives')
    const ino = statSync(target).ino
    await writeFileAtomic(target, 'two\n', { mode: 0o600 })
    assert.equal(readFileSync(target, 'utf8'), 'two\n')
    assert.notEqual(statSync(target).ino, ino, 'a new file was renamed over the old one')
    assert.equal(statSync(target).mode & 0o777, 0o600)
    await writeFileAtomic(target, new Uint8Array([0x68, 0x69]), { mode: 0o640 })
    assert.equal(readFileSync(target, 'utf8'), 'hi')
    assert.equal(statSync(target).mode & 0o777, 0o640)
    assert.deepEqual(entries(dir), ['a', 'a/b.yaml'])
  })

  it('copy the content and, unless a mode is given, the source mode', async () => {
    const dir = tempDir()
    const source = path.join(dir, 'source.yaml')
    writeFileSync(source, 'content\n')
    chmodSync(source, 0o640)
    await copyFileAtomic(source, path.join(dir, 'out', 'copy.yaml'))
    assert.equal(readFileSync(path.join(dir, 'out', 'copy.yaml'), 'utf8'), 'content\n')
    assert.equal(statSync(path.join(dir, 'out', 'copy.yaml')).mode & 0o777, 0o640)
    await copyFileAtomic(source, path.join(dir, 'out', 'copy.yaml'), { mode: 0o600 })
    assert.equal(statSync(path.join(dir, 'out', 'copy.yaml')).mode & 0o777, 0o600)
    assert.deepEqual(entries(dir), ['out', 'out/copy.yaml', 'source.yaml'])
  })

  it('work on a target whose name is 245 bytes (the temporary name stays under NAME_MAX)', async () => {
    const dir = tempDir()
    const name = `${'é'.repeat(100)}${'x'.repeat(40)}.yaml` // 200 + 40 + 5 bytes
    assert.equal(Buffer.byteLength(name), 245)
    await writeFileAtomic(path.join(dir, name), 'one\n')
    await writeFileAtomic(path.join(dir, name), 'two\n', { mode: 0o600 })
    assert.equal(readFileSync(path.join(dir, name), 'utf8'), 'two\n')
    await copyFileAtomic(path.join(dir, name), path.join(dir, 'sub', name))
    assert.equal(readFileSync(path.join(dir, 'sub', name), 'utf8'), 'two\n')
    assert.deepEqual(entries(dir), [name, 'sub', `sub/${name}`].sort())
  })

  it('flush the temporary file before the rename and the directory after it', async () => {
    const dir = tempDir()
    const target = path.join(dir, 'c.yaml')
    writeFileSync(target, 'old\n')
    const seen: string[] = []
    const calls = await watchSync((kind) => void seen.push(`${kind}: ${readFileSync(target, 'utf8').trim()}`))
    await writeFileAtomic(target, 'new\n')
    await copyFileAtomic(target, path.join(dir, 'd.yaml'))
    assert.deepEqual(calls, ['file', 'directory', 'file', 'directory'])
    assert.deepEqual(seen.slice(0, 2), ['file: old', 'directory: new'], 'fsync of the data first, of the rename after')
  })

  it('ignore a directory fsync the platform refuses (EINVAL, EISDIR), and no other failure', async () => {
    for (const code of ['EINVAL', 'EISDIR']) {
      const dir = tempDir()
      await watchSync((kind) => {
        if (kind === 'directory') throw failure(code)
      })
      await writeFileAtomic(path.join(dir, 'e.yaml'), 'new\n')
      assert.equal(readFileSync(path.join(dir, 'e.yaml'), 'utf8'), 'new\n', code)
      mock.restoreAll()
    }
    const dir = tempDir()
    await watchSync((kind) => {
      if (kind === 'directory') throw failure('EIO')
    })
    await assert.rejects(writeFileAtomic(path.join(dir, 'e.yaml'), 'new\n'), /EIO/)
    assert.deepEqual(entries(dir), ['e.yaml'], 'renamed already; no temporary file left')
  })

  it('on failure leave the old content (or nothing) and no temporary file', async () => {
    const dir = tempDir()
    // A non-empty directory where the file should go: the final rename fails.
    mkdirSync(path.join(dir, 'busy.yaml'))
    writeFileSync(path.join(dir, 'busy.yaml', 'keep'), 'old')
    await assert.rejects(writeFileAtomic(path.join(dir, 'busy.yaml'), 'new'))
    await assert.rejects(copyFileAtomic(path.join(dir, 'busy.yaml', 'keep'), path.join(dir, 'busy.yaml')))
    assert.equal(readFileSync(path.join(dir, 'busy.yaml', 'keep'), 'utf8'), 'old')
    // A source that does not exist.
    await assert.rejects(copyFileAtomic(path.join(dir, 'missing.yaml'), path.join(dir, 'copy.yaml')), { code: 'ENOENT' })
    assert.deepEqual(entries(dir), ['busy.yaml', 'busy.yaml/keep'])

    // The data cannot be flushed: the target keeps its old content.
    writeFileSync(path.join(dir, 'f.yaml'), 'old\n')
    await watchSync((kind) => {
      if (kind === 'file') throw failure('EIO')
    })
    await assert.rejects(writeFileAtomic(path.join(dir, 'f.yaml'), 'new\n'), /EIO/)
    await assert.rejects(copyFileAtomic(path.join(dir, 'busy.yaml', 'keep'), path.join(dir, 'f.yaml')), /EIO/)
    assert.equal(readFileSync(path.join(dir, 'f.yaml'), 'utf8'), 'old\n')
    assert.deepEqual(entries(dir), ['busy.yaml', 'busy.yaml/keep', 'f.yaml'])
  })
})

describe('atomic writes keep the owner', () => {
  it('of a file owned by someone else, when rewritten by root (others cannot change owners and keep theirs)', { skip: process.getuid?.() !== 0 && 'needs root to own a file as someone else' }, async () => {
    const dir = mkdtempSync(path.join(os.tmpdir(), 'vh-owner-'))
    try {
      const file = path.join(dir, 'manifest.yaml')
      writeFileSync(file, 'old\n')
      const { chownSync } = await import('node:fs')
      chownSync(file, 4242, 4343)
      const before = statSync(file)
      await writeFileAtomic(file, 'new\n', { mode: before.mode, owner: { uid: before.uid, gid: before.gid } })
      const after = statSync(file)
      assert.deepEqual([after.uid, after.gid, readFileSync(file, 'utf8')], [4242, 4343, 'new\n'])
    } finally {
      rmSync(dir, { recursive: true, force: true })
    }
  })
})
