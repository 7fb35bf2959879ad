/**
 * Charts and overlays end to end: find them among the scanned directories, render each with the
 * real tool (in parallel, each with a deadline), lint the rendered objects with the same rules as
 * any manifest, and report every finding at the source line the user edits. A chart or overlay
 * that cannot be rendered gets a finding at its Chart.yaml / kustomization.yaml: never silent.
 */
import { mkdtempSync, readFileSync, rmSync, statSync } from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { createFinding } from '../engine/define-rule.js'
import { compareFindings, type Finding } from '../engine/finding.js'
import type { FileFacts } from '../engine/repo-model.js'
import type { RuleSet } from '../engine/rule-set.js'
import { findCharts, renderChart, valueSets, type ChartRoot, type HelmChartConfig } from './helm.js'
import { findKustomizations, findKustomizeTool, renderKustomization, type KustomizeTool } from './kustomize.js'
import { describeJob, lintRendered, type RenderedLint } from './lint-rendered.js'
import { SourceLocator } from './locate.js'
import { findExecutable, mapLimited } from './tools.js'
import type { RenderJob, RenderOutput, SourceRoot } from './types.js'

export interface SourcesOptions {
  /** Absolute base directory; every path in the result is relative to it. */
  base: string
  /** Directories (relative to base) that hold scanned files; charts and kustomizations are looked for there and above. */
  dirs: readonly string[]
  ruleSet: RuleSet
  /** helm to run (a path or a name on PATH); default: helm on PATH. */
  helm?: string
  /** kustomize or kubectl to run; default: kustomize on PATH, else kubectl. */
  kustomize?: string
  timeoutMs: number
  /** Renders at once. */
  concurrency: number
  /** Per chart directory: value sets and release settings from the configuration. */
  charts?: ReadonlyMap<string, HelmChartConfig>
}

export interface SourcesResult {
  findings: Finding[]
  /**
   * Files whose text a successful render accounts for: their plain-lint findings that only say
   * "not checked" (template-skipped, hook-keys-not-checked) are dropped, since the render checked them.
   */
  explained: Set<string>
  /**
   * Files a successful render checks instead of the plain lint: a rendered chart's files (templates
   * are not YAML), and the patches and kustomizations of a rendered overlay (a patch alone is a
   * partial object: linted alone, it lacks what its base gives it).
   */
  replaced: Set<string>
  roots: number
  renders: number
  documents: number
  resources: number
  hooks: number
  /**
   * What the rendered objects add to the repository model: one FileFacts per render, every place
   * on the source line the user edits (else the chart's or kustomization's file), with the namespace
   * the render put them in.
   */
  facts: FileFacts[]
  /**
   * The facts of the renders the lint did not parse (no Velero content), read when called: only
   * when the repository holds Backups, Schedules or Restores that may take their workloads.
   */
  unlintedFacts: () => FileFacts[]
  /** Whether a suppression comment in the source file a finding was put in covers it. */
  suppressed: (finding: Pick<Finding, 'file' | 'line' | 'ruleId'>) => boolean
}

/** Every directory in `dirs` and its ancestors up to the base ('.'). */
export function withAncestors(dirs: readonly string[]): string[] {
  const out = new Set<string>(['.'])
  for (const dir of dirs) {
    for (let d = dir; d !== '.' && d !== '' && d !== '/'; d = path.posix.dirname(d)) {
      if (out.has(d)) break
      out.add(d)
    }
  }
  return [...out].sort()
}

