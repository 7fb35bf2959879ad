// Writes docs/rules/<id>.md for every rule and the index docs/rules/README.md (npm run docs).
// Examples come from each rule's tests: the rule tester runs in collection mode, so importing
// __tests__/rules/<id>.test.ts records its cases instead of running them.
// Usage: tsx scripts/gen-rule-docs.ts [--check]   (--check: exit 1 when the committed docs are stale)
import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import path from 'node:path'
import { fileURLToPath, pathToFileURL } from 'node:url'
import { renderRuleIndex, renderRulePage } from '../src/report/rule-docs.js'
import { FIXERS_BY_RULE } from '../src/fix/fixers/index.js'
import { RULES } from '../src/rules/index.js'
import { COLLECT_ENV, collectedRuleTests, findingsOf } from '../__tests__/support/rule-tester.js'

export const REPO_ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..')
export const RULE_DOCS_DIR = path.join(REPO_ROOT, 'docs', 'rules')

/** Every generated file under docs/rules, by file name. */
export async function buildRuleDocs(): Promise<Map<string, string>> {
  process.env[COLLECT_ENV] = '1'
  // Every rule test file, whatever its name: cases are recorded under the id of the rule they test.
  const testDir = path.join(REPO_ROOT, '__tests__', 'rules')
  const testFiles = existsSync(testDir) ? readdirSync(testDir).filter((f) => f.endsWith('.test.ts')).sort() : []
  for (const f of testFiles) await import(pathToFileURL(path.join(testDir, f)).href)
  const collected = collectedRuleTests()
  const files = new Map<string, string>()
  for (const rule of RULES) {
    const cases = collected.get(rule.meta.id)
    const invalid = cases?.invalid[0]
    const valid = cases?.valid[0]
    files.set(
      `${rule.meta.id}.md`,
      renderRulePage({
        rule,
        fixer: FIXERS_BY_RULE.get(rule.meta.id),
        incorrect: invalid && {
          name: invalid.name,
          code: invalid.code,
          velero: invalid.velero,
          // Checked for the case's Velero version, as its test does.
          findings: findingsOf(rule, invalid.code, 'example.yaml', invalid.velero, invalid.extraFiles),
        },
        correct: valid && { name: valid.name, code: valid.code, velero: valid.velero },
      }),
    )
  }
  files.set('README.md', renderRuleIndex(RULES, new Set(FIXERS_BY_RULE.keys())))
  return files
}

/** Names of files that differ from what the generator writes (missing, changed or extra). */
export function staleFiles(files: ReadonlyMap<string, string>, dir = RULE_DOCS_DIR): string[] {
  const present = existsSync(dir) ? readdirSync(dir).filter((f) => f.endsWith('.md')) : []
  const stale = [...files].filter(([name, text]) => !existsSync(path.join(dir, name)) || readFileSync(path.join(dir, name), 'utf8') !== text).map(([n]) => n)
  return [...stale, ...present.filter((f) => !files.has(f))].sort()
}

async function main(): Promise<void> {
  const files = await buildRuleDocs()
  if (process.argv.includes('--check')) {
    const stale = staleFiles(files)
    if (stale.length > 0) {
      console.error(`docs/rules is stale (${stale.join(', ')}): run "npm run docs" and commit docs/rules`)
      process.exit(1)
    }
    console.log(`docs/rules: ${files.size} files current`)
    process.exit(0)
  }
  mkdirSync(RULE_DOCS_DIR, { recursive: true })
  for (const name of readdirSync(RULE_DOCS_DIR)) if (name.endsWith('.md') && !files.has(name)) rmSync(path.join(RULE_DOCS_DIR, name))
  for (const [name, text] of files) writeFileSync(path.join(RULE_DOCS_DIR, name), text)
  console.log(`docs/rules: wrote ${files.size} files`)
  // Exit at once: a rule test file may also declare plain tests, which must not start running here.
  process.exit(0)
}

if (process.argv[1] && import.meta.url === pathToFileURL(path.resolve(process.argv[1])).href) await main()
