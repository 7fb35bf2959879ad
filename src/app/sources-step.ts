/**
 * The charts-and-overlays step of a run, beside the plain lint: renders what the scanned
 * directories hold, then merges its findings into the plain lint's result. A render explains some
 * files: their "not checked" findings go, a rendered chart's files are checked through the render
 * only, and a source line reported by both keeps one finding.
 */
import os from 'node:os'
import path from 'node:path'
import { discoverFiles } from '../engine/discover.js'
import { compareFindings, countBySeverity, type Finding } from '../engine/finding.js'
import type { CrossResourceExtra } from '../engine/cross-resource.js'
import type { LintOptions, LintResult } from '../engine/run-lint.js'
import { checkSources, type SourcesResult } from '../sources/check-sources.js'
import type { HelmChartConfig } from '../sources/helm.js'
import type { Settings } from './settings.js'

/** A render that takes longer than this is stopped and reported (source-not-rendered). */
export const DEFAULT_RENDER_TIMEOUT_MS = 60_000

export interface SourcesStepConfig {
  helm?: string
  kustomize?: string
  timeoutMs?: number
  charts?: ReadonlyMap<string, HelmChartConfig>
}

export async function runSourcesStep(settings: Settings, options: LintOptions, config: SourcesStepConfig = {}): Promise<SourcesResult | undefined> {
  if (!settings.chartsAndOverlays) return undefined
  const discovered = await discoverFiles({ cwd: options.cwd, patterns: options.patterns, ignore: options.ignore, allowExplicitOutside: options.allowExplicitOutside ?? false })
  const dirs = [...new Set(discovered.files.filter((f) => !f.relative.startsWith('../')).map((f) => path.posix.dirname(f.relative)))]
  return checkSources({
    base: path.resolve(options.cwd),
    dirs,
    ruleSet: options.ruleSet,
    helm: settings.helm ?? config.helm,
    kustomize: settings.kustomize ?? config.kustomize,
    timeoutMs: config.timeoutMs ?? DEFAULT_RENDER_TIMEOUT_MS,
    concurrency: Math.max(1, os.availableParallelism()),
    charts: config.charts,
  })
}

const place = (f: Finding): string => `${f.ruleId}\n${f.file}\n${f.line}\n${f.column}`

export function mergeSources(lint: LintResult, sources: SourcesResult | undefined, notCheckedRules: readonly string[]): LintResult {
  if (!sources) return lint
  const replaced = (f: Finding): boolean =>
    sources.replaced.has(f.file) || (sources.explained.has(f.file) && notCheckedRules.includes(f.ruleId))
  const plain = lint.findings.filter((f) => !replaced(f))
  const seen = new Set(plain.map(place))
  const findings = [...plain, ...sources.findings.filter((f) => !seen.has(place(f)))].sort(compareFindings)
  const summary = {
    ...lint.summary,
    documents: lint.summary.documents + sources.documents,
    resources: lint.summary.resources + sources.resources,
    hooks: lint.summary.hooks + sources.hooks,
    ...countBySeverity(findings),
  }
  return { ...lint, findings, summary }
}

/**
 * What the charts and overlays add to the cross-resource step: the rendered objects' facts (on
 * source lines), in place of the plain facts of the files a render accounts for (a workload
 * rendered from a chart or an overlay is one workload, not one more for its template or base).
 */
export function crossResourceExtra(sources: SourcesResult | undefined): CrossResourceExtra | undefined {
  if (!sources) return undefined
  return {
    files: sources.facts,
    moreFiles: sources.unlintedFacts,
    replaces: (file) => sources.explained.has(file) || sources.replaced.has(file),
    suppressed: sources.suppressed,
    quietUnused: (file) => sources.replaced.has(file),
  }
}
