/**
 * The shape of a rule, after ESLint: metadata (id, severity, docs, messages) plus create(context),
 * which returns visitors for the parts of the model the rule cares about. A misspelt messageId is a
 * compile error.
 */
import type { Node } from 'yaml'
import type { Severity } from './finding.js'
import type { ModelView, ObjectView, PodView, ResourceRef, VeleroTarget, YamlPath } from './model.js'

export interface RuleDocs {
  /** One line: what the rule finds. */
  summary: string
  /** What Velero does, and why it matters. Markdown. */
  description: string
  /** How to fix it. Markdown. */
  fix: string
}

export interface RuleMeta<M extends string> {
  /** Stable kebab-case id: what every output carries. */
  id: string
  severity: Severity
  docs: RuleDocs
  /** Message templates with {{placeholders}}; each says what Velero will do and how to fix it. */
  messages: Record<M, string>
}

export interface ReportDescriptor<M extends string> {
  messageId: M
  data?: Record<string, string | number>
  /** The YAML node the finding is about (its key, or its value for value problems). */
  node: Node | null | undefined
  /** Used when node is null or undefined (e.g. the key of an annotation with no value). */
  fallback?: Node | null
  resource: ResourceRef
  path: YamlPath
  /** Overrides meta.severity for this finding (e.g. a warning for init hooks, an error for exec). */
  severity?: Severity
}

export interface RuleContext<M extends string> {
  readonly file: string
  /** The document's model as rules see it: typed accessors, no parser nodes. */
  readonly model: ModelView
  report(descriptor: ReportDescriptor<M>): void
}

export interface RuleVisitor {
  podTemplate?(pod: PodView): void
  /** The own metadata of any object that is not a Pod. */
  object?(obj: ObjectView): void
  velero?(target: VeleroTarget): void
}

export interface RuleModule<M extends string = string> {
  meta: RuleMeta<M>
  /** File-level rules (yaml-syntax, template-skipped) are reported by the engine and have no create. */
  create?(context: RuleContext<M>): RuleVisitor
}

export function defineRule<M extends string>(rule: RuleModule<M>): RuleModule<M> {
  return rule
}

export function interpolate(template: string, data: Record<string, string | number> = {}): string {
  return template.replace(/\{\{\s*(\w+)\s*\}\}/g, (m, name: string) => (name in data ? String(data[name]) : m))
}
