/**
 * Lints one file's text: the pure core shared by the CLI, the action and render.
 * read → (cheap pre-filter) → parse with positions → model → rules → findings.
 */
import { isMap, isScalar, Scalar, visit, type Document, type Node } from 'yaml'
import { deepNestingOffset, duplicateKeyAt, MAX_NESTING, parseManifestStream, spanOf, type ParsedFile, type Span } from '../yaml/parse.js'
import { aliasLikeOffset, isExcessiveAliasing, measureAliasExpansion } from '../yaml/aliasing.js'
import { createFinding, type MessageData, type RuleContext, type RuleModule, type RuleVisitor } from './define-rule.js'
import { compareFindings, type Finding, type Severity } from './finding.js'
import { buildDocumentModel, pathText, type DocumentModel } from './model.js'
import { extractDocumentFacts, type DocumentFacts } from './repo-facts.js'
import type { FileFacts } from './repo-model.js'
import { hookEntries, isHookDomainKey } from '../velero/hook-keys.js'
import type { RuleSet } from './rule-set.js'
import { applySuppressions, SUPPRESS_LINE, type DeferredSuppressions } from './suppressions.js'
import { hasVeleroHint } from './velero-hint.js'

// The pre-filter lives in its own module; callers of the engine find it here too.
export { bytesHaveVeleroHint, hasVeleroHint } from './velero-hint.js'

