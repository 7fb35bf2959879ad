import assert from 'node:assert/strict'
import { describe, it } from 'node:test'
import type { AnnotationProperties } from '@actions/core'
import { annotationProperties, NONE_USED, planAnnotations, writeAnnotations, type AnnotationCommands } from '../../src/report/annotations.js'
import { annotationsSink } from '../../src/report/sink.js'
import { finding, many, report } from './fixtures.js'

function fakeCommands() {
  const calls: Array<{ level: string; message: string; properties: AnnotationProperties }> = []
  const commands: AnnotationCommands = {
    error: (message, properties) => calls.push({ level: 'error', message, properties }),
    warning: (message, properties) => calls.push({ level: 'warning', message, properties }),
    notice: (message, properties) => calls.push({ level: 'notice', message, properties }),
  }
  return { calls, commands }
}

describe('annotations sink', () => {
  it('emits everything, errors first, when each level fits', () => {
    const { calls, commands } = fakeCommands()
    const findings = [finding('notice', 'a.yaml', 1), finding('warning', 'a.yaml', 2), finding('error', 'b.yaml', 3)]
    const plan = writeAnnotations(commands, report(findings), ['the job summary'])
    assert.deepEqual(calls.map((c) => c.level), ['error', 'warning', 'notice'])
    assert.deepEqual(plan.hidden, { errors: 0, warnings: 0, notices: 0 })
  })

  it('keeps 10 per level and adds one notice with the hidden counts and where to look', () => {
    const { calls, commands } = fakeCommands()
    writeAnnotations(commands, report([...many('error', 13), ...many('warning', 4), ...many('notice', 12)]), ['the job summary', 'the step log', 'the check run "x"'])
    assert.equal(calls.filter((c) => c.level === 'error').length, 10)
    assert.equal(calls.filter((c) => c.level === 'warning').length, 4)
    assert.equal(calls.filter((c) => c.level === 'notice').length, 10, '9 findings + the summary notice')
    assert.equal(
      calls.at(-1)!.message,
      'velero-hooks found 29 problems; GitHub shows at most 10 annotations per level in a step, so 6 more (3 errors, 3 notices) are not annotated here. ' +
        'Every finding is listed in the job summary, the step log and the check run "x".',
    )
    assert.equal(calls.at(-1)!.properties.file, undefined)
  })

  it('leaves room for annotations the step already emitted', () => {
    const plan = planAnnotations(many('warning', 10), undefined, { error: 0, warning: 1, notice: 1 })
    assert.equal(plan.shown.length, 9)
    assert.deepEqual(plan.hidden, { errors: 0, warnings: 1, notices: 0 })
  })

  it("puts findings on the pull request's changed lines first, keeping file order otherwise", () => {
    const errors = many('error', 12)
    const changed = new Map([['errors.yaml', new Set([111, 91])]])
    const plan = planAnnotations(errors, changed)
    assert.deepEqual(plan.shown.map((f) => f.line), [91, 111, 1, 11, 21, 31, 41, 51, 61, 71])
  })

  it("keeps 9 errors when the step fails: core.setFailed's ::error:: is the tenth GitHub shows", async () => {
    const errors = report(many('error', 12))
    const count = async (verdict: { failed: boolean; line: string }, problems: string[]) => {
      const { calls, commands } = fakeCommands()
      await annotationsSink(commands, NONE_USED).publish(errors, verdict, { places: ['the step log'], problems })
      return [calls.filter((c) => c.level === 'error').length, calls.filter((c) => c.level === 'notice').length]
    }
    assert.deepEqual(await count({ failed: true, line: 'x' }, []), [9, 1])
    assert.deepEqual(await count({ failed: false, line: 'x' }, ['could not write the SARIF file']), [9, 1])
    assert.deepEqual(await count({ failed: false, line: 'x' }, []), [10, 1])
    const { calls, commands } = fakeCommands()
    await annotationsSink(commands, NONE_USED).publish(report(many('error', 9)), { failed: true, line: 'x' }, { places: [], problems: [] })
    assert.deepEqual(calls.map((c) => c.level), Array(9).fill('error'), '9 errors fit: no "more" notice')
  })

  it('sends columns only for single-line ranges', () => {
    assert.deepEqual(annotationProperties(finding('error', 'a.yaml', 4)), { title: 'velero-hooks: rule-error', file: 'a.yaml', startLine: 4, endLine: 4, startColumn: 5, endColumn: 12 })
    assert.deepEqual(annotationProperties(finding('error', 'a.yaml', 4, { endLine: 6 })), { title: 'velero-hooks: rule-error', file: 'a.yaml', startLine: 4, endLine: 6 })
  })
})
