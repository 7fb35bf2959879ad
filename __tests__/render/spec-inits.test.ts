/**
 * render and Restore-spec init hooks (issue 12, item 5): the init containers of a Restore's
 * `hooks.resources[].postHooks[].init.initContainers` go into the pod templates the Restore
 * restores and the entries select, after annotation precedence, in Velero's order, as Velero
 * decodes them; containers that would not run are left out with a note (X18).
 */
import assert from 'node:assert/strict'
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { after, describe, it } from 'node:test'
import { parseAllDocuments } from 'yaml'
import { factsOfText } from '../../src/engine/repo-facts.js'
import { renderRepository } from '../../src/render/render-repo.js'
import { renderText, type FileRender } from '../../src/render/render-text.js'
import { specInitsOfFacts } from '../../src/render/spec-inits.js'
import { defaultRuleSet } from '../../src/rules/index.js'
import { LATEST_RELEASE } from '../../src/velero/versions.js'
import { assertValidRender } from '../support/kube-validate.js'
import { yaml } from '../support/rule-tester.js'

const APP = yaml`
  apiVersion: apps/v1
  kind: Deployment
  metadata: {name: web, namespace: shop}
  spec:
    selector: {matchLabels: {app: web}}
    template:
      metadata:
        labels: {app: web}
      spec:
        initContainers:
          - name: restore-wait
            image: velero/velero-restore-helper:v1.18.2
          - name: migrate
            image: busybox:1.36
        containers:
          - name: app
            image: nginx:1.27
        volumes:
          - name: data
            persistentVolumeClaim: {claimName: data}
`

function restoreWith(resources: string, spec = 'backupName: made-elsewhere'): string {
  return `apiVersion: velero.io/v1\nkind: Restore\nmetadata: {name: back, namespace: velero}\nspec:\n  ${spec}\n  hooks:\n    resources:\n${resources.replace(/^/gm, '    ')}\n`
}

const TWO_ENTRIES = yaml`
  - name: first
    includedNamespaces: [shop]
    postHooks:
      - init:
          initContainers:
            - name: warm-cache
              image: busybox:1.36
              command: [sh, -c, "cp -r /seed/. /data"]
              env: [{name: MODE, value: restore}]
              resources: {limits: {cpu: 100m}}
              volumeMounts: [{name: data, mountPath: /data}]
      - exec: {command: [/bin/true]}
  - name: second
    labelSelector: {matchLabels: {app: web}}
    postHooks:
      - init:
          initContainers:
            - {name: check, image: "alpine:3.20", command: [/bin/check], securityContext: {runAsNonRoot: true}}
`

function render(app: string, restore: string, options: Parameters<typeof renderText>[2] = {}): FileRender {
  const files = { 'app.yaml': app, 'restore.yaml': restore }
  const specInits = specInitsOfFacts(
    Object.entries(files).map(([f, t]) => factsOfText(f, t)),
    LATEST_RELEASE,
  )
  return renderText('app.yaml', app, { ...options, specInits })
}

const initContainersOf = (text: string): Record<string, unknown>[] =>
  (parseAllDocuments(text)[0]!.toJS() as { spec: { template: { spec: { initContainers: Record<string, unknown>[] } } } }).spec.template.spec.initContainers

