/**
 * hook-command-invalid-json: rewrites a command meant as a JSON array into one Velero decodes —
 * single or smart quotes to double quotes, a trailing comma dropped, whitespace before '[' removed,
 * number or bool words quoted — only when the words are unambiguous (no backslashes to reinterpret,
 * no quote characters inside single-quoted words).
 */
import { isScalar } from 'yaml'
import type { DocumentModel } from '../../engine/model.js'
import { COMMAND_FAMILIES } from '../../rules/util.js'
import { parseStringToCommand, repairJsonCommand } from '../../velero/command.js'
import { key } from '../../velero/keys.js'
import { defineFixer, isEditable, setPlain, type Fix, type FixContext } from '../fixer.js'
import { jsonCommand, singleQuoted } from '../../yaml/text-edit.js'

const RULE_ID = 'hook-command-invalid-json'
const SMART_DOUBLE = /[\u201c\u201d\u201e\u201f\u2033]/g

/** Elements of a valid JSON array whose elements are strings, numbers, bools or null (Go: null → ""). */
function wordsOf(json: string): string[] | undefined {
  let v: unknown
  try {
    v = JSON.parse(json)
  } catch {
    return undefined
  }
  if (!Array.isArray(v) || v.length === 0) return undefined
  const words: string[] = []
  for (const e of v) {
    if (typeof e === 'string') words.push(e)
    else if (typeof e === 'number' || typeof e === 'boolean') words.push(JSON.stringify(e))
    else return undefined // null, nested arrays and objects: not clear
  }
  return words
}

/** The argv the author meant, or undefined when that is not certain. */
export function intendedCommand(value: string): string[] | undefined {
  const trimmed = value.trim()
  if (!trimmed.startsWith('[')) return undefined
  const base = trimmed.replace(/,\s*\]$/, ']')
  // Words keep their own characters: smart quotes are only replaced where they delimit words.
  const direct = wordsOf(base) ?? wordsOf(base.replace(SMART_DOUBLE, '"'))
  if (direct) return direct
  // Single-quoted words: safe only when no word could hold a quote or an escape of its own.
  if (value.includes('\\')) return undefined
  const repaired = repairJsonCommand(trimmed)
  const words = repaired === undefined ? undefined : wordsOf(repaired)
  if (!words || words.some((w) => w.includes("'") || w.includes('"'))) return undefined
  return words
}

export default defineFixer({
  ruleId: RULE_ID,
  summary:
    'Rewrites the command as valid JSON when the words are certain: single or smart quotes become double quotes, a trailing comma ' +
    'and whitespace before `[` go, and number words are quoted. Commands with backslashes or quotes inside single-quoted words are left for you.',
  fixes(model: DocumentModel, context: FixContext): Fix[] {
    const fixes: Fix[] = []
    for (const pod of model.pods) {
      for (const family of COMMAND_FAMILIES) {
        const entry = pod.annotations.get(key(family, 'command'))
        const node = entry?.valueNode
        if (!entry || entry.value === undefined || !isScalar(node) || entry.pair.value !== node || !isEditable(node)) continue
        if (node.type !== 'QUOTE_SINGLE' && node.type !== 'QUOTE_DOUBLE' && node.type !== 'PLAIN') continue
        if (!context.isReported(RULE_ID, node)) continue
        const words = intendedCommand(entry.value)
        if (!words) continue
        const json = jsonCommand(words)
        const parsed = parseStringToCommand(json)
        if (parsed.kind !== 'json') continue
        fixes.push({
          ruleId: RULE_ID,
          description: `rewrote "${entry.key}" as the JSON array ${json}`,
          documentIndex: model.index,
          edits: [{ start: node.range![0], end: node.range![1], text: singleQuoted(json) }],
          expect: (doc) => setPlain(doc, entry.path, json),
        })
      }
    }
    return fixes
  },
})
