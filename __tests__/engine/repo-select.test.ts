/**
 * Which pods a Backup, Schedule or Restore takes and which of them a spec hook selects, three-valued
 * (src/engine/repo-select.ts; velero-plan-semantics.md §1.2, §1.3, §2.2, §2.3): 'no' and 'yes' only
 * when the repository proves it, 'unknown' otherwise (no namespace, templated labels, a selector
 * that is not plain data).
 */
import assert from 'node:assert/strict'
import { describe, it } from 'node:test'
import { repoModelFromTexts } from '../../src/engine/repo-facts.js'
import type { RepoModel, VeleroObjectFact, WorkloadFact } from '../../src/engine/repo-model.js'
import {
  backupIncludesPods,
  backupNamespaceMatches,
  backupSelectors,
  backupTakes,
  hookEntrySelects,
  hookResourceEntries,
  namespaceMapping,
  readList,
  restoreSource,
  restoreTakes,
  targetNamespace,
  WorkloadIndex,
} from '../../src/engine/repo-select.js'
import { parseVeleroVersion, type VeleroVersion } from '../../src/velero/versions.js'

const version = (v: string): VeleroVersion => {
  const parsed = parseVeleroVersion(v)
  assert.ok(parsed.ok)
  return parsed.version
}
const V117 = version('1.17')
const V118 = version('1.18')

/** A Deployment as a document: namespace (or none), pod labels as flow YAML. */
function deployment(name: string, namespace: string | undefined, labels = `{app: ${name}}`): string {
  const ns = namespace === undefined ? '' : `, namespace: ${namespace}`
  return `apiVersion: apps/v1\nkind: Deployment\nmetadata: {name: ${name}${ns}}\nspec:\n  template:\n    metadata: {labels: ${labels}}\n    spec: {containers: [{name: app, image: nginx}]}\n`
}

/** A Velero object with its spec written as flow YAML. */
function velero(kind: string, name: string, spec: string): string {
  return `apiVersion: velero.io/v1\nkind: ${kind}\nmetadata: {name: ${name}, namespace: velero}\nspec: ${spec}\n`
}

function model(...documents: string[]): RepoModel {
  return repoModelFromTexts({ 'repo.yaml': documents.join('---\n') })
}

function workload(repo: RepoModel, name: string): WorkloadFact {
  const w = repo.workloads.find((x) => x.name === name)
  assert.ok(w, name)
  return w
}

function object(repo: RepoModel, name: string): VeleroObjectFact {
  const v = repo.velero.find((x) => x.name === name)
  assert.ok(v, name)
  return v
}

