/**
 * The `velero-hooks` command: argv → settings → engine → formatter → exit code.
 * Exit 0: nothing reached --fail-on; 1: something did; 2: usage or internal error (one line, no stack).
 */
import { existsSync } from 'node:fs'
import { stat } from 'node:fs/promises'
import path from 'node:path'
import { COMMANDS, parseCliArgs, USAGE, type CliArgs } from './args.js'
import { createProgress, shouldShowProgress } from './progress.js'
import { UsageError } from '../errors.js'
import type { RuleModule, RuleVersions } from '../engine/define-rule.js'
import { reaches } from '../engine/finding.js'
import { FIXERS_BY_RULE } from '../fix/index.js'
import { formatReport } from '../report/formats.js'
import { formatPlan } from '../report/plan-format.js'
import { writeFileAtomic } from '../io/atomic-write.js'
import { printable } from '../io/printable.js'
import { escapeThroughLink } from '../io/safe-read.js'
import { describeRender } from '../render/describe.js'
import { RULES, RULES_BY_ID } from '../rules/index.js'
import { runPlan } from '../app/plan.js'
import { runRequested } from '../app/run.js'
import { oneOf, parseSettings, type Settings } from '../app/settings.js'
import type { RunOutcome } from '../app/run.js'
import { ruleDocUrl, VERSION } from '../version.js'

export interface CliIo {
  stdout: (s: string) => void
  stderr: (s: string) => void
  cwd: string
  /** stdout is a terminal (colours). */
  isTty: boolean
  /** stderr is a terminal (progress). */
  stderrIsTty?: boolean
  env?: Record<string, string | undefined>
  /** Standard input, read for the pattern '-' (default: process.stdin). */
  stdin?: AsyncIterable<Buffer | string>
}

export async function runCli(argv: readonly string[], io: CliIo): Promise<number> {
  try {
    const args = parseCliArgs(argv, (p, cwd) => existsSync(path.resolve(io.cwd, cwd ?? '.', p)))
    switch (args.command) {
      case 'help':
        io.stdout(USAGE)
        return 0
      case 'version':
        io.stdout(`${VERSION}\n`)
        return 0
      case 'rules':
        return listRules(args, io)
      case 'lint':
      case 'render':
      case 'check':
        return await runCommand(args, io)
      case 'plan':
        return await runPlanCommand(args, io)
      default: {
        const never: never = args.command
        throw new UsageError(`unknown command ${String(never)}; expected one of ${COMMANDS.join(', ')}`)
      }
    }
  } catch (e) {
    if (e instanceof UsageError) {
      const lines = e.message.split('\n').map((line) => `velero-hooks: ${printable(line)}\n`)
      io.stderr(`${lines.join('')}Run "velero-hooks --help" for usage.\n`)
    } else {
      io.stderr(`velero-hooks: internal error: ${printable((e as Error)?.message ?? String(e))}\n`)
    }
    return 2
  }
}

/** lint, render and check: settings → runRequested → report → exit code. */
async function runCommand(args: CliArgs, io: CliIo): Promise<number> {
  const settings = parseSettings({ ...args.raw, mode: args.command }, { dir: io.cwd, source: 'cli' })
  const shownOutput = args.raw.output?.trim() ?? ''
  if (settings.output) await assertReportTarget(settings.output, shownOutput, [io.cwd, settings.cwd])
  const stdin = settings.stdinFilename !== undefined ? await readInput(io.stdin ?? process.stdin, settings.maxFileBytes) : undefined
  const showProgress = shouldShowProgress({ stderrIsTty: io.stderrIsTty ?? false, env: io.env ?? {}, format: settings.format })
  const fixProgress = createProgress('fixing: checked', { write: io.stderr, enabled: showProgress && settings.fix })
  const progress = createProgress('checked', { write: io.stderr, enabled: showProgress && settings.mode === 'lint' })
  const outcome = await runRequested(settings, {
    allowExplicitOutside: settings.mode === 'lint',
    onFile: () => progress.tick(),
    onFixFile: () => fixProgress.tick(),
    stdin,
  })
  fixProgress.done()
  progress.done()
  for (const f of outcome.fixed?.files ?? []) {
    io.stderr(`velero-hooks: fixed ${printable(f.file)}:\n${f.fixes.map((x) => `  ${printable(x.description)} (${x.ruleId})\n`).join('')}`)
  }
  for (const f of outcome.fixed?.failed ?? []) io.stderr(`velero-hooks: ${printable(`could not write the fixes of ${f.file}: ${f.reason}; it is left as it was`)}\n`)
  // NO_COLOR (https://no-color.org): any non-empty value turns colours off; --color still forces them.
  const color = args.color ?? (io.isTty && !settings.output && !io.env?.NO_COLOR)
  const text = formatReport(settings.format, outcome.lint, { color })
  if (settings.output) await writeReport(settings.output, shownOutput, text)
  else io.stdout(text)
  for (const s of outcome.lint.skipped) io.stderr(`velero-hooks: ${printable(`skipped ${s.path}: ${s.reason}`)}\n`)
  return exitCode(settings, outcome, io)
}

