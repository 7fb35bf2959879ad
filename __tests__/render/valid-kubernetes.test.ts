/**
 * Render's two promises, over every manifest of ours it renders (the golden fixtures, the
 * corpus-class fixtures and examples/), in both volume-mount modes:
 *
 * 1. Every object it writes is valid Kubernetes: the schema of its kind and the API server's
 *    container rules (support/kube-validate.ts). The validator itself fails on a broken object,
 *    naming the object's path and the rule.
 * 2. What it writes never depends on the lint configuration: a `.velero-hooks.yaml` that turns every
 *    rule off, or makes every rule an error, renders exactly what the defaults render.
 */
import assert from 'node:assert/strict'
import { readdirSync, readFileSync } from 'node:fs'
import path from 'node:path'
import { describe, it } from 'node:test'
import { ruleSetForConfig } from '../../src/config/apply-config.js'
import { parseConfigText } from '../../src/config/parse-config.js'
import type { VolumeMountsMode } from '../../src/render/init-container.js'
import { renderText, type FileRender } from '../../src/render/render-text.js'
import { RULES_BY_ID } from '../../src/rules/index.js'
import { assertValidRender, renderProblems } from '../support/kube-validate.js'

const REPO = path.resolve(import.meta.dirname, '..', '..')
const MODES: readonly VolumeMountsMode[] = ['app', 'none']

function walk(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true })
    .flatMap((d) => (d.isDirectory() ? walk(path.join(dir, d.name)) : [path.join(dir, d.name)]))
    .filter((f) => /\.(ya?ml|json)$/.test(f) && !f.endsWith('options.json'))
    .sort()
}

/** Every manifest render meets in the suite, by its path relative to the repository. */
const MANIFESTS: readonly string[] = [
  ...walk(path.join(REPO, '__fixtures__', 'render')).filter((f) => f.endsWith('input.yaml')),
  ...walk(path.join(REPO, '__fixtures__', 'corpus-classes')),
  ...walk(path.join(REPO, 'examples')),
].map((f) => path.relative(REPO, f))

const read = (file: string): string => readFileSync(path.join(REPO, file), 'utf8')

/** A configuration file as a user writes it: every rule at one level. */
function configSetting(level: 'off' | 'error'): ReturnType<typeof ruleSetForConfig> {
  const text = `rules:\n${[...RULES_BY_ID.keys()].map((id) => `  ${id}: ${level}`).join('\n')}\n`
  const { config, problems } = parseConfigText(text, '.velero-hooks.yaml')
  assert.deepEqual(problems, [])
  return ruleSetForConfig(config)
}

/** What render decided, without the findings (those do follow the configuration). */
const decided = (r: FileRender): unknown => ({ output: r.output, changes: r.changes, notes: r.notes })

describe('every object render writes is valid Kubernetes', () => {
  it('meets enough manifests to mean something', () => {
    assert.ok(MANIFESTS.length >= 50, `${MANIFESTS.length} manifests`)
    const rendered = MANIFESTS.filter((f) => renderText(f, read(f)).changes.length > 0)
    assert.ok(rendered.length >= 25, `only ${rendered.length} manifests render`)
  })
  for (const mode of MODES) {
    it(`--volume-mounts ${mode}: golden fixtures, corpus classes and examples`, () => {
      for (const file of MANIFESTS) assertValidRender(`${file} (${mode})`, renderText(file, read(file), { volumeMounts: mode }))
    })
  }
  it("examples/my-web-app.yaml renders the design document's container, valid", () => {
    const r = renderText('examples/my-web-app.yaml', read('examples/my-web-app.yaml'))
    assert.deepEqual(
      r.changes.map((c) => c.container),
      [
        {
          name: 'velero-restore-init-0',
          image: 'alpine:latest',
          command: ['/bin/sh', '-c', 'echo host=db > /data/db-config.json'],
          imagePullPolicy: 'IfNotPresent',
          volumeMounts: [{ name: 'data-volume', mountPath: '/data' }],
        },
      ],
    )
    assert.deepEqual(r.notes, [])
    assertValidRender('examples/my-web-app.yaml', r)
  })
})

