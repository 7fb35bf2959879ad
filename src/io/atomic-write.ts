import { randomBytes } from 'node:crypto'
import { constants, rmSync } from 'node:fs'
import { chmod, chown, copyFile, mkdir, open, rename, rm, writeFile } from 'node:fs/promises'
import path from 'node:path'

export interface AtomicWriteOptions {
  /** File mode of the result (e.g. the mode of the file being replaced); default: 0o666 minus umask. */
  mode?: number
  /**
   * Owner of the result (the file being replaced's): a rewrite by root must not take a file from
   * its owner. Applied only when this process may change owners (root); others keep their own.
   */
  owner?: { uid: number; gid: number }
}

/** Names tried before giving up when a temporary name is taken (8 random hex digits: practically never). */
const TEMP_NAME_ATTEMPTS = 5

/**
 * A short temporary name in the target's directory (same file system, so the rename is atomic).
 * Not derived from the target's name: `.vh-` + 8 hex digits + `.tmp` is 16 bytes whatever the
 * target is called, so a target whose name is already near NAME_MAX (255 bytes) still works.
 */
function tempPathIn(dir: string): string {
  return path.join(dir, `.vh-${randomBytes(4).toString('hex')}.tmp`)
}

const errorCode = (e: unknown): unknown => (e as NodeJS.ErrnoException | undefined)?.code

/**
 * Temporary files being written now. A signal that ends the process (a cancelled workflow run
 * sends SIGTERM, a terminal SIGINT) would leave them behind: while there are some, a handler
 * removes them and then raises the signal again with the handler gone, so the process ends as
 * the signal says (no handler of ours is left to keep it alive).
 */
const pendingTemps = new Set<string>()
const ENDING_SIGNALS: readonly NodeJS.Signals[] = ['SIGTERM', 'SIGINT', 'SIGHUP']

function removePendingAndReraise(signal: NodeJS.Signals): void {
  for (const temp of pendingTemps) {
    try {
      rmSync(temp, { force: true })
    } catch {
      // nothing more can be done on the way out
    }
  }
  pendingTemps.clear()
  for (const s of ENDING_SIGNALS) process.removeListener(s, removePendingAndReraise)
  process.kill(process.pid, signal)
}

function trackTemp(temp: string): void {
  if (pendingTemps.size === 0) for (const s of ENDING_SIGNALS) process.on(s, removePendingAndReraise)
  pendingTemps.add(temp)
}

function untrackTemp(temp: string): void {
  if (!pendingTemps.delete(temp) || pendingTemps.size > 0) return
  for (const s of ENDING_SIGNALS) process.removeListener(s, removePendingAndReraise)
}

/**
 * Creates a fresh temporary file with `create`, which must fail with EEXIST rather than overwrite
 * (an exclusive flag). A taken name is tried again with another; after any other failure the
 * (perhaps half-written) file is removed.
 */
async function createTemp(dir: string, create: (temp: string) => Promise<void>): Promise<string> {
  for (let attempt = 1; ; attempt++) {
    const temp = tempPathIn(dir)
    trackTemp(temp)
    try {
      await create(temp)
      return temp
    } catch (e) {
      // EEXIST: the name belongs to someone else's file, which must not be removed.
      if (errorCode(e) !== 'EEXIST') await rm(temp, { force: true })
      untrackTemp(temp)
      if (errorCode(e) === 'EEXIST' && attempt < TEMP_NAME_ATTEMPTS) continue
      throw e
    }
  }
}

/** Flushes a file's content (and size) to the disk. */
async function syncFile(file: string): Promise<void> {
  const handle = await open(file, 'r+')
  try {
    await handle.sync()
  } finally {
    await handle.close()
  }
}

/**
 * Flushes a directory's entries to the disk, so a completed rename survives a crash. Some platforms
 * and file systems refuse to open or fsync a directory (EISDIR on Windows, EINVAL on some network
 * and virtual file systems): there the rename is as durable as the platform makes it.
 */
async function syncDirectory(dir: string): Promise<void> {
  try {
    const handle = await open(dir, 'r')
    try {
      await handle.sync()
    } finally {
      await handle.close()
    }
  } catch (e) {
    if (errorCode(e) !== 'EINVAL' && errorCode(e) !== 'EISDIR') throw e
  }
}

/**
 * Create a temporary file in the target's directory with `create`, flush it, rename it over the
 * target and flush the directory; remove the temporary file on any failure.
 */
async function replaceAtomically(target: string, create: (temp: string) => Promise<void>, options: AtomicWriteOptions): Promise<void> {
  const dir = path.dirname(target)
  await mkdir(dir, { recursive: true })
  const temp = await createTemp(dir, create)
  try {
    if (options.mode !== undefined) await chmod(temp, options.mode & 0o7777)
    if (options.owner && process.getuid?.() === 0) await chown(temp, options.owner.uid, options.owner.gid)
    // Without this a crash soon after the rename can leave the target empty (the rename reaches
    // the disk before the data on file systems such as ext4 with delalloc, XFS, btrfs).
    await syncFile(temp)
    await rename(temp, target)
  } catch (e) {
    await rm(temp, { force: true })
    throw e
  } finally {
    untrackTemp(temp)
  }
  await syncDirectory(dir)
}

/**
 * Write a file so that readers (and a crash) see either the old or the new content, never half:
 * write a temporary file in the same directory, flush it, then rename it over the target.
 */
export async function writeFileAtomic(target: string, data: string | Uint8Array, options: AtomicWriteOptions = {}): Promise<void> {
  await replaceAtomically(target, (temp) => writeFile(temp, data, { flag: 'wx' }), options)
}

/** Copy source over target with the same guarantee (the OS copies the bytes; nothing is held in memory). */
export async function copyFileAtomic(source: string, target: string, options: AtomicWriteOptions = {}): Promise<void> {
  await replaceAtomically(target, (temp) => copyFile(source, temp, constants.COPYFILE_EXCL), options)
}
