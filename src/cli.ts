/**
 * The `velero-hooks` command: argv → settings → engine → formatter → exit code.
 * Exit 0: nothing reached --fail-on; 1: something did; 2: usage or internal error (one line, no stack).
 */
import { COMMANDS, parseCliArgs, USAGE, type CliArgs } from './cli/args.js'
import { createProgress, shouldShowProgress } from './cli/progress.js'
import { applyConfig, findingFilter, lintOptionsWithConfig, loadConfigOrThrow } from './config/index.js'
import { UsageError } from './engine/discover.js'
import { reaches } from './engine/finding.js'
import { runLint, type LintOptions } from './engine/run-lint.js'
import { FIXERS_BY_RULE, runFix } from './fix/index.js'
import { formatReport } from './format/index.js'
import { writeFileAtomic } from './io/atomic-write.js'
import { describeRender } from './render/describe.js'
import { renderRepository } from './render/render-repo.js'
import { parseRenderSettings } from './render/settings.js'
import { RULES, RULES_BY_ID } from './rules/index.js'
import { oneOf, parseSettings } from './settings.js'
import { ruleDocUrl, VERSION } from './version.js'
import path from 'node:path'

export interface CliIo {
  stdout: (s: string) => void
  stderr: (s: string) => void
  cwd: string
  /** stdout is a terminal (colours). */
  isTty: boolean
  /** stderr is a terminal (progress). */
  stderrIsTty?: boolean
  env?: Record<string, string | undefined>
}

export async function runCli(argv: readonly string[], io: CliIo): Promise<number> {
  try {
    const args = parseCliArgs(argv)
    switch (args.command) {
      case 'help':
        io.stdout(USAGE)
        return 0
      case 'version':
        io.stdout(`${VERSION}\n`)
        return 0
      case 'rules':
        return listRules(args, io)
      case 'lint': {
        const settings = parseSettings(args.raw, io.cwd)
        const base = path.resolve(io.cwd, settings.cwd)
        // --config is relative to where the command runs, like every other path argument.
        const config = await loadConfigOrThrow(base, settings.configPath && path.resolve(io.cwd, settings.configPath))
        const options = lintOptionsWithConfig(
          { cwd: base, patterns: settings.patterns, ignore: settings.ignore, allowExplicitOutside: true, maxFileBytes: settings.maxFileBytes, workers: settings.workers },
          config,
        )
        const showProgress = shouldShowProgress({ stderrIsTty: io.stderrIsTty ?? false, env: io.env ?? {}, format: settings.format })
        if (settings.fix) {
          const progress = createProgress('fixing: checked', { write: io.stderr, enabled: showProgress })
          const fixed = await runFix({ ...options, filter: findingFilter(config), onFile: () => progress.tick() })
          progress.done()
          for (const f of fixed.files) {
            io.stderr(`velero-hooks: fixed ${f.file}:\n${f.fixes.map((x) => `  ${x.description} (${x.ruleId})\n`).join('')}`)
          }
        }
        const progress = createProgress('checked', { write: io.stderr, enabled: showProgress })
        const result = applyConfig(await runLint({ ...options, onProgress: () => progress.tick() }), config)
        progress.done()
        const text = formatReport(settings.format, result, { color: args.color ?? (io.isTty && !settings.output) })
        if (settings.output) await writeFileAtomic(path.resolve(io.cwd, settings.output), text)
        else io.stdout(text)
        for (const s of result.skipped) io.stderr(`velero-hooks: skipped ${s.path}: ${s.reason}\n`)
        return result.findings.some((f) => reaches(f.severity, settings.failOn)) ? 1 : 0
      }
      case 'render':
      case 'check': {
        const settings = parseSettings(args.raw, io.cwd)
        const renderSettings = parseRenderSettings(args.render)
        const cwd = path.resolve(io.cwd, settings.cwd)
        const config = await loadConfigOrThrow(cwd, settings.configPath && path.resolve(io.cwd, settings.configPath))
        const options = lintOptionsWithConfig<LintOptions>({ cwd, patterns: settings.patterns, ignore: settings.ignore, maxFileBytes: settings.maxFileBytes }, config)
        const rendered = await renderRepository({
          cwd,
          patterns: [...options.patterns],
          ignore: [...options.ignore],
          ruleSet: options.ruleSet,
          outputDir: renderSettings.outputDir,
          volumeMounts: renderSettings.volumeMounts,
          maxFileBytes: settings.maxFileBytes,
          mode: args.command === 'check' ? 'check' : 'write',
        })
        const result = { ...rendered, lint: applyConfig(rendered.lint, config) }
        const text = formatReport(settings.format, result.lint, { color: args.color ?? (io.isTty && !settings.output) })
        if (settings.output) await writeFileAtomic(path.resolve(io.cwd, settings.output), text)
        else io.stdout(text)
        for (const s of result.lint.skipped) io.stderr(`velero-hooks: skipped ${s.path}: ${s.reason}\n`)
        const outputDir = path.relative(cwd, path.resolve(cwd, renderSettings.outputDir)).split(path.sep).join('/') || '.'
        io.stderr(describeRender(args.command, outputDir, result))
        const lintFails = result.lint.findings.some((f) => reaches(f.severity, settings.failOn))
        return lintFails || (args.command === 'check' && result.stale.length > 0) ? 1 : 0
      }
      default: {
        const never: never = args.command
        throw new UsageError(`unknown command ${String(never)}; expected one of ${COMMANDS.join(', ')}`)
      }
    }
  } catch (e) {
    if (e instanceof UsageError) {
      io.stderr(`velero-hooks: ${e.message}\nRun "velero-hooks --help" for usage.\n`)
    } else {
      io.stderr(`velero-hooks: internal error: ${(e as Error)?.message ?? String(e)}\n`)
    }
    return 2
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
  io.stdout(
    rules.map((r) => `${r.meta.id.padEnd(w)}  ${r.meta.severity.padEnd(7)}  ${FIXERS_BY_RULE.has(r.meta.id) ? 'fix' : '   '}  ${r.meta.docs.summary}`).join('\n') + '\n',
  )
  return 0
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
