import assert from 'node:assert/strict'
import { describe, it } from 'node:test'
import { parseCliArgs } from '../../src/cli/args.js'
import { parseSettings } from '../../src/app/settings.js'
import path from 'node:path'

const ORIGIN = { dir: process.cwd(), source: 'cli' } as const

describe('settings: config and fix', () => {
  it('reads --config and --fix from the CLI, and config/fix from action-style inputs', () => {
    const cli = parseSettings(parseCliArgs(['lint', '--config', 'ci/velero-hooks.yaml', '--fix']).raw, ORIGIN)
    assert.equal(cli.configPath, path.resolve('ci/velero-hooks.yaml'))
    assert.equal(cli.fix, true)
    const action = parseSettings({ config: ' lint.yaml ', fix: 'True' }, ORIGIN)
    assert.deepEqual([action.configPath, action.fix], [path.resolve('lint.yaml'), true])
    const defaults = parseSettings({ config: '', fix: '' }, ORIGIN)
    assert.deepEqual([defaults.configPath, defaults.fix], [undefined, false])
  })

  it('rejects a fix input that is not a boolean', () => {
    assert.throws(() => parseSettings({ fix: 'yes' }, ORIGIN), /fix must be true or false; got "yes"/)
  })
})

describe('settings: fix and check', () => {
  it('refuse --fix with check (check writes nothing), on the CLI and in the action', () => {
    assert.throws(() => parseSettings({ mode: 'check', fix: 'true' }, ORIGIN), /--fix is not an option of check, which writes nothing/)
    assert.throws(() => parseSettings({ mode: 'check', fix: 'true' }, { dir: process.cwd(), source: 'action' }), /fix: true cannot be used with mode: check/)
    assert.equal(parseSettings({ mode: 'render', fix: 'true' }, ORIGIN).fix, true)
  })
})
