/**
 * Kustomize overlays: find them, render each root with the real tool (`kustomize build` or
 * `kubectl kustomize`), and tell for each rendered object which files it may take its text from.
 *
 * To learn where objects and changes come from, the root is built through a wrapper kustomization
 * in a temporary directory: `resources: [<relative path to the root>]` with `buildMetadata:
 * [originAnnotations, transformerAnnotations]` (kustomize refuses absolute resource paths). The two
 * annotations are read and taken out again, so the text is what `kustomize build <root>` prints.
 *
 * Hostile input: a pull request chooses the kustomizations. Nothing remote is fetched (a root that
 * uses a URL or git repository is refused before the tool runs, and the tool runs with a proxy that
 * goes nowhere and git forbidden every protocol); no --enable-helm, --enable-alpha-plugins,
 * --enable-exec or --load-restrictor none; a deadline; the sandboxed environment of runTool.
 */
import { mkdirSync, mkdtempSync, realpathSync, rmSync, writeFileSync } from 'node:fs'
import path from 'node:path'
import { stringify } from 'yaml'
import type { RenderJob, RenderOutput } from './types.js'
import { DEFAULT_MAX_OUTPUT_BYTES, findExecutable, firstLines, runTool, type ToolResult } from './tools.js'
import { graphProblem, readKustomizationGraph, type KustomizationGraph } from './kustomize-discover.js'
import { cleanKustomizeOutput } from './kustomize-output.js'
import { documentSources, patchTargetReader } from './kustomize-sources.js'

export { findKustomizations, type KustomizeDiscovery } from './kustomize-discover.js'
export { KUSTOMIZATION_FILE_NAMES, isRemoteReference, type KustomizationInfo, type PatchRef } from './kustomize-files.js'

export type KustomizeFlavour = 'kustomize' | 'kubectl'

export interface KustomizeTool {
  /** The executable (a path, or a name looked up on PATH). */
  command: string
  /** `kustomize build <dir>` or `kubectl kustomize <dir>`. */
  flavour: KustomizeFlavour
}

export interface KustomizeRenderOptions {
  /** Absolute base directory: job paths, and every path in the result, are relative to it. */
  base: string
  timeoutMs: number
  /** A directory for the wrapper kustomization and the tool's empty HOME (a subdirectory is made and removed). */
  tempDir: string
  maxOutputBytes?: number
}

/**
 * The tool to render with: `configured` (a path or name; its flavour from its name: kubectl… is
 * kubectl, anything else kustomize), else `kustomize` on PATH, else `kubectl` on PATH.
 */
export function findKustomizeTool(configured?: string, envPath: string | undefined = process.env.PATH): KustomizeTool | undefined {
  if (configured !== undefined && configured !== '') {
    const command = findExecutable(configured, envPath)
    if (command === undefined) return undefined
    return { command, flavour: /^kubectl/i.test(path.basename(configured)) ? 'kubectl' : 'kustomize' }
  }
  const kustomize = findExecutable('kustomize', envPath)
  if (kustomize !== undefined) return { command: kustomize, flavour: 'kustomize' }
  const kubectl = findExecutable('kubectl', envPath)
  return kubectl !== undefined ? { command: kubectl, flavour: 'kubectl' } : undefined
}

/** The tool's environment on top of runTool's sandbox: no route to any network through HTTP(S) or git. */
const NO_NETWORK_ENV: Readonly<Record<string, string>> = {
  HTTP_PROXY: 'http://127.0.0.1:9',
  HTTPS_PROXY: 'http://127.0.0.1:9',
  http_proxy: 'http://127.0.0.1:9',
  https_proxy: 'http://127.0.0.1:9',
  ALL_PROXY: 'http://127.0.0.1:9',
  NO_PROXY: '',
  no_proxy: '',
  GIT_ALLOW_PROTOCOL: 'velero-hooks-none',
  GIT_TERMINAL_PROMPT: '0',
  GIT_CONFIG_NOSYSTEM: '1',
  GIT_CONFIG_GLOBAL: '/dev/null',
}

const WRAPPER_METADATA = ['originAnnotations', 'transformerAnnotations']

/** Renders one kustomization root. Never throws for a problem of the input or the tool: that is a failed RenderOutput. */
export async function renderKustomization(job: RenderJob, tool: KustomizeTool, options: KustomizeRenderOptions): Promise<RenderOutput> {
  const graph = readKustomizationGraph(options.base, job.root.dir)
  if (!graph) return { ok: false, job, kind: 'failed', reason: `${job.root.dir} has no kustomization.yaml, kustomization.yml or Kustomization` }
  const problem = graphProblem(graph)
  if (problem) return { ok: false, job, ...problem }
  mkdirSync(options.tempDir, { recursive: true })
  const scratch = mkdtempSync(path.join(options.tempDir, 'kustomize-'))
  try {
    const wrapper = writeWrapper(scratch, graph)
    const result = await runTool(
      {
        command: tool.command,
        args: tool.flavour === 'kubectl' ? ['kustomize', '.'] : ['build', '.'],
        cwd: wrapper.dir,
        timeoutMs: options.timeoutMs,
        maxOutputBytes: options.maxOutputBytes,
        env: NO_NETWORK_ENV,
      },
      wrapper.home,
    )
    return interpret(job, tool, options, result, { graph, wrapper })
  } finally {
    rmSync(scratch, { recursive: true, force: true })
  }
}

