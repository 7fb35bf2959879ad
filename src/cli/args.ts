/** argv → command + RawInputs, with node:util parseArgs (no dependency needed for this). */
import { parseArgs } from 'node:util'
import { UsageError } from '../engine/discover.js'
import type { RawInputs } from '../settings.js'

export type CommandName = 'lint' | 'rules' | 'help' | 'version'
export const COMMANDS: readonly CommandName[] = ['lint', 'rules', 'help', 'version']

export interface CliArgs {
  command: CommandName
  raw: RawInputs
  color: boolean | undefined
}

export const USAGE = `Usage: velero-hooks <command> [options] [PATTERN...]

Commands:
  lint [PATTERN...]   Check Velero hook annotations and hook specs (default command)
  rules [RULE-ID]     List the rules (--format json for tools), or show one rule's documentation
  help                Show this help

PATTERN is a glob relative to --cwd (default: **/*.yaml and **/*.yml) or a file or directory.

Options:
  --cwd DIR                 Base directory (default: the current directory)
  --ignore GLOB             Skip matching files (repeatable); .git/ and node_modules/ are always skipped
  --format FORMAT           text | json | sarif | github (default: text)
  --output FILE             Write the report to FILE instead of stdout
  --fail-on LEVEL           error | warning | notice | never (default: error)
  --max-file-bytes N        Skip (and report) files larger than N bytes (default: 16 MiB)
  --config FILE             Configuration file (default: .velero-hooks.yaml in the base directory)
  --fix                     Apply the safe fixes in place, then report what remains
  --color / --no-color      Force colours on or off in text output
  -h, --help                Show this help
  -v, --version             Show the version

Exit status: 0 nothing reached --fail-on, 1 something did, 2 usage or internal error.
`

export function parseCliArgs(argv: readonly string[]): CliArgs {
  let parsed
  try {
    parsed = parseArgs({
      args: [...argv],
      allowPositionals: true,
      strict: true,
      options: {
        cwd: { type: 'string' },
        ignore: { type: 'string', multiple: true },
        format: { type: 'string', short: 'f' },
        output: { type: 'string', short: 'o' },
        'fail-on': { type: 'string' },
        'max-file-bytes': { type: 'string' },
        config: { type: 'string', short: 'c' },
        fix: { type: 'boolean' },
        color: { type: 'boolean' },
        'no-color': { type: 'boolean' },
        help: { type: 'boolean', short: 'h' },
        version: { type: 'boolean', short: 'v' },
      },
    })
  } catch (e) {
    throw new UsageError((e as Error).message.split('\n')[0]!)
  }
  const { values, positionals } = parsed
  let command: CommandName = 'lint'
  const rest = [...positionals]
  if (rest.length > 0 && (COMMANDS as readonly string[]).includes(rest[0]!)) command = rest.shift() as CommandName
  if (values.help) command = 'help'
  if (values.version) command = 'version'
  return {
    command,
    color: values['no-color'] ? false : values.color,
    raw: {
      cwd: values.cwd,
      files: rest,
      ignore: values.ignore,
      format: values.format,
      output: values.output,
      'fail-on': values['fail-on'],
      'max-file-bytes': values['max-file-bytes'],
      config: values.config,
      fix: values.fix ? 'true' : undefined,
    },
  }
}
