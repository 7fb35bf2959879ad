/**
 * Placeholder for the render helper's module, with its agreed contract; the real implementation
 * replaces this file at merge. Until then render and check modes stop with a usage error.
 */
import { UsageError } from '../engine/discover.js'
import type { LintResult } from '../engine/run-lint.js'

export interface RenderOptions {
  cwd: string
  patterns: string[]
  ignore: string[]
  /** '.' = in place. */
  outputDir: string
  volumeMounts: 'app' | 'none'
  maxFileBytes?: number
  mode: 'write' | 'check'
}

export interface StaleFile {
  path: string
  reason: 'missing' | 'different' | 'orphaned'
}

export interface RenderResult {
  lint: LintResult
  written: string[]
  unchanged: string[]
  stale: StaleFile[]
}

export async function renderRepository(_options: RenderOptions): Promise<RenderResult> {
  throw new UsageError('render is not built yet')
}
