/**
 * Reading kustomization files: what each one refers to (resources, bases, components, patches),
 * what it sets that the lead maps by text (commonAnnotations, namespace), and whether it refers to
 * anything remote. Never a re-implementation of kustomize: only enough to choose what to render,
 * to refuse what must not be rendered, and to name the files a rendered object may come from.
 */
import { readFileSync, statSync } from 'node:fs'
import path from 'node:path'
import { isMap, parseDocument } from 'yaml'

/** The file names kustomize looks for in a directory, in its order. */
export const KUSTOMIZATION_FILE_NAMES = ['kustomization.yaml', 'kustomization.yml', 'Kustomization'] as const

/** Which kustomize transformer applies a patch. */
export type PatchField = 'patches' | 'patchesStrategicMerge' | 'patchesJson6902'

/** The objects a patch says it applies to (kustomize's target fields, or an SMP patch's own kind/name). */
export interface PatchTarget {
  kind?: string
  name?: string
}

export interface PatchRef {
  field: PatchField
  /** The patch file, relative to the base directory; undefined for a patch written inline in the kustomization file. */
  file?: string
  /** The patch's `target`, when it has one. */
  target?: PatchTarget
}

export interface KustomizationInfo {
  /** Its directory, relative to the base directory ('.' for the base itself). */
  dir: string
  /** The kustomization file, relative to the base directory. */
  file: string
  /** `kind: Component`: applied by whoever lists it under `components`, never rendered alone. */
  component: boolean
  /** The entries as written. */
  resources: string[]
  bases: string[]
  components: string[]
  /** Directories (relative to base) of local kustomizations this one uses: resources, bases, components, generators, transformers, validators. */
  uses: string[]
  /** Local resource files it lists (relative to base): where kustomize's `origin: path` points. */
  resourceFiles: string[]
  /** Its patches, in the order written within each field. */
  patches: PatchRef[]
  /** commonAnnotations as written (values as strings). */
  commonAnnotations: Record<string, string>
  namespace?: string
  /** Remote references (URLs, git repositories) as written: a root using one is refused. */
  remote: string[]
  /** Why the file could not be read as a kustomization (YAML error, not a mapping). */
  error?: string
  /** The top-level-only settings a wrapper kustomization must repeat to render the same output. */
  sortOptions?: unknown
  buildMetadata: string[]
}

const toPosix = (p: string): string => p.split(path.sep).join('/')

/** `rel` relative to base, '/'-separated, '.' for base itself. */
export function baseRelative(base: string, absolute: string): string {
  return toPosix(path.relative(base, absolute)) || '.'
}

/** The kustomization file name in `absDir`, if it has one. */
export function kustomizationFileIn(absDir: string): string | undefined {
  return KUSTOMIZATION_FILE_NAMES.find((name) => isFile(path.join(absDir, name)))
}

function isFile(file: string): boolean {
  try {
    return statSync(file).isFile()
  } catch {
    return false
  }
}

function exists(file: string): boolean {
  try {
    statSync(file)
    return true
  } catch {
    return false
  }
}

/**
 * A reference kustomize would fetch over the network (HTTP or git) rather than read from disk.
 * Conservative: kustomize tries some forms as git repositories before it looks on disk, and reads
 * http(s) URLs as files, so those count as remote even when a local path of that name exists.
 */
