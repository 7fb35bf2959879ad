/**
 * Files the pre-filter skipped (no Velero content) are read again for their facts alone when the
 * repository holds a Backup, Schedule or Restore: their workloads may be taken by one; so are the
 * files of the repository a narrowed run does not lint (only-changed). Only the documents that can
 * add a fact are parsed: a pod spec (`containers`), a Velero object or a Namespace, never a
 * CustomResourceDefinition (whose schema names `containers` too, and which makes up most of the
 * bytes of such files: 38 of the 39 MB of ../shared/corpus/general). The other documents are
 * blanked out, line for line, so every position stays the file's own.
 */

/** A top-level `kind:` line up to the kind's name (the name itself is found with indexOf). */
const KIND_PREFIX = /^kind:[ \t]*["']?$/
const WORD_BYTE = /[A-Za-z0-9_]/

/**
 * Whether a file the pre-filter skipped may hold workloads or Namespaces: text that names
 * `containers` or a Namespace and is no template (templates stay unknown).
 */
export function mayHoldFacts(bytes: Buffer): boolean {
  return (bytes.indexOf('containers') >= 0 || bytes.indexOf('Namespace') >= 0) && bytes.indexOf('{{') < 0 && bytes.indexOf('{%') < 0
}

/** Whether the document's own (top-level, unindented) kind is `name`. */
function kindIs(document: Buffer, name: string): boolean {
  for (let at = document.indexOf(name); at >= 0; at = document.indexOf(name, at + name.length)) {
    const after = document[at + name.length]
    if (after !== undefined && WORD_BYTE.test(String.fromCharCode(after))) continue
    const lineStart = document.lastIndexOf(0x0a, at) + 1
    if (KIND_PREFIX.test(document.toString('latin1', lineStart, at))) return true
  }
  return false
}

function wanted(document: Buffer): boolean {
  if (kindIs(document, 'Namespace')) return true
  return (document.indexOf('containers') >= 0 || document.indexOf('velero.io/') >= 0) && !kindIs(document, 'CustomResourceDefinition')
}

/**
 * Where each document starts: offset 0 and every line that starts with a document marker (`---`
 * or `...` then a space, a line break or the end; YAML forbids such a line inside a scalar).
 */
function documentStarts(bytes: Buffer): number[] {
  const starts = [0]
  for (const marker of ['\n---', '\n...']) {
    for (let i = bytes.indexOf(marker); i >= 0; i = bytes.indexOf(marker, i + marker.length)) {
      const after = bytes[i + marker.length]
      if (after === undefined || after === 0x20 || after === 0x09 || after === 0x0d || after === 0x0a) starts.push(i + 1)
    }
  }
  return starts.sort((a, b) => a - b)
}

/** The text of a file that is not linted as its facts are read from it: no template (unknown), fact-bearing documents only. */
export function factsText(bytes: Buffer): string | undefined {
  if (bytes.indexOf('{{') >= 0 || bytes.indexOf('{%') >= 0) return undefined
  return factBearingBytes(bytes)
}

/** factsText's blanking on a text (tests). */
export function factBearingText(text: string): string | undefined {
  return factBearingBytes(Buffer.from(text, 'utf8'))
}

/**
 * The text with every document that cannot add a fact blanked (its marker kept, its lines
 * empty), decoding only the documents kept; undefined when none is. Works on the bytes: most of
 * such a file is CustomResourceDefinitions, never decoded.
 */
function factBearingBytes(bytes: Buffer): string | undefined {
  const starts = documentStarts(bytes)
  starts.push(bytes.length)
  const parts: string[] = []
  let kept = false
  for (let i = 0; i + 1 < starts.length; i++) {
    const document = bytes.subarray(starts[i], starts[i + 1])
    if (wanted(document)) {
      kept = true
      parts.push(document.toString('utf8'))
      continue
    }
    const head = document.toString('latin1', 0, 3)
    const marker = head === '---' || head === '...' ? head : ''
    parts.push(marker + '\n'.repeat(countNewlines(document)))
  }
  return kept ? parts.join('') : undefined
}

function countNewlines(bytes: Buffer): number {
  let n = 0
  for (let i = bytes.indexOf(0x0a); i >= 0; i = bytes.indexOf(0x0a, i + 1)) n++
  return n
}