interface Wrapper {
  /** Real path of the wrapper directory, and of the scratch directory that holds it. */
  dir: string
  scratch: string
  home: string
  /** Real path of the root directory and of the base directory. */
  realRoot: string
  realBase: string
  /** The wrapper's resource entry: the root, relative to the wrapper. */
  entry: string
}

function writeWrapper(scratch: string, graph: KustomizationGraph): Wrapper {
  const home = path.join(scratch, 'home')
  mkdirSync(home)
  mkdirSync(path.join(scratch, 'wrapper'))
  const dir = realpathSync(path.join(scratch, 'wrapper'))
  const realBase = realpathSync(graph.base)
  const realRoot = realpathSync(path.resolve(graph.base, graph.root.dir))
  const entry = path.relative(dir, realRoot).split(path.sep).join('/')
  // sortOptions and buildMetadata are honoured in the top-level kustomization only: repeat the root's.
  const wrapper: Record<string, unknown> = {
    resources: [entry],
    buildMetadata: [...new Set([...graph.root.buildMetadata, ...WRAPPER_METADATA])],
  }
  if (graph.root.sortOptions !== undefined) wrapper.sortOptions = graph.root.sortOptions
  writeFileSync(path.join(dir, 'kustomization.yaml'), stringify(wrapper))
  return { dir, scratch: realpathSync(scratch), home, realRoot, realBase, entry }
}

interface RenderContext {
  graph: KustomizationGraph
  wrapper: Wrapper
}

function interpret(job: RenderJob, tool: KustomizeTool, options: KustomizeRenderOptions, result: ToolResult, ctx: RenderContext): RenderOutput {
  const name = tool.flavour === 'kubectl' ? 'kubectl kustomize' : 'kustomize build'
  if (result.spawnError !== undefined) {
    const missing = /ENOENT|EACCES/.test(result.spawnError)
    return { ok: false, job, kind: missing ? 'tool-missing' : 'failed', reason: `${name} could not be started: ${redact(result.spawnError, ctx, options)}` }
  }
  if (result.timedOut) return { ok: false, job, kind: 'timeout', reason: `${name} did not finish within ${Math.round(options.timeoutMs / 1000)} s` }
  if (result.overflow) return { ok: false, job, kind: 'failed', reason: `${name} printed more than ${options.maxOutputBytes ?? DEFAULT_MAX_OUTPUT_BYTES} bytes` }
  if (result.code !== 0) {
    const errors = result.stderr.split('\n').filter((l) => !/^#?\s*Warning:/i.test(l.trim())).join('\n')
    const message = firstLines(redact(errors, ctx, options)) || `exit code ${result.code}`
    return { ok: false, job, kind: 'failed', reason: `${name} failed: ${message}` }
  }
  return renderedOutput(job, result.stdout, ctx)
}

function renderedOutput(job: RenderJob, stdout: string, { graph, wrapper }: RenderContext): RenderOutput {
  const fromWrapper = (printed: string): string => path.resolve(wrapper.dir, printed)
  const keep = new Set(graph.root.buildMetadata)
  const cleaned = cleanKustomizeOutput(stdout, {
    keepOrigin: keep.has('originAnnotations'),
    keepTransformations: keep.has('transformerAnnotations'),
    rebase: (printed) => path.relative(wrapper.realRoot, fromWrapper(printed)).split(path.sep).join('/'),
  })
  const toBase = (printed: string): string | undefined => {
    const rel = path.relative(wrapper.realBase, fromWrapper(printed))
    return rel === '' || rel.startsWith('..') || path.isAbsolute(rel) ? undefined : rel.split(path.sep).join('/')
  }
  const patchTargets = patchTargetReader(graph.base)
  const documents = cleaned.documents.map((doc) => ({
    startLine: doc.startLine,
    endLine: doc.endLine,
    sources: documentSources(doc, { graph, toBase }, patchTargets),
  }))
  return { ok: true, job, text: cleaned.text, documents }
}

/** A tool's message with every temporary path replaced by the root directory and absolute paths under base made relative. */
function redact(message: string, { graph, wrapper }: RenderContext, options: KustomizeRenderOptions): string {
  const root = graph.root.dir
  const pairs: Array<[string, string]> = [
    [path.join(wrapper.dir, 'kustomization.yaml'), graph.root.file],
    [wrapper.dir, root],
    [wrapper.home, root],
    [wrapper.scratch, root],
    [path.resolve(options.tempDir), root],
    [`'${wrapper.entry}'`, `'${root}'`],
    [wrapper.realBase + path.sep, ''],
    [path.resolve(options.base) + path.sep, ''],
  ]
  let out = message
  for (const [from, to] of pairs.sort((a, b) => b[0].length - a[0].length)) out = out.split(from).join(to)
  const relBase = path.relative(wrapper.dir, wrapper.realBase).split(path.sep).join('/')
  if (relBase !== '') out = out.split(`${relBase}/`).join('')
  // The wrapper's own layer of kustomize's error chain: what `kustomize build <root>` would not say.
  const r = root.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')
  const layer = new RegExp(`accumulating resources: accumulation err='accumulating resources from '${r}': '${r}' must resolve to a file': (?:recursed accumulation of path|couldn't make target for path) '${r}': `)
  return out.replace(layer, '')
}
