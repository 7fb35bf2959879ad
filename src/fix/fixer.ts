/**
 * The shape of a fixer: for one rule, the fixes it can make in one parsed document. A fix is exact
 * text splices plus what the document must read as afterwards (`expect`, applied to the document's
 * plain value); fixText applies the splices, parses the result, and keeps the fix only when every
 * document reads exactly as expected, so a fix can never change anything it did not mean to.
 */
import type { Node } from 'yaml'
import { isAlias } from 'yaml'
import type { DocumentModel } from '../engine/model.js'
import type { TextEdit } from '../yaml/text-edit.js'

export interface FixContext {
  /** The file's text (BOM stripped). */
  readonly text: string
  /** The line ending new lines use. */
  readonly eol: string
  /** True when the rule has a finding (kept after suppressions and the configuration) at this node. */
  isReported(ruleId: string, node: Node | null | undefined): boolean
}

export interface Fix {
  ruleId: string
  /** One line for the report: what the fix does. */
  description: string
  /** Index of the document the fix edits. */
  documentIndex: number
  edits: TextEdit[]
  /** Turns the document's plain value (doc.toJS()) into what it must read as after the edits. */
  expect(value: unknown): void
}

export interface Fixer {
  ruleId: string
  /** What the fixer does, for docs and `velero-hooks rules`. */
  summary: string
  fixes(model: DocumentModel, context: FixContext): Fix[]
}

export function defineFixer(fixer: Fixer): Fixer {
  return fixer
}

// ---------------------------------------------------------------------------------------------
// Helpers for fixers.

/** A node that fixes may rewrite in place: written here (not an alias), with no anchor or explicit tag. */
export function isEditable(node: unknown): node is Node {
  if (node === null || node === undefined || isAlias(node)) return false
  const n = node as Node & { anchor?: string; tag?: string; range?: unknown }
  if (n.anchor !== undefined || !n.range) return false
  // Parsed scalars carry a tag only when the source has one (`!!str 7`); collections the same.
  return n.tag === undefined
}

type Plain = Record<string, unknown> | unknown[]

/** The plain-value object at a path (creating maps when `create`), or undefined. */
export function plainAt(root: unknown, path: readonly (string | number)[], create = false): Plain | undefined {
  let cur: unknown = root
  for (const seg of path) {
    if (cur === null || typeof cur !== 'object') return undefined
    const obj = cur as Record<string | number, unknown>
    if ((obj[seg] === undefined || obj[seg] === null) && create) obj[seg] = {}
    cur = obj[seg]
  }
  return cur !== null && typeof cur === 'object' ? (cur as Plain) : undefined
}

export function setPlain(root: unknown, path: readonly (string | number)[], value: unknown): void {
  const parent = plainAt(root, path.slice(0, -1), true)
  if (parent) (parent as Record<string | number, unknown>)[path[path.length - 1]!] = value
}
