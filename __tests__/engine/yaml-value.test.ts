import assert from 'node:assert/strict'
import { describe, it } from 'node:test'
import { parseDocument } from 'yaml'
import { lintText } from '../../src/engine/lint-text.js'
import { buildDocumentModel, pathText } from '../../src/engine/model.js'
import { execHooks, restoreInitContainers, restoreInitHooks } from '../../src/engine/spec-walk.js'
import { YamlValue } from '../../src/engine/yaml-value.js'
import { defaultRuleSet } from '../../src/rules/index.js'
import { yaml } from '../support/rule-tester.js'

const valueOf = (text: string): YamlValue => {
  const doc = parseDocument(text)
  return YamlValue.of(doc, doc.contents, [])
}

describe('YamlValue', () => {
  it('tells the kinds apart; a null scalar and a missing value are both null', () => {
    const v = valueOf('{m: {a: 1}, s: [1], str: x, n: ~, empty: , flow}')
    assert.deepEqual(
      v.entries().map((e) => [e.key, e.value.kind]),
      [['m', 'map'], ['s', 'seq'], ['str', 'scalar'], ['n', 'null'], ['empty', 'null'], ['flow', 'null']],
    )
    assert.equal(v.get('flow')?.node, null)
    assert.equal(v.get('nope'), undefined)
    assert.equal(v.get('str')?.get('a'), undefined, 'get on a scalar')
    assert.deepEqual(v.get('m')?.items(), [], 'items of a mapping')
  })

  it('reads scalars as the YAML 1.2 core schema does', () => {
    const v = valueOf('{s: "30", n: 30, b: true, y: yes, q: "yes", big: 12345678901234567890}')
    assert.equal(v.get('s')?.string(), '30')
    assert.equal(v.get('s')?.number(), undefined)
    assert.equal(v.get('n')?.number(), 30)
    assert.equal(v.get('n')?.isString, false)
    assert.equal(v.get('n')?.text(), '30')
    assert.equal(v.get('b')?.boolean(), true)
    assert.equal(v.get('y')?.string(), 'yes')
    assert.equal(v.get('y')?.isPlain, true)
    assert.equal(v.get('q')?.isPlain, false)
    assert.equal(typeof v.get('big')?.scalar, 'number')
  })

  it('follows aliases and keeps the path where the value is used', () => {
    const v = valueOf('defs: &d {cmd: [a, b]}\nuse: *d\n')
    const used = v.get('use')!
    assert.equal(used.kind, 'map')
    assert.equal(used.node, v.get('defs')?.node, 'the anchored node, to report at')
    assert.deepEqual(used.get('cmd')?.items().map((i) => [i.string(), pathText(i.path)]), [
      ['a', 'use.cmd[0]'],
      ['b', 'use.cmd[1]'],
    ])
  })

  it('matches keys exactly first, then case-insensitively (entryFold), under the asked-for name', () => {
    const v = valueOf('{Image: a, image: b, NAME: c}')
    assert.equal(v.entryFold('image')?.value.string(), 'b')
    assert.equal(v.entryFold('name')?.value.string(), 'c')
    assert.deepEqual(v.entryFold('name')?.value.path, ['name'])
    assert.equal(v.entry('name'), undefined)
    assert.equal(v.getFold('args'), undefined)
  })

  it('knows an empty value covers no text, and gives bounded JSON', () => {
    const v = valueOf('a:\nb: [1, "x", {c: ~}]\n')
    assert.equal(v.get('a')?.hasText, false)
    assert.equal(v.get('b')?.hasText, true)
    assert.equal(v.get('b')?.json(), '[1,"x",{"c":null}]')
    assert.equal(v.get('b')?.json(5), undefined)
    assert.equal(v.firstKeyNode(), v.entries()[0]?.keyNode)
  })
})

