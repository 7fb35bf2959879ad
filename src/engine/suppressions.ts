/**
 * Inline suppressions, written as YAML comments (they never reach the cluster):
 *
 *   # velero-hooks-ignore <rule>[,<rule>...] [-- reason]       on the line of the finding, after the
 *                                                              code, or alone on the line above it
 *   # velero-hooks-ignore-file <rule>[,<rule>...] [-- reason]  anywhere: the whole file
 *
 * A comment alone on its line applies to the next line that is neither blank nor a comment, so
 * several suppressions can be stacked above one line. A suppression that matches no finding is
 * itself reported (rule unused-suppression), like ESLint's unused disable directives, unless the
 * rule it names is turned off. Text inside YAML scalars ("# velero-hooks-ignore" in a command) is
 * not a comment and is never read as a suppression.
 */
import { closest, distance } from 'fastest-levenshtein'
import { visit, type Document } from 'yaml'
import type { ParsedFile } from '../yaml/parse.js'
import { createFinding, type MessageData } from './define-rule.js'
import type { Finding, Severity } from './finding.js'
import type { RuleSet } from './rule-set.js'

export const SUPPRESS_LINE = 'velero-hooks-ignore'
export const SUPPRESS_FILE = 'velero-hooks-ignore-file'

export interface SuppressionDirective {
  scope: 'line' | 'file'
  /** 1-based line of the comment. */
  line: number
  /** The line it applies to ('line' scope), or undefined when nothing follows the comment. */
  target: number | undefined
  rules: { id: string; column: number }[]
  reason: string | undefined
  /** 1-based column of the '#'. */
  column: number
  endColumn: number
}

const DIRECTIVE = /^#[ \t]*(velero-hooks-ignore(?:-file)?)(?![\w-])[ \t]*(.*?)[ \t]*$/d

/**
 * Whether an offset lies inside a scalar of the documents (a '#' there is text, not a comment).
 * Scalars never overlap, so a binary search over their sorted ranges answers in O(log n).
 */
function scalarTest(documents: readonly Document[] | undefined): (offset: number) => boolean {
  const ranges: [number, number][] = []
  for (const doc of documents ?? []) {
    visit(doc, {
      Scalar(_key, node) {
        if (node.range) ranges.push([node.range[0], node.range[1]])
      },
    })
  }
  ranges.sort((a, b) => a[0] - b[0])
  return (offset) => {
    let lo = 0
    let hi = ranges.length - 1
    while (lo <= hi) {
      const mid = (lo + hi) >> 1
      const [a, b] = ranges[mid]!
      if (offset < a) hi = mid - 1
      else if (offset >= b) lo = mid + 1
      else return true
    }
    return false
  }
}

interface LineIndex {
  lines: string[]
  /** Offset of the comment on line i (0-based), or -1. */
  commentStart(i: number): number
  /** The first line from i on (0-based) that is neither blank nor a comment, or undefined. */
  nextCodeLine(i: number): number | undefined
}

function indexLines(text: string, documents: readonly Document[] | undefined): LineIndex {
  const insideScalar = scalarTest(documents)
  const lines = text.split('\n')
  const starts: number[] = []
  let offset = 0
  for (const l of lines) {
    starts.push(offset)
    offset += l.length + 1
  }
  const commentStart = (i: number): number => {
    const l = lines[i]!
    for (let c = l.indexOf('#'); c >= 0; c = l.indexOf('#', c + 1)) {
      if ((c === 0 || l[c - 1] === ' ' || l[c - 1] === '\t') && !insideScalar(starts[i]! + c)) return c
    }
    return -1
  }
  // Only the first '#' of a line that starts with one can make it a comment line: one test a line.
  const isBlankOrComment = (i: number): boolean => {
    const trimmed = lines[i]!.trim()
    return trimmed === '' || (trimmed.startsWith('#') && !insideScalar(starts[i]! + lines[i]!.indexOf('#')))
  }
  // Filled once, from the end, on first use: stacked comments must not each scan what follows them.
  let next: (number | undefined)[] | undefined
  const nextCodeLine = (i: number): number | undefined => {
    if (!next) {
      next = new Array<number | undefined>(lines.length + 1).fill(undefined)
      for (let j = lines.length - 1; j >= 0; j--) next[j] = isBlankOrComment(j) ? next[j + 1] : j
    }
    return next[i]
  }
  return { lines, commentStart, nextCodeLine }
}

