/** renderText: which pods are rendered, which are left unchanged and why, and the self-check. */
import assert from 'node:assert/strict'
import { describe, it } from 'node:test'
import { parseAllDocuments } from 'yaml'
import { defaultRuleSet } from '../../src/rules/index.js'
import { renderText, verifyRender } from '../../src/render/render-text.js'
import { parseManifestText } from '../../src/yaml/parse.js'
import { assertValidRender, renderProblems } from '../support/kube-validate.js'
import { yaml } from '../support/rule-tester.js'

const HOOK = `
    init.hook.restore.velero.io/container-image: alpine:3.20
    init.hook.restore.velero.io/command: '["/bin/true"]'`

function pod(name: string, spec: string, annotations = HOOK): string {
  return `apiVersion: v1\nkind: Pod\nmetadata:\n  name: ${name}\n  annotations:${annotations}\nspec:\n${spec}\n`
}

const initNames = (text: string, doc = 0): string[] =>
  ((parseAllDocuments(text)[doc]!.toJS() as { spec: { initContainers?: { name: string }[] } }).spec.initContainers ?? []).map((c) => c.name)

describe('renderText', () => {
  it('leaves files without Velero content, and Helm templates, alone', () => {
    assert.equal(renderText('a.yaml', 'kind: ConfigMap\nmetadata: {name: x}\n').output, undefined)
    const helm = pod('p', '  containers: [{name: app, image: {{ .Values.image }}}]')
    const r = renderText('t.yaml', helm)
    assert.equal(r.output, undefined)
    assert.ok(r.findings.some((f) => f.ruleId === 'template-skipped'))
  })

  it('returns the lint findings of the file', () => {
    const r = renderText('a.yaml', pod('p', '  containers: [{name: app, image: nginx}]', `\n    init.hook.restore.velero.io/container-image: alpine`))
    assert.ok(r.findings.some((f) => f.ruleId === 'init-hook-missing-command' && f.file === 'a.yaml'))
  })

  it('does not inject a default-named container when the pod already has one of that name (a stale render)', () => {
    const text = pod(
      'stale',
      yaml`
        initContainers:
          - name: velero-restore-init-0
            image: alpine:3.19
        containers:
          - name: app
            image: nginx
      `.replace(/^/gm, '  '),
    )
    const r = renderText('a.yaml', text)
    assert.equal(r.output, undefined)
    assert.equal(r.notes.length, 1)
    assert.equal(r.notes[0]!.kind, 'name-taken')
    assert.match(r.notes[0]!.message, /already has a container named "velero-restore-init-0"/)
  })

  it('treats an identical container at the hook position as the hook itself (idempotence), even with a given name', () => {
    const text = pod(
      'rendered',
      yaml`
        initContainers:
          - name: restore-wait
            image: velero/velero
          - name: my-hook
            image: alpine:3.20
            command: ["/bin/true"]
            imagePullPolicy: IfNotPresent
        containers:
          - name: app
            image: nginx
      `.replace(/^/gm, '  '),
      HOOK + '\n    init.hook.restore.velero.io/container-name: my-hook',
    )
    const r = renderText('a.yaml', text)
    assert.equal(r.output, undefined)
    assert.deepEqual(
      r.notes.map((n) => n.kind),
      ['already-rendered'],
    )
    // The lint still warns that Velero would inject it a second time at restore.
    assert.ok(r.findings.some((f) => f.ruleId === 'init-hook-name-conflict'))
  })

  it('a rendered container elsewhere than the hook position is a conflict, not the hook', () => {
    const text = pod(
      'moved',
      yaml`
        initContainers:
          - name: other
            image: busybox
          - name: velero-restore-init-0
            image: alpine:3.20
            command: ["/bin/true"]
            imagePullPolicy: IfNotPresent
        containers:
          - name: app
            image: nginx
      `.replace(/^/gm, '  '),
    )
    const r = renderText('a.yaml', text)
    assert.equal(r.output, undefined)
    assert.equal(r.notes[0]!.kind, 'name-taken')
  })

  it('renders each pod of a file independently: invalid hooks stay, valid ones render', () => {
    const text = [
      pod('bad', '  containers: [{name: app, image: nginx}]', `\n    init.hook.restore.velero.io/container-image: alpine`),
      pod('good', '  containers: [{name: app, image: nginx}]'),
    ].join('---\n')
    const r = renderText('a.yaml', text)
    assert.equal(r.changes.length, 1)
    assert.equal(r.changes[0]!.resource.name, 'good')
    assert.deepEqual(initNames(r.output!, 0), [])
    assert.deepEqual(initNames(r.output!, 1), ['velero-restore-init-0'])
    assert.equal(r.notes[0]!.kind, 'invalid-hook')
    assert.equal(r.notes[0]!.resource.name, 'bad')
  })

  it('leaves a broken document alone and renders the others', () => {
    const text = ['kind: Pod\nmetadata: {name: broken\n', pod('good', '  containers: [{name: app, image: nginx}]')].join('---\n')
    const r = renderText('a.yaml', text)
    assert.ok(r.findings.some((f) => f.ruleId === 'yaml-syntax'))
    assert.equal(r.changes.length, 1)
    assert.ok(r.output!.startsWith('kind: Pod\nmetadata: {name: broken\n---\n'))
  })

  it('what is injected never depends on the rules: an invalid image stays out with every rule off', () => {
    const text = pod('p', '  containers: [{name: app, image: nginx}]', `\n    init.hook.restore.velero.io/container-image: Alpine:Latest\n    init.hook.restore.velero.io/command: '["/bin/true"]'`)
    const allOff = defaultRuleSet(new Map(defaultRuleSet().rules.map((r) => [r.meta.id, 'off' as const])))
    for (const ruleSet of [defaultRuleSet(), allOff, defaultRuleSet(new Map([['init-hook-invalid-image', 'off']]))]) {
      const r = renderText('a.yaml', text, { ruleSet })
      assert.equal(r.output, undefined)
      assert.deepEqual(
        r.notes.map((n) => n.kind),
        ['invalid-hook'],
      )
      assert.match(r.notes[0]!.message, /image "Alpine:Latest", which is not a valid image reference/)
    }
    assert.deepEqual(renderText('a.yaml', text, { ruleSet: allOff }).findings, [])
  })

  it('an invalid-JSON init command is injected as Velero injects it; exec hook mistakes do not matter', () => {
    const text = pod('p', '  containers: [{name: app, image: nginx}]', `\n    init.hook.restore.velero.io/container-image: alpine:3.20\n    init.hook.restore.velero.io/command: "['/bin/true']"\n    pre.hook.backup.velero.io/command: "['/bin/true']"`)
    const r = renderText('a.yaml', text)
    assert.ok(r.findings.some((f) => f.ruleId === 'hook-command-invalid-json'))
    assert.deepEqual(
      r.changes.map((c) => c.container.command),
      [["['/bin/true']"]],
    )
  })

  it('mode app does not copy a mount of a volume the pod lacks, and says so', () => {
    const text = pod(
      'p',
      yaml`
        containers:
          - name: app
            image: nginx
            volumeMounts:
              - {name: data, mountPath: /data}
              - {name: webhook-secret, mountPath: /secrets, readOnly: true}
        volumes:
          - {name: data, emptyDir: {}}
      `.replace(/^/gm, '  '),
    )
    const r = renderText('a.yaml', text)
    assert.deepEqual(r.changes[0]!.container.volumeMounts, [{ name: 'data', mountPath: '/data' }])
    assert.deepEqual(
      r.notes.map((n) => [n.kind, n.message]),
      [
        [
          'adapted',
          'init container "velero-restore-init-0": volume mount "webhook-secret" at "/secrets" is not copied: the pod has no volume "webhook-secret", so the API server would reject the init container.',
        ],
      ],
    )
    // The app container itself mounts the missing volume (the input is invalid); the injected one is valid.
    assert.ok(renderProblems('a.yaml', r).some((p) => p.where.endsWith('/spec/containers/0/volumeMounts/1/name')))
    assertValidRender('a.yaml', r, { scope: 'containers' })
    const none = renderText('a.yaml', text, { volumeMounts: 'none' })
    assert.deepEqual(none.notes, [])
  })

  it('renders pods that share annotations through an alias', () => {
    const text = yaml`
      apiVersion: v1
      kind: List
      items:
        - kind: Pod
          metadata:
            name: a
            annotations: &hook
              init.hook.restore.velero.io/container-image: alpine:3.20
              init.hook.restore.velero.io/command: '["/bin/true"]'
          spec:
            containers: [{name: app, image: nginx}]
        - kind: Pod
          metadata:
            name: b
            annotations: *hook
          spec:
            containers: [{name: app, image: nginx}]
    `
    const r = renderText('a.yaml', text)
    assert.equal(r.changes.length, 2)
    const items = (parseAllDocuments(r.output!)[0]!.toJS() as { items: { spec: { initContainers: unknown[] } }[] }).items
    assert.equal(items[0]!.spec.initContainers.length, 1)
    assert.equal(items[1]!.spec.initContainers.length, 1)
  })

  it('refuses specs it cannot edit without touching other objects: aliases and merge keys', () => {
    const shared = yaml`
      kind: List
      items:
        - kind: Pod
          metadata:
            name: a
            annotations:
              init.hook.restore.velero.io/container-image: alpine:3.20
              init.hook.restore.velero.io/command: '["/bin/true"]'
          spec: &spec
            containers: [{name: app, image: nginx}]
        - kind: Pod
          metadata: {name: b}
          spec: *spec
    `
    const r = renderText('a.yaml', shared)
    assert.equal(r.output, undefined)
    assert.equal(r.notes[0]!.kind, 'unsupported')
    assert.match(r.notes[0]!.message, /shared through a YAML alias/)

    const merged = yaml`
      kind: Pod
      metadata:
        name: m
        annotations:
          init.hook.restore.velero.io/container-image: alpine:3.20
          init.hook.restore.velero.io/command: '["/bin/true"]'
      spec:
        <<: {restartPolicy: Always}
        containers: [{name: app, image: nginx}]
    `
    const m = renderText('a.yaml', merged)
    assert.equal(m.output, undefined)
    assert.match(m.notes[0]!.message, /merge key/)
  })

  it('says so when a pod has no spec', () => {
    const r = renderText('a.yaml', `kind: Pod\nmetadata:\n  name: p\n  annotations:${HOOK}\n`)
    assert.equal(r.output, undefined)
    assert.deepEqual(
      r.notes.map((n) => [n.kind, n.message, n.line]),
      [['unsupported', 'left unchanged: it has no spec.', 1]],
    )
  })

  it('writes strings that YAML would read as something else in quotes, and reads them back the same', () => {
    const text = yaml`
      kind: Pod
      metadata:
        annotations:
          init.hook.restore.velero.io/container-image: alpine:3.20
          init.hook.restore.velero.io/container-name: "on"
          init.hook.restore.velero.io/command: '["yes", "1e3", "a: b", "# x", "-", "null", "\u00e9\\t"]'
      spec:
        containers:
          - name: app
            image: nginx
            volumeMounts:
              - {name: "true", mountPath: "/a b", subPath: "'q'", readOnly: false}
        volumes:
          - {name: "true", emptyDir: {}}
    `
    const r = renderText('a.yaml', text)
    const init = (parseAllDocuments(r.output!)[0]!.toJS() as { spec: { initContainers: unknown[] } }).spec.initContainers
    assert.deepEqual(init, [
      {
        name: 'on',
        image: 'alpine:3.20',
        command: ['yes', '1e3', 'a: b', '# x', '-', 'null', 'é\t'],
        imagePullPolicy: 'IfNotPresent',
        volumeMounts: [{ name: 'true', mountPath: '/a b', subPath: "'q'", readOnly: false }],
      },
    ])
    assert.match(r.output!, /- name: "on"\n/)
  })

  it('verifyRender flags a document that does not read back as input plus container', () => {
    const input = pod('p', '  containers: [{name: app, image: nginx}]')
    const r = renderText('a.yaml', input)
    const parsed = parseManifestText(input)
    assert.deepEqual([...verifyRender(parsed, r.output!.replace(/^/, ''), r.changes)], [])
    const tampered = r.output!.replace('image: alpine:3.20', 'image: alpine:3.19')
    assert.deepEqual([...verifyRender(parsed, tampered, r.changes)], [0])
    const broken = r.output!.replace('imagePullPolicy: IfNotPresent', 'imagePullPolicy: [')
    assert.deepEqual([...verifyRender(parsed, broken, r.changes)], [0])
  })
})

