// Runs every __tests__/**/*.test.ts with Node's test runner (TypeScript through tsx).
// Usage: node scripts/run-tests.mjs [substring-filter...]
import { spawnSync } from 'node:child_process'
import { readdirSync } from 'node:fs'
import path from 'node:path'

const walk = (dir) =>
  readdirSync(dir, { withFileTypes: true }).flatMap((d) => (d.isDirectory() ? walk(path.join(dir, d.name)) : [path.join(dir, d.name)]))
const filters = process.argv.slice(2)
const files = walk('__tests__')
  .filter((f) => f.endsWith('.test.ts'))
  .filter((f) => filters.length === 0 || filters.some((x) => f.includes(x)))
  .sort()
if (files.length === 0) {
  console.error('run-tests: no test files matched')
  process.exit(1)
}
const result = spawnSync(process.execPath, ['--import', 'tsx', '--test', '--test-concurrency=2', ...files], { stdio: 'inherit' })
process.exit(result.status ?? 1)
