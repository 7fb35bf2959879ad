/**
 * Writes the injected init container as YAML text in the style of the place it goes: a block
 * sequence item with the surrounding indentation, or a flow mapping (plain YAML or JSON, after its
 * neighbours). Scalars are written plain only when every YAML reader that matters (YAML 1.2 and the
 * YAML 1.1 of kubectl's sigs.k8s.io/yaml) reads them back as the same string; otherwise in double quotes.
 */
import type { InitContainer } from './init-container.js'

/** Words YAML 1.1 or 1.2 resolve to a bool or null when plain. */
const SPECIAL_WORDS = /^(?:y|Y|yes|Yes|YES|n|N|no|No|NO|true|True|TRUE|false|False|FALSE|on|On|ON|off|Off|OFF|null|Null|NULL|~)$/
/** Plain in block context: starts with a letter, '_' or '/', no spaces, no indicator that could end or comment it. */
const PLAIN_BLOCK = /^[A-Za-z_/][A-Za-z0-9_./:@+=-]*$/
/**
 * Plain in flow context: as above without ':' (libyaml-derived parsers, such as go-yaml v2 behind
 * kubectl, have rejected "a:b" inside flow collections).
 */
const PLAIN_FLOW = /^[A-Za-z_/][A-Za-z0-9_./@+=-]*$/

/** Characters YAML does not allow unescaped in a double-quoted scalar (JSON.stringify leaves them). */
const NOT_PRINTABLE = /[\u007f-\u0084\u0086-\u009f\ufeff\ufffe\uffff]/g

export function doubleQuoted(s: string): string {
  return JSON.stringify(s).replace(NOT_PRINTABLE, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`)
}

export function scalarText(value: unknown, context: 'block' | 'flow' | 'json'): string {
  if (typeof value === 'string') {
    if (context === 'json') return doubleQuoted(value)
    const plain = context === 'block' ? PLAIN_BLOCK : PLAIN_FLOW
    return plain.test(value) && !value.endsWith(':') && !SPECIAL_WORDS.test(value) ? value : doubleQuoted(value)
  }
  if (typeof value === 'boolean') return value ? 'true' : 'false'
  if (typeof value === 'number') return Number.isFinite(value) ? JSON.stringify(value) : doubleQuoted(String(value))
  if (typeof value === 'bigint') return value.toString()
  if (value === null || value === undefined) return 'null'
  return flowValue(value, context === 'json' ? 'json' : 'flow')
}

/** Any JSON-like value as a single-line flow node. */
export function flowValue(value: unknown, style: 'flow' | 'json'): string {
  if (Array.isArray(value)) return `[${value.map((v) => flowValue(v, style)).join(', ')}]`
  if (value !== null && typeof value === 'object') {
    const entries = Object.entries(value as Record<string, unknown>)
    return `{${entries.map(([k, v]) => `${scalarText(k, style)}: ${flowValue(v, style)}`).join(', ')}}`
  }
  return scalarText(value, style)
}

/**
 * The container's fields in its own order: for an annotation hook the design document's (name, image,
 * command, then imagePullPolicy and volumeMounts, as init-container.ts builds it); for a Restore-spec
 * init container the order it is written in.
 */
function fields(c: InitContainer): [string, unknown][] {
  return Object.entries(c).filter(([, v]) => v !== undefined)
}

/** The command as a flow sequence of double-quoted strings: the JSON the annotation holds, and clear. */
function commandText(argv: readonly string[]): string {
  return `[${argv.map(doubleQuoted).join(', ')}]`
}

/** `{name: …, image: …}` for a flow sequence (JSON when the document is written as JSON). */
export function flowContainer(c: InitContainer, style: 'flow' | 'json'): string {
  return `{${fields(c)
    .map(([k, v]) => `${scalarText(k, style)}: ${k === 'command' ? commandText(v as string[]) : flowValue(v, style)}`)
    .join(', ')}}`
}

export interface BlockLayout {
  /** Column of the item's '-'. */
  dash: number
  /** Columns from '-' to the item's first key (2 in `- name: x`). */
  item: number
  /** Columns from a key to the '-' of its block-sequence value (0 for kubectl's indentless style). */
  seq: number
}

const sp = (n: number): string => ' '.repeat(Math.max(0, n))

/** A block map as a sequence item, one line per entry, at the given layout. */
function blockItem(entries: [string, unknown][], layout: BlockLayout, top = false): string[] {
  if (entries.length === 0) return [`${sp(layout.dash)}- {}`]
  const lines: string[] = []
  const keyCol = layout.dash + layout.item
  entries.forEach(([k, v], i) => {
    const lead = i === 0 ? `${sp(layout.dash)}-${sp(layout.item - 1)}` : sp(keyCol)
    const key = scalarText(k, 'block')
    if (top && k === 'command' && Array.isArray(v)) {
      lines.push(`${lead}${key}: ${commandText(v as string[])}`)
    } else if (Array.isArray(v) && v.length > 0 && v.every((x) => x !== null && typeof x === 'object' && !Array.isArray(x))) {
      // A list of maps (volumeMounts): a nested block sequence in the file's own sequence style.
      lines.push(`${lead}${key}:`)
      const nested: BlockLayout = { dash: keyCol + layout.seq, item: layout.item, seq: layout.seq }
      for (const m of v as Record<string, unknown>[]) lines.push(...blockItem(Object.entries(m), nested))
    } else if (typeof v === 'string' || v === null || typeof v !== 'object') {
      lines.push(`${lead}${key}: ${scalarText(v, 'block')}`)
    } else {
      lines.push(`${lead}${key}: ${flowValue(v, 'flow')}`)
    }
  })
  return lines
}

/** The container as block-sequence item lines (no line endings). */
export function blockContainerLines(c: InitContainer, layout: BlockLayout): string[] {
  return blockItem(fields(c), layout, true)
}
