/**
 * The shape of a rule, after ESLint: metadata (id, severity, docs, messages) plus create(context),
 * which returns visitors for the parts of the model the rule cares about. A misspelt messageId is a
 * compile error, and a placeholder without data an exception: every finding, the engine's own
 * included, is made by createFinding from a messageId and data.
 */
import type { Node } from 'yaml'
import { ruleDocUrl } from '../version.js'
import type { VeleroVersion } from '../velero/versions.js'
import type { Span } from '../yaml/parse.js'
import type { Finding, Severity } from './finding.js'
import type { ModelView, ObjectView, PodView, ResourceRef, VeleroTarget, YamlPath } from './model.js'
import type { Place, RepoModel } from './repo-model.js'

export interface RuleDocs {
  /** One line: what the rule finds. */
  summary: string
  /** What Velero does, and why it matters. Markdown. */
  description: string
  /** How to fix it. Markdown. */
  fix: string
}

/** Which Velero versions a rule (or one of its messages) applies to, and what Velero does in each. */
export interface RuleVersions {
  /** One line for listings: the versions the rule reports on, e.g. "v1.12.0 … v1.18.2" or "all; messages differ on main". */
  applies: string
  /** What Velero does, per version range (Markdown), oldest first: the rule's page shows them as a table. */
  outcomes: ReadonlyArray<{ versions: string; outcome: string }>
}

export interface RuleMeta<M extends string> {
  /** Stable kebab-case id: what every output carries. */
  id: string
  severity: Severity
  docs: RuleDocs
  /** For rules whose verdict or message depends on the targeted Velero version (--velero-version). */
  versions?: RuleVersions
  /** Message templates with {{placeholders}}; each says what Velero will do and how to fix it. */
  messages: Record<M, string>
}

/** The values of a message's {{placeholders}}. */
export type MessageData = Record<string, string | number>

export interface ReportDescriptor<M extends string> {
  messageId: M
  data?: MessageData
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
  /** The Velero version the run targets (velero-version; default the latest release). */
  readonly veleroVersion: VeleroVersion
  report(descriptor: ReportDescriptor<M>): void
}

export interface RuleVisitor {
  podTemplate?(pod: PodView): void
  /** The own metadata of any object that is not a Pod. */
  object?(obj: ObjectView): void
  velero?(target: VeleroTarget): void
}

/** A cross-resource finding: at a place in any file of the repository. */
export interface RepoReportDescriptor<M extends string> {
  messageId: M
  data?: MessageData
  /** The key or value that must change (a selector, a `container`, an annotation). */
  place: Place
  resource?: ResourceRef
  /** Overrides meta.severity for this finding. */
  severity?: Severity
}

/** What a cross-resource rule gets: the whole repository's model, after every file was read. */
export interface RepoRuleContext<M extends string> {
  readonly repo: RepoModel
  readonly veleroVersion: VeleroVersion
  report(descriptor: RepoReportDescriptor<M>): void
}

export interface RuleModule<M extends string = string> {
  meta: RuleMeta<M>
  /** File-level rules (yaml-syntax, template-skipped) are reported by the engine and have no create. */
  create?(context: RuleContext<M>): RuleVisitor
  /**
   * Cross-resource rules (Backups, Schedules and Restores against the workloads they take) check the
   * repository model once every file has been read.
   */
  checkRepository?(context: RepoRuleContext<M>): void
}

export function defineRule<M extends string>(rule: RuleModule<M>): RuleModule<M> {
  return rule
}

const PLACEHOLDER = /\{\{\s*(\w+)\s*\}\}/g

/**
 * Fills a template's {{placeholders}} from data (in one pass: data that looks like a placeholder
 * stays as it is). Throws when data lacks a placeholder: a message never ships with a hole in it.
 */
export function interpolate(template: string, data: MessageData = {}): string {
  return template.replace(PLACEHOLDER, (_m, name: string) => {
    if (!Object.hasOwn(data, name)) throw new Error(`no data for {{${name}}} in ${JSON.stringify(template)}`)
    return String(data[name])
  })
}

/** A report as the engine completes it: the rule's messageId and data, plus severity and place. */
export interface FindingReport<M extends string> {
  messageId: M
  data?: MessageData
  severity: Severity
  file: string
  span: Span
  resource?: ResourceRef
  /** The node's YAML path as text (pathText). */
  path?: string
}

/**
 * The one way a finding is made, for a rule's context.report and the engine's own findings
 * (yaml-syntax, template-skipped, file-unreadable, unused-suppression) alike. Throws on a messageId
 * the rule does not define and on missing data.
 */
export function createFinding<M extends string>(rule: RuleModule<M>, report: FindingReport<M>): Finding {
  const { id, messages } = rule.meta
  if (!Object.hasOwn(messages, report.messageId)) throw new Error(`rule ${id} has no message "${report.messageId}"`)
  let message: string
  try {
    message = interpolate(messages[report.messageId], report.data)
  } catch (e) {
    throw new Error(`rule ${id}, message "${report.messageId}": ${(e as Error).message}`)
  }
  return {
    ruleId: id,
    messageId: report.messageId,
    severity: report.severity,
    message,
    helpUrl: ruleDocUrl(id),
    file: report.file,
    ...report.span,
    ...(report.resource !== undefined ? { resource: report.resource } : {}),
    ...(report.path !== undefined ? { path: report.path } : {}),
  }
}