export async function checkSources(options: SourcesOptions): Promise<SourcesResult> {
  const dirs = withAncestors(options.dirs)
  const charts = findCharts(options.base, dirs)
  const kustomize = findKustomizations(options.base, dirs)
  const jobs: RenderJob[] = [...charts.flatMap((c) => valueSets(c, options.charts?.get(c.dir))), ...kustomize.roots.map((root) => ({ root }))]
  const locator = new SourceLocator(sourceReader(options.base))
  const suppressed = (f: Pick<Finding, 'file' | 'line' | 'ruleId'>): boolean => locator.suppressed(f)
  const result: SourcesResult = { findings: [], explained: new Set(), replaced: new Set(), roots: charts.length + kustomize.roots.length, renders: 0, documents: 0, resources: 0, hooks: 0, facts: [], unlintedFacts: () => [], suppressed }
  if (jobs.length === 0) return result
  const tempDir = mkdtempSync(path.join(os.tmpdir(), 'velero-hooks-render-'))
  try {
    const render = renderer(options, tempDir)
    // Each output is linted while the next renders run: the task hands the render's slot on first.
    const linted: Array<Promise<Linted>> = []
    await mapLimited(jobs, options.concurrency, async (job, i) => {
      const output = await render(job)
      linted[i] = soon(() => lintOutput(output, options.ruleSet, locator))
    })
    collect(await Promise.all(linted), charts, options, result)
  } finally {
    rmSync(tempDir, { recursive: true, force: true })
  }
  return result
}

interface Linted {
  output: RenderOutput
  /** For a successful render, its findings on source lines and what it saw. */
  lint?: RenderedLint
}

/** `work()` on a later turn of the event loop; its failure surfaces where the promise is awaited. */
function soon<T>(work: () => T): Promise<T> {
  const promise = new Promise<T>((resolve, reject) =>
    setImmediate(() => {
      try {
        resolve(work())
      } catch (e) {
        reject(e)
      }
    }),
  )
  promise.catch(() => undefined) // awaited with the others once every render is done
  return promise
}

function lintOutput(output: RenderOutput, ruleSet: RuleSet, locator: SourceLocator): Linted {
  return output.ok ? { output, lint: lintRendered(output, ruleSet, locator) } : { output }
}

function renderer(options: SourcesOptions, tempDir: string): (job: RenderJob) => Promise<RenderOutput> {
  const helm = findExecutable(options.helm ?? 'helm')
  const kustomize: KustomizeTool | undefined = findKustomizeTool(options.kustomize)
  const common = { base: options.base, timeoutMs: options.timeoutMs, tempDir }
  return async (job) => {
    if (job.root.kind === 'chart') {
      if (!helm) return { ok: false, job, kind: 'tool-missing', reason: toolMissing('helm', options.helm) }
      return renderChart(job, helm, common)
    }
    if (!kustomize) return { ok: false, job, kind: 'tool-missing', reason: toolMissing('kustomize or kubectl', options.kustomize) }
    return renderKustomization(job, kustomize, common)
  }
}

function toolMissing(tool: string, configured: string | undefined): string {
  return configured ? `${tool} "${configured}" was not found or is not executable` : `${tool} was not found on PATH`
}

/** Reports every failed render and merges the findings of the linted ones (in job order: messages are stable). */
function collect(outputs: readonly Linted[], charts: readonly ChartRoot[], options: SourcesOptions, result: SourcesResult): void {
  const merged = new MergedFindings()
  const unlinted: Array<() => FileFacts> = []
  const reportedFailures = new Set<string>()
  for (const { output, lint } of outputs) {
    if (!output.ok) {
      if (options.ruleSet.severities?.get(options.ruleSet.sourceNotRendered.meta.id) === 'off') continue
      const key = `${output.job.root.anchorFile}\n${output.kind === 'tool-missing' ? '' : (output.job.valueSet ?? '')}`
      if (!reportedFailures.has(key)) result.findings.push(notRendered(output, options.ruleSet))
      reportedFailures.add(key)
      continue
    }
    if (!lint) continue
    result.renders++
    result.documents += lint.documents
    result.resources += lint.resources
    result.hooks += lint.hooks
    for (const f of lint.findings) merged.add(f, describeJob(output.job))
    if (lint.facts.workloads.length > 0 || lint.facts.velero.length > 0 || lint.facts.namespaces.length > 0) result.facts.push(lint.facts)
    if (lint.unlintedFacts) unlinted.push(lint.unlintedFacts)
    for (const document of output.documents) {
      for (const source of document.sources) {
        result.explained.add(source.path)
        if (source.role === 'patch' || source.role === 'kustomization') result.replaced.add(source.path)
      }
    }
    result.explained.add(output.job.root.anchorFile)
    if (output.job.root.kind === 'chart' && output.job.valueSet === 'values.yaml') {
      const chart = charts.find((c) => c.dir === output.job.root.dir)
      for (const file of chart?.explains ?? []) result.replaced.add(file)
    }
  }
  result.findings.push(...merged.findings())
  result.findings.sort(compareFindings)
  result.unlintedFacts = () => unlinted.map((read) => read()).filter((f) => f.workloads.length > 0 || f.velero.length > 0 || f.namespaces.length > 0)
}

