/**
 * The command line never passes silently (issue 10, item 6), as ESLint's does: patterns that match
 * nothing, unknown commands, standard input, brace globs, --ignore under a directory, paths
 * relative to where the command runs, rendered/ skipped, NO_COLOR, --quiet, --max-warnings, and
 * I/O mistakes as usage errors. Everything through runCli, in-process.
 */
import assert from 'node:assert/strict'
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { Readable } from 'node:stream'
import { after, describe, it } from 'node:test'
import { runCli, type CliIo } from '../../src/cli/cli.js'
import { CLEAN_POD, pods } from '../support/manifests.js'

const EXAMPLE = readFileSync(path.resolve(import.meta.dirname, '..', '..', 'examples', 'my-web-app.yaml'), 'utf8')
const roots: string[] = []
after(() => {
  for (const r of roots) rmSync(r, { recursive: true, force: true })
})

/** A temporary directory holding `files` (relative path → content). */
function tree(files: Record<string, string>): string {
  const root = mkdtempSync(path.join(os.tmpdir(), 'vh-cmdline-'))
  roots.push(root)
  for (const [file, content] of Object.entries(files)) {
    mkdirSync(path.dirname(path.join(root, file)), { recursive: true })
    writeFileSync(path.join(root, file), content)
  }
  return root
}

interface Ran {
  code: number
  stdout: string
  stderr: string
}

async function run(argv: string[], cwd: string, io: Partial<CliIo> = {}): Promise<Ran> {
  let stdout = ''
  let stderr = ''
  const code = await runCli(argv, { stdout: (s) => (stdout += s), stderr: (s) => (stderr += s), cwd, isTty: false, stdin: Readable.from([]), ...io })
  return { code, stdout, stderr }
}

const json = (r: Ran): { summary: Record<string, number>; findings: Array<{ file: string; line: number; ruleId: string; severity: string }> } => JSON.parse(r.stdout)
const usage = (line: string): string => `velero-hooks: ${line}\nRun "velero-hooks --help" for usage.\n`

describe('patterns that match no file', () => {
  it('are a usage error, one line per pattern, even when other patterns match', async () => {
    const root = tree({ 'k8s/app.yaml': pods(1, 'error').text })
    const r = await run(['lint', 'nonexistent.yaml', 'k8s', 'deploi/**/*.yaml'], root)
    assert.equal(r.code, 2)
    assert.equal(r.stdout, '', 'no report: nothing was linted')
    assert.equal(
      r.stderr,
      'velero-hooks: No files matching the pattern "nonexistent.yaml" were found.\n' +
        'velero-hooks: No files matching the pattern "deploi/**/*.yaml" were found.\n' +
        'Run "velero-hooks --help" for usage.\n',
    )
  })

  it('a directory without manifests, and a pattern whose files are all ignored, say so', async () => {
    const root = tree({ 'docs/readme.md': '# x\n', 'vendor/a.yaml': CLEAN_POD })
    assert.equal((await run(['lint', 'docs'], root)).stderr, usage('No files matching the pattern "docs" were found.'))
    const ignored = await run(['lint', 'vendor', '--ignore', 'vendor/**'], root)
    assert.equal(ignored.code, 2)
    assert.equal(ignored.stderr, usage('No files matching the pattern "vendor" were found (every file it matches is ignored).'))
  })

  it('the default patterns count as one: a repository with only .yaml files passes, one with none fails', async () => {
    assert.equal((await run(['lint'], tree({ 'a.yaml': CLEAN_POD }))).code, 0)
    const empty = await run(['lint'], tree({ 'notes.txt': 'x' }))
    assert.equal(empty.code, 2)
    assert.equal(empty.stderr, usage('No files matching the patterns "**/*.yaml", "**/*.yml" were found.'))
  })

  it('--no-error-on-unmatched-pattern turns it off: the exit follows the findings', async () => {
    const root = tree({ 'k8s/app.yaml': pods(1, 'error').text })
    const r = await run(['lint', 'nonexistent.yaml', 'k8s', '--no-error-on-unmatched-pattern'], root)
    assert.equal(r.code, 1)
    assert.match(r.stdout, /hook-invalid-on-error/)
    assert.equal((await run(['lint', 'nonexistent.yaml', '--no-error-on-unmatched-pattern'], root)).code, 0)
  })

  it('render and --fix stop before writing anything', async () => {
    const root = tree({ 'k8s/app.yaml': EXAMPLE, 'fix/p.yaml': pods(1, 'warning').text })
    const render = await run(['render', 'k8s', 'nothing/*.yaml'], root)
    assert.equal(render.code, 2)
    assert.equal(render.stderr, usage('No files matching the pattern "nothing/*.yaml" were found.'))
    assert.ok(!existsSync(path.join(root, 'rendered')), 'nothing rendered')
    const fix = await run(['lint', '--fix', 'fix', 'nothing.yaml'], root)
    assert.equal(fix.code, 2)
    assert.equal(readFileSync(path.join(root, 'fix', 'p.yaml'), 'utf8'), pods(1, 'warning').text, 'nothing fixed')
  })
})

