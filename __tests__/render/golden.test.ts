/**
 * Golden files: __fixtures__/render/<case>/input.yaml renders to expected.yaml byte for byte
 * (options.json, when present, holds renderText options), every object it writes is valid
 * Kubernetes, and rendering expected.yaml changes nothing.
 */
import assert from 'node:assert/strict'
import { existsSync, readdirSync, readFileSync } from 'node:fs'
import path from 'node:path'
import { describe, it } from 'node:test'
import { parseAllDocuments } from 'yaml'
import { renderText, type RenderTextOptions } from '../../src/render/render-text.js'
import { assertValidRender } from '../support/kube-validate.js'

const FIXTURES = path.resolve(import.meta.dirname, '..', '..', '__fixtures__', 'render')
const REPO = path.resolve(import.meta.dirname, '..', '..')

interface Case {
  name: string
  input: string
  expected: string
  options: RenderTextOptions
}

function loadCase(name: string): Case {
  const dir = path.join(FIXTURES, name)
  const optionsFile = path.join(dir, 'options.json')
  return {
    name,
    input: readFileSync(path.join(dir, 'input.yaml'), 'utf8'),
    expected: readFileSync(path.join(dir, 'expected.yaml'), 'utf8'),
    options: existsSync(optionsFile) ? (JSON.parse(readFileSync(optionsFile, 'utf8')) as RenderTextOptions) : {},
  }
}

const CASES = readdirSync(FIXTURES, { withFileTypes: true })
  .filter((d) => d.isDirectory())
  .map((d) => loadCase(d.name))

/** initContainers names of each document's pod spec at `at` (a path below the document root). */
function initNames(text: string, at: (string | number)[] = ['spec']): (string[] | undefined)[] {
  return parseAllDocuments(text.replace(/^\uFEFF/, '')).map((d) => {
    const list = getIn(d.toJS(), [...at, 'initContainers']) as { name: string }[] | undefined
    return list?.map((c) => c.name)
  })
}

function getIn(v: unknown, p: (string | number)[]): unknown {
  return p.reduce<unknown>((cur, k) => (cur && typeof cur === 'object' ? (cur as Record<string | number, unknown>)[k] : undefined), v)
}

describe('render golden files', () => {
  it('has the cases the issue asks for', () => {
    assert.ok(CASES.length >= 20, `only ${CASES.length} cases`)
  })
  for (const c of CASES) {
    describe(c.name, () => {
      it('renders input.yaml to expected.yaml byte for byte', () => {
        const r = renderText('input.yaml', c.input, c.options)
        assert.equal(r.output ?? c.input, c.expected)
      })
      it('writes only valid Kubernetes objects', () => {
        assertValidRender(`${c.name}/expected.yaml`, renderText('input.yaml', c.input, c.options))
      })
      it('is idempotent: rendering expected.yaml changes nothing', () => {
        const r = renderText('expected.yaml', c.expected, c.options)
        assert.equal(r.output, undefined)
        assert.deepEqual(r.changes, [])
      })
    })
  }
})

describe('the design document example', () => {
  const c = loadCase('design-example')
  it('is examples/my-web-app.yaml', () => {
    assert.equal(c.input, readFileSync(path.join(REPO, 'examples', 'my-web-app.yaml'), 'utf8'))
  })
  it('renders exactly the Resulting Pod Spec (plus imagePullPolicy), after containers', () => {
    const injected = [
      '  initContainers:',
      '    - name: velero-restore-init-0',
      '      image: alpine:latest',
      '      command: ["/bin/sh", "-c", "echo host=db > /data/db-config.json"]',
      '      imagePullPolicy: IfNotPresent',
      '      volumeMounts:',
      '        - name: data-volume',
      '          mountPath: /data',
      '',
    ].join('\n')
    const at = c.input.indexOf('  volumes:')
    assert.equal(c.expected, c.input.slice(0, at) + injected + c.input.slice(at))
  })
  it('with --volume-mounts none, is exactly Velero\'s container: name, image, command and nothing else', () => {
    const none = loadCase('design-example-mounts-none')
    assert.deepEqual(none.options, { volumeMounts: 'none' })
    const pod = parseAllDocuments(none.expected)[0]!.toJS() as { spec: { initContainers: Record<string, unknown>[] } }
    assert.deepEqual(pod.spec.initContainers, [
      { name: 'velero-restore-init-0', image: 'alpine:latest', command: ['/bin/sh', '-c', 'echo host=db > /data/db-config.json'] },
    ])
  })
})

