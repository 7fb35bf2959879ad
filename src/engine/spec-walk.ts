/** Walks Restore/Backup/Schedule `spec.hooks` (velero-hooks.md §5): the hooks rules check. */
import type { VeleroTarget } from './model.js'
import type { YamlValue } from './yaml-value.js'

/** The mappings among the items of `parent[key]` (a list); items of any other kind are skipped. */
function mapItems(parent: YamlValue, key: string): YamlValue[] {
  return (parent.get(key)?.items() ?? []).filter((item) => item.kind === 'map')
}

export interface ExecHookSpec {
  /** The `exec` mapping; its path is `value.path`. */
  value: YamlValue
  /** 'restore' exec hooks have execTimeout/waitTimeout/waitForReady; backup ones have timeout. */
  kind: 'restore' | 'backup'
}

/** The hook mappings of every resource entry: `postHooks` of a Restore, `pre` and `post` of a Backup or Schedule. */
export function hookSpecs(target: VeleroTarget): YamlValue[] {
  const phases = target.kind === 'Restore' ? ['postHooks'] : ['pre', 'post']
  return mapItems(target.hooks, 'resources').flatMap((resource) => phases.flatMap((phase) => mapItems(resource, phase)))
}

export function execHooks(target: VeleroTarget): ExecHookSpec[] {
  const kind = target.kind === 'Restore' ? 'restore' : 'backup'
  const out: ExecHookSpec[] = []
  for (const hook of hookSpecs(target)) {
    const exec = hook.get('exec')
    if (exec?.kind === 'map') out.push({ value: exec, kind })
  }
  return out
}

/** The `init` mappings of a Restore's post hooks (none for a Backup or Schedule). */
export function restoreInitHooks(target: VeleroTarget): YamlValue[] {
  if (target.kind !== 'Restore') return []
  return hookSpecs(target).flatMap((hook) => {
    const init = hook.get('init')
    return init?.kind === 'map' ? [init] : []
  })
}

/** Every item of every Restore init hook's `initContainers` list, whatever its kind. */
export function restoreInitContainers(target: VeleroTarget): YamlValue[] {
  return restoreInitHooks(target).flatMap((init) => init.get('initContainers')?.items() ?? [])
}