describe('spec-walk', () => {
  const model = (text: string) => {
    const doc = parseDocument(text) as Parameters<typeof buildDocumentModel>[0]
    return buildDocumentModel(doc, 0)
  }

  it('walks exec and init hooks with their paths, following aliases', () => {
    const m = model(yaml`
      apiVersion: velero.io/v1
      kind: Restore
      spec:
        hooks:
          resources:
            - name: a
              postHooks: &hooks
                - exec: {command: [x]}
                - init: {initContainers: [{name: i}, oops], timeout: 1m}
            - name: b
              postHooks: *hooks
    `)
    const [target] = m.velero
    assert.ok(target)
    assert.deepEqual(execHooks(target).map((e) => [e.kind, pathText(e.value.path)]), [
      ['restore', 'spec.hooks.resources[0].postHooks[0].exec'],
      ['restore', 'spec.hooks.resources[1].postHooks[0].exec'],
    ])
    assert.deepEqual(restoreInitHooks(target).map((i) => pathText(i.path)), [
      'spec.hooks.resources[0].postHooks[1].init',
      'spec.hooks.resources[1].postHooks[1].init',
    ])
    assert.deepEqual(restoreInitContainers(target).map((c) => [c.kind, pathText(c.path)]), [
      ['map', 'spec.hooks.resources[0].postHooks[1].init.initContainers[0]'],
      ['scalar', 'spec.hooks.resources[0].postHooks[1].init.initContainers[1]'],
      ['map', 'spec.hooks.resources[1].postHooks[1].init.initContainers[0]'],
      ['scalar', 'spec.hooks.resources[1].postHooks[1].init.initContainers[1]'],
    ])
  })

  it('Backup and Schedule hooks: pre and post, exec only', () => {
    const m = model(yaml`
      apiVersion: velero.io/v1
      kind: Schedule
      spec:
        template:
          hooks:
            resources:
              - pre: [{exec: {command: [a]}}]
                post: [{exec: {command: [b]}}, {init: {}}]
    `)
    const [target] = m.velero
    assert.ok(target)
    assert.deepEqual(execHooks(target).map((e) => [e.kind, pathText(e.value.path)]), [
      ['backup', 'spec.template.hooks.resources[0].pre[0].exec'],
      ['backup', 'spec.template.hooks.resources[0].post[0].exec'],
    ])
    assert.deepEqual(restoreInitHooks(target), [])
  })
})

describe('spec rules read a key without a value as a null value', () => {
  const lint = (text: string) => lintText('f.yaml', text, defaultRuleSet()).findings.map((f) => `${f.ruleId} ${f.line}:${f.column} ${f.path}: ${f.message}`)

  it('`{command}` is a missing command, at its key (not line 1)', () => {
    const findings = lint(yaml`
      apiVersion: velero.io/v1
      kind: Backup
      spec:
        hooks:
          resources:
            - pre:
                - exec: {command}
                - init:
                    initContainers: [{name: a, image: b, command}]
    `)
    assert.deepEqual(findings, [
      'spec-hook-invalid-exec 7:20 spec.hooks.resources[0].pre[0].exec.command: This exec hook has no command, so the API server rejects the Backup (command is required); add command as a list of strings.',
    ])
    const restore = lint(yaml`
      apiVersion: velero.io/v1
      kind: Restore
      spec:
        hooks:
          resources:
            - postHooks:
                - init:
                    initContainers:
                      - {image: b, command: [x], name}
    `)
    assert.deepEqual(restore, [
      'restore-spec-invalid-init-container 9:44 spec.hooks.resources[0].postHooks[0].init.initContainers[0]: This init container has no name, so Velero fails the whole Restore validation (FailedValidation) and restores nothing; add name.',
    ])
  })

  it("a Restore's init.timeout reached through an alias is reported", () => {
    const findings = lint(yaml`
      apiVersion: velero.io/v1
      kind: Restore
      spec:
        hooks:
          resources:
            - postHooks: &p
                - init: {timeout: 1m}
            - postHooks: *p
    `).filter((f) => f.startsWith('init-hook-timeout-ignored'))
    assert.deepEqual(findings.map((f) => f.split(':').slice(0, 2).join(':')), [
      'init-hook-timeout-ignored 7:20 spec.hooks.resources[0].postHooks[0].init.timeout',
      'init-hook-timeout-ignored 7:20 spec.hooks.resources[1].postHooks[0].init.timeout',
    ])
  })
})
