import { randomBytes } from 'node:crypto'
import { chmod, mkdir, rename, rm, writeFile } from 'node:fs/promises'
import path from 'node:path'

export interface AtomicWriteOptions {
  /** File mode for the new file (e.g. the mode of the file it replaces). */
  mode?: number
}

/**
 * Write a file so that readers (and a crash) see either the old or the new content, never half:
 * write a temporary file in the same directory, then rename it over the target.
 */
export async function writeFileAtomic(target: string, data: string | Uint8Array, options: AtomicWriteOptions = {}): Promise<void> {
  const dir = path.dirname(target)
  await mkdir(dir, { recursive: true })
  const temp = path.join(dir, `.${path.basename(target)}.${process.pid}.${randomBytes(4).toString('hex')}.tmp`)
  try {
    await writeFile(temp, data, { flag: 'wx' })
    if (options.mode !== undefined) await chmod(temp, options.mode & 0o7777)
    await rename(temp, target)
  } catch (e) {
    await rm(temp, { force: true })
    throw e
  }
}
