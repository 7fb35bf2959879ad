/**
 * Lints one file's text: the pure core shared by the CLI, the action and render.
 * read → (cheap pre-filter) → parse with positions → model → rules → findings.
 */
import { isScalar, type Document, type Node } from 'yaml'
import { deepNestingOffset, duplicateKeyAt, MAX_NESTING, parseManifestStream, spanOf, type ParsedFile, type Span } from '../yaml/parse.js'
import { aliasLikeOffset, isExcessiveAliasing, measureAliasExpansion } from '../yaml/aliasing.js'
import { createFinding, type RuleContext, type RuleModule, type RuleVisitor } from './define-rule.js'
import { compareFindings, type Finding, type Severity } from './finding.js'
import { buildDocumentModel, pathText, type DocumentModel } from './model.js'
import { hookEntries } from '../velero/hook-keys.js'
import type { RuleSet } from './rule-set.js'
import { applySuppressions, SUPPRESS_LINE } from './suppressions.js'
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
  /** Undefined when the file was not parsed (no Velero content, or a template). */
  parsed: ParsedFile | undefined
  models: DocumentModel[]
  findings: Finding[]
  /** Documents that did not parse; render leaves them alone. */
  brokenDocuments: Set<number>
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
}

/**
 * lintText without keeping the file's documents: each is modelled, checked and dropped as soon
 * as it is parsed, so memory stays that of one document however big the file (runLint's path
 * when nothing needs the parsed documents afterwards). Same findings as lintText.
 */
export function lintTextCounts(file: string, raw: string, ruleSet: RuleSet): FileCounts {
  // Suppression comments need every document's scalars (a '#' inside one is no comment).
  const { result, counts } = lintFile(file, raw, ruleSet, raw.includes(SUPPRESS_LINE))
  return { findings: result.findings, ...counts }
}