/**
 * `velero-hooks plan`: the model of the lint (charts and overlays rendered), the hook plan in the
 * format asked for, none of the lint's findings; exit 0 once
 * it is made (what runs where is information: mistakes are lint's findings), 2 on usage errors.
 */
async function runPlanCommand(args: CliArgs, io: CliIo): Promise<number> {
  const raw = { ...args.raw, format: undefined, 'plan-format': args.raw.format, mode: 'lint' }
  const settings = parseSettings(raw, { dir: io.cwd, source: 'cli' })
  const shownOutput = args.raw.output?.trim() ?? ''
  if (settings.output) await assertReportTarget(settings.output, shownOutput, [io.cwd, settings.cwd])
  const stdin = settings.stdinFilename !== undefined ? await readInput(io.stdin ?? process.stdin, settings.maxFileBytes) : undefined
  const outcome = await runPlan(settings, { allowExplicitOutside: true, stdin })
  const text = formatPlan(settings.planFormat, outcome.plan, { veleroVersion: outcome.veleroVersionText })
  if (settings.output) await writeReport(settings.output, shownOutput, text)
  else io.stdout(text)
  for (const s of outcome.skipped) io.stderr(`velero-hooks: ${printable(`skipped ${s.path}: ${s.reason}`)}\n`)
  const why = settings.chartsAndOverlays
    ? 'it could not be rendered; "velero-hooks lint" says why'
    : 'charts and overlays are not rendered (--no-charts-and-overlays); pipe the rendered output to "velero-hooks plan -"'
  for (const dir of outcome.unrendered) io.stderr(`velero-hooks: ${printable(`not in the plan: the pods that the Helm chart or Kustomize overlay in ${dir} renders (${why})`)}\n`)
  return 0
}

/**
 * 1 when findings reach --fail-on, warnings exceed --max-warnings, or check found a stale render;
 * 2 (after the whole report) when --fix could not write a file.
 */
function exitCode(settings: Settings, outcome: RunOutcome, io: CliIo): number {
  const lintFails = outcome.lint.findings.some((f) => reaches(f.severity, settings.failOn))
  const stale = settings.mode === 'check' && (outcome.render?.stale.length ?? 0) > 0
  if (outcome.render && settings.mode !== 'lint') io.stderr(describeRender(settings.mode, outcome.render.outputDir, outcome.render.result))
  const tooManyWarnings = settings.maxWarnings !== undefined && outcome.warnings > settings.maxWarnings
  if (tooManyWarnings) io.stderr(`velero-hooks found too many warnings (maximum: ${settings.maxWarnings}).\n`)
  if ((outcome.fixed?.failed.length ?? 0) > 0) return 2
  return lintFails || stale || tooManyWarnings ? 1 : 0
}

/** The manifest on standard input (the pattern '-'), within the same size limit as files. */
export async function readInput(stream: AsyncIterable<Buffer | string>, maxBytes: number): Promise<string> {
  const chunks: Buffer[] = []
  let size = 0
  for await (const chunk of stream) {
    const bytes = typeof chunk === 'string' ? Buffer.from(chunk, 'utf8') : chunk
    size += bytes.length
    if (size > maxBytes) throw new UsageError(`standard input is over the ${maxBytes}-byte limit (--max-file-bytes)`)
    chunks.push(bytes)
  }
  return Buffer.concat(chunks).toString('utf8')
}

/** Plain words for the I/O errors a report path can meet. */
const IO_REASONS: Record<string, string> = {
  EACCES: 'permission denied',
  EPERM: 'permission denied',
  EISDIR: 'it is a directory',
  ENOENT: 'its directory does not exist',
  ENOTDIR: 'a part of the path is not a directory',
  ENOSPC: 'no space left on the device',
  EROFS: 'the file system is read-only',
}

const reasonOf = (e: unknown): string => {
  const code = (e as NodeJS.ErrnoException)?.code
  return (code && IO_REASONS[code]) ?? (code || (e as Error)?.message || String(e))
}

