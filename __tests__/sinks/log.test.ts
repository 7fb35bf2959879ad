import assert from 'node:assert/strict'
import { it } from 'node:test'
import { logFindings } from '../../src/report/log.js'
import { finding, report } from './fixtures.js'

it('logs every finding inside a stop-commands block, so manifest text cannot issue commands', () => {
  const lines: string[] = []
  const log = { info: (m: string) => lines.push(m), startGroup: (n: string) => lines.push(`[group] ${n}`), endGroup: () => lines.push('[endgroup]') }
  const hostile = finding('error', 'x\n::set-output name=a::b.yaml', 1)
  logFindings(log, report([hostile, finding('warning', 'b.yaml', 2)]), 'TOKEN123')
  assert.equal(lines[0], '[group] velero-hooks: 2 findings')
  assert.equal(lines[1], '::stop-commands::TOKEN123')
  assert.equal(lines.at(-2), '::TOKEN123::')
  assert.equal(lines.at(-1), '[endgroup]')
  const body = lines.slice(2, -2).join('\n')
  assert.match(body, /error at x/)
  assert.match(body, /b\.yaml/)
})