describe("--volume-mounts none: Velero's container field for field (getInitContainerFromAnnotation, v1.18.2 and main)", () => {
  const c = loadCase('velero-container')
  const r = renderText('input.yaml', c.input, c.options)
  it('writes name, image and command (when Velero sets one), and no other field', () => {
    assert.deepEqual(
      r.changes.map((ch) => ch.container),
      [
        { name: 'velero-restore-init-0', image: 'alpine:latest', command: ['/bin/sh', '-c', 'echo restored > /data/marker'] },
        { name: 'prepare', image: 'registry.example.com/tools/prepare', command: ['/usr/bin/prepare'] },
        // `[]`: Velero's Command is an empty slice, omitted (omitempty), so the image's entrypoint runs.
        { name: 'velero-restore-init-0', image: 'my/restore-tool:1.0' },
      ],
    )
    for (const doc of parseAllDocuments(c.expected)) {
      const v = doc.toJS() as Record<string, unknown>
      const pod = (v.kind === 'Pod' ? v : getIn(v, ['spec', 'template'])) as { spec: { initContainers: Record<string, unknown>[] } }
      for (const init of pod.spec.initContainers) for (const k of Object.keys(init)) assert.ok(['name', 'image', 'command'].includes(k), `${k} is not a field of Velero's container`)
    }
  })
  it('every none-mode fixture writes only those fields', () => {
    for (const name of CASES.filter((x) => x.options.volumeMounts === 'none').map((x) => x.name)) {
      const rendered = renderText('input.yaml', loadCase(name).input, { volumeMounts: 'none' })
      assert.ok(rendered.changes.length > 0, name)
      for (const ch of rendered.changes) assert.deepEqual(Object.keys(ch.container).filter((k) => !['name', 'image', 'command'].includes(k)), [], name)
    }
  })
})

describe('mode app: the design document\'s container, adapted to what the API server and kubelet accept', () => {
  it('drops Bidirectional propagation and subPathExpr mounts with variables, and says so in notes', () => {
    const c = loadCase('mounts-adapted')
    const r = renderText('input.yaml', c.input, c.options)
    assert.deepEqual(r.changes[0]!.container.volumeMounts, [
      { name: 'data', mountPath: '/data' },
      { name: 'shared', mountPath: '/shared' },
      { name: 'logs', mountPath: '/logs-literal', subPathExpr: 'app-$$(literal)' },
    ])
    assert.deepEqual(
      r.notes.map((n) => [n.resource.name, n.kind]),
      [
        ['adapted', 'adapted'],
        ['adapted', 'adapted'],
      ],
    )
    assert.match(r.notes[0]!.message, /"shared" at "\/shared" is copied without "mountPropagation: Bidirectional": only privileged containers may use it/)
    assert.match(r.notes[1]!.message, /"logs" at "\/logs" is not copied: its subPathExpr uses \$\(POD_NAME\)/)
  })
  it("copies mounts of a StatefulSet's volumeClaimTemplates (its controller adds those volumes)", () => {
    const c = loadCase('mounts-adapted')
    const r = renderText('input.yaml', c.input, c.options)
    assert.deepEqual(r.changes[1]!.container.volumeMounts, [{ name: 'pgdata', mountPath: '/var/lib/postgresql/data', mountPropagation: 'HostToContainer' }])
  })
})

