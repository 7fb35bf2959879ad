/**
 * kustomize's output with buildMetadata: [originAnnotations, transformerAnnotations] holds, on each
 * object, where it came from and which kustomizations changed it. Read those two annotations and
 * take them out again (and the `annotations:` they leave empty), so the text is what `kustomize
 * build <root>` prints. Line-based: kustomize prints every object the same way (top-level keys at
 * column 0, two-space indentation, documents separated by `---`).
 */
import { parse } from 'yaml'

export const ORIGIN_ANNOTATION = 'config.kubernetes.io/origin'
export const TRANSFORMATIONS_ANNOTATION = 'alpha.config.kubernetes.io/transformations'

/** Paths as kustomize prints them: relative to the top-level kustomization's directory. */
export interface OriginInfo {
  /** The file the object was read from. */
  path?: string
  /** The kustomization whose generator made it. */
  configuredIn?: string
}

export interface TransformationInfo {
  configuredIn: string
  /** The transformer, e.g. PatchStrategicMergeTransformer, AnnotationsTransformer. */
  transformer: string
}

export interface OutputDocument {
  /** 1-based lines in the cleaned text. */
  startLine: number
  endLine: number
  kind?: string
  name?: string
  origin?: OriginInfo
  /** In the order applied. */
  transformations: TransformationInfo[]
}

export interface CleanOptions {
  /** The root itself asked for these annotations (its own buildMetadata): keep them, paths rebased. */
  keepOrigin: boolean
  keepTransformations: boolean
  /** From relative to the wrapper to relative to the root, for kept annotations. */
  rebase: (p: string) => string
}

const ANNOTATION_ENTRY = /^ {4}(["']?)(config\.kubernetes\.io\/origin|alpha\.config\.kubernetes\.io\/transformations)\1:/

export function cleanKustomizeOutput(text: string, options: CleanOptions): { text: string; documents: OutputDocument[] } {
  if (text === '') return { text, documents: [] }
  const trailingNewline = text.endsWith('\n')
  const lines = (trailingNewline ? text.slice(0, -1) : text).split('\n')
  const out: string[] = []
  const documents: OutputDocument[] = []
  let start = 0
  for (let i = 0; i <= lines.length; i++) {
    if (i < lines.length && lines[i] !== '---') continue
    const docLines = lines.slice(start, i)
    if (docLines.some((l) => l.trim() !== '')) {
      const { kept, document } = cleanDocument(docLines, options)
      documents.push({ ...document, startLine: out.length + 1, endLine: out.length + kept.length })
      out.push(...kept)
    } else {
      out.push(...docLines)
    }
    if (i < lines.length) out.push('---')
    start = i + 1
  }
  return { text: out.join('\n') + (trailingNewline ? '\n' : ''), documents }
}

const indentOf = (line: string): number => (line.trim() === '' ? Number.POSITIVE_INFINITY : line.length - line.trimStart().length)

/** [start, end) of the block under the line `header` at `indent` within [from, to), or undefined. */
function block(lines: readonly string[], header: string, indent: number, from = 0, to = lines.length): [number, number] | undefined {
  const at = lines.findIndex((l, i) => i >= from && i < to && l === ' '.repeat(indent) + header)
  if (at < 0) return undefined
  let end = at + 1
  while (end < to && indentOf(lines[end]!) > indent) end++
  return [at, end]
}

function cleanDocument(lines: readonly string[], options: CleanOptions): { kept: string[]; document: Omit<OutputDocument, 'startLine' | 'endLine'> } {
  const document: Omit<OutputDocument, 'startLine' | 'endLine'> = { transformations: [] }
  const kindLine = lines.find((l) => l.startsWith('kind:'))
  if (kindLine !== undefined) document.kind = scalar(kindLine)
  const metadata = block(lines, 'metadata:', 0)
  if (!metadata) return { kept: [...lines], document }
  const nameLine = lines.slice(metadata[0] + 1, metadata[1]).find((l) => l.startsWith('  name:'))
  if (nameLine !== undefined) document.name = scalar(nameLine.slice(2))
  const annotations = block(lines, 'annotations:', 2, metadata[0] + 1, metadata[1])
  if (!annotations) return { kept: [...lines], document }
  const replaced = new Map<number, string | null>()
  const entries = entryStarts(lines, annotations)
  entries.forEach((entryStart, n) => {
    const match = ANNOTATION_ENTRY.exec(lines[entryStart]!)
    if (!match) return
    const entryEnd = entries[n + 1] ?? annotations[1]
    readAnnotation(document, lines.slice(entryStart, entryEnd))
    const keep = match[2] === TRANSFORMATIONS_ANNOTATION ? options.keepTransformations : options.keepOrigin
    for (let i = entryStart; i < entryEnd; i++) replaced.set(i, keep ? rebaseLine(lines[i]!, options.rebase) : null)
  })
  const emptied = entries.length > 0 && entries.every((i) => replaced.get(i) === null)
  if (emptied) replaced.set(annotations[0], null)
  const kept: string[] = []
  lines.forEach((line, i) => {
    const r = replaced.has(i) ? replaced.get(i)! : line
    if (r !== null) kept.push(r)
  })
  return { kept, document }
}

function entryStarts(lines: readonly string[], [header, end]: [number, number]): number[] {
  const starts: number[] = []
  for (let i = header + 1; i < end; i++) if (indentOf(lines[i]!) === 4) starts.push(i)
  return starts
}

/** The value of a `key: value` line (quoted or plain). */
function scalar(line: string): string | undefined {
  try {
    const value = Object.values((parse(line) ?? {}) as Record<string, unknown>)[0]
    return value === undefined || value === null ? undefined : String(value)
  } catch {
    return undefined
  }
}

function readAnnotation(document: Omit<OutputDocument, 'startLine' | 'endLine'>, entry: readonly string[]): void {
  let parsed: Record<string, unknown>
  try {
    parsed = (parse(entry.map((l) => l.slice(4)).join('\n')) ?? {}) as Record<string, unknown>
  } catch {
    return
  }
  const origin = parseInner(parsed[ORIGIN_ANNOTATION])
  if (origin && typeof origin === 'object' && !Array.isArray(origin)) {
    const o = origin as { path?: unknown; configuredIn?: unknown }
    document.origin = {}
    if (typeof o.path === 'string') document.origin.path = o.path
    if (typeof o.configuredIn === 'string') document.origin.configuredIn = o.configuredIn
  }
  const transformations = parseInner(parsed[TRANSFORMATIONS_ANNOTATION])
  if (Array.isArray(transformations)) {
    for (const t of transformations as unknown[]) {
      const x = t as { configuredIn?: unknown; configuredBy?: { kind?: unknown } } | null
      if (x && typeof x.configuredIn === 'string') document.transformations.push({ configuredIn: x.configuredIn, transformer: typeof x.configuredBy?.kind === 'string' ? x.configuredBy.kind : '' })
    }
  }
}

function parseInner(value: unknown): unknown {
  if (typeof value !== 'string') return undefined
  try {
    return parse(value)
  } catch {
    return undefined
  }
}

function rebaseLine(line: string, rebase: (p: string) => string): string {
  const m = /^(\s*(?:- )?)(path|configuredIn): (\S.*)$/.exec(line)
  return m ? `${m[1]}${m[2]}: ${rebase(m[3]!)}` : line
}
