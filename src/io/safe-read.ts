/**
 * Reading files a repository controls: a FIFO, a device or a link to /dev/zero in a pull request
 * must neither hang a run nor fill its memory, and a link must not lead out of the tree it is in.
 */
import { constants, lstatSync, realpathSync } from 'node:fs'
import { open } from 'node:fs/promises'
import path from 'node:path'

export type SafeRead = { ok: true; bytes: Buffer } | { ok: false; code?: string; why: string }

/**
 * The bytes of a regular file of at most maxBytes, or why not: opened non-blocking (a FIFO is
 * refused at once, never waited on), checked on the open descriptor (regular file, size), and read
 * to at most maxBytes + 1 bytes, so a file that grows while it is read is refused too.
 */
export async function readRegularFile(file: string, maxBytes: number): Promise<SafeRead> {
  let handle: Awaited<ReturnType<typeof open>>
  try {
    handle = await open(file, constants.O_RDONLY | constants.O_NONBLOCK | (constants.O_NOCTTY ?? 0))
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code
    return { ok: false, code, why: code === 'ENOENT' ? 'does not exist' : code === 'EISDIR' ? 'is a directory' : `could not be read (${code ?? (e as Error).message})` }
  }
  try {
    const info = await handle.stat()
    if (info.isDirectory()) return { ok: false, code: 'EISDIR', why: 'is a directory' }
    if (!info.isFile()) return { ok: false, why: 'is not a regular file' }
    if (info.size > maxBytes) return { ok: false, why: `is ${info.size} bytes, over the ${maxBytes}-byte limit` }
    const buffer = Buffer.allocUnsafe(Math.min(info.size, maxBytes) + 1)
    let length = 0
    while (length < buffer.length) {
      const { bytesRead } = await handle.read(buffer, length, buffer.length - length, null)
      if (bytesRead === 0) break
      length += bytesRead
    }
    if (length > maxBytes) return { ok: false, why: `grew over the ${maxBytes}-byte limit while it was read` }
    return { ok: true, bytes: buffer.subarray(0, length) }
  } catch (e) {
    return { ok: false, code: (e as NodeJS.ErrnoException).code, why: `could not be read (${(e as NodeJS.ErrnoException).code ?? (e as Error).message})` }
  } finally {
    await handle.close()
  }
}

/** Whether child is parent or below it, as paths (no file system access). */
export function isPathInside(child: string, parent: string): boolean {
  const rel = path.relative(parent, child)
  return rel === '' || (!rel.startsWith('..' + path.sep) && rel !== '..' && !path.isAbsolute(rel))
}

/**
 * The real path of `target`, or of its nearest existing ancestor joined with the rest (for a file
 * about to be written): links are resolved wherever they are on the way. Undefined when a
 * broken link is on the way (writing would follow it somewhere unknown) or nothing resolves.
 */
export function realPathOrNearest(target: string): string | undefined {
  const rest: string[] = []
  let current = path.resolve(target)
  for (;;) {
    try {
      return path.join(realpathSync(current), ...rest.reverse())
    } catch {
      if (exists(current)) return undefined // a broken link, or a loop
      const parent = path.dirname(current)
      if (parent === current) return undefined
      rest.push(path.basename(current))
      current = parent
    }
  }
}

function exists(p: string): boolean {
  try {
    lstatSync(p)
    return true
  } catch {
    return false
  }
}

/**
 * Why writing `target` would leave `base` through a symbolic link (undefined: it would not). A
 * target named outside `base` is the caller's choice and not checked; one named inside must stay
 * inside by real path: the nearest existing ancestor's (`reports -> ../outside` is refused).
 */
export function escapeThroughLink(target: string, base: string): string | undefined {
  const [absTarget, absBase] = [path.resolve(target), path.resolve(base)]
  if (!isPathInside(absTarget, absBase)) return undefined
  const realBase = realPathOrNearest(absBase)
  const real = realPathOrNearest(absTarget)
  if (!realBase || !real) return 'a broken symbolic link is on its path'
  if (!isPathInside(real, realBase)) return `a symbolic link on its path leads outside ${base}`
  return undefined
}
