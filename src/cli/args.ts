/** argv → command + RawInputs, with node:util parseArgs (no dependency needed for this). */
import { parseArgs } from 'node:util'
import { UsageError } from '../errors.js'
import type { RawSettings } from '../app/settings.js'

export type CommandName = 'lint' | 'render' | 'check' | 'rules' | 'help' | 'version'
export const COMMANDS: readonly CommandName[] = ['lint', 'render', 'check', 'rules', 'help', 'version']

export interface CliArgs {
  command: CommandName
  /** Flags by their settings name; render-only flags are refused for other commands here. */
  raw: RawSettings
  color: boolean | undefined
}

export const USAGE = `Usage: velero-hooks <command> [options] [PATTERN...]

Commands:
  lint [PATTERN...]   Check Velero hook annotations and hook specs (default command)
  render [PATTERN...] Lint, then write each manifest with the init containers Velero injects at
                      restore (into --output-dir, default "rendered", or --in-place)
  check [PATTERN...]  Lint, then exit 1 if the committed render is stale (missing, different or
                      orphaned files); writes nothing
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
  --workers N|auto          Threads that parse files in parallel; 0 uses one thread (default: auto)
  --color / --no-color      Force colours on or off in text output

Render and check:
  --output-dir DIR          Mirror every scanned manifest under DIR, relative to --cwd (default: rendered)
  --in-place                Edit the manifests themselves instead
  --volume-mounts MODE      app: give the init container the first app container's volumeMounts
                            (default); none: no mounts, as Velero up to 1.18 does
  -h, --help                Show this help
  -v, --version             Show the version

Exit status: 0 nothing reached --fail-on (and, for check, the render is current); 1 something did
(or check found stale files); 2 usage or internal error.
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
        'output-dir': { type: 'string' },
        'in-place': { type: 'boolean' },
        'volume-mounts': { type: 'string' },
        config: { type: 'string', short: 'c' },
        fix: { type: 'boolean' },
        workers: { type: 'string' },
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
  const renderOnly = (['output-dir', 'in-place', 'volume-mounts'] as const).filter((k) => values[k] !== undefined)
  if (renderOnly.length > 0 && command !== 'render' && command !== 'check' && command !== 'help' && command !== 'version') {
    throw new UsageError(`--${renderOnly[0]} is an option of render and check, not of ${command}`)
  }
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
      workers: values.workers,
      'output-dir': values['output-dir'],
      'in-place': values['in-place'] ? 'true' : undefined,
      'volume-mounts': values['volume-mounts'],
    },
  }
}
