/**
 * `helm template` output into documents, each with the files its text may come from. Helm (v3 and
 * v4) writes `---` and `# Source: <chart>/templates/x.yaml` before every document; a subchart's
 * templates are named `<chart>/charts/<subchart>/templates/x.yaml` after the subchart's name (or
 * its alias), not its directory.
 */
import { joinRel, type ChartNode } from './helm-chart.js'
import type { RenderedDocument, RenderJob, SourceFile } from './types.js'

export interface OutputDocument {
  /** 1-based: the line after the `---` separator (helm's `# Source:` comment) … the last non-blank line. */
  startLine: number
  endLine: number
  /** The `# Source:` path, when the document has one. */
  origin?: string
}

const SEPARATOR = /^---\s*$/
const SOURCE = /^# Source: (.+?)\s*$/

/** The non-empty documents of a multi-document YAML text (only comments and blank lines: dropped). */
export function splitDocuments(text: string): OutputDocument[] {
  const lines = text.split('\n')
  const docs: OutputDocument[] = []
  let start = 1
  const close = (end: number): void => {
    let last = end
    while (last >= start && lines[last - 1]!.trim() === '') last--
    const content = lines.slice(start - 1, last)
    if (!content.some((l) => l.trim() !== '' && !l.trimStart().startsWith('#'))) return
    const origin = SOURCE.exec(content[0] ?? '')?.[1]
    docs.push({ startLine: start, endLine: last, ...(origin ? { origin } : {}) })
  }
  lines.forEach((line, i) => {
    if (!SEPARATOR.test(line)) return
    close(i)
    start = i + 2
  })
  close(lines.length)
  return docs
}

/** Where a `# Source:` path points: the deepest unpacked (sub)chart, and the template file when it is there. */
export function resolveOrigin(tree: ChartNode, origin: string): { node: ChartNode; template?: string } {
  const parts = origin.split('/')
  let node = tree
  let i = 1 // parts[0] is the top chart's name
  while (parts[i] === 'charts' && parts[i + 1] !== undefined) {
    const child = node.children.get(parts[i + 1]!)
    if (!child) return { node } // a packaged (.tgz) subchart: no file to point at
    node = child
    i += 2
  }
  const template = joinRel(node.dir, parts.slice(i).join('/'))
  const known = node.templates.includes(template) || node.helpers.includes(template)
  return known ? { node, template } : { node }
}

/** The chart nodes of a tree, a node's own line (itself, its parents up to the top) first, then the rest. */
function nodesNearest(tree: ChartNode, node: ChartNode): ChartNode[] {
  const line: ChartNode[] = []
  for (let n: ChartNode | undefined = node; n; n = n.parent) line.push(n)
  const all: ChartNode[] = []
  const walk = (n: ChartNode): void => {
    if (!all.includes(n)) all.push(n)
    for (const c of n.children.values()) walk(c)
  }
  walk(tree)
  return [...line, ...all.filter((n) => !line.includes(n))]
}

/**
 * Sources of a document rendered from `node` (most specific first): the template; the node's
 * helpers and other templates, then the helpers of the other charts of the render (defines are
 * shared); the configured --set pairs' files; the value set's files, last -f first; then the
 * values.yaml of the subcharts between the top chart and `node`, the nearest to the top first.
 */
export function documentSources(job: RenderJob, tree: ChartNode, node: ChartNode, template?: string): SourceFile[] {
  const sources: SourceFile[] = []
  const add = (p: string, role: SourceFile['role']): void => {
    if (!sources.some((s) => s.path === p)) sources.push({ path: p, role })
  }
  if (template) {
    add(template, 'template')
    for (const n of nodesNearest(tree, node)) {
      for (const h of n.helpers) add(h, 'helper')
      if (n === node) for (const t of n.templates) add(t, 'helper')
    }
  }
  for (const s of job.setValues ?? []) add(s.at.file, 'set')
  for (const f of [...(job.valuesFiles ?? [])].reverse()) add(f, 'values')
  const subchartValues: string[] = []
  for (let n: ChartNode | undefined = node; n && n !== tree; n = n.parent) if (n.valuesFile) subchartValues.unshift(n.valuesFile)
  for (const f of subchartValues) add(f, 'values')
  return sources
}

/** The documents of `helm template` output with their sources; `tree` is the rendered chart's. */
export function helmDocuments(job: RenderJob, tree: ChartNode, text: string): RenderedDocument[] {
  const cache = new Map<string, { sources: SourceFile[]; anchorFile: string }>()
  return splitDocuments(text).map((doc) => {
    const key = doc.origin ?? ''
    let mapped = cache.get(key)
    if (!mapped) {
      const { node, template } = doc.origin ? resolveOrigin(tree, doc.origin) : { node: tree }
      mapped = { sources: documentSources(job, tree, node, template), anchorFile: node.chartFile }
      cache.set(key, mapped)
    }
    return { startLine: doc.startLine, endLine: doc.endLine, sources: mapped.sources.map((s) => ({ ...s })), anchorFile: mapped.anchorFile, ...(doc.origin ? { origin: doc.origin } : {}) }
  })
}