function lintFile(file: string, raw: string, ruleSet: RuleSet, keep: boolean): { result: FileLint; counts: Omit<FileCounts, 'findings'> } {
  const result: FileLint = { file, parsed: undefined, models: [], findings: [], brokenDocuments: new Set() }
  const counts = { documents: 0, resources: 0, hooks: 0 }
  const done = { result, counts }
  if (!hasVeleroHint(raw)) return done
  const severityOf = (rule: RuleModule, requested?: Severity): Severity | undefined => {
    const override = ruleSet.severities?.get(rule.meta.id)
    if (override === 'off') return undefined
    return override ?? requested ?? rule.meta.severity
  }
  const syntaxFinding = (severity: Severity, detail: string, code: string, span: Span): Finding =>
    createFinding(ruleSet.yamlSyntax, { messageId: 'syntax', data: { detail, code }, severity, file, span })

  const template = TEMPLATE_MARK.exec(raw)
  if (template) {
    const severity = HOOK_HINT.test(raw) ? severityOf(ruleSet.templateSkipped) : undefined
    const before = raw.slice(0, template.index).replace(/^\uFEFF/, '')
    const line = before.split('\n').length
    // Columns count from the last line break of the BOM-less text, on every line.
    const column = before.length - before.lastIndexOf('\n')
    if (severity) {
      const span = { line, column, endLine: line, endColumn: column + template[0].length }
      result.findings.push(createFinding(ruleSet.templateSkipped, { messageId: 'template', data: { mark: template[0] }, severity, file, span }))
    }
    result.findings = applySuppressions(file, raw, undefined, result.findings, ruleSet)
    return done
  }

  const stream = parseManifestStream(raw)
  const { lineCounter } = stream
  const tooDeep = deepNestingOffset(stream.text)
  if (tooDeep !== undefined) {
    // Refused before the parser recurses into it (see MAX_NESTING): same answer on every thread.
    const severity = severityOf(ruleSet.yamlSyntax)
    if (severity) {
      const detail = `collections nest more than ${MAX_NESTING} levels deep here, too deep to parse safely`
      result.findings.push(syntaxFinding(severity, detail, 'RESOURCE_EXHAUSTION', spanOf(lineCounter, tooDeep, tooDeep + 1)))
    }
    return done
  }
  const at = (node: Node | null | undefined, fallback?: Node | null) => {
    const n = node?.range ? node : fallback?.range ? fallback : undefined
    const [start, end] = n?.range ? [n.range[0], n.range[1]] : [0, 0]
    return spanOf(lineCounter, start, end)
  }
  const documents: Document.Parsed[] = []
  // The first alias-like '*' at or after the current document (-1: none left), found once per
  // stretch of text rather than searched from every document to the end of a file of thousands.
  let nextStar = aliasLikeOffset(stream.text, 0, stream.text.length)
  const pending = stream.documents[Symbol.iterator]()
  for (let index = 0; ; index++) {
    let next: IteratorResult<Document.Parsed>
    try {
      next = pending.next()
    } catch (e) {
      // The yaml parser recurses: thousands of nested block collections overflow the stack before
      // its own depth check (which covers composing) can report them. The file is not checked,
      // and what its first documents gave is dropped: the file as a whole did not parse.
      const severity = severityOf(ruleSet.yamlSyntax)
      const tooDeep = e instanceof RangeError
      result.findings = []
      if (severity) {
        const detail = tooDeep ? 'the file nests collections too deeply to parse' : `the parser failed (${(e as Error)?.message ?? String(e)})`.replace(/\s+/g, ' ')
        result.findings.push(syntaxFinding(severity, detail, tooDeep ? 'RESOURCE_EXHAUSTION' : 'PARSER_FAILURE', { line: 1, column: 1, endLine: 1, endColumn: 1 }))
      }
      result.models = []
      result.brokenDocuments.clear()
      Object.assign(counts, { documents: 0, resources: 0, hooks: 0 })
      return done
    }
    if (next.done) break
    const document = next.value
    if (keep) documents.push(document)
    counts.documents++
    const model = lintDocument(document, index)
    if (!model) continue
    if (keep) result.models.push(model)
    counts.resources += countResources([model])
    counts.hooks += countHooks([model])
  }
  const parsed: ParsedFile = { text: stream.text, hadBom: stream.hadBom, lineCounter, documents }
  if (keep) result.parsed = parsed
  result.findings = applySuppressions(file, raw, keep ? parsed : undefined, result.findings, ruleSet)
  result.findings.sort(compareFindings)
  return done

  /** Checks one document; returns its model, or undefined when it is broken. */
  function lintDocument(document: Document.Parsed, index: number): DocumentModel | undefined {
    if (document.errors.length > 0) {
      result.brokenDocuments.add(index)
      const severity = severityOf(ruleSet.yamlSyntax)
      if (severity) {
        // Binary or badly damaged text yields an error per token: the first ones say what is wrong,
        // one more says how many follow (a 300 KB file of quotes would otherwise give 60,000).
        const shown = document.errors.length > MAX_SYNTAX_ERRORS_PER_DOCUMENT + 1 ? MAX_SYNTAX_ERRORS_PER_DOCUMENT : document.errors.length
        for (const [i, error] of document.errors.entries()) {
          let span = spanOf(lineCounter, error.pos[0], error.pos[1])
          let detail = error.message.replace(/\s+/g, ' ').replace(/\.?$/, '')
          const more = i === shown ? document.errors.length - shown : 0
          if (more) detail = `${more} YAML errors from here on in this document (the first: ${detail})`
          else if (error.code === 'DUPLICATE_KEY') {
            const duplicate = describeDuplicateKey(document, stream.text, lineCounter, error.pos[0])
            if (duplicate) ({ span, detail } = duplicate)
          }
          result.findings.push(syntaxFinding(severity, detail, more ? 'TOO_MANY_ERRORS' : error.code, span))
          if (more) break
        }
      }
      return
    }
    // Only a document with a '*' placed like an alias can hold one; most have none and skip the measurement.
    const [docStart, , docEnd] = document.range
    if (nextStar >= 0 && nextStar < docStart) nextStar = aliasLikeOffset(stream.text, docStart, stream.text.length)
    if (nextStar >= 0 && nextStar < docEnd) {
      const expansion = measureAliasExpansion(document)
      if (isExcessiveAliasing(expansion)) {
        // An alias bomb: kubectl refuses it, and walking it would never end. Left alone like a broken document.
        result.brokenDocuments.add(index)
        const severity = severityOf(ruleSet.yamlSyntax)
        if (severity) {
          const expanded = Number.isFinite(expansion.decodeCount) ? `${expansion.decodeCount} nodes` : 'an endless structure'
          const detail = `this document's aliases expand to ${expanded}, which the Kubernetes YAML decoder refuses as excessive aliasing (an alias bomb)`
          result.findings.push(syntaxFinding(severity, detail, 'EXCESSIVE_ALIASING', at(expansion.firstAlias, document.contents)))
        }
        return
      }
    }
    const model = buildDocumentModel(document, index)
    if (model.pods.length === 0 && model.objects.length === 0 && model.velero.length === 0) return model
    for (const rule of ruleSet.rules) {
      if (!rule.create) continue
      if (ruleSet.severities?.get(rule.meta.id) === 'off') continue
      const context: RuleContext<string> = {
        file,
        model,
        report(d) {
          const severity = severityOf(rule, d.severity)
          if (!severity) return
          const { messageId, data, resource } = d
          result.findings.push(createFinding(rule, { messageId, data, severity, file, span: at(d.node, d.fallback), resource, path: pathText(d.path) }))
        },
      }
      const visitor: RuleVisitor = rule.create(context)
      if (visitor.podTemplate) for (const pod of model.pods) visitor.podTemplate(pod)
      if (visitor.object) for (const obj of model.objects) visitor.object(obj)
      if (visitor.velero) for (const v of model.velero) visitor.velero(v)
    }
    return model
  }
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

/**
 * A DUPLICATE_KEY error as the whole key (yaml points at its first character only) and which line
 * it repeats; undefined when no key starts at the error.
 */
function describeDuplicateKey(document: Document, text: string, lineCounter: ParsedFile['lineCounter'], offset: number): { span: ReturnType<typeof spanOf>; detail: string } | undefined {
  const duplicate = duplicateKeyAt(document, offset)
  if (!duplicate?.key.range) return undefined
  const [keyStart, keyEnd] = duplicate.key.range
  const span = spanOf(lineCounter, keyStart, keyEnd)
  const firstLine = duplicate.first.range ? lineCounter.linePos(duplicate.first.range[0]).line : span.line
  // A scalar by its value; anything else by its source text (never stringified: see duplicateKeyAt).
  const keyText = (isScalar(duplicate.key) ? String(duplicate.key.value) : text.slice(keyStart, keyEnd)).slice(0, 200).replace(/\s+/g, ' ')
  const shown = keyText.length > 80 ? `${keyText.slice(0, 77)}...` : keyText
  return { span, detail: `the key ${JSON.stringify(shown)} is already set at line ${firstLine} of this mapping (map keys must be unique; a decoder that accepts it keeps only the last value)` }
}