describe('render: Restore-spec init containers', () => {
  it('injects every matching entry’s containers, whole and as written, after restore-wait and before the pod’s own', () => {
    const r = render(APP, restoreWith(TWO_ENTRIES))
    assert.deepEqual(r.notes, [])
    assert.deepEqual(
      initContainersOf(r.output!).map((c) => c.name),
      ['restore-wait', 'warm-cache', 'check', 'migrate'],
    )
    assert.deepEqual(initContainersOf(r.output!)[1], {
      name: 'warm-cache',
      image: 'busybox:1.36',
      command: ['sh', '-c', 'cp -r /seed/. /data'],
      env: [{ name: 'MODE', value: 'restore' }],
      resources: { limits: { cpu: '100m' } },
      volumeMounts: [{ name: 'data', mountPath: '/data' }],
    })
    assert.deepEqual(
      r.changes.map((c) => [c.container.name, c.index]),
      [
        ['warm-cache', 1],
        ['check', 2],
      ],
    )
    assertValidRender('app.yaml', r)
    // Every byte outside the insertion stays: one insertion, and the output is the input around it.
    const edits = r.changes.flatMap((c) => c.edits)
    assert.equal(edits.length, 1)
    const [edit] = edits
    assert.equal(edit!.start, edit!.end)
    assert.equal(r.output, APP.slice(0, edit!.start) + edit!.text + APP.slice(edit!.end))
  })

  it('writes the same containers in both volumeMounts modes (a spec container is Velero’s as written)', () => {
    assert.equal(render(APP, restoreWith(TWO_ENTRIES), { volumeMounts: 'none' }).output, render(APP, restoreWith(TWO_ENTRIES)).output)
  })

  it('is idempotent: a rendered pod has the containers in place', () => {
    const once = render(APP, restoreWith(TWO_ENTRIES)).output!
    const twice = render(once, restoreWith(TWO_ENTRIES))
    assert.equal(twice.output, undefined)
    assert.deepEqual(
      twice.notes.map((n) => n.kind),
      ['already-rendered'],
    )
  })

  it('an annotation init hook hides every spec init hook', () => {
    const annotated = APP.replace('      labels: {app: web}\n', '      labels: {app: web}\n      annotations:\n        init.hook.restore.velero.io/container-image: alpine:3.20\n        init.hook.restore.velero.io/command: \'["/bin/true"]\'\n')
    const r = render(annotated, restoreWith(TWO_ENTRIES), { volumeMounts: 'none' })
    assert.deepEqual(
      initContainersOf(r.output!).map((c) => c.name),
      ['restore-wait', 'velero-restore-init-0', 'migrate'],
    )
  })

  it('leaves pods the Restore does not select, or does not restore, alone', () => {
    const other = restoreWith('- name: other-ns\n  includedNamespaces: [prod]\n  postHooks: [{init: {initContainers: [{name: x, image: busybox, command: [a]}]}}]')
    assert.equal(render(APP, other).output, undefined)
    const noPods = restoreWith(TWO_ENTRIES, 'backupName: made-elsewhere\n  includedResources: [deployments]')
    assert.equal(render(APP, noPods).output, undefined)
    // The source Backup of the repository does not take the pod: nothing is restored, nothing injected.
    const backup = 'apiVersion: velero.io/v1\nkind: Backup\nmetadata: {name: b, namespace: velero}\nspec:\n  includedNamespaces: [prod]\n---\n'
    assert.equal(render(APP, backup + restoreWith(TWO_ENTRIES, 'backupName: b')).output, undefined)
  })

  it('a Restore that fails validation (an init container without an image) injects nothing, and says so', () => {
    const bad = restoreWith(`${TWO_ENTRIES}\n- name: broken\n  includedNamespaces: [nowhere]\n  postHooks: [{init: {initContainers: [{name: x, command: [a]}]}}]`)
    const r = render(APP, bad)
    assert.equal(r.output, undefined)
    assert.deepEqual(
      r.notes.map((n) => n.kind),
      ['invalid-hook'],
    )
    assert.match(r.notes[0]!.message, /Restore back \(restore\.yaml:3\) fails validation, so Velero restores nothing with it: its init container at restore\.yaml:\d+ is refused \(it doesn't have Command, Name or Image field\)/)
  })

  it('X18: duplicate names, a name of the pod’s own containers, a missing volume and restore-wait are left out, each with a note', () => {
    const x18 = yaml`
      - name: first
        postHooks:
          - init:
              initContainers:
                - {name: ok, image: busybox, command: [a]}
                - {name: ok, image: busybox, command: [b]}
                - {name: mounts, image: busybox, command: [c], volumeMounts: [{name: secrets, mountPath: /s}]}
                - {name: restore-wait, image: busybox, command: [d]}
                - {name: Bad_Name, image: busybox, command: [e]}
    `
    const r = render(APP, restoreWith(x18))
    assert.deepEqual(
      initContainersOf(r.output!).map((c) => c.name),
      ['restore-wait', 'ok', 'migrate'],
    )
    assert.deepEqual(
      r.notes.map((n) => n.kind),
      ['name-taken', 'invalid-hook', 'invalid-hook', 'invalid-hook'],
    )
    assert.match(r.notes[0]!.message, /init container "ok" \(restore\.yaml:\d+\) is left out: an earlier spec init container for this pod has the same name/)
    assert.match(r.notes[1]!.message, /mounts "secrets", which the pod has no volume for/)
    assert.match(r.notes[2]!.message, /the name of its own file-system restore container/)
    assert.match(r.notes[3]!.message, /not a DNS-1123 label/)
    assertValidRender('app.yaml', r)
  })

  it('a spec container named like one of the pod’s own leaves the pod unchanged', () => {
    const clash = restoreWith('- name: h\n  postHooks: [{init: {initContainers: [{name: migrate, image: busybox, command: [a]}]}}]')
    const r = render(APP, clash)
    assert.equal(r.output, undefined)
    assert.equal(r.notes[0]!.kind, 'name-taken')
    assert.match(r.notes[0]!.message, /the pod already has a container of that name/)
  })

  it('writes the container Velero decodes: keys matched case-insensitively, unknown fields dropped (with a note)', () => {
    const odd = restoreWith('- name: h\n  postHooks: [{init: {initContainers: [{Name: odd, IMAGE: busybox, command: [a], volumeMount: [{name: data, mountPath: /d}]}]}}]')
    const r = render(APP, odd)
    assert.deepEqual(initContainersOf(r.output!)[1], { name: 'odd', image: 'busybox', command: ['a'] })
    assert.deepEqual(
      r.notes.map((n) => n.kind),
      ['adapted'],
    )
    assert.match(r.notes[0]!.message, /field "volumeMount" is not a container field, so Velero drops it/)
  })

  it('several Restores with different containers: the first Restore’s, and a note naming the other', () => {
    const second = restoreWith('- name: h\n  postHooks: [{init: {initContainers: [{name: other, image: busybox, command: [a]}]}}]').replace('name: back,', 'name: back-2,')
    const r = render(APP, `${restoreWith(TWO_ENTRIES)}---\n${second}`)
    assert.deepEqual(
      initContainersOf(r.output!).map((c) => c.name),
      ['restore-wait', 'warm-cache', 'check', 'migrate'],
    )
    assert.deepEqual(
      r.notes.map((n) => [n.kind, n.message]),
      [['other-restores', 'Restore back-2 (restore.yaml:30) would inject other init containers; this render shows those of Restore back (restore.yaml:3).']],
    )
  })

  it('inserts several containers into flow and JSON pod specs, and where there is no initContainers yet', () => {
    const flow = 'apiVersion: v1\nkind: Pod\nmetadata: {name: p, namespace: shop, labels: {app: web}}\nspec: {containers: [{name: app, image: nginx}], initContainers: [{name: own, image: busybox}]}\n'
    const json = '{"apiVersion": "v1", "kind": "Pod", "metadata": {"name": "p", "namespace": "shop", "labels": {"app": "web"}}, "spec": {"containers": [{"name": "app", "image": "nginx"}]}}\n'
    const block = 'apiVersion: v1\nkind: Pod\nmetadata:\n  name: p\n  namespace: shop\n  labels: {app: web}\nspec:\n  containers:\n  - name: app\n    image: nginx\n'
    const two = restoreWith('- name: h\n  postHooks: [{init: {initContainers: [{name: a, image: busybox, command: [a], env: [{name: X, value: "1"}]}, {name: b, image: busybox, command: [b]}]}}]')
    for (const text of [flow, json, block]) {
      const r = render(text, two)
      const names = ((parseAllDocuments(r.output!)[0]!.toJS() as { spec: { initContainers: { name: string }[] } }).spec.initContainers ?? []).map((c) => c.name)
      assert.deepEqual(names, text === flow ? ['a', 'b', 'own'] : ['a', 'b'], text)
      assertValidRender('app.yaml', r)
      assert.equal(render(r.output!, two).output, undefined, 'idempotent')
    }
  })
})

describe('renderRepository: Restore-spec init containers across files', () => {
  const roots: string[] = []
  after(() => {
    for (const r of roots) rmSync(r, { recursive: true, force: true })
  })

  it('renders a workload from a Restore in another file; a second run and check find it current', async () => {
    const root = mkdtempSync(path.join(os.tmpdir(), 'vh-spec-init-'))
    roots.push(root)
    mkdirSync(path.join(root, 'apps'))
    mkdirSync(path.join(root, 'velero'))
    writeFileSync(path.join(root, 'apps', 'web.yaml'), APP)
    writeFileSync(path.join(root, 'velero', 'restore.yaml'), restoreWith(TWO_ENTRIES))
    const options = { ruleSet: defaultRuleSet(), cwd: root, patterns: [], ignore: [], outputDir: 'rendered', volumeMounts: 'app' as const, mode: 'write' as const }
    const first = await renderRepository(options)
    assert.deepEqual(
      first.changes!.map((c) => [c.file, c.container.name]),
      [
        ['apps/web.yaml', 'warm-cache'],
        ['apps/web.yaml', 'check'],
      ],
    )
    assert.deepEqual(
      initContainersOf(readFileSync(path.join(root, 'rendered', 'apps', 'web.yaml'), 'utf8')).map((c) => c.name),
      ['restore-wait', 'warm-cache', 'check', 'migrate'],
    )
    assert.equal(readFileSync(path.join(root, 'rendered', 'velero', 'restore.yaml'), 'utf8'), restoreWith(TWO_ENTRIES))
    const second = await renderRepository(options)
    assert.deepEqual(second.written, [])
    const check = await renderRepository({ ...options, mode: 'check' })
    assert.deepEqual(check.stale, [])
  })
})
