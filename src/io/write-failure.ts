/**
 * Why a write failed, in words a user can act on: a file system error (a code starting with "E")
 * as a short reason, anything else (a bug) undefined so that it is not mistaken for the user's to fix.
 */
const WRITE_FAILURES: Readonly<Record<string, string>> = {
  EISDIR: 'a directory is in its place',
  ENOTDIR: 'a file is where a directory of its path should be',
  EACCES: 'permission denied',
  EPERM: 'permission denied',
  EROFS: 'the file system is read-only',
  ENOSPC: 'no space left on the device',
  EDQUOT: 'the disk quota is exhausted',
  EFBIG: 'the file is larger than the file system or this process may write',
  ENAMETOOLONG: 'its name is too long',
  EIO: 'an I/O error',
}

export function writeFailureReason(e: unknown): string | undefined {
  const code = (e as NodeJS.ErrnoException | undefined)?.code
  if (typeof code !== 'string' || !code.startsWith('E')) return undefined
  return WRITE_FAILURES[code] ?? code
}