function notRendered(output: Extract<RenderOutput, { ok: false }>, ruleSet: RuleSet): Finding {
  const { job } = output
  const what = output.kind === 'tool-missing' ? `${job.root.kind === 'chart' ? 'chart' : 'kustomization'} ${job.root.dir}` : describeJob(job)
  const fix: Record<typeof output.kind, string> = {
    'tool-missing': `install it (GitHub-hosted runners have helm and kubectl) or name it: ${job.root.kind === 'chart' ? 'helm' : 'kustomize'} in .velero-hooks.yaml, --${job.root.kind === 'chart' ? 'helm' : 'kustomize'} or the action input`,
    'dependencies-missing': 'vendor the dependencies (commit charts/) or run helm dependency build before velero-hooks',
    timeout: 'make the render faster, or raise render.timeout in .velero-hooks.yaml',
    refused: 'velero-hooks renders only what is in the repository',
    failed: `fix the ${job.root.kind === 'chart' ? 'chart' : 'kustomization'} so that it renders`,
  }
  const span = { line: 1, column: 1, endLine: 1, endColumn: 1 }
  const level = ruleSet.severities?.get(ruleSet.sourceNotRendered.meta.id)
  return createFinding(ruleSet.sourceNotRendered, {
    messageId: 'notRendered',
    data: { what, why: output.reason.replace(/\.$/, ''), fix: fix[output.kind] },
    severity: level === undefined || level === 'off' ? ruleSet.sourceNotRendered.meta.severity : level,
    file: job.root.anchorFile,
    span,
  })
}

/** Source files as the locator reads them: regular files inside the base, at most 4 MiB. */
function sourceReader(base: string): (file: string) => string | undefined {
  const cache = new Map<string, string | undefined>()
  return (file) => {
    if (cache.has(file)) return cache.get(file)
    let text: string | undefined
    const abs = path.resolve(base, file)
    const inside = !path.relative(base, abs).startsWith('..')
    try {
      if (inside && statSync(abs).isFile() && statSync(abs).size <= 4 * 1024 * 1024) text = readFileSync(abs, 'utf8')
    } catch {
      text = undefined
    }
    cache.set(file, text)
    return text
  }
}

/**
 * One finding per source position and rule, however many renders reach it (a base shared by two
 * overlays, a template rendered with three value sets): the message names every render.
 */
class MergedFindings {
  private readonly byPlace = new Map<string, { finding: Finding; renders: string[] }>()

  add(finding: Finding, render: string): void {
    const key = `${finding.ruleId}\n${finding.file}\n${finding.line}\n${finding.column}`
    const seen = this.byPlace.get(key)
    if (!seen) this.byPlace.set(key, { finding, renders: [render] })
    else if (!seen.renders.includes(render)) seen.renders.push(render)
  }

  findings(): Finding[] {
    return [...this.byPlace.values()].map(({ finding, renders }) =>
      renders.length === 1 ? finding : { ...finding, message: finding.message.replace(/\]$/, `; also in ${renders.slice(1).join(', ')}]`) },
    )
  }
}

export type { SourceRoot }
