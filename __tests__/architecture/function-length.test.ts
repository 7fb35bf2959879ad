/**
 * Functions a reader can hold: no function, method or arrow function in src/ spans more than
 * MAX_LINES lines (nested functions count toward their own length, and toward their parent's).
 * Read with the TypeScript compiler's own parser, so the count is of real function bodies.
 */
import { test } from 'node:test'
import assert from 'node:assert/strict'
import { readdirSync, readFileSync } from 'node:fs'
import path from 'node:path'
import ts from 'typescript'

/**
 * Long functions that are being split elsewhere, as `file function` (file relative to src/).
 * Split by the worker-pool / finding-contract work; remove when merged.
 */
const PENDING: readonly string[] = [
]

const SRC = path.resolve(import.meta.dirname, '../../src')
export const MAX_LINES = 60

interface LongFunction {
  /** `file function`, as PENDING lists it. */
  id: string
  /** `file:line function: N lines`, for the failure message. */
  where: string
}

function walk(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((d) => (d.isDirectory() ? walk(path.join(dir, d.name)) : d.name.endsWith('.ts') ? [path.join(dir, d.name)] : []))
}

function longFunctions(file: string): LongFunction[] {
  const text = readFileSync(file, 'utf8')
  const source = ts.createSourceFile(file, text, ts.ScriptTarget.Latest, true)
  const out: LongFunction[] = []
  const visit = (node: ts.Node): void => {
    if (ts.isFunctionLike(node) && 'body' in node && node.body) {
      const start = source.getLineAndCharacterOfPosition(node.getStart(source)).line
      const end = source.getLineAndCharacterOfPosition(node.getEnd()).line
      const lines = end - start + 1
      if (lines > MAX_LINES) {
        const name = (node as ts.FunctionLikeDeclaration).name?.getText(source) ?? '(anonymous)'
        const rel = path.relative(SRC, file).split(path.sep).join('/')
        out.push({ id: `${rel} ${name}`, where: `${rel}:${start + 1} ${name}: ${lines} lines` })
      }
    }
    ts.forEachChild(node, visit)
  }
  visit(source)
  return out
}

const found = walk(SRC).flatMap(longFunctions)

test(`no function in src/ is longer than ${MAX_LINES} lines`, () => {
  assert.deepEqual(found.filter((f) => !PENDING.includes(f.id)).map((f) => f.where), [])
})

test('every PENDING entry is still too long (the list cannot go stale)', () => {
  const stillLong = new Set(found.map((f) => f.id))
  assert.deepEqual(
    PENDING.filter((id) => !stillLong.has(id)),
    [],
    'these functions are no longer over the limit: remove them from PENDING',
  )
})
