/**
 * Lints one renderer's output with the same rules as any manifest, then moves every finding from
 * the rendered text (which exists only in memory) to the source line the user edits, and names the
 * rendered object in the message, since one source line can render into several objects.
 * Suppression comments count where they are written: a finding put on a source line that a
 * `# velero-hooks-ignore` comment of that file covers is dropped (kustomize and values files lose
 * their comments in the render), and the rendered text's own unused suppressions are not reported.
 */
import type { Finding } from '../engine/finding.js'
import type { FileFacts } from '../engine/repo-model.js'
import { countHooks, countResources, lintText } from '../engine/lint-text.js'
import type { RuleSet } from '../engine/rule-set.js'
import { sourceSpotAt, type SourceLocator } from './locate.js'
import { renderedFacts, unlintedRenderedFacts } from './rendered-facts.js'
import type { RenderJob, RenderOutput, SourceSpot } from './types.js'

export interface RenderedLint {
  findings: Finding[]
  documents: number
  resources: number
  hooks: number
  /** The rendered objects' facts for the repository model, on source lines (rendered-facts.ts). */
  facts: FileFacts
  /** When the lint did not parse the output (no Velero content) and it may hold workloads: its facts, read when asked. */
  unlintedFacts?: () => FileFacts
}

/** "chart charts/web (values ci/prod-values.yaml)" or "kustomization overlays/prod". */
export function describeJob(job: RenderJob): string {
  const what = job.root.kind === 'chart' ? 'chart' : 'kustomization'
  return `${what} ${job.root.dir}${job.valueSet ? ` (values ${job.valueSet})` : ''}`
}

export function lintRendered(output: Extract<RenderOutput, { ok: true }>, ruleSet: RuleSet, locator: SourceLocator): RenderedLint {
  const label = `rendered ${describeJob(output.job)}`
  const lint = lintText(label, output.text, ruleSet)
  // A suppression comment is judged where it is written (the source file), not in the rendered text.
  const findings = lint.findings
    .filter((f) => f.ruleId !== ruleSet.unusedSuppression.meta.id)
    .map((f) => moveToSource(f, output, lint.parsed, locator))
    .filter((f) => !locator.suppressed(f))
  const facts = renderedFacts(lint.facts, output, lint.parsed, locator)
  const unlintedFacts = !lint.parsed && output.text.includes('containers') ? () => unlintedRenderedFacts(label, output, locator) : undefined
  return { findings, documents: lint.models.length, resources: countResources(lint.models), hooks: countHooks(lint.models), facts, ...(unlintedFacts ? { unlintedFacts } : {}) }
}

type Parsed = ReturnType<typeof lintText>['parsed']

function moveToSource(finding: Finding, output: Extract<RenderOutput, { ok: true }>, parsed: Parsed, locator: SourceLocator): Finding {
  const document = output.documents.find((d) => finding.line >= d.startLine && finding.line <= d.endLine)
  const spot = document && parsed ? sourceSpotAt(finding, finding.resource, document, output.job, parsed, locator) : undefined
  // No source line: the Chart.yaml of the (sub)chart that rendered it, else the root's anchor.
  const where: SourceSpot = spot ?? { file: document?.anchorFile ?? output.job.root.anchorFile, line: 1, column: 1, endLine: 1, endColumn: 1 }
  const object = finding.resource?.kind ? `${finding.resource.kind}${finding.resource.name ? ` ${finding.resource.name}` : ''}` : 'an object'
  const placed = spot ? '' : ' (velero-hooks could not tell which source line produced it)'
  return {
    ...finding,
    file: where.file,
    line: where.line,
    column: where.column,
    endLine: where.endLine ?? where.line,
    endColumn: where.endColumn ?? where.column,
    message: `${finding.message} [${object} rendered from ${describeJob(output.job)}${placed}]`,
  }
}
