/** The emitter's scalars read back as the same value, in YAML 1.2 and in the YAML 1.1 kubectl uses. */
import assert from 'node:assert/strict'
import { describe, it } from 'node:test'
import fc from 'fast-check'
import { parse } from 'yaml'
import { blockContainerLines, flowContainer, scalarText } from '../../src/render/emit.js'

const readBack = (text: string, version: '1.1' | '1.2'): unknown => parse(text, { version })

describe('emit', () => {
  it('writes plain only what both YAML 1.1 and 1.2 read back as the same string', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary', maxLength: 20 }), (s) => {
        for (const version of ['1.1', '1.2'] as const) {
          assert.deepEqual(readBack(`k: ${scalarText(s, 'block')}\n`, version), { k: s })
          assert.deepEqual(readBack(`[${scalarText(s, 'flow')}]`, version), [s])
          assert.deepEqual(readBack(`{"k": ${scalarText(s, 'json')}}`, version), { k: s })
        }
      }),
      { numRuns: 2000 },
    )
  })

  it('quotes the words and numbers YAML would not read as strings', () => {
    for (const s of ['on', 'Off', 'y', 'NO', 'true', 'null', '~', '1', '0x1f', '1:20', '.5', '-', 'a:', '', ' a', 'a #b']) {
      assert.match(scalarText(s, 'block'), /^"/, s)
    }
    for (const s of ['alpine:3.20', '/data', 'velero-restore-init-0', 'IfNotPresent', 'a_b', 'x@sha256:ab']) {
      assert.equal(scalarText(s, 'block'), s)
    }
    assert.equal(scalarText('alpine:3.20', 'flow'), '"alpine:3.20"')
  })

  it('writes block items at the given layout, and the command as a flow list of double-quoted strings', () => {
    const c = { name: 'hook', image: 'i', command: ['a b', 'c'], imagePullPolicy: 'IfNotPresent' as const, volumeMounts: [{ name: 'v', mountPath: '/v' }] }
    assert.deepEqual(blockContainerLines(c, { dash: 4, item: 4, seq: 0 }), [
      '    -   name: hook',
      '        image: i',
      '        command: ["a b", "c"]',
      '        imagePullPolicy: IfNotPresent',
      '        volumeMounts:',
      '        -   name: v',
      '            mountPath: /v',
    ])
    assert.equal(flowContainer(c, 'flow'), '{name: hook, image: i, command: ["a b", "c"], imagePullPolicy: IfNotPresent, volumeMounts: [{name: v, mountPath: /v}]}')
    assert.deepEqual(JSON.parse(flowContainer(c, 'json')), c)
  })
})
