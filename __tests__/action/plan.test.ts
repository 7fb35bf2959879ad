/**
 * The hook plan in the action: a collapsed section of the job summary when the repository has a
 * Backup, Schedule or Restore; `plan: true` writes it as JSON (plan-file, inside the workspace,
 * links out refused) and sets the plan-file output. In-process with fakes, and once through the
 * committed bundle as a runner starts it.
 */
import assert from 'node:assert/strict'
import { chmod, mkdir, mkdtemp, readFile, rm, symlink, writeFile } from 'node:fs/promises'
import os from 'node:os'
import path from 'node:path'
import { after, describe, it } from 'node:test'
import { run, type ActionCore, type ActionDeps } from '../../src/action/main.js'
import type { RawSettings } from '../../src/app/settings.js'
import { PLAN_SUMMARY_BYTES } from '../../src/report/summary.js'
import { PLAN_REPO } from '../support/plan-repo.js'
import { ensureRenderTools, renderToolsUnavailable } from '../support/render-tools.js'
import { repoRoot, runAction } from '../support/run-action.js'

const dirs: string[] = []
after(async () => {
  for (const d of dirs) await rm(d, { recursive: true, force: true })
})

async function workspaceWith(files: Readonly<Record<string, string>>): Promise<string> {
  const ws = await mkdtemp(path.join(os.tmpdir(), 'vh-action-plan-'))
  dirs.push(ws)
  for (const [file, content] of Object.entries(files)) {
    await mkdir(path.dirname(path.join(ws, file)), { recursive: true })
    await writeFile(path.join(ws, file), content)
  }
  return ws
}

async function runIn(workspace: string, inputs: RawSettings, options: { summary?: boolean } = {}) {
  const calls: Array<[string, ...unknown[]]> = []
  const record = (name: string) => (...args: unknown[]) => void calls.push([name, ...args])
  const names = ['info', 'debug', 'notice', 'warning', 'error', 'setOutput', 'setFailed', 'setSecret', 'startGroup', 'endGroup']
  const core = Object.fromEntries(names.map((n) => [n, record(n)])) as unknown as ActionCore
  const summaries: string[] = []
  const deps: ActionDeps = {
    core,
    env: { GITHUB_WORKSPACE: workspace, GITHUB_REPOSITORY: 'o/r', GITHUB_SHA: 'c'.repeat(40), GITHUB_EVENT_NAME: 'push' },
    readInputs: () => ({ 'fail-on': 'never', ...inputs }),
    writeSummary: (options.summary ?? true) ? async (md) => void summaries.push(md) : undefined,
    renderRepository: async () => {
      throw new Error('not rendered in these tests')
    },
    connectGitHub: async () => {
      throw new Error('no network in unit tests')
    },
  }
  await run(deps)
  const of = (name: string) => calls.filter((c) => c[0] === name).map((c) => c.slice(1))
  const outputs = Object.fromEntries(of('setOutput').map(([k, v]) => [k, v])) as Record<string, string>
  return { summary: summaries.join(''), failed: of('setFailed').map((c) => String(c[0])), warnings: of('warning').map((c) => String(c[0])), outputs }
}

