/** argv → command + RawInputs, with node:util parseArgs (no dependency needed for this). */
import { existsSync } from 'node:fs'
import path from 'node:path'
import { parseArgs } from 'node:util'
import { UsageError } from '../errors.js'
import type { RawSettings } from '../app/settings.js'

export type CommandName = 'lint' | 'render' | 'check' | 'plan' | 'rules' | 'help' | 'version'
export const COMMANDS: readonly CommandName[] = ['lint', 'render', 'check', 'plan', 'rules', 'help', 'version']

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
  plan [PATTERN...]   Show the hook plan: for every Backup and Schedule the pods it takes and the
                      pre/post hooks Velero runs there, in order; for every Restore the pods it
                      restores, the init containers injected and the exec hooks (--format text,
                      json or markdown; the same patterns, --ignore and --config as lint, and
                      the pods of charts and overlays rendered as lint renders them)
  rules [RULE-ID]     List the rules (--format json for tools), or show one rule's documentation
  help                Show this help

PATTERN is a glob relative to --cwd (default: **/*.yaml and **/*.yml) or a file or directory; it is
never split on commas, so brace globs work ({base,overlays}/**/*.yaml). A pattern that matches no
file is an error. "-" reads the manifest on standard input (lint and plan):
  helm template my-chart | velero-hooks lint - --stdin-filename my-chart.yaml
lint skips the render output directory (rendered/) unless a pattern names it.
Helm charts (a directory with Chart.yaml) and Kustomize overlays (kustomization.yaml) among the
scanned directories are rendered with helm / kustomize (or kubectl) and their output checked; each
finding is reported at the template, values, patch or kustomization line that produced it.

Options:
  --cwd DIR                 Base directory (default: the current directory); reported paths stay
                            relative to the directory the command runs in
  --ignore GLOB             Skip matching files, relative to --cwd (repeatable); .git/ and
                            node_modules/ are always skipped
  --format FORMAT           text | json | sarif | github (default: text); plan: text | json | markdown
  --output FILE             Write the report to FILE instead of stdout (its directory must exist)
  --fail-on LEVEL           error | warning | notice | never (default: error)
  --quiet                   Report errors only: warnings and notices neither show nor fail the run
  --max-warnings N          Exit 1 when there are more than N warnings (counted even with --quiet)
  --max-file-bytes N        Skip (and report) files larger than N bytes (default: 16 MiB)
  --config FILE             Configuration file (default: .velero-hooks.yaml in the base directory)
  --fix                     Apply the safe fixes in place, then report what remains
  --velero-version VERSION  The Velero version findings are about: 1.12 … 1.18 (a minor means its
                            latest patch), a patch release such as 1.16.1, or main (default:
                            velero-version in the configuration, else the latest release, 1.18.2)
  --workers N|auto          Threads that parse files in parallel; 0 uses one thread (default: auto)
  --stdin-filename NAME     The name findings give standard input (default: <stdin>)
  --no-error-on-unmatched-pattern
                            A pattern that matches no file is not an error
  --color / --no-color      Force colours on or off in text output (NO_COLOR turns them off)

Charts and overlays:
  --helm PATH               The helm to render charts with (default: helm on PATH)
  --kustomize PATH          The kustomize or kubectl to render overlays with (default: kustomize,
                            else kubectl, on PATH)
  --no-charts-and-overlays  Check plain manifests only; render no chart or overlay

Render and check (a pod gets the init container Velero injects when its container-image annotation
is set, whatever the rule levels; one whose container Velero, the API server or the kubelet would
refuse is left unchanged, with a note saying why):
  --output-dir DIR          Mirror every scanned manifest under DIR, relative to --cwd (default: rendered)
  --in-place                Edit the manifests themselves instead
  --volume-mounts MODE      app (default): the design document's init container, Velero's plus
                            imagePullPolicy: IfNotPresent and the first app container's volumeMounts
                            (adapted so the API server accepts them); none: exactly Velero's
                            container (name, image, command), named velero-restore-init-0 where
                            Velero picks a random velero-restore-init-<hex>
  -h, --help                Show this help
  -v, --version             Show the version

