/**
 * ensureFreshDist on small stand-in repositories: a src/ file, the real scripts/dist-inputs.mjs and a
 * scripts/build.mjs that only writes the stamp (and logs each run), so no bundler runs here.
 */
import assert from 'node:assert/strict'
import { spawn, spawnSync } from 'node:child_process'
import { copyFileSync, existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { after, describe, it } from 'node:test'
import { pathToFileURL } from 'node:url'
import { distInputFiles, distInputsHash, STAMP } from '../../scripts/dist-inputs.mjs'
import { ensureFreshDist, lockPath, staleness } from './dist.js'

const REPO = path.resolve(import.meta.dirname, '..', '..')
const log = (): void => {}
const roots: string[] = []
after(() => {
  for (const r of roots) rmSync(r, { recursive: true, force: true })
})

/** A build that writes the stamp the way scripts/build.mjs does, and appends a line to build.log. */
const GOOD_BUILD = `import { appendFileSync, mkdirSync, writeFileSync } from 'node:fs'
import { STAMP, stampText } from './dist-inputs.mjs'
appendFileSync('build.log', 'built\\n')
mkdirSync('dist', { recursive: true })
writeFileSync('dist/' + STAMP, stampText('.'))
`

function fakeRepo(build = GOOD_BUILD): string {
  const root = mkdtempSync(path.join(os.tmpdir(), 'vh-fresh-dist-'))
  roots.push(root)
  mkdirSync(path.join(root, 'src'))
  mkdirSync(path.join(root, 'scripts'))
  writeFileSync(path.join(root, 'src', 'index.ts'), 'export const answer = 42\n')
  writeFileSync(path.join(root, 'tsconfig.json'), '{}\n')
  copyFileSync(path.join(REPO, 'scripts', 'dist-inputs.mjs'), path.join(root, 'scripts', 'dist-inputs.mjs'))
  writeFileSync(path.join(root, 'scripts', 'build.mjs'), build)
  return root
}

const builds = (root: string): number => (existsSync(path.join(root, 'build.log')) ? readFileSync(path.join(root, 'build.log'), 'utf8').split('\n').filter(Boolean).length : 0)

describe('dist inputs hash', () => {
  it('covers src/, the build script, the lock file and tsconfig.json, sorted', () => {
    const files = distInputFiles(REPO)
    for (const f of ['scripts/build.mjs', 'scripts/dist-inputs.mjs', 'package-lock.json', 'tsconfig.json', 'src/index.ts', 'src/cli-main.ts']) assert.ok(files.includes(f), f)
    assert.ok(!files.some((f) => f.startsWith('__tests__/') || f.startsWith('dist/')))
    assert.deepEqual([...files].sort(), files)
  })

  it('changes with a source file and not with line endings', () => {
    const root = fakeRepo()
    const before = distInputsHash(root)
    writeFileSync(path.join(root, 'src', 'index.ts'), 'export const answer = 43\n')
    const edited = distInputsHash(root)
    assert.notEqual(edited, before)
    writeFileSync(path.join(root, 'src', 'index.ts'), 'export const answer = 43\r\n')
    assert.equal(distInputsHash(root), edited)
    writeFileSync(path.join(root, 'src', 'new.ts'), '')
    assert.notEqual(distInputsHash(root), edited)
  })
})

describe('ensureFreshDist', () => {
  it('builds when the stamp is missing, then not again while the sources are unchanged', () => {
    const root = fakeRepo()
    assert.match(staleness(root) ?? '', /inputs\.sha256 is missing/)
    assert.deepEqual(ensureFreshDist({ root, log }), { built: true })
    assert.equal(builds(root), 1)
    assert.equal(staleness(root), undefined)
    assert.deepEqual(ensureFreshDist({ root, log }), { built: false })
    assert.equal(builds(root), 1)
  })

  it('rebuilds after a source edit', () => {
    const root = fakeRepo()
    assert.equal(spawnSync(process.execPath, ['scripts/build.mjs'], { cwd: root }).status, 0)
    assert.equal(staleness(root), undefined)
    writeFileSync(path.join(root, 'src', 'index.ts'), 'export const answer = 7\n')
    assert.match(staleness(root) ?? '', /says [0-9a-f]{12}…, the sources hash to [0-9a-f]{12}…/)
    assert.deepEqual(ensureFreshDist({ root, log }), { built: true })
    assert.equal(builds(root), 2)
    assert.equal(staleness(root), undefined)
  })

  it('fails with a clear message when the build fails', () => {
    const root = fakeRepo("console.error('ncc: cannot resolve ./missing.js'); process.exit(3)\n")
    assert.throws(() => ensureFreshDist({ root, log }), (e: Error) => {
      assert.match(e.message, /^dist\/ is stale and could not be rebuilt: 'node scripts\/build\.mjs' failed \(exit code 3\)/)
      assert.match(e.message, /ncc: cannot resolve \.\/missing\.js/)
      return true
    })
    assert.ok(!existsSync(lockPath(root)), 'the lock is released')
    assert.throws(() => ensureFreshDist({ root, log }), /could not be rebuilt/)
    assert.equal(builds(root), 0, 'the same process does not try the failed build again')
  })

  it('fails with a clear message when the build leaves a stamp that does not match', () => {
    const root = fakeRepo(`import { mkdirSync, writeFileSync } from 'node:fs'\nmkdirSync('dist', { recursive: true })\nwriteFileSync('dist/${STAMP}', 'feedface\\n')\n`)
    assert.throws(() => ensureFreshDist({ root, log }), /^Error: dist\/ is stale and could not be rebuilt: after the build, dist\/inputs\.sha256 says feedface…/)
  })

  it('takes over a lock whose owner process is gone', () => {
    const root = fakeRepo()
    mkdirSync(lockPath(root))
    writeFileSync(path.join(lockPath(root), 'owner'), '2147483646') // no such process
    assert.deepEqual(ensureFreshDist({ root, log }), { built: true })
    assert.ok(!existsSync(lockPath(root)))
  })

  it('gives up with a clear message while a live process holds the lock', () => {
    const root = fakeRepo()
    mkdirSync(lockPath(root))
    writeFileSync(path.join(lockPath(root), 'owner'), String(process.pid))
    try {
      assert.throws(() => ensureFreshDist({ root, lockWaitMs: 0, log }), /^Error: dist\/ is stale and could not be rebuilt: another process held the build lock .* \(remove it if no build is running\)/)
      assert.equal(builds(root), 0)
    } finally {
      rmSync(lockPath(root), { recursive: true, force: true })
    }
  })

  it('builds once when two processes find dist/ stale at the same time', async () => {
    // The build takes a while, so the second process finds the lock held and then the fresh stamp.
    const root = fakeRepo(`import { setTimeout } from 'node:timers/promises'\nawait setTimeout(1500)\n${GOOD_BUILD}`)
    const script = `import { ensureFreshDist } from ${JSON.stringify(pathToFileURL(path.join(import.meta.dirname, 'dist.ts')).href)}\nensureFreshDist({ root: ${JSON.stringify(root)}, log: () => {} })\n`
    const run = () =>
      new Promise<{ code: number | null; stderr: string }>((resolve, reject) => {
        const child = spawn(process.execPath, ['--import', 'tsx', '--input-type=module', '-e', script], { cwd: REPO, stdio: ['ignore', 'ignore', 'pipe'] })
        let stderr = ''
        child.stderr.setEncoding('utf8').on('data', (d: string) => (stderr += d))
        child.on('error', reject)
        child.on('close', (code) => resolve({ code, stderr }))
      })
    const results = await Promise.all([run(), run()])
    for (const r of results) assert.equal(r.code, 0, r.stderr)
    assert.equal(builds(root), 1)
    assert.equal(staleness(root), undefined)
  })
})