describe('the hook plan in the job summary', () => {
  it('is a collapsed section after the findings when the repository has Backups, Schedules or Restores', async () => {
    const r = await runIn(await workspaceWith({ ...PLAN_REPO, 'bad.yaml': 'apiVersion: v1\nkind: Pod\nmetadata:\n  name: p\n  annotations:\n    pre.hook.backup.velero.io/on-error: Abort\nspec:\n  containers: [{name: a, image: b}]\n' }), {})
    assert.deepEqual(r.failed, [])
    const findings = r.summary.indexOf('### Findings')
    const plan = r.summary.indexOf('<details>\n<summary>Hook plan for Velero v1.18.2: 1 Backup, 1 Schedule, 1 Restore</summary>\n\n#### ')
    assert.ok(findings > 0 && plan > findings, r.summary)
    assert.ok(r.summary.includes('| Deployment shop/web (apps/web.yaml:4) | pre 1 | annotation (apps/web.yaml:15) | app \\(default\\) |'), r.summary)
    assert.match(r.summary, /\n<\/details>\n$/)
    assert.equal(r.outputs['plan-file'], '')
  })

  it('is absent when the repository has no Backup, Schedule or Restore', async () => {
    const r = await runIn(await workspaceWith({ 'apps/web.yaml': PLAN_REPO['apps/web.yaml']! }), {})
    assert.doesNotMatch(r.summary, /Hook plan|<details>/)
  })

  it('is bounded: a large plan is cut with a note, the summary stays under its limit', async () => {
    const files: Record<string, string> = { ...PLAN_REPO }
    for (let i = 0; i < 500; i++) files[`velero/b${i}.yaml`] = PLAN_REPO['velero/nightly.yaml']!.replace('name: nightly', `name: backup-number-${i}`)
    const r = await runIn(await workspaceWith(files), {})
    const section = r.summary.slice(r.summary.indexOf('<details>'))
    assert.ok(Buffer.byteLength(section) <= PLAN_SUMMARY_BYTES, String(Buffer.byteLength(section)))
    assert.match(section, /\n> \*\*The hook plan is cut short here:\*\* \d+ of 503 Backups, Schedules and Restores are shown in full\. The whole plan is in the output of velero-hooks plan, or the file the action writes with plan: true\.\n\n<\/details>\n$/)
  })
})

describe('plan: true', () => {
  it('writes the plan as JSON to velero-hooks-plan.json and sets the plan-file output', async () => {
    const ws = await workspaceWith(PLAN_REPO)
    const r = await runIn(ws, { plan: 'true' })
    assert.deepEqual(r.failed, [])
    assert.equal(r.outputs['plan-file'], 'velero-hooks-plan.json')
    const json = JSON.parse(await readFile(path.join(ws, 'velero-hooks-plan.json'), 'utf8')) as { backups: { name: string }[]; restores: { name: string }[] }
    assert.deepEqual([json.backups.map((b) => b.name), json.restores.map((x) => x.name)], [['elsewhere', 'nightly'], ['copy']])
    assert.match(r.summary, /The whole plan is in|<\/details>/)
  })

  it('writes to plan-file, relative to the workspace', async () => {
    const ws = await workspaceWith({ ...PLAN_REPO, 'out/.keep': '' })
    const r = await runIn(ws, { plan: 'true', 'plan-file': 'out/plan.json' })
    assert.deepEqual(r.failed, [])
    assert.equal(r.outputs['plan-file'], 'out/plan.json')
    assert.ok((await readFile(path.join(ws, 'out/plan.json'), 'utf8')).startsWith('{\n  "backups": [\n'))
  })

  it('refuses a plan-file that a symbolic link leads out of the workspace, and fails the step', async () => {
    const ws = await workspaceWith(PLAN_REPO)
    const outside = await mkdtemp(path.join(os.tmpdir(), 'vh-outside-'))
    dirs.push(outside)
    await symlink(outside, path.join(ws, 'links'))
    const r = await runIn(ws, { plan: 'true', 'plan-file': 'links/plan.json' })
    assert.equal(r.failed.length, 1)
    assert.match(r.failed[0]!, /^velero-hooks: could not write the hook plan to links\/plan\.json \(refused: a symbolic link on its path leads outside .+, and nothing is written outside the workspace\)$/)
    await assert.rejects(readFile(path.join(outside, 'plan.json')))
  })

  it('plan-file without plan: true is a usage error', async () => {
    const r = await runIn(await workspaceWith(PLAN_REPO), { 'plan-file': 'plan.json' })
    assert.deepEqual(r.failed, ['velero-hooks: plan-file names where plan: true writes the hook plan; set plan: true too, or leave plan-file empty'])
  })

  it('through the committed bundle: examples/plan, the plan file, its output and the summary', async () => {
    const files: Record<string, string> = {}
    for (const name of ['workloads.yaml', 'backup.yaml', 'schedule.yaml', 'restore.yaml']) files[`examples/plan/${name}`] = await readFile(path.join(repoRoot, 'examples', 'plan', name), 'utf8')
    const ran = await runAction({ files, inputs: { plan: 'true' }, collect: ['velero-hooks-plan.json'] })
    assert.equal(ran.code, 0, ran.stderr)
    assert.equal(ran.outputs['plan-file'], 'velero-hooks-plan.json')
    const plan = JSON.parse(ran.collected['velero-hooks-plan.json'] ?? 'null') as { backups: { name: string; pods: unknown[] }[] }
    assert.deepEqual(plan.backups.map((b) => [b.name, b.pods.length]), [['shop-nightly', 2], ['web-daily', 1]])
    assert.match(ran.summary, /<summary>Hook plan for Velero v1\.18\.2: 1 Backup, 1 Schedule, 1 Restore<\/summary>/)
  })
})

