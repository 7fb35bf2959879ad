/**
 * Recognising hook annotation keys, including the near-misses Velero silently ignores
 * (a wrong domain, a typo, a wrong case), and suggesting the key that was meant.
 */
import { distance } from 'fastest-levenshtein'
import { FAMILIES, HOOK_DOMAINS, KNOWN_KEYS, classifyKey, type FamilySpec, type HookFamily } from './keys.js'

const HOOK_DOMAIN_SET = new Set(HOOK_DOMAINS)

function splitKey(key: string): { domain: string; name: string } {
  const slash = key.indexOf('/')
  return slash < 0 ? { domain: key, name: '' } : { domain: key.slice(0, slash), name: key.slice(slash + 1) }
}

/** Answers by key: the same few keys recur in every pod, and several rules ask about each. */
const domainKeyCache = new Map<string, boolean>()
const DOMAIN_KEY_CACHE_LIMIT = 4096

/** True for a key Velero reads, or one that a person clearly meant as a Velero hook key. */
export function isHookDomainKey(key: string): boolean {
  let answer = domainKeyCache.get(key)
  if (answer === undefined) {
    answer = computeIsHookDomainKey(key)
    if (domainKeyCache.size < DOMAIN_KEY_CACHE_LIMIT) domainKeyCache.set(key, answer)
  }
  return answer
}

function computeIsHookDomainKey(key: string): boolean {
  const { domain } = splitKey(key)
  if (HOOK_DOMAIN_SET.has(domain)) return true
  const lower = domain.toLowerCase()
  if (HOOK_DOMAIN_SET.has(lower)) return true // wrong case: Velero's lookup is case-sensitive
  if (lower.includes('hook') && /vel[a-z]*ro|velero/.test(lower)) return true // pre.hook.restore.velero.io, hooks.…
  if (lower.includes('velero') && /(^|\.)(init|pre|post)\b/.test(lower) && /(backup|restore)/.test(lower)) return true
  if (lower.length >= 12 && /\.io$/.test(lower)) {
    for (const d of HOOK_DOMAINS) if (distance(lower, d) <= 2) return true // init.hook.restore.velro.io
  }
  return false
}

export function isUnknownHookKey(key: string): boolean {
  return isHookDomainKey(key) && classifyKey(key) === undefined
}

/** Field names people use for a field Velero spells differently. */
const FIELD_SYNONYMS: Record<string, Partial<Record<HookFamily, string>>> = {
  image: { init: 'container-image' },
  'container-image': { init: 'container-image' },
  name: { init: 'container-name' },
  'container-name': { init: 'container-name' },
  container: { init: 'container-name' },
  timeout: { 'post-restore': 'exec-timeout' },
  'exec-timeout': { 'pre-backup': 'timeout', 'post-backup': 'timeout', 'legacy-backup': 'timeout' },
  'wait-timeout': {},
  onerror: { 'post-restore': 'on-error', 'pre-backup': 'on-error', 'post-backup': 'on-error', 'legacy-backup': 'on-error' },
  on_error: { 'post-restore': 'on-error', 'pre-backup': 'on-error', 'post-backup': 'on-error', 'legacy-backup': 'on-error' },
  commands: { init: 'command', 'post-restore': 'command', 'pre-backup': 'command', 'post-backup': 'command', 'legacy-backup': 'command' },
  cmd: { init: 'command', 'post-restore': 'command', 'pre-backup': 'command', 'post-backup': 'command', 'legacy-backup': 'command' },
}

