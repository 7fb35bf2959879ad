/**
 * The configuration of charts and overlays: `render:` (which helm / kustomize, how long a render
 * may take) and `charts:` (per chart directory: value sets, release, namespace, kube version).
 *
 *   render:
 *     helm: /opt/helm/bin/helm
 *     kustomize: kubectl
 *     timeout: 90s
 *   charts:
 *     charts/shop:
 *       release: shop
 *       namespace: prod
 *       valueSets:
 *         - name: prod
 *           values: [values-prod.yaml]      # relative to the chart directory
 *           set: { image.tag: "1.2.3" }
 */
import path from 'node:path'
import { isMap, isScalar, isSeq, type Node, type Pair, type YAMLMap } from 'yaml'
import type { ChartConfig, ChartValueSetConfig, ConfigSpot, RenderConfig } from './config.js'
import { didYouMean, isEmptyValue, quote, type ProblemList } from './read-helpers.js'

const RENDER_KEYS = ['helm', 'kustomize', 'timeout'] as const
const CHART_KEYS = ['ciValues', 'release', 'namespace', 'kubeVersion', 'valueSets'] as const
const SET_KEYS = ['name', 'values', 'set', 'release', 'namespace', 'kubeVersion'] as const

/** Reads a mapping's pairs by their string keys; an unknown key is a problem naming the known ones. */
function pairsOf(node: unknown, where: string, known: readonly string[], problems: ProblemList): Map<string, Pair> {
  const out = new Map<string, Pair>()
  if (isEmptyValue(node)) return out
  if (!isMap(node)) {
    problems.add(node as Node, `${where} must be a mapping with the keys ${known.join(', ')}`)
    return out
  }
  for (const pair of (node as YAMLMap).items) {
    const key = isScalar(pair.key) ? String(pair.key.value) : '?'
    if (known.includes(key)) out.set(key, pair)
    else problems.add(pair.key as Node, `unknown key ${quote(key)} in ${where}; it has the keys ${known.join(', ')}${didYouMean(key, known)}`)
  }
  return out
}

function text(pair: Pair | undefined, what: string, problems: ProblemList): string | undefined {
  if (!pair) return undefined
  const v = pair.value
  if (isScalar(v) && (typeof v.value === 'string' || typeof v.value === 'number') && String(v.value).trim() !== '') return String(v.value).trim()
  problems.add((v as Node | null) ?? (pair.key as Node), `${what} must be a non-empty string`)
  return undefined
}

/** A duration in seconds or minutes ("90s", "2m", "45"), at most an hour. */
function timeout(pair: Pair | undefined, problems: ProblemList): number | undefined {
  const raw = text(pair, 'render.timeout', problems)
  if (raw === undefined) return undefined
  const m = /^(\d+)(s|m)?$/.exec(raw)
  const ms = m ? Number(m[1]) * (m[2] === 'm' ? 60_000 : 1000) : NaN
  if (!(ms > 0 && ms <= 3_600_000)) {
    problems.add(pair!.value as Node, `render.timeout must be a whole number of seconds or minutes between 1s and 60m ("90s", "2m"); got ${quote(raw)}`)
    return undefined
  }
  return ms
}

export function readRender(pair: Pair, problems: ProblemList): RenderConfig {
  const pairs = pairsOf(pair.value, 'render', RENDER_KEYS, problems)
  const out: RenderConfig = {}
  const helm = text(pairs.get('helm'), 'render.helm', problems)
  const kustomize = text(pairs.get('kustomize'), 'render.kustomize', problems)
  const ms = timeout(pairs.get('timeout'), problems)
  if (helm) out.helm = helm
  if (kustomize) out.kustomize = kustomize
  if (ms) out.timeoutMs = ms
  return out
}

/** A directory or file inside the base directory, '/'-separated; undefined (with a problem) otherwise. */
function insidePath(value: string, node: Node, what: string, problems: ProblemList): string | undefined {
  const normal = path.posix.normalize(value.replace(/\\/g, '/')).replace(/\/+$/, '')
  if (path.posix.isAbsolute(normal) || normal === '..' || normal.startsWith('../') || /^[A-Za-z]:/.test(normal)) {
    problems.add(node, `${what} ${quote(value)} must be relative to the base directory and stay inside it`)
    return undefined
  }
  return normal === '' ? '.' : normal
}

