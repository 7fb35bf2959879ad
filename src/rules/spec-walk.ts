/** Walks Restore/Backup/Schedule `spec.hooks` (velero-hooks.md §5). */
import { isMap, isScalar, isSeq, type Document, type Node, type Pair, type Scalar, type YAMLMap } from 'yaml'
import { deref, getPair, type VeleroTarget, type YamlPath } from '../engine/model.js'

export interface SpecNode {
  node: YAMLMap
  path: YamlPath
}

function seqItems(doc: Document, map: YAMLMap | undefined, k: string, path: YamlPath): SpecNode[] {
  const seq = deref(doc, getPair(map, k)?.value)
  if (!isSeq(seq)) return []
  const out: SpecNode[] = []
  seq.items.forEach((raw, i) => {
    const item = deref(doc, raw)
    if (isMap(item)) out.push({ node: item, path: [...path, k, i] })
  })
  return out
}

function child(doc: Document, parent: SpecNode, k: string): SpecNode | undefined {
  const v = deref(doc, getPair(parent.node, k)?.value)
  return isMap(v) ? { node: v, path: [...parent.path, k] } : undefined
}

export interface ExecHookSpec extends SpecNode {
  /** 'restore' exec hooks have execTimeout/waitTimeout/waitForReady; backup ones have timeout. */
  kind: 'restore' | 'backup'
}

export function execHooks(doc: Document, target: VeleroTarget): ExecHookSpec[] {
  const root: SpecNode = { node: target.hooks, path: target.path }
  const out: ExecHookSpec[] = []
  for (const resource of seqItems(doc, root.node, 'resources', root.path)) {
    const phases = target.kind === 'Restore' ? ['postHooks'] : ['pre', 'post']
    for (const phase of phases) {
      for (const hook of seqItems(doc, resource.node, phase, resource.path)) {
        const exec = child(doc, hook, 'exec')
        if (exec) out.push({ ...exec, kind: target.kind === 'Restore' ? 'restore' : 'backup' })
      }
    }
  }
  return out
}

export function restoreInitContainers(doc: Document, target: VeleroTarget): { items: Array<SpecNode | { scalar: Node; path: YamlPath }>; } {
  const root: SpecNode = { node: target.hooks, path: target.path }
  const items: Array<SpecNode | { scalar: Node; path: YamlPath }> = []
  if (target.kind !== 'Restore') return { items }
  for (const resource of seqItems(doc, root.node, 'resources', root.path)) {
    for (const hook of seqItems(doc, resource.node, 'postHooks', resource.path)) {
      const init = child(doc, hook, 'init')
      if (!init) continue
      const seq = deref(doc, getPair(init.node, 'initContainers')?.value)
      if (!isSeq(seq)) continue
      seq.items.forEach((raw, i) => {
        const item = deref(doc, raw)
        const path = [...init.path, 'initContainers', i]
        if (isMap(item)) items.push({ node: item, path })
        else items.push({ scalar: (item ?? raw) as Node, path })
      })
    }
  }
  return { items }
}

/** Go's encoding/json matches struct fields case-insensitively; so does this lookup. */
export function getPairFold(map: YAMLMap, k: string): Pair<Scalar, unknown> | undefined {
  const exact = getPair(map, k)
  if (exact) return exact
  const lower = k.toLowerCase()
  return map.items.find((p) => isScalar(p.key) && String(p.key.value).toLowerCase() === lower) as Pair<Scalar, unknown> | undefined
}
