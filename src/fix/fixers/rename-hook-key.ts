/**
 * hook-annotation-unknown-key: renames a misspelt hook key to the key it clearly meant — a wrong
 * case, a typo of one or two characters in the domain or the field, or a well-known synonym
 * (`image` for `container-image`) — and only when no other key is as close, the target key is not
 * already set, and no other key in the map would be renamed to it. `pre.hook.restore…` (Velero has
 * no pre-restore hook: pre-backup or init?) and named keys such as `…/test1.command` are left alone.
 */
import { distance } from 'fastest-levenshtein'
import type { Annotations, DocumentModel } from '../../engine/model.js'
import { isUnknownHookKey, suggestKey } from '../../velero/hook-keys.js'
import { FAMILIES, HOOK_DOMAINS, type HookFamily } from '../../velero/keys.js'
import { defineFixer, isEditable, plainAt, type Fix, type FixContext } from '../fixer.js'
import { doubleQuoted, singleQuoted } from '../../yaml/text-edit.js'

const RULE_ID = 'hook-annotation-unknown-key'

/** Field names that stand for exactly one field of a family (`timeout` on post-restore could be two). */
const CLEAR_SYNONYMS: Record<string, Partial<Record<HookFamily, string>>> = {
  image: { init: 'container-image' },
  name: { init: 'container-name' },
  commands: { init: 'command', 'post-restore': 'command', 'pre-backup': 'command', 'post-backup': 'command', 'legacy-backup': 'command' },
  cmd: { init: 'command', 'post-restore': 'command', 'pre-backup': 'command', 'post-backup': 'command', 'legacy-backup': 'command' },
  onerror: { 'post-restore': 'on-error', 'pre-backup': 'on-error', 'post-backup': 'on-error', 'legacy-backup': 'on-error' },
  on_error: { 'post-restore': 'on-error', 'pre-backup': 'on-error', 'post-backup': 'on-error', 'legacy-backup': 'on-error' },
  'exec-timeout': { 'pre-backup': 'timeout', 'post-backup': 'timeout', 'legacy-backup': 'timeout' },
}

const split = (k: string): [string, string] => {
  const i = k.indexOf('/')
  return i < 0 ? [k, ''] : [k.slice(0, i), k.slice(i + 1)]
}

/** `candidate` is within `max` edits of `value` and every other option is at least two edits further. */
function clearlyNearest(value: string, candidate: string, options: readonly string[], max: number): boolean {
  const d = distance(value, candidate)
  if (d > max) return false
  return options.every((o) => o === candidate || distance(value, o) >= d + 2)
}

/** The key a misspelt hook key clearly meant, or undefined when it is not certain. */
export function clearRename(keyText: string, siblings: readonly string[]): string | undefined {
  const suggestion = suggestKey(keyText, siblings)
  if (!suggestion) return undefined
  const [domain, field] = split(keyText)
  const [sugDomain, sugField] = split(suggestion)
  const lowerDomain = domain.toLowerCase()
  if (/(^|\.)pre\b/.test(lowerDomain) && lowerDomain.includes('restore')) return undefined // pre-backup or init?
  if (field.includes('.') || field === '') return undefined // a named hook (`test1.command`): which field?
  if (lowerDomain !== sugDomain && !clearlyNearest(lowerDomain, sugDomain, HOOK_DOMAINS, 2)) return undefined
  const family = FAMILIES.find((f) => f.prefix === `${sugDomain}/`)
  if (!family) return undefined
  const lowerField = field.toLowerCase()
  const synonym = CLEAR_SYNONYMS[lowerField]?.[family.family]
  if (lowerField !== sugField && synonym !== sugField && !clearlyNearest(lowerField, sugField, family.fields, 2)) return undefined
  return suggestion
}

function keyText(style: string | undefined, key: string): string {
  if (style === 'QUOTE_DOUBLE') return doubleQuoted(key)
  if (style === 'QUOTE_SINGLE') return singleQuoted(key)
  return key // known keys are safe plain scalars
}

function fixesFor(annotations: Annotations, documentIndex: number, context: FixContext): Fix[] {
  const keys = annotations.entries.map((e) => e.key)
  const planned = annotations.entries
    .filter((e) => isUnknownHookKey(e.key) && isEditable(e.keyNode) && context.isReported(RULE_ID, e.keyNode))
    .map((entry) => ({ entry, target: clearRename(entry.key, keys) }))
  const fixes: Fix[] = []
  for (const { entry, target } of planned) {
    if (target === undefined || keys.includes(target)) continue
    if (planned.filter((p) => p.target === target).length > 1) continue // two keys want one name
    const mapPath = entry.path.slice(0, -1)
    fixes.push({
      ruleId: RULE_ID,
      description: `renamed "${entry.key}" to "${target}"`,
      documentIndex,
      edits: [{ start: entry.keyNode.range![0], end: entry.keyNode.range![1], text: keyText(entry.keyNode.type, target) }],
      expect: (doc) => {
        const map = plainAt(doc, mapPath) as Record<string, unknown> | undefined
        if (!map) return
        const value = map[entry.key]
        delete map[entry.key]
        map[target] = value
      },
    })
  }
  return fixes
}

export default defineFixer({
  ruleId: RULE_ID,
  summary:
    'Renames the key when the intended key is certain: a wrong case, a typo of one or two characters with no other key as close, ' +
    'or a synonym that names one field (`image` → `container-image`). `pre.hook.restore.velero.io/*` and named keys are left for you.',
  fixes(model: DocumentModel, context: FixContext): Fix[] {
    return [
      ...model.pods.flatMap((p) => fixesFor(p.annotations, model.index, context)),
      ...model.objects.flatMap((o) => fixesFor(o.annotations, model.index, context)),
    ]
  },
})