describe("Velero's ordering (velero-hooks.md §3.1, §6.2, §6.8)", () => {
  const names = (name: string): (string[] | undefined)[] => initNames(loadCase(name).expected)
  it('restore-wait at index 0 stays first; the hook follows; the pod\'s own init containers follow in order', () => {
    assert.deepEqual(names('restore-wait-first'), [['restore-wait', 'velero-restore-init-0', 'init-step1']])
  })
  it('restore-wait not at index 0 does not count: the hook goes first', () => {
    assert.deepEqual(names('restore-wait-not-first'), [['restore-init', 'istio-init', 'restore-wait', 'app-init']])
  })
  it('restore-wait alone: the hook is appended after it', () => {
    assert.deepEqual(names('restore-wait-only'), [['restore-wait', 'velero-restore-init-0']])
  })
  it('no restore-wait: the hook comes before the existing init containers (TestHandleRestoreHooks #2)', () => {
    assert.deepEqual(names('existing-init-containers'), [['restore-init-container', 'init-app-step1', 'init-app-step2', 'init-app-step3']])
  })
  it('no initContainers: the list is created with the hook alone (TestHandleRestoreHooks #1)', () => {
    assert.deepEqual(names('design-example'), [['velero-restore-init-0']])
  })
})

describe('golden details', () => {
  it('every pod-template kind, CronJob included, gets the container in its template', () => {
    const c = loadCase('pod-template-kinds')
    const docs = parseAllDocuments(c.expected).map((d) => d.toJS() as Record<string, unknown>)
    const templates: [string, (string | number)[]][] = [
      ['Deployment', ['spec', 'template']],
      ['StatefulSet', ['spec', 'template']],
      ['DaemonSet', ['spec', 'template']],
      ['ReplicaSet', ['spec', 'template']],
      ['ReplicationController', ['spec', 'template']],
      ['Job', ['spec', 'template']],
      ['CronJob', ['spec', 'jobTemplate', 'spec', 'template']],
      ['PodTemplate', ['template']],
      ['Rollout', ['spec', 'template']],
    ]
    assert.equal(docs.length, templates.length)
    templates.forEach(([kind, at], i) => {
      assert.equal(docs[i]!.kind, kind)
      const init = getIn(docs[i], [...at, 'spec', 'initContainers']) as { name: string; imagePullPolicy: string }[]
      assert.equal(init.length, 1, kind)
      assert.equal(init[0]!.imagePullPolicy, 'IfNotPresent', kind)
    })
  })
  it('names: given by container-name, else velero-restore-init-0', () => {
    assert.deepEqual(initNames(loadCase('name-given').expected), [['populate-data']])
    assert.deepEqual(initNames(loadCase('empty-command').expected), [['velero-restore-init-0']])
  })
  it('a plain-string command is one argv element; `[]` gives no command', () => {
    const given = parseAllDocuments(loadCase('name-given').expected)[0]!.toJS() as { spec: { initContainers: { command?: string[] }[] } }
    assert.deepEqual(given.spec.initContainers[0]!.command, ['/usr/bin/data-populator'])
    const empty = parseAllDocuments(loadCase('empty-command').expected)[0]!.toJS() as { spec: { initContainers: { command?: string[] }[] } }
    assert.equal(empty.spec.initContainers[0]!.command, undefined)
  })
  it('copies every field of the first app container\'s volumeMounts, not the sidecar\'s', () => {
    const pod = parseAllDocuments(loadCase('name-given').expected)[0]!.toJS() as { spec: { initContainers: { volumeMounts: unknown[] }[] } }
    assert.deepEqual(pod.spec.initContainers[0]!.volumeMounts, [
      { name: 'data', mountPath: '/data', mountPropagation: 'HostToContainer' },
      { name: 'config', mountPath: '/etc/app', readOnly: true },
    ])
    const multi = parseAllDocuments(loadCase('multi-document').expected)[2]!.toJS() as { spec: { initContainers: { volumeMounts: unknown[] }[] } }
    assert.deepEqual(multi.spec.initContainers[0]!.volumeMounts, [{ name: 'data', mountPath: '/data' }])
  })
  it('keeps documents without a hook byte-identical in a multi-document file', () => {
    const c = loadCase('multi-document')
    const split = (t: string): string[] => t.split(/^(?=---)/m)
    const [a, b] = [split(c.input), split(c.expected)]
    assert.equal(a.length, b.length)
    assert.equal(b[0], a[0]) // the %YAML directive
    assert.equal(b[1], a[1]) // the ConfigMap
    assert.equal(b[2], a[2]) // the pod without a hook
    assert.notEqual(b[3], a[3])
    assert.ok(!c.expected.endsWith('\n'), 'a file without a final newline keeps none')
  })
  it('keeps CRLF line endings and the BOM', () => {
    const c = loadCase('crlf-bom')
    assert.ok(c.input.startsWith('\uFEFF') && c.expected.startsWith('\uFEFF'))
    assert.ok(c.input.includes('\r\n'), 'the fixture must really use CRLF (see __fixtures__/render/.gitattributes)')
    assert.equal(c.expected.replace(/\r\n/g, '').includes('\n'), false, 'every line ends in CRLF')
  })
  it('keeps JSON as JSON', () => {
    const c = loadCase('json')
    const parsed = JSON.parse(c.expected) as { spec: { initContainers: unknown[] } }
    assert.equal(parsed.spec.initContainers.length, 1)
  })
  it('leaves pods whose container would never run unchanged, and says what Velero would do', () => {
    const c = loadCase('invalid-hooks')
    assert.equal(c.expected, c.input)
    const r = renderText('input.yaml', c.input)
    assert.equal(r.output, undefined)
    const why: Record<string, RegExp> = {
      'missing-command': /no "init\.hook\.restore\.velero\.io\/command": Velero up to v1\.18\.2 panics on it/,
      'bad-name': /named "Restore_Init", which is not a DNS-1123 label .*API server rejects the restored pod/,
      'name-conflict': /a second container named "app", so the API server rejects the restored pod \(Duplicate value\)/,
      'not-a-string': /annotation "init\.hook\.restore\.velero\.io\/command" is not a string, so kubectl and the API server reject the object/,
      'bad-image': /image "Alpine:3\.20 ", with whitespace at an end, so the API server rejects the restored pod/,
      'reserved-name': /named "restore-wait", the name of its own file-system restore container/,
      'empty-command': /an empty "init\.hook\.restore\.velero\.io\/command": Velero up to v1\.18\.2 panics/,
      'upper-case-image': /image "Alpine:Latest", which is not a valid image reference \(the repository name must be lower-case\), so the kubelet cannot pull it/,
      'image-id': /a bare 64-hex string is an image ID/,
      'nbsp-image': /image "alpine:3\.20\\u00a0", with whitespace at an end, so the API server rejects/,
      'nel-image': /image "\\u0085alpine:3\.20", with whitespace at an end, so the API server rejects/,
      'bom-image': /image "alpine:3\.20\\ufeff", which is not a valid image reference \(it has a U\+FEFF .*which the API server lets through\), so the kubelet/,
      'long-name': /is not a DNS-1123 label \(it is 68 characters long; the limit is 63\)/,
      'image-not-string': /annotation "init\.hook\.restore\.velero\.io\/container-image" is not a string/,
    }
    assert.deepEqual(
      r.notes.map((n) => n.resource.name),
      Object.keys(why),
    )
    for (const n of r.notes) {
      assert.equal(n.kind, n.resource.name === 'name-conflict' ? 'name-taken' : 'invalid-hook', n.resource.name)
      assert.match(n.message, why[n.resource.name!]!, n.resource.name)
      assert.match(n.message, /^left unchanged: .*\.$/)
    }
  })
  it('writes what Velero injects for a command it does not split (one program name)', () => {
    const r = renderText('input.yaml', loadCase('raw-command').input)
    assert.deepEqual(
      r.changes.map((ch) => ch.container.command),
      [["['/bin/sh', '-c', 'echo hi']"], ['/bin/sh -c "echo hi"']],
    )
    assert.ok(r.findings.some((f) => f.ruleId === 'hook-command-invalid-json'), 'lint still reports the command')
  })
})
