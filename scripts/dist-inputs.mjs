// What dist/ is built from, hashed: scripts/build.mjs writes the hash to dist/inputs.sha256, and the
// bundle tests (__tests__/support/dist.ts) compare it with the sources they are about to test.
// Deterministic: sorted '/'-separated paths, CRLF read as LF (a Windows checkout builds the same bundle).
import { createHash } from 'node:crypto'
import { existsSync, readFileSync, readdirSync } from 'node:fs'
import path from 'node:path'

export const STAMP = 'inputs.sha256'

/** Directories whose every file, and single files, that the bundles are built from. */
const INPUT_DIRS = ['src']
const INPUT_FILES = ['scripts/build.mjs', 'scripts/dist-inputs.mjs', 'package-lock.json', 'tsconfig.json']

const walk = (root, dir) =>
  readdirSync(path.join(root, dir), { withFileTypes: true }).flatMap((d) => {
    const rel = `${dir}/${d.name}`
    return d.isDirectory() ? walk(root, rel) : d.isFile() ? [rel] : []
  })

/** The input files, relative to root with '/' separators, sorted. */
export function distInputFiles(root) {
  const files = [...INPUT_DIRS.filter((d) => existsSync(path.join(root, d))).flatMap((d) => walk(root, d)), ...INPUT_FILES.filter((f) => existsSync(path.join(root, f)))]
  return files.sort((a, b) => (a < b ? -1 : a > b ? 1 : 0))
}

/** sha256 (hex) over every input file's path and content. */
export function distInputsHash(root) {
  const hash = createHash('sha256')
  for (const file of distInputFiles(root)) {
    const content = readFileSync(path.join(root, file), 'utf8').replace(/\r\n/g, '\n')
    const bytes = Buffer.from(content, 'utf8')
    hash.update(`${file}\0${bytes.length}\0`)
    hash.update(bytes)
  }
  return hash.digest('hex')
}

/** The stamp text for root's current inputs. */
export function stampText(root) {
  return `${distInputsHash(root)}\n`
}