describe('what render writes never depends on the rule configuration', () => {
  const allOff = configSetting('off')
  const allError = configSetting('error')
  for (const mode of MODES) {
    it(`--volume-mounts ${mode}: every rule off, or every rule an error, renders what the defaults render`, () => {
      let changed = 0
      for (const file of MANIFESTS) {
        const text = read(file)
        const base = renderText(file, text, { volumeMounts: mode })
        changed += base.changes.length
        assert.deepEqual(decided(renderText(file, text, { volumeMounts: mode, ruleSet: allOff })), decided(base), `${file}: every rule off`)
        assert.deepEqual(decided(renderText(file, text, { volumeMounts: mode, ruleSet: allError })), decided(base), `${file}: every rule an error`)
      }
      assert.ok(changed >= 30, `only ${changed} containers rendered`)
    })
  }
  it('the configuration does reach lint (the findings differ), so the comparison is not vacuous', () => {
    const file = '__fixtures__/render/invalid-hooks/input.yaml'
    assert.ok(renderText(file, read(file)).findings.length > 0)
    assert.deepEqual(renderText(file, read(file), { ruleSet: allOff }).findings, [])
  })
})

describe('the validator', () => {
  const pod = (initContainers: string, extra = ''): string =>
    `apiVersion: v1\nkind: Pod\nmetadata: {name: p}\nspec:\n  containers: [{name: app, image: nginx}]\n  initContainers: ${initContainers}\n${extra}`
  const problems = (text: string): string[] =>
    renderProblems('t.yaml', { output: text, changes: [{ document: 0, podPath: [], index: 0 }] }).map((p) => `${p.where}: ${p.rule}`)

  it('accepts a valid pod', () => {
    assert.deepEqual(problems(pod('[{name: init, image: alpine, volumeMounts: [{name: v, mountPath: /v}]}]', '  volumes: [{name: v, emptyDir: {}}]\n')), [])
  })
  it('names the object, the path and the rule broken', () => {
    assert.deepEqual(problems(pod('[{name: Init_1, image: alpine, imagePullPolicy: Sometimes}]')), [
      't.yaml#0 Pod "p" /spec/initContainers/0/imagePullPolicy: schema: enum',
      't.yaml#0 Pod "p" /spec/initContainers/0/name: container names are DNS-1123 labels',
    ])
    assert.deepEqual(problems(pod('[{name: app, image: alpine}]')), [
      't.yaml#0 Pod "p" /spec/initContainers/0/name: container names are unique across containers, initContainers and ephemeralContainers',
    ])
    assert.deepEqual(problems(pod('[{name: i, image: alpine, volumeMounts: [{name: v, mountPath: /v, mountPropagation: Bidirectional}]}]')), [
      't.yaml#0 Pod "p" /spec/initContainers/0/volumeMounts/0/name: volumeMounts name a volume of the pod',
      't.yaml#0 Pod "p" /spec/initContainers/0/volumeMounts/0/mountPropagation: Bidirectional mount propagation only in privileged containers',
    ])
    assert.deepEqual(problems(pod('[{name: i, image: "alpine ", pullPolicy: Always, volumeMounts: [{name: v, mountPath: /v, subPathExpr: $(X)}]}]', '  volumes: [{name: v}]\n')), [
      't.yaml#0 Pod "p" /spec/initContainers/0/pullPolicy: containers have only core/v1 Container fields',
      't.yaml#0 Pod "p" /spec/initContainers/0/image: images have no whitespace at the ends',
      't.yaml#0 Pod "p" /spec/initContainers/0/volumeMounts/0/subPathExpr: subPathExpr variables are defined in the container env (kubelet)',
    ])
  })
  it('fails the test with those lines', () => {
    assert.throws(
      () => assertValidRender('t.yaml', { output: pod('[{name: app, image: alpine}]'), changes: [{ document: 0, podPath: [], index: 0 }] }),
      /t\.yaml#0 Pod "p" \/spec\/initContainers\/0\/name: container names are unique/,
    )
  })
})