describe('the plan of the lint\'s model: a Helm chart rendered once (the real helm)', { skip: renderToolsUnavailable() ?? false }, () => {
  const CHART: Readonly<Record<string, string>> = {
    'velero/nightly.yaml': PLAN_REPO['velero/nightly.yaml']!,
    'charts/cache/Chart.yaml': 'apiVersion: v2\nname: cache\nversion: 1.0.0\n',
    'charts/cache/values.yaml': 'image: redis\n',
    'charts/cache/templates/cache.yaml':
      'apiVersion: apps/v1\nkind: Deployment\nmetadata:\n  name: cache\n  namespace: shop\nspec:\n  selector:\n    matchLabels: {app: cache}\n  template:\n    metadata:\n      labels: {app: cache}\n' +
      "      annotations:\n        pre.hook.backup.velero.io/command: '[\"/bin/redis-cli\", \"save\"]'\n    spec:\n      containers:\n        - name: redis\n          image: {{ .Values.image }}\n",
  }

  /** A helm that counts its runs in a file, then runs the real one. */
  async function countingHelm(): Promise<{ helm: string; runs: () => Promise<number> }> {
    const bin = await mkdtemp(path.join(os.tmpdir(), 'vh-helm-'))
    dirs.push(bin)
    const log = path.join(bin, 'runs.log')
    const helm = path.join(bin, 'helm')
    await writeFile(helm, `#!/bin/sh\necho "$1" >> '${log}'\nexec '${ensureRenderTools().helm}' "$@"\n`)
    await chmod(helm, 0o755)
    return { helm, runs: async () => (await readFile(log, 'utf8').catch(() => '')).split('\n').filter((l) => l === 'template').length }
  }

  it('shows the chart\'s pod in the summary and the plan file, and renders the chart no more often than the lint alone', async () => {
    const alone = await workspaceWith(CHART)
    const lintOnly = await countingHelm()
    const quiet = await runIn(alone, { helm: lintOnly.helm }, { summary: false })
    assert.deepEqual(quiet.failed, [])
    const ws = await workspaceWith(CHART)
    const counted = await countingHelm()
    const r = await runIn(ws, { helm: counted.helm, plan: 'true' })
    assert.deepEqual(r.failed, [])
    assert.ok((await lintOnly.runs()) >= 1, 'the lint renders the chart')
    assert.equal(await counted.runs(), await lintOnly.runs(), 'the plan renders nothing again')
    assert.ok(r.summary.includes('| Deployment shop/cache (charts/cache/templates/cache.yaml:4) | pre 1 | annotation (charts/cache/templates/cache.yaml:13) | redis \\(default\\) |'), r.summary)
    assert.doesNotMatch(r.summary, /Not in the plan/)
    const json = JSON.parse(await readFile(path.join(ws, 'velero-hooks-plan.json'), 'utf8')) as { backups: { name: string; pods: { workload: Record<string, unknown> }[] }[] }
    assert.deepEqual(json.backups.find((b) => b.name === 'nightly')?.pods.map((p) => p.workload), [{ kind: 'Deployment', namespace: 'shop', name: 'cache', file: 'charts/cache/templates/cache.yaml', line: 4 }])
  })
})
