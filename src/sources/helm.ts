/**
 * Helm charts: discovery (findCharts), the value sets to render each with (valueSets), and the
 * render itself (renderChart), whose documents name the files their text may come from.
 *
 *   const charts = findCharts(base, scannedDirs)
 *   const jobs = charts.flatMap((c) => valueSets(c, config.charts[c.dir]))
 *   const outputs = await mapLimited(jobs, 4, (j) => renderChart(j, findExecutable('helm'), { base, timeoutMs, tempDir }))
 */
import type { ChartRoot } from './helm-chart.js'
import type { RenderJob, SourceSpot } from './types.js'

export { findCharts, type ChartRoot } from './helm-chart.js'
export { splitDocuments, type OutputDocument } from './helm-output.js'
export { DEFAULT_RELEASE, helmEnv, helmTemplateArgs, renderChart, type HelmRenderOptions } from './helm-render.js'

/** A value set configured for a chart (an entry of .velero-hooks.yaml, parsed by the caller). */
export interface HelmValueSet {
  /** Its name in findings, e.g. 'prod'. */
  name: string
  /** Values files relative to base ('/'-separated), lowest precedence first, on top of the chart's values.yaml (helm -f). */
  values?: readonly string[]
  /** --set pairs in order, each with where it is written. */
  set?: ReadonlyArray<{ key: string; value: string; at: SourceSpot }>
  release?: string
  namespace?: string
  kubeVersion?: string
  /** Where the set is written, for findings about it. */
  at?: SourceSpot
}

/** A chart's settings (parsed by the caller). */
export interface HelmChartConfig {
  /** Render each ci/*-values.yaml as a value set of its own (default true). */
  ciValues?: boolean
  /** Defaults for every value set of the chart, values.yaml and ci/ ones included. */
  release?: string
  namespace?: string
  kubeVersion?: string
  valueSets?: readonly HelmValueSet[]
}

type Common = Pick<RenderJob, 'release' | 'namespace' | 'kubeVersion'>

function common(...layers: Array<Common | undefined>): Common {
  const out: Common = {}
  for (const layer of layers) {
    if (layer?.release !== undefined) out.release = layer.release
    if (layer?.namespace !== undefined) out.namespace = layer.namespace
    if (layer?.kubeVersion !== undefined) out.kubeVersion = layer.kubeVersion
  }
  return out
}

/**
 * The renders of a chart, one job per value set: 'values.yaml' (the chart's defaults, always),
 * each ci/*-values.yaml (on top of values.yaml), then the configured sets in order.
 * valuesFiles lists each set's files lowest precedence first, the chart's values.yaml first.
 */
export function valueSets(root: ChartRoot, config?: HelmChartConfig): RenderJob[] {
  const own = root.valuesFile ? [root.valuesFile] : []
  const defaults = common(config)
  const jobs: RenderJob[] = [{ root, valueSet: 'values.yaml', valuesFiles: [...own], ...defaults }]
  if (config?.ciValues !== false) {
    for (const file of root.ciValuesFiles) {
      const name = root.dir === '.' ? file : file.slice(root.dir.length + 1)
      jobs.push({ root, valueSet: name, valuesFiles: [...own, file], ...defaults })
    }
  }
  for (const set of config?.valueSets ?? []) {
    const files = set.values ?? []
    const job: RenderJob = {
      root,
      valueSet: set.name,
      valuesFiles: files.some((f) => f === root.valuesFile) ? [...files] : [...own, ...files],
      ...common(config, set),
    }
    if (set.at) job.valueSetOrigin = set.at
    if (set.set?.length) job.setValues = set.set.map((s) => ({ key: s.key, value: s.value, at: s.at }))
    jobs.push(job)
  }
  return jobs
}