function familyFor(domain: string, siblings: readonly string[]): FamilySpec | undefined {
  const lower = domain.toLowerCase()
  const byName = (family: HookFamily) => FAMILIES.find((f) => f.family === family)
  // The words of the domain say which hook was meant, whatever the typo elsewhere.
  const phase = /^(init|pre|post)\b/.exec(lower)?.[1]
  const backup = lower.includes('backup')
  const restore = lower.includes('restore')
  if (phase === 'pre' && restore && !backup) {
    // Velero has no pre-restore hook: a pre.*restore* key was meant for the pre-backup hook when the pod
    // has one, otherwise for the restore init hook (the thing that runs before the app).
    const usesPreBackup = siblings.some((k) => k.startsWith('pre.hook.backup.velero.io/'))
    return byName(usesPreBackup ? 'pre-backup' : 'init')
  }
  if (phase === 'init') return byName('init')
  if (phase === 'pre' && backup) return byName('pre-backup')
  if (phase === 'post' && backup && !restore) return byName('post-backup')
  if (phase === 'post' && restore && !backup) return byName('post-restore')
  if (phase === undefined && backup && !restore) return byName('legacy-backup')
  let best: FamilySpec | undefined
  let bestDistance = Infinity
  for (const f of FAMILIES) {
    const d = distance(lower, f.prefix.slice(0, -1))
    if (d < bestDistance) {
      best = f
      bestDistance = d
    }
  }
  return best
}

/** The known key a person most likely meant by an unknown hook key, or undefined. */
export function suggestKey(key: string, siblings: readonly string[] = []): string | undefined {
  const { domain, name } = splitKey(key)
  const family = familyFor(domain, siblings)
  if (!family) return undefined
  // `post.hook.restore.velero.io/test1.command` (Velero's own e2e test): keep the last segment.
  const field = (name.includes('.') ? name.slice(name.lastIndexOf('.') + 1) : name).toLowerCase()
  const synonym = FIELD_SYNONYMS[field]?.[family.family]
  if (synonym) return family.prefix + synonym
  if (family.fields.includes(field)) return family.prefix + field
  // A known field with something added or cut off (`wait-for-readiness`, `exec-time`).
  const extended = family.fields.find((f) => (field.startsWith(f) || (field.length >= 4 && f.startsWith(field))) && field !== '')
  if (extended) return family.prefix + extended
  let bestField: string | undefined
  let bestDistance = Infinity
  for (const f of family.fields) {
    const d = distance(field, f)
    if (d < bestDistance) {
      bestField = f
      bestDistance = d
    }
  }
  if (bestField !== undefined && bestDistance <= Math.max(2, Math.floor(bestField.length / 3))) return family.prefix + bestField
  // Not a field of the likeliest family: try every known key.
  let bestKey: string | undefined
  bestDistance = Infinity
  for (const k of KNOWN_KEYS) {
    const d = distance(key, k)
    if (d < bestDistance) {
      bestKey = k
      bestDistance = d
    }
  }
  return bestDistance <= 4 ? bestKey : undefined
}

export function validFieldsOf(key: string, siblings: readonly string[] = []): string[] {
  const family = familyFor(splitKey(key).domain, siblings)
  return family ? family.fields.map((f) => family.prefix + f) : []
}

/** The entries of one hook family, by field. */
/** [field, full key] per family, built once (a concatenated key is re-hashed on every lookup). */
const FAMILY_KEYS: ReadonlyMap<HookFamily, readonly (readonly [string, string])[]> = new Map(
  FAMILIES.map((f) => [f.family, f.fields.map((field) => [field, f.prefix + field] as const)]),
)

/** The shape of the model's annotations this module needs: Velero facts import nothing of ours. */
interface KeyedEntries<E extends { readonly key: string }> {
  readonly entries: readonly E[]
  get(key: string): E | undefined
}

export function familyEntries<E extends { readonly key: string }>(annotations: KeyedEntries<E>, family: HookFamily): Map<string, E> {
  const out = new Map<string, E>()
  if (annotations.entries.length === 0) return out
  for (const [field, key] of FAMILY_KEYS.get(family)!) {
    const e = annotations.get(key)
    if (e) out.set(field, e)
  }
  return out
}

export function hookEntries<E extends { readonly key: string }>(annotations: KeyedEntries<E>): E[] {
  return annotations.entries.filter((e) => isHookDomainKey(e.key))
}
