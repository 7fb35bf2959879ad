/**
 * `velero-hooks lint --fix` / the action's `fix: true`: fixes every matched file in place. Only files
 * with a finding a fixer handles are rewritten, each atomically (never half-written), keeping its
 * mode. Discovery skips symbolic links; should one ever be handed over, its target is rewritten
 * rather than the link replaced by a copy.
 */
import { realpath, stat } from 'node:fs/promises'
import type { Finding } from '../engine/finding.js'
import { runLint, type LintOptions } from '../engine/run-lint.js'
import { writeFileAtomic } from '../io/atomic-write.js'
import { writeFailureReason } from '../io/write-failure.js'
import { defaultRuleSet } from '../rules/index.js'
import { fixText, type AppliedFix } from './fix-text.js'
import { FIXERS } from './fixers/index.js'

export interface RunFixOptions extends LintOptions {
  /** The configuration's per-finding filter (config/apply-config.ts findingFilter). */
  filter?: (finding: Finding) => Finding | undefined
  /** Replaces the atomic write (tests inject failures through it). */
  writeFile?: typeof writeFileAtomic
}

export interface FileFixes {
  /** Relative to the base directory, '/' separators. */
  file: string
  fixes: AppliedFix[]
}

/** A file whose fixes could not be written (it is left as it was). */
export interface FixFailure {
  /** Relative to the base directory, '/' separators. */
  file: string
  /** Why, in words (no space left on the device, permission denied, …). */
  reason: string
}

export interface FixRunResult {
  /** Files that were rewritten, in path order. */
  files: FileFixes[]
  /** Total fixes made. */
  count: number
  /** Files whose rewrite failed, in path order: the others are still fixed and reported. */
  failed: FixFailure[]
}

const FIXABLE = new Set(FIXERS.map((f) => f.ruleId))

export async function runFix(options: RunFixOptions): Promise<FixRunResult> {
  const ruleSet = options.ruleSet ?? defaultRuleSet()
  const files: FileFixes[] = []
  const failed: FixFailure[] = []
  const userOnFile = options.onFile
  await runLint({
    ...options,
    ruleSet,
    async onFile(lint, file, raw) {
      if (userOnFile) await userOnFile(lint, file, raw)
      const fixable = lint.findings.some((f) => FIXABLE.has(f.ruleId) && (!options.filter || options.filter(f)))
      if (!lint.parsed || !fixable) return
      const result = fixText(file.relative, raw, { ruleSet, filter: options.filter })
      if (result.output === raw || result.fixes.length === 0) return
      try {
        const target = await realpath(file.absolute)
        const { mode, uid, gid } = await stat(target)
        await (options.writeFile ?? writeFileAtomic)(target, result.output, { mode, owner: { uid, gid } })
      } catch (e) {
        // A failed write (no space left, a read-only file system) leaves this file as it was; the
        // files fixed before and after it are still written and reported.
        const reason = writeFailureReason(e)
        if (reason === undefined) throw e
        failed.push({ file: file.relative, reason })
        return
      }
      files.push({ file: file.relative, fixes: result.fixes })
    },
  })
  const byFile = (a: { file: string }, b: { file: string }): number => (a.file < b.file ? -1 : a.file > b.file ? 1 : 0)
  files.sort(byFile)
  failed.sort(byFile)
  return { files, count: files.reduce((n, f) => n + f.fixes.length, 0), failed }
}
