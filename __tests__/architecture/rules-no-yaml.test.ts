/**
 * Rules read manifests through the engine's typed accessors (YamlValue, the model's views), never
 * through the `yaml` library: this fails when a file in src/rules/ imports it.
 */
import assert from 'node:assert/strict'
import { readdirSync, readFileSync } from 'node:fs'
import path from 'node:path'
import { describe, it } from 'node:test'
import { fileURLToPath } from 'node:url'

const RULES_DIR = fileURLToPath(new URL('../../src/rules/', import.meta.url))

/** The module specifiers a TypeScript file imports or re-exports (static, dynamic and require). */
export function importedModules(source: string): string[] {
  const text = source.replace(/\/\*[\s\S]*?\*\//g, '').replace(/^\s*\/\/.*$/gm, '')
  const patterns = [
    /\b(?:import|export)\s+(?:type\s+)?(?:[\w*\s{},$]*?\s+from\s+)?['"]([^'"]+)['"]/g,
    /\bimport\s*\(\s*['"]([^'"]+)['"]\s*\)/g,
    /\brequire\s*\(\s*['"]([^'"]+)['"]\s*\)/g,
  ]
  return patterns.flatMap((re) => [...text.matchAll(re)].map((m) => m[1]!))
}

const isYamlPackage = (specifier: string): boolean => specifier === 'yaml' || specifier.startsWith('yaml/')

describe('architecture: rules do not import yaml', () => {
  it('finds the imports it looks for', () => {
    const sample = [
      "import { isMap } from 'yaml'",
      'import type { Node } from "yaml"',
      "import * as Y from 'yaml/util'",
      "export { isSeq } from 'yaml'",
      "import 'yaml'",
      "const y = await import('yaml')",
      "import {\n  isScalar,\n  type Scalar,\n} from 'yaml'",
      "import { defineRule } from '../engine/define-rule.js'",
      "// import { isMap } from 'yaml'",
    ].join('\n')
    assert.deepEqual(importedModules(sample).filter(isYamlPackage), ['yaml', 'yaml', 'yaml/util', 'yaml', 'yaml', 'yaml', 'yaml'])
  })

  it('no file in src/rules/ imports the yaml package', () => {
    const files = readdirSync(RULES_DIR).filter((f) => f.endsWith('.ts'))
    assert.ok(files.length > 20, `expected the rule files in ${RULES_DIR}`)
    const offenders = files.filter((f) => importedModules(readFileSync(path.join(RULES_DIR, f), 'utf8')).some(isYamlPackage))
    assert.deepEqual(offenders, [], `rules read the model through src/engine accessors (YamlValue), not 'yaml': ${offenders.join(', ')}`)
  })
})
