/**
 * Every annotation key Velero reads for hooks, as code (velero-hooks.md §1).
 * Velero looks them up with exact, case-sensitive map reads on a Pod's metadata.annotations.
 */

export type HookFamily = 'init' | 'post-restore' | 'pre-backup' | 'post-backup' | 'legacy-backup'

export interface FamilySpec {
  readonly family: HookFamily
  /** The annotation domain, including the trailing slash. */
  readonly prefix: string
  /** Field names Velero reads under the prefix. */
  readonly fields: readonly string[]
  /** The field whose non-empty value turns the hook on. */
  readonly switchField: string
  readonly description: string
}

export const FAMILIES: readonly FamilySpec[] = [
  {
    family: 'init',
    prefix: 'init.hook.restore.velero.io/',
    fields: ['container-image', 'container-name', 'command', 'timeout'],
    switchField: 'container-image',
    description: 'restore init-container hook',
  },
  {
    family: 'post-restore',
    prefix: 'post.hook.restore.velero.io/',
    fields: ['command', 'container', 'on-error', 'exec-timeout', 'wait-timeout', 'wait-for-ready'],
    switchField: 'command',
    description: 'restore exec hook',
  },
  {
    family: 'pre-backup',
    prefix: 'pre.hook.backup.velero.io/',
    fields: ['command', 'container', 'on-error', 'timeout'],
    switchField: 'command',
    description: 'pre-backup exec hook',
  },
  {
    family: 'post-backup',
    prefix: 'post.hook.backup.velero.io/',
    fields: ['command', 'container', 'on-error', 'timeout'],
    switchField: 'command',
    description: 'post-backup exec hook',
  },
  {
    family: 'legacy-backup',
    prefix: 'hook.backup.velero.io/',
    fields: ['command', 'container', 'on-error', 'timeout'],
    switchField: 'command',
    description: 'legacy (unprefixed) pre-backup exec hook',
  },
]

export const FAMILY_BY_NAME: ReadonlyMap<HookFamily, FamilySpec> = new Map(FAMILIES.map((f) => [f.family, f]))

/** Every key Velero reads, sorted. */
export const KNOWN_KEYS: readonly string[] = FAMILIES.flatMap((f) => f.fields.map((x) => f.prefix + x)).sort()
const KNOWN_KEY_SET = new Set(KNOWN_KEYS)

export const HOOK_DOMAINS: readonly string[] = FAMILIES.map((f) => f.prefix.slice(0, -1))

/** Names Velero gives its own init containers; a hook of that name is removed or confused. */
export const RESERVED_INIT_CONTAINER_NAMES: readonly string[] = ['restore-wait', 'restic-wait']
export const RESTORE_WAIT = 'restore-wait'
export const DEFAULT_INIT_HOOK_NAME = 'velero-restore-init-0'

export const key = (family: HookFamily, field: string): string => FAMILY_BY_NAME.get(family)!.prefix + field

export function isKnownKey(k: string): boolean {
  return KNOWN_KEY_SET.has(k)
}

/** The family and field of a known key, or undefined. */
export function classifyKey(k: string): { family: FamilySpec; field: string } | undefined {
  if (!KNOWN_KEY_SET.has(k)) return undefined
  const family = FAMILIES.find((f) => k.startsWith(f.prefix))!
  return { family, field: k.slice(family.prefix.length) }
}

/**
 * Whether Velero builds the hook of a family from a pod's annotations at all
 * (internal/hook/item_hook_handler.go@v1.18.2, unchanged on main): Velero reads annotations with Go map
 * reads, so a missing key and "" are the same, and it builds
 * - the init hook when `container-image` is not "" (getInitContainerFromAnnotation returns nil before
 *   it uses the name or the command);
 * - the restore exec hook when `post.hook.restore…/command` is not "" (getPodExecRestoreHookFromAnnotations);
 * - a backup hook when `<phase>.hook.backup…/command` is not "" (getPodExecHookFromAnnotations); the legacy
 *   unprefixed keys only in the pre phase and only when the prefixed pre hook is nil (HandleHooks).
 * When it does not build the hook, it never looks at the family's other keys: they do nothing, as if absent.
 * `valueOf` gives an annotation's string value, undefined when it is missing or not a YAML string (kubectl
 * rejects such an object, so no hook reaches Velero).
 */
export function hookIsBuilt(family: HookFamily, valueOf: (key: string) => string | undefined): boolean {
  const set = (f: HookFamily): boolean => {
    const value = valueOf(key(f, FAMILY_BY_NAME.get(f)!.switchField))
    return value !== undefined && value !== ''
  }
  if (family === 'legacy-backup') return !set('pre-backup') && set('legacy-backup')
  return set(family)
}
