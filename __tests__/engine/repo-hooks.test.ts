/**
 * repo-hooks reads each object's filters once: its answers must be repo-select's (backupTakes,
 * restoreTakes, hookEntrySelects) for every workload, on a repository that exercises the filters.
 */
import assert from 'node:assert/strict'
import { describe, it } from 'node:test'
import { annotationHook, compileSelector, countedList, LabelCache, RepoHooks } from '../../src/engine/repo-hooks.js'
import { repoModelFromTexts } from '../../src/engine/repo-facts.js'
import { backupTakes, hookEntrySelects, hookResourceEntries, restoreTakes } from '../../src/engine/repo-select.js'
import { runRepoRules } from '../../src/engine/run-repo-rules.js'
import { defaultRuleSet } from '../../src/rules/index.js'
import { matchesLabels, type LabelSelector } from '../../src/velero/selectors.js'
import { LATEST_RELEASE, parseVeleroVersion } from '../../src/velero/versions.js'

const WORKLOADS = `
apiVersion: v1
kind: List
items:
  - {apiVersion: v1, kind: Pod, metadata: {name: a, namespace: shop, labels: {app: db, tier: back}}, spec: {containers: [{name: c, image: i}]}}
  - {apiVersion: v1, kind: Pod, metadata: {name: b, namespace: shop, labels: {app: web}}, spec: {containers: [{name: c, image: i}]}}
  - {apiVersion: v1, kind: Pod, metadata: {name: c, namespace: app-1, labels: {app: db}}, spec: {containers: [{name: c, image: i}]}}
  - {apiVersion: v1, kind: Pod, metadata: {name: d, labels: {app: db}}, spec: {containers: [{name: c, image: i}]}}
  - {apiVersion: v1, kind: Pod, metadata: {name: e, namespace: shop, labels: {app: "{{ x }}"}}, spec: {containers: [{name: c, image: i}]}}
  - {apiVersion: v1, kind: Pod, metadata: {name: f, namespace: shop, labels: {app: db, velero.io/exclude-from-backup: "true"}}, spec: {containers: [{name: c, image: i}]}}
`

const OBJECTS = `
apiVersion: velero.io/v1
kind: Backup
metadata: {name: b1}
spec:
  includedNamespaces: ["app-*", shop]
  excludedNamespaces: ["app-2"]
  labelSelector: {matchExpressions: [{key: app, operator: In, values: [db, web]}]}
  hooks:
    resources:
      - {name: h1, labelSelector: {matchLabels: {app: db}}, pre: [{exec: {command: ["x"]}}]}
      - {name: h2, includedNamespaces: ["app-*"], includedResources: [pods], pre: [{exec: {command: ["x"]}}]}
      - {name: h3, includedResources: [deployments], pre: [{exec: {command: ["x"]}}]}
      - {name: h4, excludedNamespaces: [shop], pre: [{exec: {command: ["x"]}}]}
---
apiVersion: velero.io/v1
kind: Schedule
metadata: {name: s1}
spec:
  schedule: "@daily"
  template:
    excludedResources: [pods]
---
apiVersion: velero.io/v1
kind: Backup
metadata: {name: b2}
spec:
  orLabelSelectors: [{matchLabels: {app: web}}, {matchLabels: {tier: back}}]
  hooks:
    resources:
      - {name: h5, pre: [{exec: {command: ["x"]}}]}
---
apiVersion: velero.io/v1
kind: Restore
metadata: {name: r1}
spec:
  backupName: b2
  includedNamespaces: [shop, "app-*"]
  namespaceMapping: {shop: shop-copy}
  hooks:
    resources:
      - {name: r-h1, includedNamespaces: [shop-copy], postHooks: [{exec: {command: ["x"]}}]}
      - {name: r-h2, includedNamespaces: [shop], labelSelector: {matchLabels: {app: db}}, postHooks: [{exec: {command: ["x"]}}]}
`

