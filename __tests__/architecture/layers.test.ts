/**
 * The house rule of CONTRIBUTING.md: src/ is layered and every import points downward (or within
 * its own folder), and no file imports itself back through a cycle. Read from the import lines
 * themselves, so a new upward edge fails here before a reader has to notice it.
 */
import { test } from 'node:test'
import assert from 'node:assert/strict'
import { readdirSync, readFileSync } from 'node:fs'
import path from 'node:path'

const SRC = path.resolve(import.meta.dirname, '../../src')

/** Lower numbers are lower layers; a file may import from its own layer or any lower one. */
export const LAYERS: Readonly<Record<string, number>> = {
  'errors.ts': 0,
  'version.ts': 0,
  io: 0,
  velero: 0,
  yaml: 1,
  engine: 2,
  rules: 3,
  config: 4,
  fix: 5,
  render: 6,
  sources: 7,
  report: 8,
  github: 9,
  app: 10,
  cli: 11,
  action: 11,
  // Entry points: what the bundler starts from.
  'index.ts': 12,
  'cli-main.ts': 12,
  'lint-worker.ts': 12,
  'worker-rules.ts': 11,
}

function walk(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((d) => (d.isDirectory() ? walk(path.join(dir, d.name)) : d.name.endsWith('.ts') ? [path.join(dir, d.name)] : []))
}

function layerOf(file: string): string {
  return path.relative(SRC, file).split(path.sep)[0]!
}

/** Relative imports of one file, resolved to absolute .ts paths (type-only imports count too). */
function importsOf(file: string): string[] {
  const text = readFileSync(file, 'utf8')
  const specs = [...text.matchAll(/(?:from|import)\s*\(?\s*['"](\.{1,2}\/[^'"]+)['"]/g)].map((m) => m[1]!)
  return specs.map((s) => path.resolve(path.dirname(file), s.replace(/\.js$/, '.ts')))
}

const files = walk(SRC)
const graph = new Map(files.map((f) => [f, importsOf(f)]))

test('every file in src/ belongs to a declared layer', () => {
  const unknown = [...new Set(files.map(layerOf))].filter((l) => !(l in LAYERS))
  assert.deepEqual(unknown, [], `add these to LAYERS (and to CONTRIBUTING.md's picture): ${unknown.join(', ')}`)
})

test('imports point downward only', () => {
  const upward: string[] = []
  for (const [file, deps] of graph) {
    for (const dep of deps) {
      const from = layerOf(file)
      const to = layerOf(dep)
      if (from !== to && LAYERS[to]! >= LAYERS[from]! ) upward.push(`${path.relative(SRC, file)} → ${path.relative(SRC, dep)} (${from} ${LAYERS[from]} → ${to} ${LAYERS[to]})`)
    }
  }
  assert.deepEqual(upward, [])
})

test('no import cycles between files', () => {
  const state = new Map<string, 'open' | 'done'>()
  const cycles: string[] = []
  const visit = (file: string, stack: string[]): void => {
    if (state.get(file) === 'done') return
    if (state.get(file) === 'open') {
      cycles.push([...stack.slice(stack.indexOf(file)), file].map((f) => path.relative(SRC, f)).join(' → '))
      return
    }
    state.set(file, 'open')
    for (const dep of graph.get(file) ?? []) visit(dep, [...stack, file])
    state.set(file, 'done')
  }
  for (const file of files) visit(file, [])
  assert.deepEqual(cycles, [])
})

test('imports resolve to files that exist', () => {
  const missing = [...graph].flatMap(([file, deps]) => deps.filter((d) => !graph.has(d)).map((d) => `${path.relative(SRC, file)} → ${path.relative(SRC, d)}`))
  assert.deepEqual(missing, [])
})