describe('commands', () => {
  it('an unknown command is a usage error, not a pattern', async () => {
    const r = await run(['frobnicate'], tree({ 'a.yaml': CLEAN_POD }))
    assert.equal(r.code, 2)
    assert.equal(r.stderr, usage('unknown command "frobnicate"; expected one of lint, render, check, plan, rules, help, version'))
  })

  it('a first word naming an existing directory (under --cwd) is a pattern', async () => {
    const root = tree({ 'deploy/p.yaml': pods(1, 'error').text })
    assert.equal((await run(['deploy'], root)).code, 1)
    assert.equal((await run(['deploy', '--cwd', root], os.tmpdir())).code, 1)
    // Globs, paths and file names are never taken for commands.
    assert.equal((await run(['lnt.yaml'], root)).stderr, usage('No files matching the pattern "lnt.yaml" were found.'))
  })
})

describe('standard input', () => {
  // What `helm template` prints: `# Source:` comments and several documents.
  const HELM_OUTPUT = `---\n# Source: app/templates/cm.yaml\napiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: cfg\n${pods(1, 'error').text.replace('---\n', '---\n# Source: app/templates/pod.yaml\n')}`

  it('"-" lints the manifest piped in, named <stdin>', async () => {
    const r = await run(['lint', '-', '--format', 'json'], tree({}), { stdin: Readable.from([Buffer.from(HELM_OUTPUT)]) })
    assert.equal(r.code, 1, r.stderr)
    const report = json(r)
    assert.equal(report.summary.files, 1)
    assert.deepEqual(
      report.findings.map((f) => [f.file, f.line, f.ruleId]),
      [['<stdin>', 15, 'hook-invalid-on-error']],
    )
  })

  it('--stdin-filename names it; the configuration applies to that name', async () => {
    const root = tree({ '.velero-hooks.yaml': 'exclude:\n  - path: vendor/**\n' })
    const piped = () => Readable.from([HELM_OUTPUT])
    const named = await run(['-', '--stdin-filename', 'charts/app.yaml', '--format', 'github'], root, { stdin: piped() })
    assert.equal(named.code, 1)
    assert.match(named.stdout, /^::error file=charts\/app\.yaml,line=15,/)
    const excluded = await run(['lint', '-', '--stdin-filename', 'vendor/app.yaml'], root, { stdin: piped() })
    assert.equal(excluded.code, 0, excluded.stdout)
  })

  it('a clean manifest passes; empty input passes', async () => {
    assert.equal((await run(['lint', '-'], tree({}), { stdin: Readable.from([CLEAN_POD]) })).code, 0)
    assert.equal((await run(['lint', '-'], tree({}))).code, 0)
  })

  it('is refused where it cannot work', async () => {
    const root = tree({ 'a.yaml': CLEAN_POD })
    for (const [argv, message] of [
      [['render', '-'], /render reads and writes files; it cannot read a manifest from standard input/],
      [['check', '-'], /check reads and writes files/],
      [['lint', '-', 'a.yaml'], /"-" \(standard input\) cannot be combined with other patterns/],
      [['lint', '-', '--fix'], /--fix rewrites files; it cannot fix standard input/],
      [['lint', '--stdin-filename', 'x.yaml'], /--stdin-filename names standard input: give "-" as the pattern/],
    ] as const) {
      const r = await run([...argv], root)
      assert.equal(r.code, 2, argv.join(' '))
      assert.match(r.stderr, message)
    }
    const big = await run(['lint', '-', '--max-file-bytes', '10'], root, { stdin: Readable.from([CLEAN_POD]) })
    assert.equal(big.code, 2)
    assert.match(big.stderr, /standard input is over the 10-byte limit/)
  })
})

