/**
 * Files the pre-filter skipped (no Velero content) are read again for their facts alone when the
 * repository holds a Backup, Schedule or Restore: their workloads may be taken by one; so are the
 * files of the repository a narrowed run does not lint (only-changed). Only the documents that can
 * add a fact are parsed: a pod spec (`containers`), a Velero object or a Namespace, never a
 * CustomResourceDefinition (whose schema names `containers` too, and which makes up most of the
 * bytes of such files: 38 of the 39 MB of ../shared/corpus/general). The other documents are
 * blanked out, line for line, so every position stays the file's own.
 */

/** A document marker at the start of a line (YAML forbids it inside a scalar there). */
const MARKER = /^(?:---|\.\.\.)(?=[ \t\r\n]|$)/gm
const CRD = /^kind:[ \t]*["']?CustomResourceDefinition\b/m
const NAMESPACE = /^kind:[ \t]*["']?Namespace\b/m

/**
 * Whether a file the pre-filter skipped may hold workloads or Namespaces: text that names
 * `containers` or a Namespace and is no template (templates stay unknown).
 */
export function mayHoldFacts(bytes: Buffer): boolean {
  return (bytes.indexOf('containers') >= 0 || bytes.indexOf('Namespace') >= 0) && bytes.indexOf('{{') < 0 && bytes.indexOf('{%') < 0
}

function wanted(document: string): boolean {
  return ((document.includes('containers') || document.includes('velero.io/')) && !CRD.test(document)) || NAMESPACE.test(document)
}

/** The text of a file that is not linted as its facts are read from it: no template (unknown), fact-bearing documents only. */
export function factsText(bytes: Buffer): string | undefined {
  if (bytes.indexOf('{{') >= 0 || bytes.indexOf('{%') >= 0) return undefined
  return factBearingText(bytes.toString('utf8'))
}

/**
 * The text with every document that cannot add a fact blanked (its marker kept, its lines
 * empty); undefined when no document is left to read.
 */
export function factBearingText(text: string): string | undefined {
  const starts = [0]
  for (const m of text.matchAll(MARKER)) if (m.index > 0) starts.push(m.index)
  starts.push(text.length)
  const parts: string[] = []
  let kept = false
  for (let i = 0; i + 1 < starts.length; i++) {
    const document = text.slice(starts[i], starts[i + 1])
    if (wanted(document)) {
      kept = true
      parts.push(document)
      continue
    }
    const marker = document.startsWith('---') || document.startsWith('...') ? document.slice(0, 3) : ''
    parts.push(marker + '\n'.repeat(countNewlines(document)))
  }
  return kept ? parts.join('') : undefined
}

function countNewlines(text: string): number {
  let n = 0
  for (let i = text.indexOf('\n'); i >= 0; i = text.indexOf('\n', i + 1)) n++
  return n
}