export function isRemoteReference(ref: string, absDir: string): boolean {
  const r = ref.trim()
  if (/^[a-z][a-z0-9+.-]*:\/\//i.test(r) || /^(git@|git::|gh:)/i.test(r)) return true
  if (/^(github\.com|gitlab\.com|bitbucket\.org)[/:]/i.test(r)) return true
  if (/[?&](ref|version|submodules|timeout)=/.test(r)) return true
  if (exists(path.resolve(absDir, r))) return false
  // Not on disk: a host-like first segment, a go-getter `//` subdirectory, or a `.git` repository.
  return /^[^./][^/]*\.[^/]*\//.test(r) || /[^:/]\/\/[^/]/.test(r) || /\.git(\/|$)/.test(r)
}

/** Reads the kustomization in `absDir` (whose file is `fileName`). Never throws. */
export function readKustomization(base: string, absDir: string, fileName: string): KustomizationInfo {
  const info: KustomizationInfo = {
    dir: baseRelative(base, absDir),
    file: baseRelative(base, path.join(absDir, fileName)),
    component: false,
    resources: [],
    bases: [],
    components: [],
    uses: [],
    resourceFiles: [],
    patches: [],
    commonAnnotations: {},
    remote: [],
    buildMetadata: [],
  }
  let text: string
  try {
    text = readFileSync(path.join(absDir, fileName), 'utf8')
  } catch (e) {
    info.error = `cannot read ${info.file}: ${(e as Error).message}`
    return info
  }
  const doc = parseDocument(text, { uniqueKeys: false })
  if (doc.errors.length > 0) {
    info.error = `${info.file}: ${firstLine(doc.errors[0]!.message)}`
    return info
  }
  const root = doc.contents
  if (root !== null && !isMap(root)) {
    info.error = `${info.file}: a kustomization must be a YAML mapping`
    return info
  }
  try {
    fillInfo(info, (doc.toJS({ maxAliasCount: 100 }) ?? {}) as Record<string, unknown>, base, absDir)
  } catch (e) {
    // An alias bomb, or a value no kustomization can hold.
    info.error = `${info.file}: ${firstLine((e as Error).message)}`
  }
  return info
}

function firstLine(message: string): string {
  return message.split('\n')[0]!.trim()
}

function strings(value: unknown): string[] {
  return Array.isArray(value) ? value.filter((v): v is string => typeof v === 'string') : []
}

function fillInfo(info: KustomizationInfo, k: Record<string, unknown>, base: string, absDir: string): void {
  info.component = k.kind === 'Component'
  info.resources = strings(k.resources)
  info.bases = strings(k.bases)
  info.components = strings(k.components)
  if (typeof k.namespace === 'string') info.namespace = k.namespace
  info.commonAnnotations = stringMap(k.commonAnnotations)
  info.sortOptions = k.sortOptions
  info.buildMetadata = strings(k.buildMetadata)
  const plugins = [...strings(k.generators), ...strings(k.transformers), ...strings(k.validators)].filter((r) => !r.includes('\n'))
  for (const ref of [...info.resources, ...info.bases, ...info.components, ...plugins]) classifyReference(info, ref, base, absDir)
  info.patches = readPatches(k, base, absDir)
  for (const ref of fileReferences(k)) if (isRemoteReference(ref, absDir) && !info.remote.includes(ref)) info.remote.push(ref)
}

function stringMap(value: unknown): Record<string, string> {
  const out: Record<string, string> = {}
  if (value === null || typeof value !== 'object' || Array.isArray(value)) return out
  for (const [key, v] of Object.entries(value)) out[key] = typeof v === 'string' ? v : String(v)
  return out
}

function classifyReference(info: KustomizationInfo, ref: string, base: string, absDir: string): void {
  if (isRemoteReference(ref, absDir)) {
    if (!info.remote.includes(ref)) info.remote.push(ref)
    return
  }
  const target = path.resolve(absDir, ref)
  if (kustomizationFileIn(target) !== undefined) info.uses.push(baseRelative(base, target))
  else if (isFile(target)) info.resourceFiles.push(baseRelative(base, target))
}

function readPatches(k: Record<string, unknown>, base: string, absDir: string): PatchRef[] {
  const file = (p: unknown): string | undefined =>
    typeof p === 'string' && p.trim() !== '' && !p.includes('\n') && !isRemoteReference(p, absDir) ? baseRelative(base, path.resolve(absDir, p)) : undefined
  const out: PatchRef[] = []
  for (const entry of strings(k.patchesStrategicMerge)) {
    // An entry is a file path, or the patch itself written inline (a YAML string).
    const inline = entry.includes('\n') || /^\s*(apiVersion|kind|metadata)\s*:/.test(entry) || entry.trim().startsWith('{')
    out.push(inline ? { field: 'patchesStrategicMerge' } : { field: 'patchesStrategicMerge', file: file(entry) })
  }
  for (const [field, list] of [['patches', k.patches], ['patchesJson6902', k.patchesJson6902]] as const) {
    if (!Array.isArray(list)) continue
    for (const entry of list as unknown[]) {
      if (entry === null || typeof entry !== 'object') continue
      const e = entry as { path?: unknown; target?: unknown }
      const ref: PatchRef = { field, file: file(e.path) }
      const target = patchTarget(e.target)
      if (target) ref.target = target
      out.push(ref)
    }
  }
  return out
}

function patchTarget(value: unknown): PatchTarget | undefined {
  if (value === null || typeof value !== 'object') return undefined
  const t = value as { kind?: unknown; name?: unknown }
  const target: PatchTarget = {}
  if (typeof t.kind === 'string') target.kind = t.kind
  if (typeof t.name === 'string') target.name = t.name
  return target
}

/** Every string kustomize may load as a file or fetch: the fields it reads through its loader. */
function fileReferences(k: Record<string, unknown>): string[] {
  const refs = [
    ...strings(k.crds),
    ...strings(k.configurations),
    ...strings(k.patchesStrategicMerge).filter((p) => !p.includes('\n')),
  ]
  for (const list of [k.patches, k.patchesJson6902, k.replacements]) {
    if (Array.isArray(list)) for (const e of list as unknown[]) if (e && typeof e === 'object' && typeof (e as { path?: unknown }).path === 'string') refs.push((e as { path: string }).path)
  }
  for (const list of [k.configMapGenerator, k.secretGenerator]) {
    if (!Array.isArray(list)) continue
    for (const g of list as unknown[]) {
      if (!g || typeof g !== 'object') continue
      const gen = g as { files?: unknown; envs?: unknown; env?: unknown }
      refs.push(...strings(gen.files).map((f) => f.slice(f.indexOf('=') + 1)), ...strings(gen.envs))
      if (typeof gen.env === 'string') refs.push(gen.env)
    }
  }
  const openapi = k.openapi as { path?: unknown } | undefined
  if (openapi && typeof openapi.path === 'string') refs.push(openapi.path)
  return refs
}