/** Every suppression comment in the text (BOM already stripped). */
export function findDirectives(text: string, documents?: readonly Document[]): SuppressionDirective[] {
  if (!text.includes(SUPPRESS_LINE)) return []
  const { lines, commentStart, nextCodeLine } = indexLines(text, documents)
  const out: SuppressionDirective[] = []
  lines.forEach((raw, i) => {
    if (!raw.includes(SUPPRESS_LINE)) return
    const c = commentStart(i)
    if (c < 0) return
    const comment = raw.slice(c).replace(/\r$/, '')
    const m = DIRECTIVE.exec(comment)
    if (!m) return
    const scope = m[1] === SUPPRESS_FILE ? 'file' : 'line'
    const body = m[2] ?? ''
    const dashes = body.search(/(^|\s)--(\s|$)/)
    const list = dashes >= 0 ? body.slice(0, dashes) : body
    const reason = dashes >= 0 ? body.slice(dashes).replace(/^\s*--\s*/, '').trim() || undefined : undefined
    const bodyColumn = c + (m.indices?.[2]?.[0] ?? comment.length) + 1
    const rules: { id: string; column: number }[] = []
    for (const token of list.matchAll(/[^\s,]+/g)) rules.push({ id: token[0], column: bodyColumn + (token.index ?? 0) })
    let target: number | undefined
    if (scope === 'line') {
      const code = raw.slice(0, c).trim() !== '' ? i : nextCodeLine(i + 1)
      target = code === undefined ? undefined : code + 1
    }
    out.push({ scope, line: i + 1, target, rules, reason, column: c + 1, endColumn: c + 1 + comment.trimEnd().length })
  })
  return out
}

const knownRuleCache = new WeakMap<RuleSet, ReadonlySet<string>>()

/** Every rule id a suppression may name: the registry plus the rule set's own rules. */
function knownRules(ruleSet: RuleSet): ReadonlySet<string> {
  let known = knownRuleCache.get(ruleSet)
  if (!known) {
    const own = [...ruleSet.rules, ruleSet.yamlSyntax, ruleSet.templateSkipped, ruleSet.fileUnreadable, ruleSet.unusedSuppression].map((r) => r.meta.id)
    known = new Set([...ruleSet.knownRuleIds, ...own])
    knownRuleCache.set(ruleSet, known)
  }
  return known
}

/**
 * The indexes of the directives that name a finding's rule and apply to its line (the file's, then
 * the line's own), looked up by key: many findings and many directives stay linear.
 */
function coveringDirectives(directives: readonly SuppressionDirective[]): (f: Finding) => readonly number[] {
  const index = new Map<string, number[]>()
  const add = (key: string, i: number): void => {
    const list = index.get(key)
    if (list) list.push(i)
    else index.set(key, [i])
  }
  directives.forEach((d, i) => {
    if (d.scope === 'line' && d.target === undefined) return
    for (const id of new Set(d.rules.map((r) => r.id))) add(d.scope === 'file' ? `file\0${id}` : `${d.target}\0${id}`, i)
  })
  return (f) => [...(index.get(`file\0${f.ruleId}`) ?? []), ...(index.get(`${f.line}\0${f.ruleId}`) ?? [])]
}

/**
 * A file's suppression comments that name cross-resource rules (rules with checkRepository), kept
 * from its own lint: whether they are used is known only after the cross-resource step, whose
 * findings they may suppress (applyDeferredSuppressions). Plain data: it crosses worker threads.
 */
export interface DeferredSuppressions {
  readonly directives: readonly SuppressionDirective[]
  /** `${directive index}:${rule id}` of the cross-resource rules that already suppressed a finding of the file's own lint. */
  readonly used: readonly string[]
}

const repositoryRuleCache = new WeakMap<RuleSet, ReadonlySet<string>>()

/** The ids of the rule set's cross-resource rules: their suppressions are judged after the cross-resource step. */
export function repositoryRuleIds(ruleSet: RuleSet): ReadonlySet<string> {
  let ids = repositoryRuleCache.get(ruleSet)
  if (!ids) {
    ids = new Set(ruleSet.rules.filter((r) => r.checkRepository).map((r) => r.meta.id))
    repositoryRuleCache.set(ruleSet, ids)
  }
  return ids
}

