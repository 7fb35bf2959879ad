/** argv → settings for the command line: nothing is split on commas, '-' is standard input, unknown commands. */
import assert from 'node:assert/strict'
import path from 'node:path'
import { describe, it } from 'node:test'
import { parseCliArgs } from '../../src/cli/args.js'
import { parseSettings } from '../../src/app/settings.js'
import { UsageError } from '../../src/errors.js'

const DIR = path.resolve('/work/here')
const nothingExists = () => false
const settingsOf = (argv: string[]) => {
  const args = parseCliArgs(argv, nothingExists)
  return parseSettings({ ...args.raw, mode: args.command }, { dir: DIR, source: 'cli' })
}

describe('command-line settings', () => {
  it('keeps patterns and --ignore globs whole: brace globs hold commas', () => {
    const s = settingsOf(['lint', '{base,overlays}/*.yaml', 'a,b.yaml', '--ignore', 'vendor/{x,y}/**'])
    assert.deepEqual(s.patterns, ['{base,overlays}/*.yaml', 'a,b.yaml'])
    assert.deepEqual(s.ignore, ['vendor/{x,y}/**'])
    assert.equal(s.onUnmatched, 'each')
  })

  it('the default patterns are checked together; --no-error-on-unmatched-pattern allows nothing to match', () => {
    assert.equal(settingsOf(['lint']).onUnmatched, 'all')
    assert.equal(settingsOf(['lint', 'x.yaml', '--no-error-on-unmatched-pattern']).onUnmatched, 'allow')
  })

  it('reports paths relative to the directory the command runs in, whatever --cwd is', () => {
    const s = settingsOf(['lint', '--cwd', 'deploy'])
    assert.deepEqual([s.cwd, s.reportDir], [path.join(DIR, 'deploy'), DIR])
  })

  it("'-' reads standard input, named <stdin> or by --stdin-filename", () => {
    assert.deepEqual([settingsOf(['lint', '-']).stdinFilename, settingsOf(['lint', '-']).patterns], ['<stdin>', []])
    assert.equal(settingsOf(['-', '--stdin-filename', 'chart.yaml']).stdinFilename, 'chart.yaml')
    assert.equal(settingsOf(['lint', 'a.yaml']).stdinFilename, undefined)
  })

  it('--quiet and --max-warnings', () => {
    const s = settingsOf(['lint', '--quiet', '--max-warnings', '0'])
    assert.deepEqual([s.quiet, s.maxWarnings], [true, 0])
    assert.deepEqual([settingsOf(['lint']).quiet, settingsOf(['lint']).maxWarnings], [false, undefined])
    for (const bad of ['-1', '1.5', 'x']) assert.throws(() => settingsOf(['lint', `--max-warnings=${bad}`]), UsageError, bad)
  })

  it('a first word that looks like a command and names no path is an unknown command', () => {
    assert.throws(() => parseCliArgs(['frobnicate'], nothingExists), /^UsageError: unknown command "frobnicate"; expected one of lint, render, check, plan, rules, help, version$/)
    assert.throws(() => parseCliArgs(['lnt', 'deploy'], nothingExists), /unknown command "lnt"/)
    // A path, a glob, a file name, an existing directory, or the help flag: not a command word.
    for (const argv of [['deploy/'], ['*.yaml'], ['app.yaml'], ['-'], ['frobnicate', '--help']]) assert.doesNotThrow(() => parseCliArgs(argv, nothingExists), argv.join(' '))
    assert.equal(parseCliArgs(['deploy'], (p) => p === 'deploy').command, 'lint')
    const seen: Array<[string, string | undefined]> = []
    parseCliArgs(['deploy', '--cwd', 'repo'], (p, cwd) => (seen.push([p, cwd]), true))
    assert.deepEqual(seen, [['deploy', 'repo']], 'looked up under --cwd')
  })
})