describe('renderText, layouts', () => {
  it('inserts next to aliased init containers, and copies aliased volumeMounts as data', () => {
    const text = yaml`
      kind: Pod
      metadata:
        annotations:
          init.hook.restore.velero.io/container-image: alpine:3.20
          init.hook.restore.velero.io/command: '["/bin/true"]'
      spec:
        containers:
          - &app {name: app, image: nginx, volumeMounts: &m [{name: v, mountPath: /v}]}
        initContainers:
          - *app
        volumes: [{name: v, emptyDir: {}}]
    `
    const r = renderText('a.yaml', text)
    assert.ok(r.output, JSON.stringify(r.notes))
    const spec = (parseAllDocuments(r.output)[0]!.toJS() as { spec: { initContainers: { name: string; volumeMounts?: unknown }[] } }).spec
    assert.deepEqual(
      spec.initContainers.map((c) => c.name),
      ['velero-restore-init-0', 'app'],
    )
    assert.deepEqual(spec.initContainers[0]!.volumeMounts, [{ name: 'v', mountPath: '/v' }])
  })

  it('adds to a file that ends without a newline, and keeps it without one', () => {
    const text = `kind: Pod\nmetadata:\n  annotations:${HOOK}\nspec:\n  containers:\n  - name: a # last line`
    const r = renderText('a.yaml', text)
    assert.ok(r.output!.startsWith(text + '\n  initContainers:\n  - name: velero-restore-init-0\n'))
    assert.ok(r.output!.endsWith('imagePullPolicy: IfNotPresent'))
  })

  it('fills an empty flow spec', () => {
    const r = renderText('a.yaml', `kind: Pod\nmetadata:\n  annotations:${HOOK}\nspec: {}\n`)
    assert.match(r.output!, /^spec: \{initContainers: \[\{name: velero-restore-init-0, image: "alpine:3\.20", command: \["\/bin\/true"\], imagePullPolicy: IfNotPresent\}\]\}$/m)
  })
})
