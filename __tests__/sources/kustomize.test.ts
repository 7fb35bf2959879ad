import assert from 'node:assert/strict'
import { execFileSync } from 'node:child_process'
import { chmodSync, existsSync, mkdirSync, mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { after, before, describe, it } from 'node:test'
import {
  findKustomizations,
  findKustomizeTool,
  isRemoteReference,
  renderKustomization,
  type KustomizeTool,
} from '../../src/sources/kustomize.js'
import type { RenderJob, RenderOutput, SourceFile } from '../../src/sources/types.js'
import { ensureRenderTools, renderToolsUnavailable } from '../support/render-tools.js'

function writeTree(root: string, files: Readonly<Record<string, string>>): void {
  for (const [name, text] of Object.entries(files)) {
    mkdirSync(path.dirname(path.join(root, name)), { recursive: true })
    writeFileSync(path.join(root, name), text)
  }
}

function script(file: string, body: string): string {
  mkdirSync(path.dirname(file), { recursive: true })
  writeFileSync(file, `#!/bin/sh\n${body}\n`)
  chmodSync(file, 0o755)
  return file
}

const job = (dir: string): RenderJob => ({ root: { kind: 'kustomization', dir, anchorFile: `${dir}/kustomization.yaml` } })

const DEPLOYMENT = `apiVersion: apps/v1
kind: Deployment
metadata:
  name: web
spec:
  selector:
    matchLabels: {app: web}
  template:
    metadata:
      labels: {app: web}
    spec:
      containers:
      - name: app
        image: nginx:1.27
`

/** base shared by two overlays, a component, every kind of patch, commonAnnotations, an unused base, a remote and a broken root. */
const REPO: Readonly<Record<string, string>> = {
  'base/kustomization.yaml': 'resources:\n- deployment.yaml\n- service.yaml\ncommonAnnotations:\n  pre.hook.backup.velero.io/container: app\n',
  'base/deployment.yaml': DEPLOYMENT,
  'base/service.yaml': 'apiVersion: v1\nkind: Service\nmetadata:\n  name: web\nspec:\n  ports:\n  - port: 80\n',
  'overlays/prod/kustomization.yaml': `resources:
- ../../base
components:
- ../../components/hooks
namespace: prod
patchesStrategicMerge:
- smp.yaml
patches:
- target:
    kind: Deployment
  patch: |-
    - op: add
      path: /spec/template/metadata/annotations/post.hook.backup.velero.io~1timeout
      value: 2m
patchesJson6902:
- target: {group: apps, version: v1, kind: Deployment, name: web}
  path: json.yaml
commonAnnotations:
  pre.hook.backup.velero.io/on-error: Fail
`,
  'overlays/prod/smp.yaml': `apiVersion: apps/v1
kind: Deployment
metadata:
  name: web
spec:
  template:
    metadata:
      annotations:
        pre.hook.backup.velero.io/command: '["/bin/sh", "-c", "sync"]'
`,
  'overlays/prod/json.yaml': '- op: add\n  path: /spec/replicas\n  value: 2\n',
  'overlays/dev/kustomization.yaml': 'resources:\n- ../../base\nnamePrefix: dev-\n',
  'components/hooks/kustomization.yaml': `apiVersion: kustomize.config.k8s.io/v1alpha1
kind: Component
patches:
- path: hook.yaml
`,
  'components/hooks/hook.yaml': `apiVersion: apps/v1
kind: Deployment
metadata:
  name: web
spec:
  template:
    metadata:
      annotations:
        post.hook.backup.velero.io/container: app
`,
  'unused/kustomization.yaml': 'resources:\n- inner\n',
  'unused/inner/kustomization.yaml': 'resources:\n- cm.yaml\n',
  'unused/inner/cm.yaml': 'apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: settings\ndata:\n  a: b\n',
  'remote/kustomization.yaml': 'resources:\n- ../base\n- github.com/example/manifests/deploy?ref=v1.0.0\n',
  'broken/kustomization.yaml': 'resources:\n- deployment.yaml\n  bad: [\n',
  'plain/manifest.yaml': DEPLOYMENT,
}

const ALL_DIRS = ['base', 'overlays/prod', 'overlays/dev', 'components/hooks', 'unused', 'unused/inner', 'remote', 'broken', 'plain']

describe('findKustomizations', () => {
  let repo: string
  before(() => {
    repo = mkdtempSync(path.join(tmpdir(), 'vh-kust-find-'))
    writeTree(repo, REPO)
  })
  after(() => rmSync(repo, { recursive: true, force: true }))

  it('renders the overlays of a shared base, unused bases, and broken or remote roots; never the base, an inner kustomization or a Component', () => {
    const { roots, kustomizations } = findKustomizations(repo, ALL_DIRS)
    assert.deepEqual(
      roots.map((r) => [r.dir, r.anchorFile]),
      [
        ['broken', 'broken/kustomization.yaml'],
        ['overlays/dev', 'overlays/dev/kustomization.yaml'],
        ['overlays/prod', 'overlays/prod/kustomization.yaml'],
        ['remote', 'remote/kustomization.yaml'],
        ['unused', 'unused/kustomization.yaml'],
      ],
    )
    assert.ok(roots.every((r) => r.kind === 'kustomization'))
    assert.deepEqual(
      kustomizations.map((k) => k.dir),
      ['base', 'broken', 'components/hooks', 'overlays/dev', 'overlays/prod', 'remote', 'unused', 'unused/inner'],
    )
  })

  it('reads what each kustomization uses, its patches, commonAnnotations, namespace, remote references and parse errors', () => {
    const byDir = new Map(findKustomizations(repo, ALL_DIRS).kustomizations.map((k) => [k.dir, k]))
    const prod = byDir.get('overlays/prod')!
    assert.deepEqual(prod.uses, ['base', 'components/hooks'])
    assert.deepEqual(prod.resources, ['../../base'])
    assert.deepEqual(prod.components, ['../../components/hooks'])
    assert.equal(prod.namespace, 'prod')
    assert.deepEqual(prod.commonAnnotations, { 'pre.hook.backup.velero.io/on-error': 'Fail' })
    assert.deepEqual(prod.patches, [
      { field: 'patchesStrategicMerge', file: 'overlays/prod/smp.yaml' },
      { field: 'patches', file: undefined, target: { kind: 'Deployment' } },
      { field: 'patchesJson6902', file: 'overlays/prod/json.yaml', target: { kind: 'Deployment', name: 'web' } },
    ])
    assert.deepEqual(byDir.get('base')!.resourceFiles, ['base/deployment.yaml', 'base/service.yaml'])
    assert.equal(byDir.get('components/hooks')!.component, true)
    assert.deepEqual(byDir.get('remote')!.remote, ['github.com/example/manifests/deploy?ref=v1.0.0'])
    assert.match(byDir.get('broken')!.error ?? '', /^broken\/kustomization\.yaml: .+/)
  })

  it('makes a base a root when no scanned kustomization uses it; accepts absolute and repeated directories', () => {
    const { roots } = findKustomizations(repo, [path.join(repo, 'base'), 'base', 'components/hooks', 'plain'])
    assert.deepEqual(roots, [{ kind: 'kustomization', dir: 'base', anchorFile: 'base/kustomization.yaml' }])
  })

  it('finds kustomization.yml and Kustomization, and the base directory itself as "."', () => {
    const other = mkdtempSync(path.join(tmpdir(), 'vh-kust-names-'))
    try {
      writeTree(other, { 'kustomization.yaml': 'resources: [a, b]\n', 'a/kustomization.yml': 'resources: []\n', 'b/Kustomization': 'resources: []\n' })
      const { kustomizations, roots } = findKustomizations(other, ['.', 'a', 'b'])
      assert.deepEqual(kustomizations.map((k) => k.file), ['kustomization.yaml', 'a/kustomization.yml', 'b/Kustomization'])
      assert.deepEqual(roots.map((r) => r.dir), ['.'])
    } finally {
      rmSync(other, { recursive: true, force: true })
    }
  })

  it('reads a hostile kustomization (alias bomb, not a mapping) as broken, without throwing', () => {
    const other = mkdtempSync(path.join(tmpdir(), 'vh-kust-hostile-'))
    try {
      const bomb = ['a: &a [x, x, x, x, x, x, x, x, x]', ...'bcdefghij'.split('').map((k, i) => `${k}: &${k} [*${'abcdefghij'[i]}, *${'abcdefghij'[i]}, *${'abcdefghij'[i]}, *${'abcdefghij'[i]}, *${'abcdefghij'[i]}, *${'abcdefghij'[i]}, *${'abcdefghij'[i]}, *${'abcdefghij'[i]}, *${'abcdefghij'[i]}]`), 'resources: *j']
      writeTree(other, { 'bomb/kustomization.yaml': `${bomb.join('\n')}\n`, 'list/kustomization.yaml': '- a\n- b\n' })
      const { kustomizations, roots } = findKustomizations(other, ['bomb', 'list'])
      assert.deepEqual(kustomizations.map((k) => [k.dir, /^(bomb|list)\/kustomization\.yaml: ./.test(k.error ?? '')]), [['bomb', true], ['list', true]])
      assert.deepEqual(roots.map((r) => r.dir), ['bomb', 'list'])
    } finally {
      rmSync(other, { recursive: true, force: true })
    }
  })

  it('leaves no kustomization of a cycle unrendered', () => {
    const other = mkdtempSync(path.join(tmpdir(), 'vh-kust-cycle-'))
    try {
      writeTree(other, { 'a/kustomization.yaml': 'resources: [../b]\n', 'b/kustomization.yaml': 'resources: [../a]\n' })
      assert.deepEqual(findKustomizations(other, ['a', 'b']).roots.map((r) => r.dir), ['a'])
    } finally {
      rmSync(other, { recursive: true, force: true })
    }
  })
})

describe('isRemoteReference', () => {
  it('takes URLs, git forms and host paths as remote, local files and directories as local', () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'vh-kust-remote-'))
    try {
      writeTree(dir, { 'deploy.yaml': 'x: 1\n', 'base/kustomization.yaml': '{}\n' })
      const remote = [
        'https://example.com/x.yaml',
        'http://example.com/x.yaml',
        'ssh://git@example.com/org/repo',
        'file:///tmp/repo',
        'git@github.com:org/repo.git',
        'git::https://example.com/org/repo',
        'gh:org/repo',
        'github.com/org/repo/deploy',
        'gitlab.com/org/repo',
        'base?ref=main',
        'example.com/org/repo',
        'example.com/org/repo//sub',
        'org/repo.git',
      ]
      for (const ref of remote) assert.equal(isRemoteReference(ref, dir), true, ref)
      for (const ref of ['deploy.yaml', 'base', './base', '../elsewhere/kustomization', 'missing.yaml', 'sub/missing.yaml']) assert.equal(isRemoteReference(ref, dir), false, ref)
    } finally {
      rmSync(dir, { recursive: true, force: true })
    }
  })
})

