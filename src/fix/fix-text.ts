/**
 * Fixes one file's text: lint → fixes for the findings that remain (after suppressions and the
 * configuration) → splice → re-parse and check → repeat, at most MAX_PASSES times (a fix can make
 * another possible, e.g. a renamed key that then moves to the pod template).
 *
 * A batch of fixes is kept only if the new text parses without new errors and every document reads
 * exactly as the fixes said it would (doc.toJS() equal to the expected value); otherwise each fix is
 * tried alone and the ones that fail are dropped. Untouched bytes never change; a BOM is kept.
 */
import { isDeepStrictEqual } from 'node:util'
import type { Node } from 'yaml'
import type { Finding } from '../engine/finding.js'
import { lintText, type FileLint } from '../engine/lint-text.js'
import type { RuleSet } from '../engine/rule-set.js'
import { parseManifestText, spanOf, type ParsedFile } from '../yaml/parse.js'
import type { Fix, FixContext, Fixer } from './fixer.js'
import { FIXERS } from './fixers/index.js'
import { anyOverlap, applyEdits, eolOf } from '../yaml/text-edit.js'

export const MAX_PASSES = 10

export interface AppliedFix {
  ruleId: string
  description: string
  /** 1-based line of the first edit, in the text the fix was applied to. */
  line: number
}

export interface FixTextResult {
  /** The fixed text (with the BOM when the input had one); equal to the input when nothing was fixed. */
  output: string
  fixes: AppliedFix[]
}

export interface FixTextOptions {
  ruleSet: RuleSet
  /** The configuration's per-finding filter: fixes are made only for findings it keeps. */
  filter?: (finding: Finding) => Finding | undefined
  fixers?: readonly Fixer[]
}

function plainDocuments(parsed: ParsedFile): unknown[] | undefined {
  try {
    return parsed.documents.map((d) => (d.errors.length > 0 ? undefined : d.toJS()))
  } catch {
    return undefined // e.g. too many aliases: leave the file alone
  }
}

/** The text with the fixes applied, if every document then reads exactly as expected. */
function tryFixes(parsed: ParsedFile, before: readonly unknown[], fixes: readonly Fix[]): string | undefined {
  const text = applyEdits(parsed.text, fixes.flatMap((f) => f.edits))
  const next = parseManifestText(text)
  if (next.documents.length !== parsed.documents.length) return undefined
  const expected = structuredClone(before) as unknown[]
  for (const f of fixes) f.expect(expected[f.documentIndex])
  for (let i = 0; i < parsed.documents.length; i++) {
    if (parsed.documents[i]!.errors.length > 0) continue // broken documents are never edited
    if (next.documents[i]!.errors.length > 0) return undefined
    let actual: unknown
    try {
      actual = next.documents[i]!.toJS()
    } catch {
      return undefined
    }
    if (!isDeepStrictEqual(actual, expected[i])) return undefined
  }
  return text
}

export function fixText(file: string, raw: string, options: FixTextOptions): FixTextResult {
  const fixers = options.fixers ?? FIXERS
  const hadBom = raw.charCodeAt(0) === 0xfeff
  let text = hadBom ? raw.slice(1) : raw
  const applied: AppliedFix[] = []
  const rejected = new Set<string>()

  for (let pass = 0; pass < MAX_PASSES; pass++) {
    const lint: FileLint = lintText(file, text, options.ruleSet)
    const parsed = lint.parsed
    if (!parsed) break
    const reported = reportedFixable(lint, fixers, options.filter)
    if (reported.size === 0) break
    const candidates = candidateFixes(lint, fixers, fixContext(parsed, reported), rejected)
    if (candidates.length === 0) break
    const before = plainDocuments(parsed)
    if (!before) break
    const batch = acceptFixes(parsed, before, candidates, rejected)
    if (!batch) continue // every fix failed alone: the next pass tries without them
    for (const f of batch.accepted) {
      const first = Math.min(...f.edits.map((e) => e.start))
      applied.push({ ruleId: f.ruleId, description: f.description, line: spanOf(parsed.lineCounter, first, first).line })
    }
    if (batch.text === parsed.text) break
    text = batch.text
  }
  return { output: (hadBom ? '\uFEFF' : '') + text, fixes: applied }
}

/** The fixable findings kept after suppressions and the configuration's filter, as rule:line:column. */
function reportedFixable(lint: FileLint, fixers: readonly Fixer[], filter: FixTextOptions['filter']): Set<string> {
  const fixableRules = new Set(fixers.map((f) => f.ruleId))
  const findings = filter ? lint.findings.map(filter).filter((f): f is Finding => f !== undefined) : lint.findings
  return new Set(findings.filter((f) => fixableRules.has(f.ruleId)).map((f) => `${f.ruleId}:${f.line}:${f.column}`))
}

function fixContext(parsed: ParsedFile, reported: ReadonlySet<string>): FixContext {
  return {
    text: parsed.text,
    eol: eolOf(parsed.text),
    isReported(ruleId: string, node: Node | null | undefined) {
      if (!node?.range) return false
      const { line, column } = spanOf(parsed.lineCounter, node.range[0], node.range[0])
      return reported.has(`${ruleId}:${line}:${column}`)
    },
  }
}

/** Every fix the fixers offer that was not rejected before; of two that touch the same bytes, the first. */
function candidateFixes(lint: FileLint, fixers: readonly Fixer[], context: FixContext, rejected: ReadonlySet<string>): Fix[] {
  const candidates: Fix[] = []
  for (const model of lint.models) {
    for (const fixer of fixers) {
      for (const fix of fixer.fixes(model, context)) {
        if (!rejected.has(keyOf(fix)) && !candidates.some((c) => anyOverlap(c.edits, fix.edits))) candidates.push(fix)
      }
    }
  }
  return candidates
}

/**
 * The fixes to make in this pass and the text they give: all of them if they hold together, else
 * the ones that hold on their own (the others join `rejected`), else the first of those alone.
 * undefined when no fix holds on its own.
 */
function acceptFixes(parsed: ParsedFile, before: readonly unknown[], candidates: Fix[], rejected: Set<string>): { accepted: Fix[]; text: string } | undefined {
  const all = tryFixes(parsed, before, candidates)
  if (all !== undefined) return { accepted: candidates, text: all }
  const accepted = candidates.filter((c) => {
    const ok = tryFixes(parsed, before, [c]) !== undefined
    if (!ok) rejected.add(keyOf(c))
    return ok
  })
  if (accepted.length === 0) return undefined
  const together = tryFixes(parsed, before, accepted)
  if (together !== undefined) return { accepted, text: together }
  return { accepted: accepted.slice(0, 1), text: tryFixes(parsed, before, accepted.slice(0, 1))! }
}

function keyOf(fix: Fix): string {
  return `${fix.ruleId}|${JSON.stringify(fix.edits)}`
}