export function readCharts(pair: Pair, problems: ProblemList, configFile: string): Map<string, ChartConfig> {
  const out = new Map<string, ChartConfig>()
  if (isEmptyValue(pair.value)) return out
  if (!isMap(pair.value)) {
    problems.add(pair.value as Node, 'charts must be a mapping of chart directory to its settings')
    return out
  }
  for (const item of (pair.value as YAMLMap).items) {
    const key = isScalar(item.key) ? String(item.key.value) : ''
    const dir = insidePath(key, item.key as Node, 'a chart directory', problems)
    if (dir) out.set(dir, readChart(item, dir, problems, configFile))
  }
  return out
}

function readChart(item: Pair, dir: string, problems: ProblemList, configFile: string): ChartConfig {
  const where = `charts.${dir}`
  const pairs = pairsOf(item.value, where, CHART_KEYS, problems)
  const chart: ChartConfig = { ...releaseSettings(pairs, where, problems) }
  const ci = pairs.get('ciValues')
  if (ci) {
    if (isScalar(ci.value) && typeof ci.value.value === 'boolean') chart.ciValues = ci.value.value
    else problems.add(ci.value as Node, `${where}.ciValues must be true or false`)
  }
  const sets = pairs.get('valueSets')
  if (sets && !isEmptyValue(sets.value)) {
    if (!isSeq(sets.value)) problems.add(sets.value as Node, `${where}.valueSets must be a list`)
    else chart.valueSets = sets.value.items.flatMap((s) => readValueSet(s, dir, where, problems, configFile) ?? [])
  }
  return chart
}

function releaseSettings(pairs: Map<string, Pair>, where: string, problems: ProblemList): Pick<ChartConfig, 'release' | 'namespace' | 'kubeVersion'> {
  const out: Pick<ChartConfig, 'release' | 'namespace' | 'kubeVersion'> = {}
  for (const key of ['release', 'namespace', 'kubeVersion'] as const) {
    const value = text(pairs.get(key), `${where}.${key}`, problems)
    if (value !== undefined) out[key] = value
  }
  return out
}

function readValueSet(node: unknown, dir: string, where: string, problems: ProblemList, configFile: string): ChartValueSetConfig | undefined {
  const pairs = pairsOf(node, `${where}.valueSets[]`, SET_KEYS, problems)
  const name = text(pairs.get('name'), `${where}.valueSets[].name`, problems)
  if (!name) {
    if (!pairs.has('name')) problems.add(node as Node, `each entry of ${where}.valueSets needs a name`)
    return undefined
  }
  const set: ChartValueSetConfig = { name, at: problems.spot(configFile, node as Node), ...releaseSettings(pairs, `${where}.valueSets.${name}`, problems) }
  const values = pairs.get('values')
  if (values) {
    const items = isSeq(values.value) ? values.value.items : [values.value]
    set.values = items.flatMap((v) => {
      const file = isScalar(v) && typeof v.value === 'string' ? insidePath(path.posix.join(dir, v.value), v as Node, 'a values file', problems) : undefined
      if (!(isScalar(v) && typeof v.value === 'string')) problems.add(v as Node, `${where}.valueSets.${name}.values must be file names`)
      return file ? [file] : []
    })
  }
  const setPairs = pairs.get('set')
  if (setPairs && isMap(setPairs.value)) {
    set.set = setPairs.value.items.map((p) => ({ key: String(isScalar(p.key) ? p.key.value : ''), value: String(isScalar(p.value) ? p.value.value : ''), at: problems.spot(configFile, p.value as Node) }))
  } else if (setPairs && !isEmptyValue(setPairs.value)) problems.add(setPairs.value as Node, `${where}.valueSets.${name}.set must be a mapping of --set keys to values`)
  return set
}

export type { ConfigSpot }