Exit status: 0 nothing reached --fail-on (and, for check, the render is current); 1 something did
(or check found stale files, or warnings exceed --max-warnings); 2 usage or internal error (a
pattern that matches no file, an unknown command, an option or path that is wrong). plan exits 0
once the plan is made (it shows what runs where; finding mistakes is lint's job), 2 likewise.
`

/** Whether a path exists, relative to --cwd (undefined: the current directory). */
export type PathExists = (pattern: string, cwd: string | undefined) => boolean

const existsFromHere: PathExists = (pattern, cwd) => existsSync(path.resolve(cwd ?? '.', pattern))

/**
 * A first word that can only be a mistyped command: no '/', '.' or glob characters, and no file
 * or directory of that name (`velero-hooks deploy` lints the directory deploy when it exists).
 */
function assertNotUnknownCommand(word: string | undefined, cwd: string | undefined, pathExists: PathExists): void {
  if (word === undefined || !/^[A-Za-z][A-Za-z0-9_-]*$/.test(word) || pathExists(word, cwd)) return
  throw new UsageError(`unknown command "${word}"; expected one of ${COMMANDS.join(', ')}`)
}

export function parseCliArgs(argv: readonly string[], pathExists: PathExists = existsFromHere): CliArgs {
  const { values, positionals } = parseFlags(argv)
  let command: CommandName = 'lint'
  const rest = [...positionals]
  if (rest.length > 0 && (COMMANDS as readonly string[]).includes(rest[0]!)) command = rest.shift() as CommandName
  else if (!values.help && !values.version) assertNotUnknownCommand(rest[0], values.cwd, pathExists)
  if (values.help) command = 'help'
  if (values.version) command = 'version'
  const renderOnly = (['output-dir', 'in-place', 'volume-mounts'] as const).filter((k) => values[k] !== undefined)
  if (renderOnly.length > 0 && command !== 'render' && command !== 'check' && command !== 'help' && command !== 'version') {
    throw new UsageError(`--${renderOnly[0]} is an option of render and check, not of ${command}`)
  }
  assertPlanOptions(command, values)
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
      'allow-no-files': values['no-error-on-unmatched-pattern'] ? 'true' : undefined,
      'stdin-filename': values['stdin-filename'],
      'charts-and-overlays': values['no-charts-and-overlays'] ? 'false' : undefined,
      helm: values.helm,
      kustomize: values.kustomize,
      quiet: values.quiet ? 'true' : undefined,
      'max-warnings': values['max-warnings'],
      'velero-version': values['velero-version'],
    },
  }
}

/** Lint's exit-status and rewriting options mean nothing to plan: refused, not ignored. */
const NOT_FOR_PLAN = ['fix', 'fail-on', 'quiet', 'max-warnings'] as const

function assertPlanOptions(command: CommandName, values: ReturnType<typeof parseFlags>['values']): void {
  if (command !== 'plan') return
  const given = NOT_FOR_PLAN.find((k) => values[k] !== undefined)
  if (given === undefined) return
  throw new UsageError(`--${given} is not an option of plan: plan always exits 0 once the plan is made and changes no file`)
}

function parseFlags(argv: readonly string[]) {
  try {
    return parseArgs({
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
        'no-error-on-unmatched-pattern': { type: 'boolean' },
        'no-charts-and-overlays': { type: 'boolean' },
        helm: { type: 'string' },
        kustomize: { type: 'string' },
        'stdin-filename': { type: 'string' },
        quiet: { type: 'boolean' },
        'max-warnings': { type: 'string' },
        'velero-version': { type: 'string' },
      },
    })
  } catch (e) {
    throw new UsageError((e as Error).message.split('\n')[0]!)
  }
}
