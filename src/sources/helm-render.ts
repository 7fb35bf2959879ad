/**
 * Rendering a chart with the real `helm template`: no network (never --dependency-update, never
 * --validate, no values from URLs), no user configuration (helm's cache, config, data and plugin
 * homes in a fresh directory under tempDir, removed after the run), a deadline, and failures that
 * say why the chart was not checked.
 */
import { mkdirSync, mkdtempSync, realpathSync, rmSync } from 'node:fs'
import path from 'node:path'
import { existsRel, joinRel, readChartTree } from './helm-chart.js'
import { helmDocuments } from './helm-output.js'
import { firstLines, runTool, type ToolResult } from './tools.js'
import type { RenderFailureKind, RenderJob, RenderOutput } from './types.js'

export interface HelmRenderOptions {
  /** The directory every path of the job is relative to; helm runs there. */
  base: string
  /** helm is killed (with whatever it started) after this long: failure 'timeout'. */
  timeoutMs: number
  /** Where helm's homes and HOME go: a fresh subdirectory per run, removed after it. */
  tempDir: string
  maxOutputBytes?: number
}

export const DEFAULT_RELEASE = 'release-name'

const fail = (job: RenderJob, kind: RenderFailureKind, reason: string): RenderOutput => ({ ok: false, job, kind, reason })

/** The values files passed with -f: the job's, without the chart's own values.yaml that helm reads anyway. */
function extraValuesFiles(job: RenderJob): string[] {
  const own = joinRel(job.root.dir, 'values.yaml')
  return (job.valuesFiles ?? []).filter((f, i) => !(i === 0 && f === own))
}

/** A values file helm must not read: a URL (network), or a path outside base; or one that is not there. */
function checkValuesFiles(job: RenderJob, base: string): RenderOutput | undefined {
  for (const file of extraValuesFiles(job)) {
    if (/^[a-z][a-z0-9+.-]*:\/\//i.test(file)) return fail(job, 'refused', `values file "${file}" is a URL; values are not fetched (no network): vendor the file`)
    const normal = path.posix.normalize(file)
    if (path.isAbsolute(file) || normal === '..' || normal.startsWith('../')) {
      return fail(job, 'refused', `values file "${file}" is outside the checked directory; only values files inside it are read`)
    }
    if (!existsRel(base, normal)) return fail(job, 'failed', `values file "${file}" does not exist`)
  }
  return undefined
}

/** `helm template` arguments: flags in their `--flag=value` form, then `--`, so no value can pass for a flag. */
export function helmTemplateArgs(job: RenderJob): string[] {
  const args = ['template']
  for (const file of extraValuesFiles(job)) args.push(`--values=${path.posix.normalize(file)}`)
  for (const { key, value } of job.setValues ?? []) args.push(`--set=${key}=${value}`)
  if (job.namespace) args.push(`--namespace=${job.namespace}`)
  if (job.kubeVersion) args.push(`--kube-version=${job.kubeVersion}`)
  const chart = job.root.dir === '.' ? '.' : `./${job.root.dir}`
  args.push('--', job.release ?? DEFAULT_RELEASE, chart)
  return args
}

/** helm's homes inside `dir`: no repositories, registry logins or plugins of the runner's user. */
export function helmEnv(dir: string): Record<string, string> {
  return {
    HELM_CACHE_HOME: path.join(dir, 'cache'),
    HELM_CONFIG_HOME: path.join(dir, 'config'),
    HELM_DATA_HOME: path.join(dir, 'data'),
    HELM_PLUGINS: path.join(dir, 'plugins'),
    HELM_REPOSITORY_CACHE: path.join(dir, 'cache', 'repository'),
    HELM_REPOSITORY_CONFIG: path.join(dir, 'config', 'repositories.yaml'),
    HELM_REGISTRY_CONFIG: path.join(dir, 'config', 'registry', 'config.json'),
    HELM_NO_PLUGINS: '1',
    XDG_CACHE_HOME: path.join(dir, 'cache'),
    XDG_CONFIG_HOME: path.join(dir, 'config'),
    XDG_DATA_HOME: path.join(dir, 'data'),
  }
}

/**
 * Renders one value set of a chart. `helmPath` is the helm executable (findExecutable('helm') or the
 * configured one); undefined means there is none: failure 'tool-missing'.
 */
export async function renderChart(job: RenderJob, helmPath: string | undefined, options: HelmRenderOptions): Promise<RenderOutput> {
  if (!helmPath) return fail(job, 'tool-missing', 'helm was not found on PATH')
  const refused = checkValuesFiles(job, options.base)
  if (refused) return refused
  mkdirSync(options.tempDir, { recursive: true })
  const runDir = mkdtempSync(path.join(options.tempDir, 'helm-'))
  let result: ToolResult
  try {
    mkdirSync(path.join(runDir, 'home'))
    const run = { command: helmPath, args: helmTemplateArgs(job), cwd: options.base, timeoutMs: options.timeoutMs, env: helmEnv(runDir) }
    result = await runTool(options.maxOutputBytes === undefined ? run : { ...run, maxOutputBytes: options.maxOutputBytes }, path.join(runDir, 'home'))
  } finally {
    rmSync(runDir, { recursive: true, force: true })
  }
  const failure = failureOf(job, result, options, runDir)
  if (failure) return failure
  return { ok: true, job, text: result.stdout, documents: helmDocuments(job, readChartTree(options.base, job.root.dir), result.stdout) }
}

function failureOf(job: RenderJob, result: ToolResult, options: HelmRenderOptions, runDir: string): RenderOutput | undefined {
  if (result.spawnError !== undefined) return fail(job, 'tool-missing', `helm could not be started: ${result.spawnError}`)
  if (result.timedOut) return fail(job, 'timeout', `helm template did not finish within ${formatSeconds(options.timeoutMs)}`)
  if (result.overflow) return fail(job, 'failed', 'helm template wrote more output than allowed')
  if (result.code === 0) return undefined
  const stderr = withoutPaths(result.stderr, [runDir, options.tempDir], options.base)
  const missing = /missing in charts\/ directory:\s*([^\n]+)/.exec(stderr)?.[1]?.trim()
  if (missing) {
    const dir = job.root.dir
    return fail(job, 'dependencies-missing', `its dependencies ${missing} are declared but not in ${joinRel(dir, 'charts/')}; \`helm dependency build ${dir}\` must run first (vendor them into the repository or add that step before this check)`)
  }
  const message = firstLines(
    stderr
      .split('\n')
      .filter((l) => !/^level=/.test(l) && !/^Use --debug flag/.test(l))
      .map((l) => l.replace(/^Error: /, ''))
      .join('\n'),
  )
  return fail(job, 'failed', message || `helm template exited with code ${result.code ?? 'none'}`)
}

function formatSeconds(ms: number): string {
  const s = ms / 1000
  return `${Number.isInteger(s) ? s : s.toFixed(1)} s`
}

/** The error output without temporary paths ('<temp>') and with paths under base made relative. */
function withoutPaths(text: string, temps: readonly string[], base: string): string {
  let out = text
  const real = (p: string): string[] => {
    try {
      return [p, realpathSync(p)]
    } catch {
      return [p]
    }
  }
  const escape = (p: string): string => p.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')
  for (const t of [...new Set(temps.flatMap(real))].sort((a, b) => b.length - a.length)) out = out.replace(new RegExp(`${escape(t)}[^\\s:'"]*`, 'g'), '<temp>')
  for (const b of [...new Set(real(path.resolve(base)))]) out = out.split(`${b}${path.sep}`).join('')
  return out
}
