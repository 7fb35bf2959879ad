/**
 * Helm charts on disk: which scanned directories are charts to render (a subchart is rendered by
 * its parent, never alone), which files each one explains, and the tree of a chart and its
 * subcharts as helm names them in `# Source:` comments. Paths are relative to the base directory,
 * '/'-separated, like everything in types.ts.
 */
import { readdirSync, readFileSync, statSync, type Dirent } from 'node:fs'
import path from 'node:path'
import { parse } from 'yaml'
import type { SourceRoot } from './types.js'

/** A chart to render, as findCharts returns it. */
export interface ChartRoot extends SourceRoot {
  kind: 'chart'
  /** Chart.yaml's `name` (the directory's name when it has none): the first segment of helm's `# Source:` paths. */
  name: string
  /**
   * Every file under the chart directory (templates, values, ci/, subcharts, …), relative to base, sorted.
   * When the chart rendered, these are checked through its output, not as plain manifests.
   * A chart nested elsewhere than in `charts/` is a chart of its own and is not listed.
   */
  explains: string[]
  /** The chart's values.yaml, when it has one. */
  valuesFile?: string
  /** Its ci/*-values.yaml files (the chart-testing convention), sorted: one value set each. */
  ciValuesFiles: string[]
}

/** A chart or subchart of a render, with the names helm gives its subcharts. */
export interface ChartNode {
  dir: string
  name: string
  chartFile: string
  valuesFile?: string
  /** Files under templates/ whose name starts with '_' (helpers, partials). */
  helpers: string[]
  /** The other files under templates/. */
  templates: string[]
  /** Subcharts unpacked under charts/, by the name helm uses in paths (Chart.yaml name, or a dependency's alias). */
  children: Map<string, ChartNode>
  parent?: ChartNode
}

interface ChartMeta {
  name?: string
  /** 'library' charts hold only helpers: helm renders them through the charts that use them, never alone. */
  library: boolean
  dependencies: Array<{ name: string; alias?: string }>
}

export const CHART_FILE = 'Chart.yaml'

/** `dir`/`rest` for base-relative paths ('.' is the base itself). */
export function joinRel(dir: string, rest: string): string {
  if (rest === '' || rest === '.') return dir
  return dir === '.' || dir === '' ? rest : `${dir}/${rest}`
}

function toRel(base: string, dir: string): string {
  const rel = path.isAbsolute(dir) ? path.relative(base, dir) : path.normalize(dir)
  const posix = rel.split(path.sep).join('/').replace(/\/+$/, '')
  return posix === '' ? '.' : posix
}

function isFile(file: string): boolean {
  try {
    return statSync(file).isFile()
  } catch {
    return false
  }
}

function isChartDir(base: string, dir: string): boolean {
  return isFile(path.join(base, dir, CHART_FILE))
}

/** The chart `dir` is a subchart of (the chart whose charts/ directory holds it), if any. */
function parentChart(base: string, dir: string): string | undefined {
  const parts = dir.split('/')
  if (parts.length < 2 || parts[parts.length - 2] !== 'charts') return undefined
  const parent = parts.length === 2 ? '.' : parts.slice(0, -2).join('/')
  return isChartDir(base, parent) ? parent : undefined
}

/** The directory a subchart is rendered from: its topmost parent chart inside base (itself when it is no subchart). */
function topChart(base: string, dir: string): string {
  let top = dir
  for (let parent = parentChart(base, top); parent !== undefined; parent = parentChart(base, top)) top = parent
  return top
}

/**
 * The charts to render among `dirs` (directories relative to base or absolute; the lead passes every
 * directory holding a scanned file and their ancestors up to base). A subchart (a chart directory
 * directly under another chart's `charts/`) is not returned: its topmost parent chart is, even when
 * only the subchart's directory was passed. A library chart (`type: library`) is not returned either:
 * helm refuses to render one alone; its helpers are rendered by the charts that vendor it.
 */
export function findCharts(base: string, dirs: readonly string[]): ChartRoot[] {
  const tops = new Set<string>()
  for (const d of dirs) {
    const rel = toRel(base, d)
    if (rel === '..' || rel.startsWith('../') || !isChartDir(base, rel)) continue
    tops.add(topChart(base, rel))
  }
  return [...tops]
    .sort()
    .map((dir) => ({ dir, meta: readMeta(base, dir) }))
    .filter(({ meta }) => !meta.library)
    .map(({ dir, meta }) => chartRoot(base, dir, meta))
}

