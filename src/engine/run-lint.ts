/**
 * files × documents × rules → findings. Reads with bounded concurrency and never holds more than
 * a handful of parsed files at once (only findings are kept).
 */
import { readFile, stat } from 'node:fs/promises'
import { discoverFiles, type DiscoveredFile, type DiscoveryOptions, type SkippedPath } from './discover.js'
import { compareFindings, countBySeverity, type Finding, type SeverityCounts } from './finding.js'
import { countHooks, countResources, lintText, type FileLint, type RuleSet } from './lint-text.js'
import { defaultRuleSet } from '../rules/index.js'

export const DEFAULT_MAX_FILE_BYTES = 16 * 1024 * 1024

export interface LintOptions extends DiscoveryOptions {
  ruleSet?: RuleSet
  /** Files larger than this are not read; a finding says so. */
  maxFileBytes?: number
  /** Concurrent file reads. */
  concurrency?: number
  /** Called with each file's lint, while its parsed documents are still in memory (render uses it). */
  onFile?: (lint: FileLint, file: DiscoveredFile, raw: string) => void | Promise<void>
  /** Called with each file that was found but not read (over the size limit, or unreadable). */
  onUnread?: (file: DiscoveredFile) => void | Promise<void>
}

export interface LintSummary extends SeverityCounts {
  files: number
  documents: number
  resources: number
  hooks: number
}

export interface LintResult {
  summary: LintSummary
  findings: Finding[]
  skipped: SkippedPath[]
}

export async function mapLimit<T>(items: readonly T[], limit: number, fn: (item: T, i: number) => Promise<void>): Promise<void> {
  let next = 0
  const worker = async (): Promise<void> => {
    while (next < items.length) {
      const i = next++
      await fn(items[i]!, i)
    }
  }
  await Promise.all(Array.from({ length: Math.min(limit, items.length) }, worker))
}

export async function runLint(options: LintOptions): Promise<LintResult> {
  const ruleSet = options.ruleSet ?? defaultRuleSet()
  const maxBytes = options.maxFileBytes ?? DEFAULT_MAX_FILE_BYTES
  const discovery = await discoverFiles(options)
  const perFile: Finding[][] = new Array(discovery.files.length)
  let documents = 0
  let resources = 0
  let hooks = 0
  const skipped = [...discovery.skipped]

  await mapLimit(discovery.files, options.concurrency ?? 16, async (file, i) => {
    const findings: Finding[] = []
    perFile[i] = findings
    let raw: string
    try {
      const info = await stat(file.absolute)
      if (info.size > maxBytes) {
        findings.push(fileProblem(ruleSet, file.relative, `is ${info.size} bytes, over the ${maxBytes}-byte limit, and was not read`))
        if (options.onUnread) await options.onUnread(file)
        return
      }
      raw = await readFile(file.absolute, 'utf8')
    } catch (e) {
      const code = (e as NodeJS.ErrnoException).code
      if (code === 'ENOENT') {
        skipped.push({ path: file.relative, reason: 'deleted before it could be read' })
        return
      }
      findings.push(fileProblem(ruleSet, file.relative, `could not be read (${code ?? (e as Error).message})`))
      if (options.onUnread) await options.onUnread(file)
      return
    }
    const lint = lintText(file.relative, raw, ruleSet)
    documents += lint.parsed?.documents.length ?? 0
    resources += countResources(lint.models)
    hooks += countHooks(lint.models)
    findings.push(...lint.findings)
    if (options.onFile) await options.onFile(lint, file, raw)
  })

  const findings = perFile.flat().sort(compareFindings)
  return {
    summary: { files: discovery.files.length, documents, resources, hooks, ...countBySeverity(findings) },
    findings,
    skipped,
  }
}

function fileProblem(ruleSet: RuleSet, file: string, what: string): Finding {
  const rule = ruleSet.fileUnreadable
  return {
    ruleId: rule.meta.id,
    severity: rule.meta.severity,
    message: `This file ${what}: its Velero hooks (if any) were not checked. Raise the limit or ignore the file.`,
    file,
    line: 1,
    column: 1,
    endLine: 1,
    endColumn: 1,
  }
}
