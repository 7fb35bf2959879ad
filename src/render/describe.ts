/** The lines render and check print on stderr: what was written or is stale, and which pods were left alone. */
import type { ResourceRef } from '../engine/model.js'
import { printable } from '../io/printable.js'
import type { RenderResult } from './render-repo.js'

/** Written files without an injected container are listed up to this many, then counted. */
const MAX_COPIES_LISTED = 20

function describeResource(r: ResourceRef): string {
  const kind = r.kind ?? 'object'
  return r.name ? `${kind} "${r.name}"` : kind
}

const plural = (n: number, word: string): string => `${n} ${word}${n === 1 ? '' : 's'}`

/** outputDir: relative to the base directory, '/' separators, '.' for in place. */
export function describeRender(command: 'render' | 'check', outputDir: string, result: RenderResult): string {
  const out: string[] = []
  const inPlace = outputDir === '.'
  const where = inPlace ? 'in place' : `under ${outputDir}/`
  const changes = result.changes ?? []
  for (const n of result.notes ?? []) {
    if (n.kind === 'already-rendered') continue
    out.push(`${n.file}:${n.line}: ${describeResource(n.resource)}: ${n.message}`)
  }
  if (command === 'render') {
    const injectedBySource = new Map<string, string[]>()
    for (const c of changes) {
      injectedBySource.set(c.file, [...(injectedBySource.get(c.file) ?? []), `${describeResource(c.resource)} + "${c.container.name}"`])
    }
    let copies = 0
    for (const file of result.written) {
      const source = inPlace ? file : file.slice(outputDir.length + 1)
      const injected = injectedBySource.get(source)
      if (injected) out.push(`wrote ${file}: ${injected.join(', ')}`)
      else if (++copies <= MAX_COPIES_LISTED) out.push(`wrote ${file} (copied unchanged)`)
    }
    if (copies > MAX_COPIES_LISTED) out.push(`… and ${copies - MAX_COPIES_LISTED} more copied unchanged`)
    for (const s of result.stale) out.push(`${s.path} has no source any more (no ${sourceOfOrphan(s.path, outputDir)}); delete it if it is an old render`)
    out.push(
      `${plural(changes.length, 'init container')} rendered ${where}; ${plural(result.written.length, 'file')} written, ${result.unchanged.length} already current.`,
    )
  } else {
    const sourceOf = (p: string): string => (inPlace ? p : p.slice(outputDir.length + 1))
    const why = (s: RenderResult['stale'][number]): string =>
      s.reason === 'orphaned'
        ? 'has no source any more'
        : inPlace
          ? 'needs rendering'
          : `${s.reason === 'missing' ? 'missing' : 'differs from a fresh render'} of ${sourceOf(s.path)}`
    for (const s of result.stale) out.push(`stale ${s.path}: ${why(s)}`)
    if (result.stale.length > 0) {
      out.push(`${plural(result.stale.length, 'stale file')} ${where}; run "velero-hooks render${inPlace ? ' --in-place' : ''}" and commit the result.`)
    } else {
      out.push(`The render ${where} is current (${plural(result.unchanged.length, 'file')}).`)
    }
  }
  // File names and metadata.name are the repository's: each line stays one line (no forged `::error`).
  return out.map((line) => `velero-hooks: ${printable(line)}\n`).join('')
}

/** The source an output file would be the render of (its path below the output directory). */
function sourceOfOrphan(file: string, outputDir: string): string {
  return file.startsWith(`${outputDir}/`) ? file.slice(outputDir.length + 1) : file
}