/** --output must name a file in a directory that exists: checked before the run, not after it. */
async function assertReportTarget(file: string, shown: string, bases: readonly string[]): Promise<void> {
  const target = await stat(file).catch((e: unknown) => {
    if ((e as NodeJS.ErrnoException).code === 'ENOENT') return undefined
    throw new UsageError(`--output "${shown}": ${reasonOf(e)}`)
  })
  if (target?.isDirectory()) throw new UsageError(`--output "${shown}" is a directory; name a file to write the report to`)
  for (const base of bases) {
    const escape = escapeThroughLink(file, base)
    if (escape) throw new UsageError(`--output "${shown}": ${escape}; write the report to a real directory`)
  }
  const dir = await stat(path.dirname(file)).catch(() => undefined)
  if (!dir) throw new UsageError(`--output "${shown}": the directory "${path.dirname(shown)}" does not exist`)
  if (!dir.isDirectory()) throw new UsageError(`--output "${shown}": "${path.dirname(shown)}" is not a directory`)
}

async function writeReport(file: string, shown: string, text: string): Promise<void> {
  try {
    await writeFileAtomic(file, text)
  } catch (e) {
    throw new UsageError(`could not write the report to "${shown}": ${reasonOf(e)}`)
  }
}

/** `velero-hooks rules [ID] [--format text|json]`. */
function listRules(args: CliArgs, io: CliIo): number {
  const format = oneOf('format', args.raw.format, ['text', 'json'] as const, 'text')
  const ids = args.raw.files ?? []
  for (const id of ids) if (!RULES_BY_ID.has(id)) throw new UsageError(`unknown rule id "${id}"; run "velero-hooks rules" to list them`)
  const rules = ids.length > 0 ? ids.map((id) => RULES_BY_ID.get(id)!) : RULES
  if (format === 'json') {
    const out = rules.map((r) => ({
      id: r.meta.id,
      severity: r.meta.severity,
      fixable: FIXERS_BY_RULE.has(r.meta.id),
      summary: r.meta.docs.summary,
      description: r.meta.docs.description,
      fix: r.meta.docs.fix,
      ...(r.meta.versions ? { versions: r.meta.versions } : {}),
      docs: ruleDocUrl(r.meta.id),
    }))
    io.stdout(`${JSON.stringify(out, null, 2)}\n`)
    return 0
  }
  if (ids.length > 0) {
    io.stdout(
      rules
        .map((r) => {
          const fixer = FIXERS_BY_RULE.get(r.meta.id)
          return [
            `${r.meta.id} (${r.meta.severity}${fixer ? ', fixable with --fix' : ''})`,
            '',
            r.meta.docs.summary,
            '',
            r.meta.docs.description,
            '',
            `How to fix: ${r.meta.docs.fix}`,
            ...versionLines(r.meta.versions),
            ...(fixer ? ['', `--fix: ${fixer.summary}`] : []),
            '',
            `Suppress: # velero-hooks-ignore ${r.meta.id} -- reason   (or "rules: {${r.meta.id}: off}" in .velero-hooks.yaml)`,
            `Docs: ${ruleDocUrl(r.meta.id)}`,
          ].join('\n')
        })
        .join('\n\n') + '\n',
    )
    return 0
  }
  const w = Math.max(...rules.map((r) => r.meta.id.length))
  const row = (r: RuleModule): string => `${r.meta.id.padEnd(w)}  ${r.meta.severity.padEnd(7)}  ${FIXERS_BY_RULE.has(r.meta.id) ? 'fix' : '   '}  ${r.meta.docs.summary}`
  // A rule whose verdict depends on the Velero version says which versions, under its row.
  const versions = (r: RuleModule): string[] => (r.meta.versions ? [`${' '.repeat(w + 16)}Velero versions: ${r.meta.versions.applies}`] : [])
  io.stdout(rules.flatMap((r) => [row(r), ...versions(r)]).join('\n') + '\n')
  return 0
}

/** A rule's "Velero versions" paragraph for `velero-hooks rules ID`: what Velero does, per version. */
function versionLines(versions: RuleVersions | undefined): string[] {
  if (!versions) return []
  return ['', `Velero versions (--velero-version): ${versions.applies}`, ...versions.outcomes.map((o) => `  ${o.versions}: ${o.outcome}`)]
}

export async function main(): Promise<void> {
  const code = await runCli(process.argv.slice(2), {
    stdout: (s) => process.stdout.write(s),
    stderr: (s) => process.stderr.write(s),
    cwd: process.cwd(),
    isTty: Boolean(process.stdout.isTTY),
    stderrIsTty: Boolean(process.stderr.isTTY),
    env: process.env,
  })
  process.exitCode = code
}
