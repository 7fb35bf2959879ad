/**
 * Which kustomizations to render, and the graph of kustomizations one root uses (followed on disk
 * beyond the scanned directories), which tells what must be refused before kustomize runs and which
 * kustomization files stand between a root and the file an object came from.
 */
import path from 'node:path'
import type { SourceRoot } from './types.js'
import { baseRelative, kustomizationFileIn, readKustomization, type KustomizationInfo } from './kustomize-files.js'

export interface KustomizeDiscovery {
  /** Every kustomization in the given directories, by directory. */
  kustomizations: KustomizationInfo[]
  /**
   * What to render: each kustomization no other found one uses (a base shared by two overlays is
   * rendered through them, an unused base alone). Components are never roots; a broken file is one
   * (rendering it reports why it is broken). Kustomizations only reachable through a cycle or an
   * unused Component are roots too, so none is left unchecked.
   */
  roots: SourceRoot[]
}

const byPath = (a: string, b: string): number => (a < b ? -1 : a > b ? 1 : 0)

/**
 * The kustomizations among `dirs` (absolute or relative to `base`; each directory itself, not its
 * subdirectories) and the roots to render.
 */
export function findKustomizations(base: string, dirs: readonly string[]): KustomizeDiscovery {
  const found = new Map<string, KustomizationInfo>()
  for (const d of dirs) {
    const abs = path.resolve(base, d)
    const rel = baseRelative(base, abs)
    if (found.has(rel)) continue
    const name = kustomizationFileIn(abs)
    if (name !== undefined) found.set(rel, readKustomization(base, abs, name))
  }
  const kustomizations = [...found.values()].sort((a, b) => byPath(a.dir, b.dir))
  const roots = chooseRoots(kustomizations, found)
  return { kustomizations, roots: roots.map((k) => ({ kind: 'kustomization', dir: k.dir, anchorFile: k.file })) }
}

function chooseRoots(kustomizations: readonly KustomizationInfo[], found: ReadonlyMap<string, KustomizationInfo>): KustomizationInfo[] {
  const used = new Set<string>()
  for (const k of kustomizations) for (const u of k.uses) if (u !== k.dir) used.add(u)
  const roots = kustomizations.filter((k) => !k.component && !used.has(k.dir))
  const reached = new Set<string>()
  const reach = (from: KustomizationInfo): void => {
    const stack = [from]
    while (stack.length > 0) {
      const k = stack.pop()!
      if (reached.has(k.dir)) continue
      reached.add(k.dir)
      for (const u of k.uses) {
        const next = found.get(u)
        if (next) stack.push(next)
      }
    }
  }
  roots.forEach(reach)
  for (const k of kustomizations) {
    if (k.component || reached.has(k.dir)) continue
    roots.push(k)
    reach(k)
  }
  return roots.sort((a, b) => byPath(a.dir, b.dir))
}

export interface KustomizationGraph {
  base: string
  root: KustomizationInfo
  /** The root and every local kustomization it uses, directly or not, breadth-first (root first), by directory. */
  nodes: Map<string, KustomizationInfo>
}

/** Past this many kustomizations under one root, the graph is not followed further (hostile input). */
const MAX_GRAPH_NODES = 2000

/** Reads the root in `rootDir` (relative to base) and everything it uses; undefined when it has no kustomization file. */
export function readKustomizationGraph(base: string, rootDir: string): KustomizationGraph | undefined {
  const absRoot = path.resolve(base, rootDir)
  const name = kustomizationFileIn(absRoot)
  if (name === undefined) return undefined
  const root = readKustomization(base, absRoot, name)
  const nodes = new Map<string, KustomizationInfo>([[root.dir, root]])
  const queue = [root]
  while (queue.length > 0 && nodes.size < MAX_GRAPH_NODES) {
    const k = queue.shift()!
    for (const u of k.uses) {
      if (nodes.has(u)) continue
      const abs = path.resolve(base, u)
      const file = kustomizationFileIn(abs)
      if (file === undefined) continue
      const next = readKustomization(base, abs, file)
      nodes.set(next.dir, next)
      queue.push(next)
    }
  }
  return { base, root, nodes }
}

/** Why the graph must not be rendered: a remote reference (refused) or a broken kustomization file (failed). */
export function graphProblem(graph: KustomizationGraph): { kind: 'refused' | 'failed'; reason: string } | undefined {
  for (const k of graph.nodes.values()) {
    if (k.remote.length > 0) {
      const refs = k.remote.map((r) => `'${r}'`).join(', ')
      return { kind: 'refused', reason: `${k.file} uses the remote resource ${refs}: remote resources are not fetched by a pull-request check` }
    }
    if (k.error !== undefined) return { kind: 'failed', reason: k.error }
  }
  return undefined
}

/** The kustomizations (in the graph) whose `resources` list `file`. */
export function ownersOfResource(graph: KustomizationGraph, file: string): KustomizationInfo[] {
  return [...graph.nodes.values()].filter((k) => k.resourceFiles.includes(file))
}

/** The kustomization with this file (relative to base) in the graph. */
export function nodeByFile(graph: KustomizationGraph, file: string): KustomizationInfo | undefined {
  for (const k of graph.nodes.values()) if (k.file === file) return k
  return undefined
}

/** Every kustomization on a way from the root to one of `targets` (root first, breadth-first order), targets included. */
export function chainTo(graph: KustomizationGraph, targets: readonly KustomizationInfo[]): KustomizationInfo[] {
  if (targets.length === 0) return []
  const leadsTo = new Set<string>(targets.map((t) => t.dir))
  let grew = true
  while (grew) {
    grew = false
    for (const k of graph.nodes.values()) {
      if (leadsTo.has(k.dir)) continue
      if (k.uses.some((u) => leadsTo.has(u))) {
        leadsTo.add(k.dir)
        grew = true
      }
    }
  }
  return [...graph.nodes.values()].filter((k) => leadsTo.has(k.dir))
}
