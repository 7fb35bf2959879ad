import { randomBytes } from 'node:crypto'
import { constants } from 'node:fs'
import { chmod, copyFile, mkdir, rename, rm, writeFile } from 'node:fs/promises'
import path from 'node:path'

export interface AtomicWriteOptions {
  /** File mode of the result (e.g. the mode of the file being replaced); default: 0o666 minus umask. */
  mode?: number
}

function tempPathFor(target: string): string {
  return path.join(path.dirname(target), `.${path.basename(target)}.${process.pid}.${randomBytes(4).toString('hex')}.tmp`)
}

/** Create the temporary file with `fill`, then rename it over target; remove it on any failure. */
async function replaceAtomically(target: string, fill: (temp: string) => Promise<void>, options: AtomicWriteOptions): Promise<void> {
  await mkdir(path.dirname(target), { recursive: true })
  const temp = tempPathFor(target)
  try {
    await fill(temp)
    if (options.mode !== undefined) await chmod(temp, options.mode & 0o7777)
    await rename(temp, target)
  } catch (e) {
    await rm(temp, { force: true })
    throw e
  }
}

/**
 * Write a file so that readers (and a crash) see either the old or the new content, never half:
 * write a temporary file in the same directory, then rename it over the target.
 */
export async function writeFileAtomic(target: string, data: string | Uint8Array, options: AtomicWriteOptions = {}): Promise<void> {
  await replaceAtomically(target, (temp) => writeFile(temp, data, { flag: 'wx' }), options)
}

/** Copy source over target with the same guarantee (the OS copies the bytes; nothing is held in memory). */
export async function copyFileAtomic(source: string, target: string, options: AtomicWriteOptions = {}): Promise<void> {
  await replaceAtomically(target, (temp) => copyFile(source, temp, constants.COPYFILE_EXCL), options)
}
