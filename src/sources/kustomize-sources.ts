/**
 * The files a rendered object may take its text from, most specific first: the patches applied to
 * it (the last applied first), the kustomization files that changed it or lead from the root to it
 * (they hold commonAnnotations and inline patches), then the file it was read from.
 */
import { readFileSync } from 'node:fs'
import path from 'node:path'
import { parseAllDocuments } from 'yaml'
import type { SourceFile } from './types.js'
import { chainTo, nodeByFile, ownersOfResource, type KustomizationGraph } from './kustomize-discover.js'
import type { PatchField, PatchRef, PatchTarget } from './kustomize-files.js'
import type { OutputDocument } from './kustomize-output.js'

/** The transformer kustomize names in the transformations annotation, for each patch field. */
const PATCH_FIELD: Readonly<Record<string, PatchField>> = {
  PatchTransformer: 'patches',
  PatchStrategicMergeTransformer: 'patchesStrategicMerge',
  PatchJson6902Transformer: 'patchesJson6902',
}

export interface SourceContext {
  graph: KustomizationGraph
  /** A path as kustomize printed it (relative to the wrapper) made relative to base; undefined outside base. */
  toBase: (printed: string) => string | undefined
}

export function documentSources(doc: OutputDocument, ctx: SourceContext, patchTargets: (file: string) => PatchTarget[]): SourceFile[] {
  const sources: SourceFile[] = []
  const add = (p: string | undefined, role: SourceFile['role']): void => {
    if (p !== undefined && !sources.some((s) => s.path === p)) sources.push({ path: p, role })
  }
  const applied = doc.transformations
    .map((t) => ({ transformer: t.transformer, node: nodeOf(ctx, t.configuredIn) }))
    .reverse()
  for (const { transformer, node } of applied) {
    const field = PATCH_FIELD[transformer]
    if (!node || !field) continue
    for (const patch of [...node.patches].reverse()) {
      if (patch.field === field && patch.file !== undefined && patchApplies(patch, doc, patchTargets)) add(patch.file, 'patch')
    }
  }
  for (const { node } of applied) add(node?.file, 'kustomization')
  const resource = doc.origin?.path !== undefined ? ctx.toBase(doc.origin.path) : undefined
  const generator = doc.origin?.configuredIn !== undefined ? nodeOf(ctx, doc.origin.configuredIn) : undefined
  const owners = resource !== undefined ? ownersOfResource(ctx.graph, resource) : generator ? [generator] : []
  for (const k of chainTo(ctx.graph, owners)) add(k.file, 'kustomization')
  add(resource, 'resource')
  return sources
}

function nodeOf(ctx: SourceContext, printed: string) {
  const file = ctx.toBase(printed)
  return file === undefined ? undefined : nodeByFile(ctx.graph, file)
}

function patchApplies(patch: PatchRef, doc: OutputDocument, patchTargets: (file: string) => PatchTarget[]): boolean {
  const targets = patch.target ? [patch.target] : patch.field === 'patchesJson6902' ? [] : patchTargets(patch.file!)
  return targets.length === 0 || targets.some((t) => targetMatches(t, doc))
}

/** Conservative: a target that is a regular expression, or an object without a kind or name, matches. */
function targetMatches(target: PatchTarget, doc: OutputDocument): boolean {
  const literal = (s: string): boolean => !/[\\^$*+?()[\]{}|]/.test(s)
  if (target.kind !== undefined && literal(target.kind) && doc.kind !== undefined && target.kind !== doc.kind) return false
  // Names only grow (namePrefix, nameSuffix, a generator's hash): the patch's name is inside the object's.
  if (target.name !== undefined && literal(target.name) && doc.name !== undefined && !doc.name.includes(target.name)) return false
  return true
}

/** Reads the kind and name of each object in a strategic-merge patch file (cached per call site). */
export function patchTargetReader(base: string): (file: string) => PatchTarget[] {
  const cache = new Map<string, PatchTarget[]>()
  return (file) => {
    let targets = cache.get(file)
    if (targets === undefined) {
      targets = readPatchTargets(path.resolve(base, file))
      cache.set(file, targets)
    }
    return targets
  }
}

function readPatchTargets(absFile: string): PatchTarget[] {
  try {
    const targets: PatchTarget[] = []
    for (const doc of parseAllDocuments(readFileSync(absFile, 'utf8'))) {
      if (!('errors' in doc) || doc.errors.length > 0) return []
      const object = doc.toJS({ maxAliasCount: 100 }) as { kind?: unknown; metadata?: { name?: unknown } } | null
      if (!object || typeof object !== 'object' || Array.isArray(object)) continue
      const target: PatchTarget = {}
      if (typeof object.kind === 'string') target.kind = object.kind
      if (typeof object.metadata?.name === 'string') target.name = object.metadata.name
      targets.push(target)
    }
    return targets
  } catch {
    return []
  }
}
