/**
 * `velero-hooks plan`: exit codes, the three formats on a small repository, the JSON contract,
 * patterns that match nothing, options that mean nothing to plan, and hostile names. Through
 * runCli, in-process.
 */
import assert from 'node:assert/strict'
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { Readable } from 'node:stream'
import { after, describe, it } from 'node:test'
import { runCli, type CliIo } from '../../src/cli/cli.js'
import { PLAN_REPO } from '../support/plan-repo.js'
import { ensureRenderTools, renderToolsUnavailable } from '../support/render-tools.js'

const roots: string[] = []
after(() => {
  for (const r of roots) rmSync(r, { recursive: true, force: true })
})

function tree(files: Readonly<Record<string, string>>): string {
  const root = mkdtempSync(path.join(os.tmpdir(), 'vh-plan-'))
  roots.push(root)
  for (const [file, content] of Object.entries(files)) {
    mkdirSync(path.dirname(path.join(root, file)), { recursive: true })
    writeFileSync(path.join(root, file), content)
  }
  return root
}

interface Ran {
  code: number
  stdout: string
  stderr: string
}

async function run(argv: string[], cwd: string, io: Partial<CliIo> = {}): Promise<Ran> {
  let stdout = ''
  let stderr = ''
  const code = await runCli(argv, { stdout: (s) => (stdout += s), stderr: (s) => (stderr += s), cwd, isTty: false, stdin: Readable.from([]), ...io })
  return { code, stdout, stderr }
}

const usage = (line: string): string => `velero-hooks: ${line}\nRun "velero-hooks --help" for usage.\n`

const EXPECTED_TEXT = `Hook plan for Velero v1.18.2: 1 Backup, 1 Schedule, 1 Restore

Schedule velero/elsewhere (velero/empty.yaml:4)
  takes no pod in this repository

Backup velero/nightly (velero/nightly.yaml:4)
  - StatefulSet shop/db (apps/db.yaml:4)
      pre  1. spec hook "sync-all" (velero/nightly.yaml:12): container postgres (default), command ["/bin/sync"], onError Continue (default), timeout 30s (default)
      post 1. spec hook "sync-all" (velero/nightly.yaml:15): container postgres (default), command ["/bin/echo","done"], onError Continue (default), timeout 1m0s
  - Deployment shop/web (apps/web.yaml:4)
      pre  1. annotation (apps/web.yaml:15): container app (default), command ["/sbin/fsfreeze","--freeze","/data"], onError Fail, timeout 30s (default)
      post 1. spec hook "sync-all" (velero/nightly.yaml:15): container app (default), command ["/bin/echo","done"], onError Continue (default), timeout 1m0s
      hidden by annotation: pre spec hook "sync-all" (velero/nightly.yaml:12)

Restore velero/copy (velero/restore.yaml:4), restores from nightly: Backup velero/nightly (velero/nightly.yaml:4)
  - StatefulSet shop/db (apps/db.yaml:4), target namespace shop2
      init 1. spec hook "db-hooks" (velero/restore.yaml:19): name prep, image busybox, command ["/bin/sh","-c","true"]
      exec 1. spec hook "db-hooks" (velero/restore.yaml:22): container postgres (default), command ["/bin/sh","-c","pg_isready"], onError Continue (default), execTimeout 30s (default), waitTimeout 5m0s, waitForReady false (default)
  - Deployment shop/web (apps/web.yaml:4), target namespace shop2
      no hooks
`