/** yaml-syntax findings per document before the rest are summed up in one. */
export const MAX_SYNTAX_ERRORS_PER_DOCUMENT = 20
/** Helm/Go templates and Jinja: the text is not the YAML that reaches the cluster. */
const TEMPLATE_MARK = /\{\{|\{%/
/** Hook-shaped text: only templates holding some are worth a template-skipped notice. */
const HOOK_HINT = /hooks?\.(?:backup|restore)|\.hook\.|^[ \t]*hooks:/im

export interface FileLint {
  file: string
  /** Undefined when the file was not parsed (no Velero content). */
  parsed: ParsedFile | undefined
  models: DocumentModel[]
  findings: Finding[]
  /** Documents that did not parse; render leaves them alone. */
  brokenDocuments: Set<number>
  /** What the file adds to the repository model (its valid documents' workloads and Velero objects). */
  facts?: FileFacts
  /** Its suppression comments naming cross-resource rules, judged after the cross-resource step. */
  suppressions?: DeferredSuppressions
}

export function lintText(file: string, raw: string, ruleSet: RuleSet): FileLint {
  return lintFile(file, raw, ruleSet, true).result
}

/** A file's findings and counts, what runLint keeps of a file. */
export interface FileCounts {
  findings: Finding[]
  documents: number
  resources: number
  hooks: number
  /** The file's facts for the repository model; absent when it has none. */
  facts?: FileFacts
  suppressions?: DeferredSuppressions
}

/**
 * lintText without keeping the file's documents: each is modelled, checked and dropped as soon
 * as it is parsed, so memory stays that of one document however big the file (runLint's path
 * when nothing needs the parsed documents afterwards). Same findings as lintText.
 */
export function lintTextCounts(file: string, raw: string, ruleSet: RuleSet): FileCounts {
  // Suppression comments need every document's scalars (a '#' inside one is no comment).
  const { result, counts } = lintFile(file, raw, ruleSet, raw.includes(SUPPRESS_LINE))
  const { facts, suppressions } = result
  const hasFacts = facts && (facts.workloads.length > 0 || facts.velero.length > 0 || facts.namespaces.length > 0)
  return { findings: result.findings, ...counts, ...(hasFacts ? { facts } : {}), ...(suppressions ? { suppressions } : {}) }
}

function lintFile(file: string, raw: string, ruleSet: RuleSet, keep: boolean): { result: FileLint; counts: Counts } {
  const linter = new FileLinter(file, raw, ruleSet, keep)
  linter.run()
  return { result: linter.result, counts: linter.counts }
}

type Counts = Omit<FileCounts, 'findings' | 'facts' | 'suppressions'>

/** One file's lint: the steps of lintFile as methods sharing the file's state. */
class FileLinter {
  readonly result: FileLint
  readonly counts: Counts = { documents: 0, resources: 0, hooks: 0 }
  private lineCounter!: ParsedFile['lineCounter']
  private text = ''
  /** The first alias-like '*' at or after the current document (-1: none left); see lintDocument. */
  private nextStar = -1
  private facts: DocumentFacts & { file: string }
  /** Set when the text has a template mark: which documents are templates (see TemplateMarks). */
  private templates: TemplateMarks | undefined

  constructor(
    private readonly file: string,
    private readonly raw: string,
    private readonly ruleSet: RuleSet,
    private readonly keep: boolean,
  ) {
    this.facts = { file, workloads: [], velero: [], namespaces: [] }
    this.result = { file, parsed: undefined, models: [], findings: [], brokenDocuments: new Set(), facts: this.facts }
  }

  run(): void {
    if (!hasVeleroHint(this.raw)) return
    const stream = parseManifestStream(this.raw)
    this.lineCounter = stream.lineCounter
    this.text = stream.text
    this.templates = TEMPLATE_MARK.test(this.raw) ? new TemplateMarks(this.text) : undefined
    const tooDeep = deepNestingOffset(stream.text)
    if (tooDeep !== undefined) {
      // Refused before the parser recurses into it (see MAX_NESTING): same answer on every thread.
      const detail = `collections nest more than ${MAX_NESTING} levels deep here, too deep to parse safely`
      this.syntax(detail, 'RESOURCE_EXHAUSTION', spanOf(this.lineCounter, tooDeep, tooDeep + 1))
      return
    }
    const documents = this.lintDocuments(stream.documents)
    if (!documents) return
    const parsed: ParsedFile = { text: stream.text, hadBom: stream.hadBom, lineCounter: this.lineCounter, documents }
    if (this.keep) this.result.parsed = parsed
    this.result.findings = applySuppressions(this.file, this.raw, this.keep ? parsed : undefined, this.result.findings, this.ruleSet, this.defer)
    this.result.findings.sort(compareFindings)
  }

  private readonly defer = (deferred: DeferredSuppressions): void => {
    this.result.suppressions = deferred
  }

  private severityOf(rule: RuleModule, requested?: Severity): Severity | undefined {
    const override = this.ruleSet.severities?.get(rule.meta.id)
    if (override === 'off') return undefined
    return override ?? requested ?? rule.meta.severity
  }

  private syntax(detail: string, code: string, span: Span, duplicate?: { key: string; firstLine: number }): void {
    const severity = this.severityOf(this.ruleSet.yamlSyntax)
    if (!severity) return
    const report: { messageId: 'syntax' | 'duplicateKey'; data: MessageData } = duplicate
      ? { messageId: 'duplicateKey', data: { key: JSON.stringify(duplicate.key), firstLine: duplicate.firstLine } }
      : { messageId: 'syntax', data: { detail, code } }
    this.result.findings.push(createFinding(this.ruleSet.yamlSyntax, { ...report, severity, file: this.file, span }))
  }

  private at(node: Node | null | undefined, fallback?: Node | null): Span {
    const n = node?.range ? node : fallback?.range ? fallback : undefined
    const [start, end] = n?.range ? [n.range[0], n.range[1]] : [0, 0]
    return spanOf(this.lineCounter, start, end)
  }

  /** A Helm/Jinja template is not the YAML that reaches the cluster: one notice per such document, when it has hooks. */
  private skipTemplate(mark: number, window: string): void {
    const severity = HOOK_HINT.test(window) ? this.severityOf(this.ruleSet.templateSkipped) : undefined
    if (!severity) return
    const span = spanOf(this.lineCounter, mark, mark + 2)
    const data = { mark: this.text.slice(mark, mark + 2) }
    this.result.findings.push(createFinding(this.ruleSet.templateSkipped, { messageId: 'template', data, severity, file: this.file, span }))
  }

  /** Every document in turn; undefined when the parser itself failed (the file is then not checked). */
  private lintDocuments(stream: Iterable<Document.Parsed>): Document.Parsed[] | undefined {
    const documents: Document.Parsed[] = []
    // Found once per stretch of text rather than searched from every document to the end of a file of thousands.
    this.nextStar = aliasLikeOffset(this.text, 0, this.text.length)
    const pending = withTextEnds(stream, this.text.length)
    for (let index = 0; ; index++) {
      let next: IteratorResult<[Document.Parsed, number]>
      try {
        next = pending.next()
      } catch (e) {
        this.parserFailed(e)
        return undefined
      }
      if (next.done) return documents
      const [document, textEnd] = next.value
      if (this.keep) documents.push(document)
      this.counts.documents++
      const model = this.lintDocument(document, index, textEnd)
      if (!model) continue
      if (this.keep) this.result.models.push(model)
      this.counts.resources += countResources([model])
      this.counts.hooks += countHooks([model])
    }
  }

  /**
   * The yaml parser recurses: thousands of nested block collections overflow the stack before its
   * own depth check (which covers composing) can report them. The file is not checked, and what its
   * first documents gave is dropped: the file as a whole did not parse.
   */
  private parserFailed(e: unknown): void {
    const tooDeep = e instanceof RangeError
    this.result.findings = []
    const detail = tooDeep ? 'the file nests collections too deeply to parse' : `the parser failed (${boundedDetail((e as Error)?.message ?? String(e))})`
    this.syntax(detail, tooDeep ? 'RESOURCE_EXHAUSTION' : 'PARSER_FAILURE', { line: 1, column: 1, endLine: 1, endColumn: 1 })
    this.result.models = []
    this.facts = { file: this.file, workloads: [], velero: [], namespaces: [] }
    this.result.facts = this.facts
    this.result.brokenDocuments.clear()
    Object.assign(this.counts, { documents: 0, resources: 0, hooks: 0 })
  }

  /** Checks one document; returns its model, or undefined when it is broken. */
  private lintDocument(document: Document.Parsed, index: number, textEnd: number): DocumentModel | undefined {
    const template = this.templates?.templateIn(document, textEnd)
    if (template) {
      this.skipTemplate(template.mark, template.window)
      return undefined
    }
    if (document.errors.length > 0) {
      this.result.brokenDocuments.add(index)
      this.reportParseErrors(document)
      return undefined
    }
    if (this.isAliasBomb(document)) {
      this.result.brokenDocuments.add(index)
      return undefined
    }
    const model = buildDocumentModel(document, index)
    this.addFacts(document, model)
    this.reportUnreadHookKeys(document, model)
    if (model.pods.length === 0 && model.objects.length === 0 && model.velero.length === 0) return model
    for (const rule of this.ruleSet.rules) this.runRule(rule, model)
    return model
  }

  /** The document's workloads and Velero objects, for the repository model. */
  private addFacts(document: Document.Parsed, model: DocumentModel): void {
    const { workloads, velero, namespaces } = extractDocumentFacts(this.file, document, model, this.lineCounter)
    const facts = this.facts
    for (const w of workloads) facts.workloads.push(w)
    for (const v of velero) facts.velero.push(v)
    for (const n of namespaces) facts.namespaces.push(n)
  }

  /**
   * Hook keys written as mapping keys where no reader of the model ties them to a pod: one finding
   * per mapping (at its first such key), so a green run never hides hooks nobody checked.
   */
  private reportUnreadHookKeys(document: Document.Parsed, model: DocumentModel): void {
    const rule = this.ruleSet.hookKeysNotChecked
    const severity = this.severityOf(rule)
    if (!severity) return
    const read = new Set<unknown>()
    for (const target of [...model.pods, ...model.objects]) for (const entry of target.annotations.entries) read.add(entry.keyNode)
    const unread = new Map<unknown, Node[]>()
    visit(document, {
      Pair: (_, pair, path) => {
        const key = pair.key
        if (!isScalar(key) || typeof key.value !== 'string' || read.has(key) || !isHookDomainKey(key.value)) return
        const map = path.at(-1)
        if (isMap(map)) unread.set(map, [...(unread.get(map) ?? []), key])
      },
    })
    for (const keys of unread.values()) {
      const first = keys[0] as Node & { value: string }
      const more = keys.length > 1 ? ` (and ${keys.length - 1} more ${keys.length === 2 ? 'key' : 'keys'} of this mapping)` : ''
      const span = this.at(first)
      this.result.findings.push(createFinding(rule, { messageId: 'unchecked', data: { key: first.value, more }, severity, file: this.file, span }))
    }
  }

  /**
   * Binary or badly damaged text yields an error per token: the first ones say what is wrong, one
   * more says how many follow (a 300 KB file of quotes would otherwise give 60,000).
   */
  private reportParseErrors(document: Document.Parsed): void {
    if (!this.severityOf(this.ruleSet.yamlSyntax)) return
    const shown = document.errors.length > MAX_SYNTAX_ERRORS_PER_DOCUMENT + 1 ? MAX_SYNTAX_ERRORS_PER_DOCUMENT : document.errors.length
    for (const [i, error] of document.errors.entries()) {
      let span = spanOf(this.lineCounter, error.pos[0], error.pos[1])
      let detail = boundedDetail(error.message).replace(/\.?$/, '')
      const more = i === shown ? document.errors.length - shown : 0
      let duplicate: ReturnType<typeof describeDuplicateKey>
      if (more) detail = `${more} YAML errors from here on in this document (the first: ${detail})`
      else if (error.code === 'DUPLICATE_KEY') {
        duplicate = describeDuplicateKey(document, this.text, this.lineCounter, error.pos[0])
        if (duplicate) span = duplicate.span
      }
      this.syntax(detail, more ? 'TOO_MANY_ERRORS' : error.code, span, duplicate)
      if (more) break
    }
  }

  /** An alias bomb: kubectl refuses it, and walking it would never end. Left alone like a broken document. */
  private isAliasBomb(document: Document.Parsed): boolean {
    // Only a document with a '*' placed like an alias can hold one; most have none and skip the measurement.
    const [docStart, , docEnd] = document.range
    if (this.nextStar >= 0 && this.nextStar < docStart) this.nextStar = aliasLikeOffset(this.text, docStart, this.text.length)
    if (!(this.nextStar >= 0 && this.nextStar < docEnd)) return false
    const expansion = measureAliasExpansion(document)
    if (!isExcessiveAliasing(expansion)) return false
    const expanded = Number.isFinite(expansion.decodeCount) ? `${expansion.decodeCount} nodes` : 'an endless structure'
    const detail = `this document's aliases expand to ${expanded}, which the Kubernetes YAML decoder refuses as excessive aliasing (an alias bomb)`
    this.syntax(detail, 'EXCESSIVE_ALIASING', this.at(expansion.firstAlias, document.contents))
    return true
  }

  private runRule(rule: RuleModule, model: DocumentModel): void {
    if (!rule.create) return
    if (this.ruleSet.severities?.get(rule.meta.id) === 'off') return
    const context: RuleContext<string> = {
      file: this.file,
      model,
      veleroVersion: this.ruleSet.veleroVersion,
      report: (d) => {
        const severity = this.severityOf(rule, d.severity)
        if (!severity) return
        const { messageId, data, resource } = d
        const span = this.at(d.node, d.fallback)
        this.result.findings.push(createFinding(rule, { messageId, data, severity, file: this.file, span, resource, path: pathText(d.path) }))
      },
    }
    const visitor: RuleVisitor = rule.create(context)
    if (visitor.podTemplate) for (const pod of model.pods) visitor.podTemplate(pod)
    if (visitor.object) for (const obj of model.objects) visitor.object(obj)
    if (visitor.velero) for (const v of model.velero) visitor.velero(v)
  }
}

/** Each document with the end of its text: where the next one starts, or the end of the whole text. */
function* withTextEnds(documents: Iterable<Document.Parsed>, end: number): Generator<[Document.Parsed, number], void, undefined> {
  let held: Document.Parsed | undefined
  for (const document of documents) {
    if (held) yield [held, document.range[0]]
    held = document
  }
  if (held) yield [held, end]
}

/** Kinds of scalars whose text is data: a template mark in one is not template syntax. */
const STRING_SCALARS = new Set<unknown>([Scalar.QUOTE_DOUBLE, Scalar.QUOTE_SINGLE, Scalar.BLOCK_LITERAL, Scalar.BLOCK_FOLDED])

/**
 * Which documents of a text with a template mark ({{, {%) are templates, decided per document in
 * order: one whose mark is template syntax (in a key, a plain scalar, a flow collection, a comment)
 * or that does not parse. A mark inside a quoted or block scalar of a document that parses is data
 * (a Prometheus label template in a ConfigMap, a JSON Restore with "{{" in a string), and the
 * document is linted. Each mark is looked at once.
 */
class TemplateMarks {
  private readonly pattern = new RegExp(TEMPLATE_MARK.source, 'g')
  /** Where the current document's text starts (the end of the one before). */
  private start = 0
  /** The first mark not yet looked at (-1: none left): found once, not searched for from every document. */
  private next: number

  constructor(private readonly text: string) {
    this.next = this.find(0)
  }

  private find(from: number): number {
    this.pattern.lastIndex = from
    return this.pattern.exec(this.text)?.index ?? -1
  }

  /**
   * The document's first template mark and its text (from the end of the one before to `textEnd`, where
   * the next starts: a document that does not parse may end early); undefined when it is no template.
   */
  templateIn(document: Document.Parsed, textEnd: number): { mark: number; window: string } | undefined {
    const [start, end] = [this.start, Math.max(this.start, textEnd)]
    this.start = end
    const marks: number[] = []
    for (; this.next >= 0 && this.next < end; this.next = this.find(this.next + 1)) marks.push(this.next)
    if (marks.length === 0) return undefined
    const mark = document.errors.length > 0 ? marks[0] : firstOutside(marks, stringRanges(document))
    return mark === undefined ? undefined : { mark, window: this.text.slice(start, end) }
  }
}

/** The source ranges of a document's quoted and block scalars, by start. */
function stringRanges(document: Document.Parsed): Array<[number, number]> {
  const ranges: Array<[number, number]> = []
  visit(document, {
    Scalar: (_, node) => {
      if (STRING_SCALARS.has(node.type) && node.range) ranges.push([node.range[0], node.range[1]])
    },
  })
  return ranges.sort((a, b) => a[0] - b[0])
}

/** The first offset (ascending) in none of the ranges (sorted, not overlapping), or undefined. */
function firstOutside(offsets: readonly number[], ranges: ReadonlyArray<[number, number]>): number | undefined {
  let r = 0
  for (const offset of offsets) {
    while (r < ranges.length && ranges[r]![1] <= offset) r++
    const range = ranges[r]
    if (!range || offset < range[0] || offset + 2 > range[1]) return offset
  }
  return undefined
}

/** How many pod specs carry hook annotations, plus Velero objects with hook specs. */
export function countHooks(models: readonly DocumentModel[]): number {
  let n = 0
  for (const m of models) {
    for (const pod of m.pods) if (hookEntries(pod.annotations).length > 0) n++
    n += m.velero.length
  }
  return n
}

export function countResources(models: readonly DocumentModel[]): number {
  let n = 0
  for (const m of models) n += m.pods.filter((p) => p.role === 'pod').length + m.objects.length
  return n
}

/** The most of a parser message a finding quotes: past it, the message is cut with "...". */
export const MAX_DETAIL_CHARS = 200

/**
 * A parser message as a finding may show it: without the source excerpt (a pretty error's
 * `at line L, column C:` and the line under it) and without the text of the token it names
 * (`Unexpected scalar token in YAML stream: "…"` would quote any line of any file, a credential in a
 * linked .git/config included), on one line, without control characters, at most MAX_DETAIL_CHARS.
 */
export function boundedDetail(message: string): string {
  const detail = message
    .replace(/ at line \d+, column \d+:[\s\S]*$/, '')
    .replace(/ in YAML stream: [\s\S]*$/, ' in YAML stream')
    .replace(/^(Unresolved plain scalar|Block scalar header includes extra characters):? [\s\S]*$/, '$1')
    .replace(/\s+/g, ' ')
    // eslint-disable-next-line no-control-regex
    .replace(/[\u0000-\u001f\u007f-\u009f\u202a-\u202e\u2066-\u2069]/g, '?')
    .trim()
  return detail.length > MAX_DETAIL_CHARS ? `${detail.slice(0, MAX_DETAIL_CHARS - 3)}...` : detail
}

/**
 * A DUPLICATE_KEY error as the whole key (yaml points at its first character only), the key as text and
 * the line it repeats; undefined when no key starts at the error.
 */
function describeDuplicateKey(document: Document, text: string, lineCounter: ParsedFile['lineCounter'], offset: number): { span: Span; key: string; firstLine: number } | undefined {
  const duplicate = duplicateKeyAt(document, offset)
  if (!duplicate?.key.range) return undefined
  const [keyStart, keyEnd] = duplicate.key.range
  const span = spanOf(lineCounter, keyStart, keyEnd)
  const firstLine = duplicate.first.range ? lineCounter.linePos(duplicate.first.range[0]).line : span.line
  // A scalar by its value; anything else by its source text (never stringified: see duplicateKeyAt).
  const keyText = (isScalar(duplicate.key) ? String(duplicate.key.value) : text.slice(keyStart, keyEnd)).slice(0, 200).replace(/\s+/g, ' ')
  return { span, key: keyText.length > 80 ? `${keyText.slice(0, 77)}...` : keyText, firstLine }
}