describe('findKustomizeTool', () => {
  it('prefers kustomize, then kubectl, on PATH; a configured name or path gets its flavour from its name', () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'vh-kust-tool-'))
    try {
      const kubectl = script(path.join(dir, 'only-kubectl', 'kubectl'), 'exit 0')
      const kustomize = script(path.join(dir, 'both', 'kustomize'), 'exit 0')
      script(path.join(dir, 'both', 'kubectl'), 'exit 0')
      assert.deepEqual(findKustomizeTool(undefined, path.join(dir, 'only-kubectl')), { command: kubectl, flavour: 'kubectl' })
      assert.deepEqual(findKustomizeTool(undefined, `${path.join(dir, 'none')}:${path.join(dir, 'both')}`), { command: kustomize, flavour: 'kustomize' })
      assert.equal(findKustomizeTool(undefined, path.join(dir, 'none')), undefined)
      assert.deepEqual(findKustomizeTool(kubectl, ''), { command: kubectl, flavour: 'kubectl' })
      assert.deepEqual(findKustomizeTool('kustomize', path.join(dir, 'both')), { command: kustomize, flavour: 'kustomize' })
      assert.equal(findKustomizeTool(path.join(dir, 'missing', 'kustomize'), ''), undefined)
    } finally {
      rmSync(dir, { recursive: true, force: true })
    }
  })
})