function chartRoot(base: string, dir: string, meta: ChartMeta): ChartRoot {
  const valuesFile = joinRel(dir, 'values.yaml')
  return {
    kind: 'chart',
    dir,
    anchorFile: joinRel(dir, CHART_FILE),
    name: meta.name ?? path.basename(path.resolve(base, dir)),
    explains: chartFiles(base, dir).sort(),
    ...(isFile(path.join(base, valuesFile)) ? { valuesFile } : {}),
    ciValuesFiles: listDir(base, joinRel(dir, 'ci'))
      .filter((e) => e.isFile() && e.name.endsWith('-values.yaml'))
      .map((e) => joinRel(dir, `ci/${e.name}`))
      .sort(),
  }
}

function listDir(base: string, dir: string): Dirent[] {
  try {
    return readdirSync(path.join(base, dir), { withFileTypes: true })
  } catch {
    return []
  }
}

/**
 * The regular files under a chart directory, its subcharts' included; a nested directory holding a
 * Chart.yaml elsewhere than directly in `charts/` is a chart of its own and is skipped. Symbolic
 * links and .git are not followed.
 */
function chartFiles(base: string, dir: string): string[] {
  const files: string[] = []
  for (const entry of listDir(base, dir)) {
    const rel = joinRel(dir, entry.name)
    if (entry.isFile()) files.push(rel)
    else if (entry.isDirectory() && entry.name !== '.git') files.push(...chartSubdirFiles(base, rel))
  }
  return files
}

function chartSubdirFiles(base: string, dir: string): string[] {
  if (isChartDir(base, dir) && parentChart(base, dir) === undefined) return []
  return chartFiles(base, dir)
}

function readYaml(file: string): unknown {
  try {
    return parse(readFileSync(file, 'utf8'))
  } catch {
    return undefined
  }
}

function readMeta(base: string, dir: string): ChartMeta {
  const chart = readYaml(path.join(base, dir, CHART_FILE))
  const record = chart && typeof chart === 'object' ? (chart as Record<string, unknown>) : {}
  const name = typeof record.name === 'string' && record.name !== '' ? record.name : undefined
  let deps = record.dependencies
  // apiVersion v1 charts list them in requirements.yaml.
  if (!Array.isArray(deps)) deps = (readYaml(path.join(base, dir, 'requirements.yaml')) as { dependencies?: unknown } | undefined)?.dependencies
  const dependencies: ChartMeta['dependencies'] = []
  for (const d of Array.isArray(deps) ? deps : []) {
    if (!d || typeof d !== 'object') continue
    const { name: depName, alias } = d as Record<string, unknown>
    if (typeof depName === 'string') dependencies.push({ name: depName, ...(typeof alias === 'string' && alias !== '' ? { alias } : {}) })
  }
  return { ...(name ? { name } : {}), library: record.type === 'library', dependencies }
}

/** A chart and its unpacked subcharts, read for mapping helm's `# Source:` paths back to files. */
export function readChartTree(base: string, dir: string, parent?: ChartNode): ChartNode {
  const meta = readMeta(base, dir)
  const valuesFile = joinRel(dir, 'values.yaml')
  const templates = templateFiles(base, joinRel(dir, 'templates'))
  const node: ChartNode = {
    dir,
    name: meta.name ?? path.basename(path.resolve(base, dir)),
    chartFile: joinRel(dir, CHART_FILE),
    ...(isFile(path.join(base, valuesFile)) ? { valuesFile } : {}),
    helpers: templates.filter((f) => path.posix.basename(f).startsWith('_')),
    templates: templates.filter((f) => !path.posix.basename(f).startsWith('_')),
    children: new Map(),
    ...(parent ? { parent } : {}),
  }
  for (const entry of listDir(base, joinRel(dir, 'charts'))) {
    const sub = joinRel(dir, `charts/${entry.name}`)
    if (!entry.isDirectory() || !isChartDir(base, sub)) continue
    const child = readChartTree(base, sub, node)
    node.children.set(child.name, child)
    // helm renders an aliased dependency under its alias (a copy per alias).
    for (const dep of meta.dependencies) if (dep.alias && dep.name === child.name) node.children.set(dep.alias, child)
  }
  return node
}

function templateFiles(base: string, dir: string): string[] {
  const files: string[] = []
  for (const entry of listDir(base, dir)) {
    const rel = joinRel(dir, entry.name)
    if (entry.isFile()) files.push(rel)
    else if (entry.isDirectory()) files.push(...templateFiles(base, rel))
  }
  return files.sort()
}

/** Whether `file` (relative to base) exists as a regular file. */
export function existsRel(base: string, file: string): boolean {
  return isFile(path.join(base, file))
}