describe('velero-hooks plan', () => {
  it('prints every Backup, Schedule and Restore with its pods and hooks in order, and exits 0', async () => {
    const r = await run(['plan'], tree(PLAN_REPO))
    assert.equal(r.stderr, '')
    assert.equal(r.code, 0)
    assert.equal(r.stdout, EXPECTED_TEXT)
  })

  it("prints for examples/plan exactly what the README shows", async () => {
    const repo = path.resolve(import.meta.dirname, '..', '..')
    const readme = readFileSync(path.join(repo, 'README.md'), 'utf8')
    const text = await run(['plan', 'examples/plan'], repo)
    assert.equal(text.code, 0)
    assert.ok(readme.includes(`$ velero-hooks plan examples/plan\n${text.stdout}\`\`\``), 'README.md shows another text plan of examples/plan: paste the output')
    const json = await run(['plan', 'examples/plan', '--format', 'json'], repo)
    const pod = JSON.stringify((JSON.parse(json.stdout) as { restores: { pods: unknown[] }[] }).restores[0]!.pods[0], null, 2)
    assert.ok(readme.includes(`jq '.restores[0].pods[0]'\n${pod}\n\`\`\``), 'README.md shows another JSON pod of examples/plan: paste the output')
  })

  it('exits 0 on a repository without Velero objects, saying there is nothing to plan', async () => {
    const r = await run(['plan'], tree({ 'apps/web.yaml': PLAN_REPO['apps/web.yaml']! }))
    assert.equal(r.code, 0)
    assert.equal(r.stdout, 'Hook plan for Velero v1.18.2: no Backup, Schedule or Restore in the checked files, so no hook runs through one.\n')
  })

  it('--format json is planToJson: the issue\'s keys in a stable order, 2-space indent', async () => {
    const r = await run(['plan', '--format', 'json'], tree(PLAN_REPO))
    assert.equal(r.code, 0)
    assert.match(r.stdout, /^\{\n {2}"backups": \[\n {4}\{\n {6}"kind": "Schedule",/)
    const plan = JSON.parse(r.stdout) as { backups: any[]; restores: any[] }
    assert.deepEqual(Object.keys(plan), ['backups', 'restores'])
    const nightly = plan.backups[1]
    assert.deepEqual(Object.keys(nightly).slice(0, 6), ['kind', 'name', 'namespace', 'file', 'line', 'pods'])
    assert.deepEqual([nightly.kind, nightly.name, nightly.file, nightly.line], ['Backup', 'nightly', 'velero/nightly.yaml', 4])
    assert.deepEqual(plan.backups[0].pods, [], 'a Backup that takes no pod has "pods": []')
    const web = nightly.pods[1]
    assert.deepEqual(web.workload, { kind: 'Deployment', namespace: 'shop', name: 'web', file: 'apps/web.yaml', line: 4 })
    assert.deepEqual(Object.keys(web.pre[0]).slice(0, 8), ['source', 'container', 'command', 'onError', 'timeout', 'file', 'line', 'defaulted'])
    assert.deepEqual(
      { source: web.pre[0].source, command: web.pre[0].command, onError: web.pre[0].onError, timeout: web.pre[0].timeout, defaulted: web.pre[0].defaulted },
      { source: 'annotation', command: ['/sbin/fsfreeze', '--freeze', '/data'], onError: 'Fail', timeout: '30s', defaulted: ['container', 'timeout'] },
    )
    const restore = plan.restores[0]
    assert.deepEqual(Object.keys(restore).slice(0, 6), ['name', 'namespace', 'backup', 'file', 'line', 'source'])
    const db = restore.pods[0]
    assert.equal(db.targetNamespace, 'shop2')
    assert.deepEqual(db.initContainers.map((c: any) => [c.source, c.name, c.image, c.command]), [['spec', 'prep', 'busybox', ['/bin/sh', '-c', 'true']]])
    assert.deepEqual(
      db.exec.map((h: any) => [h.container, h.execTimeout, h.waitTimeout, h.waitForReady]),
      [['postgres', '30s', '5m0s', false]],
    )
  })

  it('--format markdown prints tables for a job summary', async () => {
    const r = await run(['plan', '--format', 'markdown'], tree(PLAN_REPO))
    assert.equal(r.code, 0)
    assert.match(r.stdout, /^## Hook plan for Velero v1\.18\.2: 1 Backup, 1 Schedule, 1 Restore\n/)
    assert.match(r.stdout, /\n### Schedule velero\/elsewhere · velero\/empty\.yaml:4\n\nTakes no pod in this repository\.\n/)
    assert.match(r.stdout, /\n\| Pod \| Hook \| Source \| Container \| Command \| onError \| Timeout \|\n\|:--\|/)
    assert.ok(r.stdout.includes('| Deployment shop/web (apps/web.yaml:4) | hidden by annotation | pre spec hook "sync-all" \\(velero/nightly.yaml:12\\) | | | | |'))
    assert.ok(r.stdout.includes('| StatefulSet shop/db (apps/db.yaml:4) | shop2 | exec 1 |'))
  })

  it('--velero-version changes what Velero does: up to v1.17 a namespace glob is a literal name', async () => {
    const files = { ...PLAN_REPO, 'velero/nightly.yaml': PLAN_REPO['velero/nightly.yaml']!.replace('includedNamespaces: [shop]', 'includedNamespaces: ["sh*"]') }
    const now = await run(['plan', 'velero', 'apps', '--format', 'json'], tree(files))
    const old = await run(['plan', 'velero', 'apps', '--format', 'json', '--velero-version', '1.17'], tree(files))
    const pods = (r: Ran) => (JSON.parse(r.stdout) as { backups: { name: string; pods: unknown[] }[] }).backups.find((b) => b.name === 'nightly')!.pods.length
    assert.equal(pods(now), 2)
    assert.equal(pods(old), 0)
    const text = await run(['plan', '--velero-version', '1.17'], tree(files))
    assert.match(text.stdout, /^Hook plan for Velero v1\.17\.\d+:/)
    assert.match(text.stdout, /Backup velero\/nightly \(velero\/nightly\.yaml:4\)\n {2}takes no pod in this repository\n/)
  })

  it('reads the same files as lint: patterns, --ignore, the configuration, rendered/ skipped', async () => {
    const root = tree({
      ...PLAN_REPO,
      '.velero-hooks.yaml': 'ignore:\n  - velero/empty.yaml\n',
      'rendered/apps/web.yaml': PLAN_REPO['apps/web.yaml']!,
    })
    const r = await run(['plan', '--ignore', 'velero/restore.yaml'], root)
    assert.equal(r.code, 0)
    assert.match(r.stdout, /^Hook plan for Velero v1\.18\.2: 1 Backup, 0 Schedules, 0 Restores\n/)
    assert.equal(r.stdout.match(/Deployment shop\/web/g)?.length, 1, 'the render output is not a second web')
    const only = await run(['plan', 'velero/nightly.yaml'], root)
    assert.match(only.stdout, /Backup velero\/nightly \(velero\/nightly\.yaml:4\)\n {2}takes no pod in this repository\n/)
  })

  it('names files relative to where it runs, with --cwd', async () => {
    const root = tree(Object.fromEntries(Object.entries(PLAN_REPO).map(([f, t]) => [`repo/${f}`, t])))
    const r = await run(['plan', '--cwd', 'repo', '--format', 'json'], root)
    const plan = JSON.parse(r.stdout) as { backups: { file: string; pods: { workload: { file: string } }[] }[] }
    assert.equal(plan.backups[1]!.file, 'repo/velero/nightly.yaml')
    assert.equal(plan.backups[1]!.pods[0]!.workload.file, 'repo/apps/db.yaml')
  })

  it('"-" plans the manifest piped in', async () => {
    const piped = Object.values(PLAN_REPO).join('---\n')
    const r = await run(['plan', '-', '--stdin-filename', 'all.yaml'], tree({}), { stdin: Readable.from([Buffer.from(piped)]) })
    assert.equal(r.code, 0)
    assert.match(r.stdout, /Backup velero\/nightly \(all\.yaml:\d+\)\n {2}- StatefulSet shop\/db/)
  })

  it('--output writes the plan to a file', async () => {
    const root = tree(PLAN_REPO)
    const r = await run(['plan', '--format', 'json', '--output', 'plan.json'], root)
    assert.equal(r.code, 0)
    assert.equal(r.stdout, '')
    assert.deepEqual(Object.keys(JSON.parse(readFileSync(path.join(root, 'plan.json'), 'utf8'))), ['backups', 'restores'])
  })

  it('says which charts and overlays it could not render, and prints no lint finding', async () => {
    const r = await run(['plan', '--helm', '/nonexistent/helm'], tree({ ...PLAN_REPO, 'charts/shop/Chart.yaml': 'apiVersion: v2\nname: shop\nversion: 1.0.0\n' }))
    assert.equal(r.code, 0)
    assert.equal(
      r.stderr,
      'velero-hooks: not in the plan: the pods that the Helm chart or Kustomize overlay in charts/shop renders (it could not be rendered; "velero-hooks lint" says why)\n',
    )
    assert.doesNotMatch(r.stdout, /source-not-rendered|helm/)
  })

  it('says which charts and overlays it did not render with --no-charts-and-overlays', async () => {
    const r = await run(['plan', '--no-charts-and-overlays'], tree({ ...PLAN_REPO, 'deploy/kustomization.yaml': 'resources: [../apps/web.yaml]\n' }))
    assert.equal(r.code, 0)
    assert.match(r.stderr, /^velero-hooks: not in the plan: the pods that the Helm chart or Kustomize overlay in deploy renders \(charts and overlays are not rendered \(--no-charts-and-overlays\); pipe/)
  })

  it('exits 0 and prints only the plan when the repository has findings', async () => {
    const bad = 'apiVersion: v1\nkind: Pod\nmetadata:\n  name: p\n  namespace: shop\n  annotations:\n    pre.hook.backup.velero.io/on-error: Abort\nspec:\n  containers: [{name: a, image: b}]\n'
    const r = await run(['plan', '--no-charts-and-overlays'], tree({ ...PLAN_REPO, 'bad.yaml': bad }))
    assert.equal(r.code, 0)
    assert.equal(r.stderr, '')
    assert.doesNotMatch(r.stdout, /hook-invalid-on-error|Abort/)
    assert.ok(r.stdout.includes('  - Pod shop/p (bad.yaml:4)'), r.stdout)
  })
})

describe('velero-hooks plan usage errors (exit 2)', () => {
  it('a pattern that matches no file', async () => {
    const r = await run(['plan', 'velero', 'deploi/**/*.yaml'], tree(PLAN_REPO))
    assert.equal(r.code, 2)
    assert.equal(r.stdout, '')
    assert.equal(r.stderr, usage('No files matching the pattern "deploi/**/*.yaml" were found.'))
  })

  it('a repository with no manifest at all', async () => {
    const r = await run(['plan'], tree({ 'README.md': '# nothing\n' }))
    assert.equal(r.code, 2)
    assert.equal(r.stderr, usage('No files matching the patterns "**/*.yaml", "**/*.yml" were found.'))
  })

  it('a format plan does not have', async () => {
    const r = await run(['plan', '--format', 'sarif'], tree(PLAN_REPO))
    assert.equal(r.code, 2)
    assert.equal(r.stderr, usage('format must be one of text, json, markdown; got "sarif"'))
  })

  it("lint's exit-status and fixing options, and the renderers", async () => {
    const root = tree(PLAN_REPO)
    for (const [flag, why] of [
      [['--fix'], 'plan always exits 0 once the plan is made and changes no file'],
      [['--fail-on', 'warning'], 'plan always exits 0 once the plan is made and changes no file'],
      [['--max-warnings', '0'], 'plan always exits 0 once the plan is made and changes no file'],
    ] as const) {
      const r = await run(['plan', ...flag], root)
      assert.equal(r.code, 2, flag.join(' '))
      assert.equal(r.stderr, usage(`${flag[0]} is not an option of plan: ${why}`))
    }
    const render = await run(['plan', '--output-dir', 'x'], root)
    assert.equal(render.stderr, usage('--output-dir is an option of render and check, not of plan'))
  })

  it('a bad --velero-version', async () => {
    const r = await run(['plan', '--velero-version', '2.0'], tree(PLAN_REPO))
    assert.equal(r.code, 2)
    assert.match(r.stderr, /^velero-hooks: --velero-version /)
  })
})

describe('velero-hooks plan with hostile names', () => {
  const HOSTILE = {
    'evil.yaml': `apiVersion: v1
kind: Pod
metadata:
  name: "web\\n::error file=x::pwned\\u202e|x|"
  namespace: "shop"
  annotations:
    pre.hook.backup.velero.io/command: '["/bin/sh", "-c", "echo <b>|</b> \\u001b[31m"]'
    pre.hook.backup.velero.io/container: "a|b"
spec:
  containers:
    - name: "a|b"
      image: nginx
---
apiVersion: velero.io/v1
kind: Backup
metadata:
  name: "<img src=x>|@here"
  namespace: velero
spec:
  includedNamespaces: [shop]
`,
  }

  it('text: one printable line each, no line a workflow command, controls and bidi escaped', async () => {
    const r = await run(['plan'], tree(HOSTILE))
    assert.equal(r.code, 0)
    for (const line of r.stdout.split('\n')) assert.doesNotMatch(line.trim(), /^::|^##\[/, line)
    assert.doesNotMatch(r.stdout, /[\u0000-\u0009\u000b-\u001f\u202a-\u202e\u2066-\u2069]/)
    assert.ok(r.stdout.includes('  - Pod shop/web\\n::error file=x::pwned\\u202e|x| (evil.yaml:4)'), r.stdout)
    assert.ok(r.stdout.includes('"echo <b>|</b> \\u001b[31m"'), 'the ESC inside the command is shown as an escape')
  })

  it('markdown: pipes escaped, no HTML, no mention, no bidi control, rows on one line', async () => {
    const r = await run(['plan', '--format', 'markdown'], tree(HOSTILE))
    assert.equal(r.code, 0)
    assert.doesNotMatch(r.stdout, /[\u0000-\u0009\u000b-\u001f\u202a-\u202e\u2066-\u2069]/)
    assert.doesNotMatch(r.stdout, /(?<!\\)<|(?<!\\)@here/)
    assert.ok(r.stdout.includes('### Backup velero/\\<img src=x\\>\\|\\@here · evil.yaml:'), r.stdout)
    const rows = r.stdout.split('\n').filter((l) => l.startsWith('| Pod shop'))
    assert.equal(rows.length, 1)
    // Seven cells: every pipe of the manifest text is escaped.
    assert.equal(rows[0]!.split(/(?<!\\)\|/).length - 2, 7, rows[0])
  })
})

describe('runPlan with the run\'s own repository model', () => {
  it('plans the model it is given and reads no file', async () => {
    const { runPlan } = await import('../../src/app/plan.js')
    const { parseSettings } = await import('../../src/app/settings.js')
    const { repoModelFromTexts } = await import('../../src/engine/repo-facts.js')
    const root = tree({ 'unrelated.yaml': 'kind: ConfigMap\n' })
    const settings = parseSettings({ files: ['nothing-matches/*.yaml'] }, { dir: root, source: 'cli' })
    const summary = { files: 7, documents: 0, resources: 0, hooks: 0, errors: 0, warnings: 0, notices: 0 }
    const made = await runPlan(settings, { lint: { lint: { summary, findings: [], skipped: [], repo: repoModelFromTexts(PLAN_REPO) } } })
    assert.deepEqual(made.plan.backups.map((b) => b.object.name), ['nightly', 'elsewhere'])
    assert.equal(made.files, 7, 'the files the lint counted')
  })
})

describe('velero-hooks plan with a Helm chart and a Kustomize overlay rendered (the real helm and kubectl)', { skip: renderToolsUnavailable() ?? false }, () => {
  const CHART_REPO: Readonly<Record<string, string>> = {
    'velero/nightly.yaml': PLAN_REPO['velero/nightly.yaml']!,
    'charts/cache/Chart.yaml': 'apiVersion: v2\nname: cache\nversion: 1.0.0\n',
    'charts/cache/values.yaml': 'command: \'["/bin/redis-cli", "save"]\'\n',
    'charts/cache/templates/cache.yaml': `apiVersion: apps/v1
kind: Deployment
metadata:
  name: cache
  namespace: shop
spec:
  selector:
    matchLabels: {app: cache}
  template:
    metadata:
      labels: {app: cache}
      annotations:
        pre.hook.backup.velero.io/command: {{ .Values.command | quote }}
    spec:
      containers:
        - name: redis
          image: redis
`,
    'base/web.yaml': 'apiVersion: apps/v1\nkind: Deployment\nmetadata:\n  name: web\nspec:\n  selector:\n    matchLabels: {app: web}\n  template:\n    metadata:\n      labels: {app: web}\n    spec:\n      containers: [{name: app, image: nginx}]\n',
    'base/kustomization.yaml': 'resources: [web.yaml]\n',
    'overlays/prod/kustomization.yaml': 'namespace: shop\nresources: [../../base]\n',
  }

  it('shows the pods rendered from the chart and the overlay, at their source lines, with no note', async () => {
    const tools = ensureRenderTools()
    const r = await run(['plan', '--helm', tools.helm, '--kustomize', tools.kubectl], tree(CHART_REPO))
    assert.equal(r.code, 0, r.stderr)
    assert.equal(r.stderr, '')
    assert.match(r.stdout, /\n {2}- Deployment shop\/cache \(charts\/cache\/templates\/cache\.yaml:4\)\n {6}pre {2}1\. annotation \(charts\/cache\/templates\/cache\.yaml:13\): container redis \(default\), command \["\/bin\/redis-cli","save"\]/)
    assert.match(r.stdout, /\n {2}- Deployment shop\/web \(base\/web\.yaml:4\)\n/)
  })
})
