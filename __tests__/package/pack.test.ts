/**
 * What `npm install velero-hooks` gets: the files `npm pack --dry-run --json` lists. The package is
 * the bundled CLI with its docs, under 1 MB, with no tests, fixtures, sources or tooling and no
 * runtime dependencies (ncc bundles every library into dist/), and the bin runs from a copy of
 * exactly those files.
 */
import assert from 'node:assert/strict'
import { spawnSync } from 'node:child_process'
import { copyFileSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { after, describe, it } from 'node:test'
import { fileURLToPath } from 'node:url'

const repoRoot = fileURLToPath(new URL('../..', import.meta.url))
const MAX_PACKED_BYTES = 1_000_000

interface PackedFile {
  path: string
  size: number
}
interface PackResult {
  name: string
  version: string
  /** The tarball's size in bytes. */
  size: number
  files: PackedFile[]
}
interface PackageJson {
  version: string
  bin: Record<string, string>
  dependencies?: Record<string, string>
  optionalDependencies?: Record<string, string>
  peerDependencies?: Record<string, string>
  bundleDependencies?: unknown
  bundledDependencies?: unknown
  devDependencies: Record<string, string>
}

let packed: PackResult | undefined
/** `npm pack --dry-run --json`, run once: it lists what would ship without writing a tarball. */
function pack(): PackResult {
  if (packed) return packed
  const r = spawnSync('npm', ['pack', '--dry-run', '--json', '--ignore-scripts'], {
    cwd: repoRoot,
    encoding: 'utf8',
    shell: process.platform === 'win32',
  })
  assert.equal(r.status, 0, `npm pack --dry-run failed:\n${r.stderr}`)
  const results = JSON.parse(r.stdout) as PackResult[]
  assert.equal(results.length, 1)
  return (packed = results[0]!)
}
const packedPaths = (): Set<string> => new Set(pack().files.map((f) => f.path))
const packageJson = (): PackageJson => JSON.parse(readFileSync(path.join(repoRoot, 'package.json'), 'utf8')) as PackageJson

/** Files a packed JavaScript file loads: relative imports, and the chunks and assets of an ncc bundle. */
function loadedBy(file: string, text: string): string[] {
  const dir = path.posix.dirname(file)
  const relative = [
    ...text.matchAll(/\bimport\s+(?:[\w*{}\s,]+\s+from\s+)?['"](\.{1,2}\/[^'"]+)['"]/g),
    ...text.matchAll(/\bimport\(\s*['"](\.{1,2}\/[^'"]+)['"]\s*\)/g),
  ].map((m) => m[1]!)
  // ncc: `__nccwpck_require__.e(/* import() */ 157)` loads `157.index.js` beside the bundle, and
  // `__nccwpck_require__.ab + "name"` an asset copied beside it.
  const chunks = [...text.matchAll(/__nccwpck_require__\.e\(\/\* import\(\) \*\/ (\d+)\)/g)].map((m) => `./${m[1]}.index.js`)
  const assets = [...text.matchAll(/__nccwpck_require__\.ab \+ "([^"]+)"/g)].map((m) => `./${m[1]}`)
  return [...relative, ...chunks, ...assets].map((s) => path.posix.normalize(path.posix.join(dir, s)))
}

/** Every file reachable from the package's bins, as paths relative to the package root. */
function binClosure(): string[] {
  const seen = new Set<string>()
  const queue = Object.values(packageJson().bin).map((b) => path.posix.normalize(b))
  while (queue.length > 0) {
    const file = queue.shift()!
    if (seen.has(file)) continue
    seen.add(file)
    if (!/\.[cm]?js$/.test(file)) continue
    queue.push(...loadedBy(file, readFileSync(path.join(repoRoot, file), 'utf8')))
  }
  return [...seen].sort()
}

const tempDirs: string[] = []
after(() => {
  for (const dir of tempDirs) rmSync(dir, { recursive: true, force: true })
})

describe('npm package', () => {
  it(`is under ${MAX_PACKED_BYTES / 1_000_000} MB packed`, () => {
    const { size, files } = pack()
    assert.ok(size < MAX_PACKED_BYTES, `npm pack would be ${size} bytes (${files.length} files); the limit is ${MAX_PACKED_BYTES}`)
  })

  it('ships no tests, fixtures, sources or tooling', () => {
    const forbidden = /^(__tests__|__fixtures__|src|bench|\.ci|\.github|scripts|examples|node_modules|rendered|coverage)\/|^tsconfig\.json$|\.ts$|\.test\.|\.tgz$/
    const shipped = pack().files.map((f) => f.path)
    assert.deepEqual(
      shipped.filter((p) => forbidden.test(p)),
      [],
      'package.json "files" lets these in',
    )
    for (const required of ['package.json', 'README.md', 'LICENSE', 'CHANGELOG.md', 'docs/configuration.md', 'docs/rules/README.md']) {
      assert.ok(shipped.includes(required), `${required} is not packed`)
    }
  })

  it('includes every file the bin loads', () => {
    const closure = binClosure()
    assert.ok(closure.includes('dist/cli/index.js'), `the bin no longer loads dist/cli/index.js: ${closure.join(', ')}`)
    const shipped = packedPaths()
    assert.deepEqual(
      closure.filter((f) => !shipped.has(f)),
      [],
      'the bin loads files the package does not ship',
    )
  })

  it('has no runtime dependencies: the bin is a bundle, so every library is a devDependency', () => {
    const pkg = packageJson()
    for (const field of ['dependencies', 'optionalDependencies', 'peerDependencies', 'bundleDependencies', 'bundledDependencies'] as const) {
      assert.equal(pkg[field], undefined, `package.json has "${field}"; installing velero-hooks would pull them in`)
    }
    for (const lib of ['@actions/core', '@actions/github', 'fast-glob', 'fastest-levenshtein', 'picomatch', 'yaml']) {
      assert.ok(pkg.devDependencies[lib], `${lib} is not in devDependencies`)
    }
    assert.match(pkg.devDependencies.yaml!, /^\^2\./, 'yaml stays on major 2')
  })

  it('runs its bin from a copy of only the packed files', () => {
    const root = mkdtempSync(path.join(os.tmpdir(), 'vh-pack-'))
    tempDirs.push(root)
    const pkgDir = path.join(root, 'velero-hooks')
    for (const { path: file } of pack().files) {
      mkdirSync(path.dirname(path.join(pkgDir, file)), { recursive: true })
      copyFileSync(path.join(repoRoot, file), path.join(pkgDir, file))
    }
    const ws = path.join(root, 'ws')
    mkdirSync(ws)
    writeFileSync(
      path.join(ws, 'pod.yaml'),
      [
        'apiVersion: v1',
        'kind: Pod',
        'metadata:',
        '  name: web',
        '  annotations:',
        `    pre.hook.backup.velero.io/command: '["/bin/true"]'`,
        '    pre.hook.backup.velero.io/on-error: Abort',
        'spec:',
        '  containers:',
        '    - name: app',
        '      image: nginx',
        '',
      ].join('\n'),
    )
    const bin = path.join(pkgDir, packageJson().bin['velero-hooks']!)
    const run = (...args: string[]) => spawnSync(process.execPath, [bin, ...args], { cwd: ws, encoding: 'utf8' })

    const version = run('--version')
    assert.equal(version.status, 0, version.stderr)
    assert.equal(version.stdout.trim(), pack().version)

    const lint = run('lint', '.', '--format', 'json')
    assert.equal(lint.status, 1, lint.stderr)
    const report = JSON.parse(lint.stdout) as { findings: { ruleId: string; file: string; line: number }[] }
    assert.deepEqual(
      report.findings.map((f) => [f.ruleId, f.file, f.line]),
      [['hook-invalid-on-error', 'pod.yaml', 7]],
    )
  })
})
