/**
 * The `velero-hooks` command: argv → settings → engine → formatter → exit code.
 * Exit 0: nothing reached --fail-on; 1: something did; 2: usage or internal error (one line, no stack).
 */
import { COMMANDS, parseCliArgs, USAGE } from './cli/args.js'
import { UsageError } from './engine/discover.js'
import { reaches } from './engine/finding.js'
import { runLint } from './engine/run-lint.js'
import { formatReport } from './format/index.js'
import { writeFileAtomic } from './io/atomic-write.js'
import { RULES } from './rules/index.js'
import { describeRender } from './render/describe.js'
import { renderRepository } from './render/render-repo.js'
import { parseRenderSettings } from './render/settings.js'
import { parseSettings } from './settings.js'
import { VERSION } from './version.js'
import path from 'node:path'

export interface CliIo {
  stdout: (s: string) => void
  stderr: (s: string) => void
  cwd: string
  isTty: boolean
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
      case 'rules': {
        const w = Math.max(...RULES.map((r) => r.meta.id.length))
        io.stdout(RULES.map((r) => `${r.meta.id.padEnd(w)}  ${r.meta.severity.padEnd(7)}  ${r.meta.docs.summary}`).join('\n') + '\n')
        return 0
      }
      case 'lint': {
        const settings = parseSettings(args.raw, io.cwd)
        const result = await runLint({
          cwd: path.resolve(io.cwd, settings.cwd),
          patterns: settings.patterns,
          ignore: settings.ignore,
          allowExplicitOutside: true,
          maxFileBytes: settings.maxFileBytes,
        })
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
        const result = await renderRepository({
          cwd,
          patterns: settings.patterns,
          ignore: settings.ignore,
          outputDir: renderSettings.outputDir,
          volumeMounts: renderSettings.volumeMounts,
          maxFileBytes: settings.maxFileBytes,
          mode: args.command === 'check' ? 'check' : 'write',
        })
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

export async function main(): Promise<void> {
  const code = await runCli(process.argv.slice(2), {
    stdout: (s) => process.stdout.write(s),
    stderr: (s) => process.stderr.write(s),
    cwd: process.cwd(),
    isTty: Boolean(process.stdout.isTTY),
  })
  process.exitCode = code
}