describe('repo-hooks', () => {
  for (const v of ['1.17', '1.18', 'main']) {
    it(`backup scopes answer as backupTakes and hookEntrySelects (Velero ${v})`, () => {
      const parsed = parseVeleroVersion(v)
      assert.ok(parsed.ok)
      const version = parsed.version
      const repo = repoModelFromTexts({ 'w.yaml': WORKLOADS, 'v.yaml': OBJECTS })
      const hooks = RepoHooks.of(repo, version)
      assert.equal(hooks.backups.length, 3)
      for (const scope of hooks.backups) {
        const candidates = new Set(scope.candidates())
        for (const w of repo.workloads) {
          const expected = backupTakes(scope.object.spec, w, version)
          assert.deepEqual(scope.takes(w), expected, `${scope.object.name} takes ${w.name}`)
          if (expected.takes !== 'no' || expected.reason !== 'namespace') assert.ok(candidates.has(w), `${w.name} is a candidate of ${scope.object.name}`)
        }
        const nodes = hookResourceEntries(scope.object.spec)
        scope.entries.forEach((entry, i) => {
          const reached = new Map(hooks.reached(scope, entry, 'backup').map((r) => [r.workload, r.taken]))
          for (const w of repo.workloads) {
            const selects = hookEntrySelects(nodes[i]!, w, 'backup')
            const taken = backupTakes(scope.object.spec, w, version).takes
            const expected = selects === 'yes' && taken !== 'no' ? taken : undefined
            assert.equal(reached.get(w), expected, `${entry.name} reaches ${w.name}`)
          }
        })
      }
    })
  }

  it('restore scopes answer as restoreTakes (and the source Backup) and select in the target namespace', () => {
    const repo = repoModelFromTexts({ 'w.yaml': WORKLOADS, 'v.yaml': OBJECTS })
    const hooks = RepoHooks.of(repo, LATEST_RELEASE)
    const [scope] = hooks.restores
    assert.equal(scope!.source?.object.name, 'b2')
    for (const w of repo.workloads) {
      const own = restoreTakes(scope!.object, w).takes
      const inBackup: string = backupTakes(scope!.source!.object.spec, w, LATEST_RELEASE).takes
      const expected: string = own === 'no' || inBackup === 'no' ? 'no' : own === 'yes' && inBackup === 'yes' ? 'yes' : 'unknown'
      assert.equal(scope!.restores(w), expected, `r1 restores ${w.name}`)
    }
    const names = (i: number) => hooks.reached(scope!, scope!.entries[i]!, 'exec').map((r) => `${r.workload.name}:${r.taken}`)
    // Pods of shop land in shop-copy: r-h1 selects them there (e's labels are templated: unknown), r-h2 (the source namespace) none.
    assert.deepEqual(names(0), ['a:yes', 'b:yes', 'e:unknown'])
    assert.deepEqual(names(1), [])
  })

  it('memoizes the analysis per repository and version', () => {
    const repo = repoModelFromTexts({ 'v.yaml': OBJECTS })
    assert.equal(RepoHooks.of(repo, LATEST_RELEASE), RepoHooks.of(repo, LATEST_RELEASE))
    assert.notEqual(RepoHooks.of(repo, LATEST_RELEASE), RepoHooks.of(repo, { kind: 'main' }))
  })

  it('reads annotation hooks as Velero picks them (legacy pre only when the prefixed command is empty)', () => {
    const repo = repoModelFromTexts({
      'p.yaml': `apiVersion: v1
kind: Pod
metadata:
  name: p
  annotations:
    pre.hook.backup.velero.io/command: ""
    hook.backup.velero.io/command: sync
    hook.backup.velero.io/container: app
    post.hook.backup.velero.io/command: 5
    init.hook.restore.velero.io/container-image: ""
spec: {containers: [{name: app, image: i}]}
`,
    })
    const w = repo.workloads[0]!
    const pre = annotationHook(w, 'pre')
    assert.ok(typeof pre === 'object')
    assert.equal(pre.switch.key, 'hook.backup.velero.io/command')
    assert.equal(pre.field('container')?.value, 'app')
    assert.equal(annotationHook(w, 'post'), 'unknown')
    assert.equal(annotationHook(w, 'init'), undefined)
    assert.equal(annotationHook(w, 'exec'), undefined)
  })

  it('compiled selectors answer as matchesLabels', () => {
    const values = ['a', 'b', 'c']
    const keys = ['app', 'tier', 'constructor']
    const selectors: LabelSelector[] = []
    for (const k of keys) {
      for (const v of values) selectors.push({ matchLabels: { [k]: v }, matchExpressions: [] })
      for (const operator of ['In', 'NotIn', 'Exists', 'DoesNotExist', 'Bogus']) selectors.push({ matchLabels: {}, matchExpressions: [{ key: k, operator, values: operator.startsWith('Exists') || operator === 'DoesNotExist' ? [] : ['a', 'b'] }] })
    }
    selectors.push({ matchLabels: { app: 'a' }, matchExpressions: [{ key: 'tier', operator: 'NotIn', values: ['c'] }] })
    const labelSets: Array<Record<string, string>> = [{}, Object.assign(Object.create(null), { app: 'a' }), { app: 'b', tier: 'c' }, { tier: 'a' }, { constructor: 'a' }, { app: 'a', tier: 'b', constructor: 'c' }]
    for (const sel of selectors) for (const labels of labelSets) assert.equal(compileSelector(sel)(labels), matchesLabels(sel, labels), `${JSON.stringify(sel)} on ${JSON.stringify(labels)}`)
  })

  it('Backups written alike share answers, and differently filtered ones do not', () => {
    const backup = (name: string, ns: string) => `apiVersion: velero.io/v1\nkind: Backup\nmetadata: {name: ${name}}\nspec:\n  includedNamespaces: [${ns}]\n  labelSelector: {matchLabels: {app: db}}\n---\n`
    const repo = repoModelFromTexts({ 'w.yaml': WORKLOADS, 'v.yaml': backup('x', 'shop') + backup('y', 'shop') + backup('z', 'app-1') })
    const hooks = RepoHooks.of(repo, LATEST_RELEASE)
    const [x, y, z] = hooks.backups
    assert.equal(x!.signature, y!.signature)
    assert.notEqual(x!.signature, z!.signature)
    for (const scope of [x!, y!, z!]) {
      for (const w of repo.workloads) {
        // Through the kept answers (by id) and without them, the same.
        const id = scope.candidateGroups().flatMap((g) => g.workloads.map((v, i) => [v, g.offset + i] as const)).find(([v]) => v === w)?.[1]
        const direct = backupTakes(scope.object.spec, w, LATEST_RELEASE)
        assert.deepEqual(scope.takesIn(w, scope.namespace(w.namespace), id), direct, `${scope.object.name} takes ${w.name}`)
        assert.deepEqual(scope.takesIn(w, scope.namespace(w.namespace), id), direct, `${scope.object.name} takes ${w.name} (kept)`)
      }
    }
  })

  it('keeps answers within a memory budget, and answers the same past it', () => {
    const cache = new LabelCache(LabelCache.BUDGET / 2)
    assert.ok(cache.answers('a'))
    assert.ok(cache.answers('b'))
    assert.equal(cache.answers('c'), undefined, 'past the budget')
    const repo = repoModelFromTexts({ 'w.yaml': WORKLOADS })
    let calls = 0
    const test = cache.cached('d', (w) => (calls++, w.podLabels.app === 'db' ? 'yes' : 'no'))
    const w = repo.workloads[0]!
    assert.equal(test(w, 0), 'yes')
    assert.equal(test(w, 0), 'yes')
    assert.equal(calls, 2, 'nothing kept past the budget: tested each time')
  })

  it('odd shapes make the cross-resource rules say nothing, never throw', () => {
    const hostile = `apiVersion: velero.io/v1
kind: Backup
metadata: {name: b}
spec:
  labelSelector: "app=db"
  orLabelSelectors: {a: b}
  includedNamespaces: shop
  hooks:
    resources:
      - 5
      - name: [x]
        labelSelector: {matchLabels: [a], matchExpressions: [{key: app, operator: In}]}
        pre: {exec: {}}
        post: [{exec: {container: 7, command: x}}, {exec: null}, 3]
      - name: ok
        labelSelector: {matchLabels: {constructor: x, __proto__: y}}
        pre: [{exec: {container: "", command: [x]}}]
---
apiVersion: velero.io/v1
kind: Restore
metadata: {name: r}
spec:
  backupName: b
  namespaceMapping: {constructor: toString, __proto__: x}
  hooks:
    resources:
      - name: r
        postHooks:
          - init: {initContainers: [{name: x, image: y, command: [z], volumeMounts: [{name: 5}, 7, {}]}, 8]}
          - exec: {waitTimeout: [1], command: [x]}
          - init: 5
---
apiVersion: v1
kind: Pod
metadata:
  name: p
  namespace: constructor
  labels: {constructor: x, __proto__: y}
  annotations: {post.hook.restore.velero.io/command: x, post.hook.restore.velero.io/wait-timeout: [1], init.hook.restore.velero.io/container-image: i}
spec:
  containers: {a: b}
  volumes: [{name: 5}, {persistentVolumeClaim: {claimName: c}}]
`
    for (const version of [LATEST_RELEASE, { kind: 'main' } as const]) {
      const repo = repoModelFromTexts({ 'h.yaml': hostile })
      assert.doesNotThrow(() => runRepoRules(repo, defaultRuleSet(undefined, version)))
    }
  })

  it('bounds lists', () => {
    assert.equal(countedList([], 0), '')
    assert.equal(countedList(['a'], 1), 'a')
    assert.equal(countedList(['a', 'b', 'c'], 3), 'a, b and c')
    assert.equal(countedList(['a', 'b', 'c'], 7), 'a, b, c and 4 more')
  })
})