describe('patterns and --ignore', () => {
  it('positional patterns are not split on commas: brace globs work', async () => {
    const root = tree({ 'base/a.yaml': pods(1, 'error').text, 'overlays/b.yaml': pods(1, 'error').text, 'other/c.yaml': pods(1, 'error').text })
    const r = await run(['lint', '{base,overlays}/*.yaml', '--format', 'json'], root)
    assert.deepEqual([...new Set(json(r).findings.map((f) => f.file))], ['base/a.yaml', 'overlays/b.yaml'])
  })

  it('--ignore applies when the pattern is a directory, relative to --cwd', async () => {
    const root = tree({ 'deploy/app.yaml': pods(1, 'error').text, 'deploy/vendor/x.yaml': pods(1, 'error').text, 'deploy/vendor/y/z.yaml': pods(1, 'error').text })
    const r = await run(['lint', 'deploy', '--ignore', 'deploy/vendor/**', '--format', 'json'], root)
    assert.deepEqual(json(r).findings.map((f) => f.file), ['deploy/app.yaml'])
    assert.equal(json(r).summary.files, 1)
  })
})

describe('paths relative to where the command runs', () => {
  const files = { 'deploy/x.yaml': pods(1, 'error').text }

  it('every format names deploy/x.yaml under --cwd deploy', async () => {
    const root = tree(files)
    const github = await run(['lint', '--cwd', 'deploy', '--format', 'github'], root)
    assert.match(github.stdout, /^::error file=deploy\/x\.yaml,line=8,/)
    assert.deepEqual(json(await run(['lint', '--cwd', 'deploy', '--format', 'json'], root)).findings.map((f) => f.file), ['deploy/x.yaml'])
    const sarif = JSON.parse((await run(['lint', '--cwd', 'deploy', '--format', 'sarif'], root)).stdout)
    assert.equal(sarif.runs[0].results[0].locations[0].physicalLocation.artifactLocation.uri, 'deploy/x.yaml')
    assert.match((await run(['lint', '--cwd', 'deploy'], root)).stdout, /^deploy\/x\.yaml\n/)
  })

  it('patterns stay relative to --cwd; a cwd outside gives ../ paths', async () => {
    const root = tree(files)
    const r = await run(['lint', 'x.yaml', '--cwd', path.join(root, 'deploy'), '--format', 'json'], path.join(root, 'elsewhere-does-not-matter'))
    assert.deepEqual(json(r).findings.map((f) => f.file), ['../deploy/x.yaml'])
  })
})

