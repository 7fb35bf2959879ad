import assert from 'node:assert/strict'
import { describe, it } from 'node:test'
import { parseCliArgs } from '../../src/cli/args.js'
import { parseSettings } from '../../src/app/settings.js'

describe('settings: config and fix', () => {
  it('reads --config and --fix from the CLI, and config/fix from action-style inputs', () => {
    const cli = parseSettings(parseCliArgs(['lint', '--config', 'ci/velero-hooks.yaml', '--fix']).raw, '.')
    assert.equal(cli.configPath, 'ci/velero-hooks.yaml')
    assert.equal(cli.fix, true)
    const action = parseSettings({ config: ' lint.yaml ', fix: 'True' }, '.')
    assert.deepEqual([action.configPath, action.fix], ['lint.yaml', true])
    const defaults = parseSettings({ config: '', fix: '' }, '.')
    assert.deepEqual([defaults.configPath, defaults.fix], [undefined, false])
  })

  it('rejects a fix input that is not a boolean', () => {
    assert.throws(() => parseSettings({ fix: 'yes' }, '.'), /fix must be true or false; got "yes"/)
  })
})