describe('backupTakes', () => {
  const repo = model(
    deployment('web', 'shop'),
    deployment('db', 'data', '{app: db, velero.io/exclude-from-backup: "true"}'),
    deployment('free', undefined),
    deployment('tmpl', 'shop', '{app: "{{ .Values.app }}"}'),
    velero('Backup', 'all', '{}'),
    velero('Backup', 'shop-only', '{includedNamespaces: [shop]}'),
    velero('Backup', 'web-label', '{labelSelector: {matchLabels: {app: web}}}'),
    velero('Backup', 'or-labels', '{orLabelSelectors: [{matchLabels: {app: nope}}, {matchLabels: {app: web}}]}'),
    velero('Backup', 'deploys', '{includedResources: [deployments]}'),
    velero('Backup', 'scoped', '{includedNamespaceScopedResources: [pods, deployments]}'),
    velero('Backup', 'glob', '{includedNamespaces: ["sh*"]}'),
    velero('Backup', 'templated', '{includedNamespaces: "{{ .Values.ns }}"}'),
    velero('Schedule', 'nightly', '{schedule: "@daily", template: {includedNamespaces: [data]}}'),
  )
  const takes = (backup: string, w: string, v = V118) => backupTakes(object(repo, backup).spec, workload(repo, w), v)

  it('takes every pod without filters', () => assert.deepEqual(takes('all', 'web'), { takes: 'yes' }))
  it('filters by namespace', () => {
    assert.deepEqual(takes('shop-only', 'web'), { takes: 'yes' })
    assert.deepEqual(takes('shop-only', 'db'), { takes: 'no', reason: 'namespace' })
  })
  it('a workload without a namespace is unknown to a namespace filter', () => assert.deepEqual(takes('shop-only', 'free'), { takes: 'unknown' }))
  it('matches the pod template labels', () => {
    assert.deepEqual(takes('web-label', 'web'), { takes: 'yes' })
    assert.deepEqual(takes('web-label', 'free'), { takes: 'no', reason: 'labels' })
  })
  it('templated labels are unknown', () => assert.deepEqual(takes('web-label', 'tmpl'), { takes: 'unknown' }))
  it('orLabelSelectors: any of them', () => {
    assert.deepEqual(takes('or-labels', 'web'), { takes: 'yes' })
    assert.deepEqual(takes('or-labels', 'free'), { takes: 'no', reason: 'labels' })
  })
  it('a resource filter without pods takes no pods', () => {
    assert.deepEqual(takes('deploys', 'web'), { takes: 'no', reason: 'resources' })
    assert.equal(backupIncludesPods(object(repo, 'deploys').spec), 'no')
    assert.equal(backupIncludesPods(object(repo, 'scoped').spec), 'yes')
    assert.equal(backupIncludesPods(object(repo, 'all').spec), 'yes')
  })
  it('the exclude-from-backup label wins', () => assert.deepEqual(takes('all', 'db'), { takes: 'no', reason: 'excluded-label' }))
  it('a Schedule is read through its template', () => {
    assert.deepEqual(takes('nightly', 'db'), { takes: 'no', reason: 'excluded-label' })
    assert.deepEqual(takes('nightly', 'web'), { takes: 'no', reason: 'namespace' })
  })
  it('namespace globs: expanded from 1.18, literal names before', () => {
    assert.deepEqual(takes('glob', 'web', V118), { takes: 'yes' })
    assert.deepEqual(takes('glob', 'web', V117), { takes: 'no', reason: 'namespace' })
  })
  it('a filter that is not a plain list is unknown', () => {
    assert.equal(backupNamespaceMatches(object(repo, 'templated').spec, 'shop', V118), 'unknown')
    assert.deepEqual(takes('templated', 'web'), { takes: 'unknown' })
  })
  it('backupNamespaceMatches before 1.18: "*" and literal excludes', () => {
    const spec = (text: string) => repoModelFromTexts({ 'b.yaml': velero('Backup', 'b', text) }).velero[0]!.spec
    assert.equal(backupNamespaceMatches(spec('{includedNamespaces: ["*"]}'), 'shop', V117), 'yes')
    assert.equal(backupNamespaceMatches(spec('{excludedNamespaces: ["*"]}'), 'shop', V117), 'no')
    assert.equal(backupNamespaceMatches(spec('{excludedNamespaces: [shop]}'), 'shop', V117), 'no')
    assert.equal(backupNamespaceMatches(spec('{excludedNamespaces: ["sh*"]}'), 'shop', V117), 'yes')
    assert.equal(backupNamespaceMatches(spec('{excludedNamespaces: ["sh*"]}'), 'shop', V118), 'no')
  })
  it('backupSelectors reads labelSelector and orLabelSelectors with their entries', () => {
    const { single, or } = backupSelectors(object(repo, 'or-labels').spec)
    assert.equal(single, undefined)
    assert.equal(or.length, 2)
    assert.deepEqual({ ...or[1]!.selector!.matchLabels }, { app: 'web' })
    assert.deepEqual(or[1]!.selector!.matchExpressions, [])
    assert.equal(or[1]!.entry.keySpan.line, or[1]!.entry.value.span.line)
  })
})

describe('hook entries', () => {
  const repo = model(
    deployment('web', 'shop'),
    deployment('api', 'shop', '{app: api, tier: front}'),
    deployment('free', undefined),
    velero(
      'Backup',
      'b',
      `
  hooks:
    resources:
      - name: any
      - name: web-only
        labelSelector: {matchLabels: {app: web}}
      - name: deploys
        includedResources: [deployments]
      - name: po
        includedResources: [po]
        includedNamespaces: [shop]
      - name: other-ns
        includedNamespaces: [data]
      - name: expr
        labelSelector: {matchExpressions: [{key: tier, operator: In, values: [front]}]}
      - name: invalid
        labelSelector: {matchExpressions: [{key: tier, operator: in, values: [front]}]}
      - not a map`,
    ),
  )
  const entries = hookResourceEntries(object(repo, 'b').spec)
  const entry = (name: string) => entries.find((e) => e.entries.some((x) => x.key === 'name' && x.value.kind === 'scalar' && x.value.value === name))!
  const selects = (e: string, w: string, kind: 'backup' | 'restore' = 'backup', ns?: string) => hookEntrySelects(entry(e), workload(repo, w), kind, ns ?? workload(repo, w).namespace)

  it('lists the mappings of hooks.resources', () => assert.equal(entries.length, 7))
  it('an entry without filters selects every pod the Backup takes', () => {
    assert.equal(selects('any', 'web'), 'yes')
    assert.equal(selects('any', 'free'), 'yes')
  })
  it('label selectors, matchExpressions included', () => {
    assert.equal(selects('web-only', 'web'), 'yes')
    assert.equal(selects('web-only', 'api'), 'no')
    assert.equal(selects('expr', 'api'), 'yes')
    assert.equal(selects('expr', 'web'), 'no')
  })
  it('a selector Velero refuses is unknown here (the object fails validation; another rule says so)', () => assert.equal(selects('invalid', 'api'), 'unknown'))
  it('backup hooks filter by resource, restore hooks do not', () => {
    assert.equal(selects('deploys', 'web', 'backup'), 'no')
    assert.equal(selects('deploys', 'web', 'restore'), 'yes')
    assert.equal(selects('po', 'web', 'backup'), 'yes')
  })
  it('namespaces: the workload\'s, or the one given (a restore\'s target)', () => {
    assert.equal(selects('other-ns', 'web'), 'no')
    assert.equal(selects('other-ns', 'web', 'restore', 'data'), 'yes')
    assert.equal(selects('other-ns', 'free'), 'unknown')
    assert.equal(selects('po', 'free'), 'unknown')
  })
  it('extra labels count (labels Velero adds on restore)', () => {
    assert.equal(hookEntrySelects(entry('web-only'), workload(repo, 'api'), 'restore', 'shop', { app: 'web' }), 'yes')
  })
})