describe('lint and the render output', () => {
  it('after render, lint skips rendered/: the same findings, no false init-hook-name-conflict', async () => {
    const root = tree({ 'k8s/app.yaml': EXAMPLE, 'k8s/broken.yaml': pods(1, 'error').text })
    const before = json(await run(['lint', '--format', 'json'], root))
    assert.equal((await run(['render'], root)).code, 1)
    assert.ok(existsSync(path.join(root, 'rendered', 'k8s', 'app.yaml')))
    const afterRender = json(await run(['lint', '--format', 'json'], root))
    assert.deepEqual(afterRender, before)
    assert.ok(!afterRender.findings.some((f) => f.ruleId === 'init-hook-name-conflict'))
  })

  it('unless a pattern names it', async () => {
    const root = tree({ 'k8s/app.yaml': EXAMPLE })
    await run(['render'], root)
    const named = json(await run(['lint', 'rendered', '--format', 'json'], root))
    assert.deepEqual([...new Set(named.findings.map((f) => f.file))], ['rendered/k8s/app.yaml'])
    assert.equal(json(await run(['lint', 'rendered/**/*.yaml', '--format', 'json'], root)).summary.files, 1)
    assert.equal(json(await run(['lint', '**/*.yaml', '--format', 'json'], root)).summary.files, 1, 'a glob from the base directory does not name it')
  })
})

describe('colour, --quiet and --max-warnings', () => {
  const root = tree({ 'w.yaml': pods(2, 'warning').text, 'e.yaml': pods(1, 'error').text })
  const ESC = '\u001b['

  it('NO_COLOR turns colours off on a terminal; --color still forces them', async () => {
    assert.ok((await run(['lint'], root, { isTty: true, env: {} })).stdout.includes(ESC))
    assert.ok(!(await run(['lint'], root, { isTty: true, env: { NO_COLOR: '1' } })).stdout.includes(ESC))
    assert.ok((await run(['lint'], root, { isTty: true, env: { NO_COLOR: '' } })).stdout.includes(ESC), 'an empty NO_COLOR is unset')
    assert.ok((await run(['lint', '--color'], root, { isTty: false, env: { NO_COLOR: '1' } })).stdout.includes(ESC))
  })

  it('--quiet reports errors only, and warnings no longer fail --fail-on warning', async () => {
    const r = await run(['lint', '--quiet', '--format', 'json'], root)
    assert.deepEqual(json(r).findings.map((f) => f.severity), ['error'])
    assert.deepEqual([json(r).summary.errors, json(r).summary.warnings], [1, 0])
    assert.equal((await run(['lint', 'w.yaml', '--quiet', '--fail-on', 'warning'], root)).code, 0)
    assert.equal((await run(['lint', 'w.yaml', '--fail-on', 'warning'], root)).code, 1)
  })

  it('--max-warnings N fails when there are more than N warnings, even with --quiet', async () => {
    assert.equal((await run(['lint', 'w.yaml', '--max-warnings', '2'], root)).code, 0)
    const over = await run(['lint', 'w.yaml', '--max-warnings', '1'], root)
    assert.equal(over.code, 1)
    assert.match(over.stderr, /^velero-hooks found too many warnings \(maximum: 1\)\.$/m)
    const quiet = await run(['lint', 'w.yaml', '--quiet', '--max-warnings', '0'], root)
    assert.equal(quiet.code, 1)
    assert.match(quiet.stdout, /no problems/)
    assert.equal((await run(['lint', '--max-warnings', 'lots'], root)).code, 2)
  })
})

describe('I/O mistakes are usage errors', () => {
  it('--output into a missing directory, or naming a directory', async () => {
    const root = tree({ 'a.yaml': CLEAN_POD, 'reports/.keep': '' })
    for (const [argv, line] of [
      [['lint', '--output', 'missing/report.json'], '--output "missing/report.json": the directory "missing" does not exist'],
      [['lint', '--output', 'reports'], '--output "reports" is a directory; name a file to write the report to'],
      [['lint', '--output', 'a.yaml/report.json'], '--output "a.yaml/report.json": a part of the path is not a directory'],
    ] as const) {
      const r = await run([...argv], root)
      assert.equal(r.code, 2, argv.join(' '))
      assert.equal(r.stderr, usage(line))
    }
    assert.ok(!existsSync(path.join(root, 'missing')))
    assert.equal((await run(['lint', '--output', 'reports/r.txt'], root)).code, 0)
    assert.match(readFileSync(path.join(root, 'reports', 'r.txt'), 'utf8'), /no problems/)
  })
})