const unavailable = renderToolsUnavailable()

describe('renderKustomization with the real kubectl', { skip: unavailable }, () => {
  let repo: string
  let scratch: string
  let tempDir: string
  let kubectl: KustomizeTool
  let home: string

  before(() => {
    repo = mkdtempSync(path.join(tmpdir(), 'vh-kust-render-'))
    scratch = mkdtempSync(path.join(tmpdir(), 'vh-kust-scratch-'))
    tempDir = path.join(scratch, 'temp')
    home = path.join(scratch, 'home')
    mkdirSync(home)
    writeTree(repo, REPO)
    kubectl = { command: ensureRenderTools().kubectl, flavour: 'kubectl' }
  })
  after(() => {
    rmSync(repo, { recursive: true, force: true })
    rmSync(scratch, { recursive: true, force: true })
  })

  const render = (dir: string, tool: KustomizeTool = kubectl, timeoutMs = 60_000): Promise<RenderOutput> =>
    renderKustomization(job(dir), tool, { base: repo, timeoutMs, tempDir })

  /** What `kubectl kustomize <dir>` prints, run in the base directory as a user would. */
  const direct = (dir: string): string =>
    execFileSync(kubectl.command, ['kustomize', dir], { cwd: repo, encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'], env: { PATH: process.env.PATH, HOME: home } })

  const ok = (out: RenderOutput): Extract<RenderOutput, { ok: true }> => {
    assert.ok(out.ok, out.ok ? '' : `${out.kind}: ${out.reason}`)
    return out
  }

  /** The document whose text holds `kind: <kind>`, and its sources. */
  const sourcesOf = (out: Extract<RenderOutput, { ok: true }>, kind: string): SourceFile[] => {
    const lines = out.text.split('\n')
    const doc = out.documents.find((d) => lines.slice(d.startLine - 1, d.endLine).includes(`kind: ${kind}`))
    assert.ok(doc, `no ${kind} in the output`)
    return doc.sources
  }

  it('renders an overlay exactly as `kubectl kustomize <root>` prints it, without the origin and transformation annotations', async () => {
    for (const dir of ['overlays/prod', 'overlays/dev', 'unused']) {
      const out = ok(await render(dir))
      assert.equal(out.text, direct(dir), dir)
      assert.doesNotMatch(out.text, /config\.kubernetes\.io\/origin|alpha\.config\.kubernetes\.io\/transformations|annotations: \{\}/)
      assert.deepEqual(out.job, job(dir))
    }
  })

  it('gives each document its lines: documents cover the text between the --- separators', async () => {
    const out = ok(await render('overlays/prod'))
    const lines = out.text.split('\n')
    assert.deepEqual(out.documents.map((d) => [d.startLine, d.endLine]), [[1, 11], [13, 39]])
    assert.equal(lines[0], 'apiVersion: v1')
    assert.equal(lines[10], '  - port: 80')
    assert.equal(lines[11], '---')
    assert.equal(lines[12], 'apiVersion: apps/v1')
    assert.equal(lines[38], '        name: app')
    assert.deepEqual(lines.slice(39), [''])
    // The inline JSON6902 patch, the strategic-merge patch and commonAnnotations all reached the pod template.
    assert.deepEqual(lines.slice(28, 33), [
      '        post.hook.backup.velero.io/container: app',
      '        post.hook.backup.velero.io/timeout: 2m',
      `        pre.hook.backup.velero.io/command: '["/bin/sh", "-c", "sync"]'`,
      '        pre.hook.backup.velero.io/container: app',
      '        pre.hook.backup.velero.io/on-error: Fail',
    ])
  })

  it('lists the patch files (last applied first), the kustomizations (overlay, component, base), then the origin file', async () => {
    const out = ok(await render('overlays/prod'))
    assert.deepEqual(sourcesOf(out, 'Deployment'), [
      { path: 'overlays/prod/json.yaml', role: 'patch' },
      { path: 'overlays/prod/smp.yaml', role: 'patch' },
      { path: 'components/hooks/hook.yaml', role: 'patch' },
      { path: 'overlays/prod/kustomization.yaml', role: 'kustomization' },
      { path: 'components/hooks/kustomization.yaml', role: 'kustomization' },
      { path: 'base/kustomization.yaml', role: 'kustomization' },
      { path: 'base/deployment.yaml', role: 'resource' },
    ])
    // The patches name a Deployment: none of them is a source of the Service.
    assert.deepEqual(sourcesOf(out, 'Service'), [
      { path: 'overlays/prod/kustomization.yaml', role: 'kustomization' },
      { path: 'components/hooks/kustomization.yaml', role: 'kustomization' },
      { path: 'base/kustomization.yaml', role: 'kustomization' },
      { path: 'base/service.yaml', role: 'resource' },
    ])
  })

  it('names the same base files for both overlays that share it', async () => {
    const dev = ok(await render('overlays/dev'))
    assert.deepEqual(sourcesOf(dev, 'Deployment'), [
      { path: 'overlays/dev/kustomization.yaml', role: 'kustomization' },
      { path: 'base/kustomization.yaml', role: 'kustomization' },
      { path: 'base/deployment.yaml', role: 'resource' },
    ])
  })

  it('includes every kustomization from the root to the origin, even those kustomize does not list (no transformers)', async () => {
    const out = ok(await render('unused'))
    assert.deepEqual(sourcesOf(out, 'ConfigMap'), [
      { path: 'unused/kustomization.yaml', role: 'kustomization' },
      { path: 'unused/inner/kustomization.yaml', role: 'kustomization' },
      { path: 'unused/inner/cm.yaml', role: 'resource' },
    ])
  })

  it("names a Component's own resources and a generator's kustomization", async () => {
    writeTree(repo, {
      'gen/kustomization.yaml': 'components:\n- ../components/extra\nconfigMapGenerator:\n- name: generated\n  literals: [a=b]\n',
      'components/extra/kustomization.yaml': 'apiVersion: kustomize.config.k8s.io/v1alpha1\nkind: Component\nresources:\n- secret.yaml\n',
      'components/extra/secret.yaml': 'apiVersion: v1\nkind: Secret\nmetadata:\n  name: extra\nstringData:\n  a: b\n',
    })
    const out = ok(await render('gen'))
    assert.equal(out.text, direct('gen'))
    assert.deepEqual(sourcesOf(out, 'Secret'), [
      { path: 'gen/kustomization.yaml', role: 'kustomization' },
      { path: 'components/extra/kustomization.yaml', role: 'kustomization' },
      { path: 'components/extra/secret.yaml', role: 'resource' },
    ])
    assert.deepEqual(sourcesOf(out, 'ConfigMap'), [{ path: 'gen/kustomization.yaml', role: 'kustomization' }])
  })

  it('refuses a root that uses a remote resource without running anything', async () => {
    const marker = path.join(scratch, 'ran-remote')
    const spy = script(path.join(scratch, 'spy', 'kubectl'), `touch '${marker}'`)
    const out = await render('remote', { command: spy, flavour: 'kubectl' })
    assert.equal(out.ok, false)
    assert.ok(!out.ok && out.kind === 'refused')
    assert.match(out.reason, /remote\/kustomization\.yaml uses the remote resource 'github\.com\/example\/manifests\/deploy\?ref=v1\.0\.0': remote resources are not fetched by a pull-request check/)
    assert.equal(existsSync(marker), false)
  })

  it('refuses a remote resource deep in a base the scan did not include, and a remote patch URL', async () => {
    const marker = path.join(scratch, 'ran-deep')
    const spy = script(path.join(scratch, 'spy2', 'kubectl'), `touch '${marker}'`)
    writeTree(repo, {
      'deep/overlay/kustomization.yaml': 'resources:\n- ../vendor\n',
      'deep/vendor/kustomization.yaml': 'resources:\n- https://raw.example.com/deploy.yaml\n',
      'deep/patched/kustomization.yaml': 'resources:\n- ../../base\npatches:\n- path: https://raw.example.com/patch.yaml\n',
    })
    for (const dir of ['deep/overlay', 'deep/patched']) {
      const out = await render(dir, { command: spy, flavour: 'kubectl' })
      assert.ok(!out.ok && out.kind === 'refused', dir)
      assert.match(out.reason, /https:\/\/raw\.example\.com\/(deploy|patch)\.yaml/)
    }
    assert.equal(existsSync(marker), false)
  })

  it('reports a broken kustomization file with its parse error, without running the tool', async () => {
    const marker = path.join(scratch, 'ran-broken')
    const spy = script(path.join(scratch, 'spy3', 'kubectl'), `touch '${marker}'`)
    const out = await render('broken', { command: spy, flavour: 'kubectl' })
    assert.ok(!out.ok && out.kind === 'failed')
    assert.match(out.reason, /^broken\/kustomization\.yaml: /)
    assert.equal(existsSync(marker), false)
  })

  it("reports kustomize's own error with the root directory, never the temporary wrapper", async () => {
    writeTree(repo, { 'bad-patch/kustomization.yaml': 'resources:\n- ../base\npatches:\n- path: missing-patch.yaml\n' })
    const out = await render('bad-patch')
    assert.ok(!out.ok && out.kind === 'failed', JSON.stringify(out))
    assert.match(out.reason, /^kubectl kustomize failed: .*missing-patch\.yaml/)
    assert.match(out.reason, /bad-patch\/missing-patch\.yaml/)
    for (const hidden of [scratch, tempDir, tmpdir(), repo, 'wrapper']) assert.ok(!out.reason.includes(hidden), `${hidden} in ${out.reason}`)
  })

  it('says the tool is missing when it cannot be started', async () => {
    const out = await render('overlays/dev', { command: path.join(scratch, 'no-such-dir', 'kustomize'), flavour: 'kustomize' })
    assert.ok(!out.ok && out.kind === 'tool-missing', JSON.stringify(out))
    assert.match(out.reason, /^kustomize build could not be started/)
  })

  it('stops a tool that does not finish in time', async () => {
    const slow = script(path.join(scratch, 'slow', 'kustomize'), 'exec sleep 30')
    const out = await render('overlays/dev', { command: slow, flavour: 'kustomize' }, 300)
    assert.ok(!out.ok && out.kind === 'timeout', JSON.stringify(out))
  })

  it('runs the kustomize flavour as `kustomize build <dir>` (a wrapper that insists on `build`)', async () => {
    const kustomize = script(path.join(scratch, 'kbin', 'kustomize'), `[ "$1" = build ] || { echo "expected build, got $1" >&2; exit 64; }\nshift\nexec '${kubectl.command}' kustomize "$@"`)
    const out = ok(await render('overlays/prod', { command: kustomize, flavour: 'kustomize' }))
    assert.equal(out.text, direct('overlays/prod'))
    assert.equal(sourcesOf(out, 'Deployment').length, 7)
  })

  it("keeps the root's own sortOptions and buildMetadata, so the output still equals a direct build", async () => {
    writeTree(repo, {
      'fifo/kustomization.yaml': 'resources:\n- ../base\n- ../unused\nsortOptions:\n  order: fifo\nbuildMetadata: [originAnnotations, managedByLabel]\n',
    })
    const out = ok(await render('fifo'))
    assert.equal(out.text, direct('fifo'))
    assert.match(out.text, /config\.kubernetes\.io\/origin: \|\n {6}path: \.\.\/base\/deployment\.yaml/)
    assert.deepEqual(sourcesOf(out, 'ConfigMap').at(-1), { path: 'unused/inner/cm.yaml', role: 'resource' })
  })

  it('removes its temporary directory', async () => {
    ok(await render('overlays/dev'))
    assert.deepEqual(readdirSync(tempDir), [])
  })
})

