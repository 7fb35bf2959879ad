// Builds the committed bundles with ncc: dist/index.js (the action) and dist/cli/index.js (the CLI).
// CI rebuilds and diffs dist/ against the commit, so the output must be deterministic.
import { execFileSync } from 'node:child_process'
import { existsSync, readFileSync, readdirSync, rmSync } from 'node:fs'
import path from 'node:path'

const entries = [
  { src: 'src/index.ts', out: 'dist' },
  { src: 'src/cli-main.ts', out: 'dist/cli' },
  // The lint worker that both bundles start (src/worker-rules.ts): dist/lint-worker/index.js.
  { src: 'src/lint-worker.ts', out: 'dist/lint-worker' },
].filter((e) => existsSync(e.src))

rmSync('dist', { recursive: true, force: true })
const ncc = path.join('node_modules', '.bin', 'ncc')
for (const { src, out } of entries) {
  execFileSync(ncc, ['build', src, '-o', out, '--license', 'licenses.txt', '--quiet', '--target', 'es2022'], { stdio: 'inherit' })
}
// A CommonJS mix-up makes ncc emit stubs that only fail at run time; refuse such a bundle.
const walk = (dir) => readdirSync(dir, { withFileTypes: true }).flatMap((d) => (d.isDirectory() ? walk(path.join(dir, d.name)) : [path.join(dir, d.name)]))
for (const file of walk('dist').filter((f) => f.endsWith('.js'))) {
  if (readFileSync(file, 'utf8').includes('webpackMissingModule')) {
    console.error(`build: ${file} contains webpackMissingModule: a dependency failed to bundle`)
    process.exit(1)
  }
}
console.log(`build: ${entries.map((e) => e.out).join(', ')} written`)

// dist/inputs.sha256: the hash of what this bundle was built from, so the bundle tests can tell a
// stale dist/ from a fresh one (__tests__/support/dist.ts). Written last: a stamp means a whole build.
async function writeInputsStamp() {
  const { STAMP, stampText } = await import('./dist-inputs.mjs')
  const { writeFileSync } = await import('node:fs')
  writeFileSync(path.join('dist', STAMP), stampText('.'))
}
await writeInputsStamp()