describe('restores', () => {
  const repo = model(
    deployment('web', 'shop'),
    deployment('db', 'data'),
    deployment('free', undefined),
    velero('Backup', 'daily', '{}'),
    velero('Schedule', 'nightly', '{schedule: "@daily", template: {}}'),
    velero('Restore', 'from-backup', '{backupName: daily, namespaceMapping: {shop: shop-copy}}'),
    velero('Restore', 'from-schedule-backup', '{backupName: nightly-20240101010000}'),
    velero('Restore', 'from-schedule', '{scheduleName: nightly, includedNamespaces: [data]}'),
    velero('Restore', 'unknown-backup', '{backupName: elsewhere}'),
    velero('Restore', 'not-a-timestamp', '{backupName: nightly-latest}'),
    velero('Restore', 'deploys-only', '{backupName: daily, includedResources: [deployments]}'),
    velero('Restore', 'labels', '{backupName: daily, labelSelector: {matchLabels: {app: db}}}'),
  )
  const source = (name: string) => restoreSource(object(repo, name), repo.velero)?.name

  it('finds its Backup or Schedule in the repository', () => {
    assert.equal(source('from-backup'), 'daily')
    assert.equal(source('from-schedule-backup'), 'nightly')
    assert.equal(source('from-schedule'), 'nightly')
    assert.equal(source('unknown-backup'), undefined)
    assert.equal(source('not-a-timestamp'), undefined)
  })
  it('maps namespaces', () => {
    const r = object(repo, 'from-backup')
    assert.deepEqual({ ...namespaceMapping(r) }, { shop: 'shop-copy' })
    assert.equal(targetNamespace(r, workload(repo, 'web')), 'shop-copy')
    assert.equal(targetNamespace(r, workload(repo, 'db')), 'data')
    assert.equal(targetNamespace(r, workload(repo, 'free')), undefined)
  })
  it('restoreTakes: resources, source namespace, labels', () => {
    const takes = (r: string, w: string) => restoreTakes(object(repo, r), workload(repo, w))
    assert.deepEqual(takes('from-backup', 'web'), { takes: 'yes' })
    assert.deepEqual(takes('from-schedule', 'db'), { takes: 'yes' })
    assert.deepEqual(takes('from-schedule', 'web'), { takes: 'no', reason: 'namespace' })
    assert.deepEqual(takes('from-schedule', 'free'), { takes: 'unknown' })
    assert.deepEqual(takes('deploys-only', 'web'), { takes: 'no', reason: 'resources' })
    assert.deepEqual(takes('labels', 'db'), { takes: 'yes' })
    assert.deepEqual(takes('labels', 'web'), { takes: 'no', reason: 'labels' })
  })
})

describe('readList', () => {
  const spec = repoModelFromTexts({ 'b.yaml': velero('Backup', 'b', '{a: [x, y], b: ~, c: "{{ x }}", d: [x, {y: 1}]}') }).velero[0]!.spec
  it('absent and null are "no list"; a list of strings is read; anything else is unknown', () => {
    assert.deepEqual(readList(spec, 'a').values, ['x', 'y'])
    assert.deepEqual([readList(spec, 'b').values, readList(spec, 'b').known], [undefined, true])
    assert.deepEqual([readList(spec, 'z').values, readList(spec, 'z').known], [undefined, true])
    assert.equal(readList(spec, 'c').known, false)
    assert.equal(readList(spec, 'd').known, false)
  })
})

describe('WorkloadIndex', () => {
  const repo = model(deployment('a', 'shop'), deployment('b', 'shop-2'), deployment('c', 'data'), deployment('d', undefined))
  const index = new WorkloadIndex(repo.workloads)
  const names = (ws: readonly WorkloadFact[]) => ws.map((w) => w.name).sort()

  it('lists the namespaces', () => assert.deepEqual(index.namespaces(), ['data', 'shop', 'shop-2']))
  it('gives the workloads of the namespaces a filter lets through, plus every unnamespaced one', () => {
    assert.deepEqual(names(index.candidates(['shop'], undefined)), ['a', 'd'])
    assert.deepEqual(names(index.candidates(['shop*'], ['shop-2'])), ['a', 'd'])
    assert.deepEqual(names(index.candidates(undefined, undefined)), ['a', 'b', 'c', 'd'])
    assert.deepEqual(names(index.candidates(['nothing'], undefined)), ['d'])
  })
})