/** Drops the findings a directive covers, noting `${directive}:${rule}` in `used`. */
function dropSuppressed(directives: readonly SuppressionDirective[], findings: readonly Finding[], ruleSet: RuleSet, used: Set<string>): Finding[] {
  const unusedSuppression = ruleSet.unusedSuppression
  const covering = coveringDirectives(directives)
  return findings.filter((f) => {
    if (f.ruleId === unusedSuppression.meta.id) return true
    let suppressed = false
    for (const i of covering(f)) {
      used.add(`${i}:${f.ruleId}`)
      suppressed = true
    }
    return !suppressed
  })
}

/**
 * Drops the findings that a suppression comment covers and adds unused-suppression findings.
 * `raw` is the file text as read (a BOM is ignored); `parsed` is given when the text was parsed.
 * A comment naming a cross-resource rule is not judged here: with `defer`, it is handed over (with
 * what it already suppressed) for applyDeferredSuppressions once the cross-resource step has run.
 */
export function applySuppressions(file: string, raw: string, parsed: ParsedFile | undefined, findings: Finding[], ruleSet: RuleSet, defer?: (deferred: DeferredSuppressions) => void): Finding[] {
  const text = parsed ? parsed.text : raw.replace(/^\uFEFF/, '')
  const directives = findDirectives(text, parsed?.documents)
  if (directives.length === 0) return findings
  const used = new Set<string>()
  const kept = dropSuppressed(directives, findings, ruleSet, used)
  const later = repositoryRuleIds(ruleSet)
  reportUnused(file, directives, used, ruleSet, kept, (id) => !later.has(id))
  if (defer && directives.some((d) => d.rules.some((r) => later.has(r.id)))) {
    defer({ directives, used: [...used].filter((k) => later.has(k.slice(k.indexOf(':') + 1))) })
  }
  return kept
}

/**
 * The cross-resource findings of one file, without those its suppression comments cover, plus an
 * unused-suppression finding for each cross-resource rule a comment names that suppressed nothing
 * (neither in the file's own lint nor here); `judgeUnused: false` only drops.
 */
export function applyDeferredSuppressions(file: string, deferred: DeferredSuppressions, findings: readonly Finding[], ruleSet: RuleSet, judgeUnused = true): Finding[] {
  const used = new Set(deferred.used)
  const kept = dropSuppressed(deferred.directives, findings, ruleSet, used)
  if (!judgeUnused) return kept
  const later = repositoryRuleIds(ruleSet)
  reportUnused(file, deferred.directives, used, ruleSet, kept, (id) => later.has(id), true)
  return kept
}

/**
 * Adds an unused-suppression finding to `out` for each rule a directive names (among those `judged`)
 * that suppressed nothing; unknown rule names and empty directives too, unless `onlyUnused`.
 */
function reportUnused(file: string, directives: readonly SuppressionDirective[], used: ReadonlySet<string>, ruleSet: RuleSet, out: Finding[], judged: (id: string) => boolean, onlyUnused = false): void {
  const unusedSuppression = ruleSet.unusedSuppression
  const override = ruleSet.severities?.get(unusedSuppression.meta.id)
  if (override === 'off') return
  const severity: Severity = override ?? unusedSuppression.meta.severity
  const report = (d: SuppressionDirective, messageId: keyof typeof unusedSuppression.meta.messages, data: MessageData, column: number, endColumn: number): void => {
    out.push(createFinding(unusedSuppression, { messageId, data, severity, file, span: { line: d.line, column, endLine: d.line, endColumn } }))
  }
  const known = knownRules(ruleSet)
  directives.forEach((d, i) => {
    const directive = d.scope === 'file' ? SUPPRESS_FILE : SUPPRESS_LINE
    if (d.rules.length === 0) {
      if (!onlyUnused) report(d, 'noRules', { directive }, d.column, d.endColumn)
      return
    }
    for (const r of d.rules) {
      const end = r.column + r.id.length
      if (!known.has(r.id)) {
        if (onlyUnused) continue
        const near = closest(r.id, [...known])
        const hint = distance(near, r.id) <= Math.max(3, Math.floor(r.id.length / 4)) ? ` (did you mean "${near}"?)` : ''
        report(d, 'unknownRule', { rule: r.id, hint }, r.column, end)
      } else if (judged(r.id) && ruleSet.severities?.get(r.id) !== 'off' && !used.has(`${i}:${r.id}`)) {
        const where = d.scope === 'file' ? 'in this file' : d.target === undefined ? '(no line follows the comment)' : `on line ${d.target}`
        report(d, 'unused', { rule: r.id, where }, r.column, end)
      }
    }
  })
}
