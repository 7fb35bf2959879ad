/**
 * The action's flow with fake dependencies: render/check plumbing (with a fake renderRepository,
 * since the real renderer lives in another module), lazy API use, token masking, error lines.
 */
import assert from 'node:assert/strict'
import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises'
import os from 'node:os'
import path from 'node:path'
import { after, before, describe, it } from 'node:test'
import type { GitHubApi } from '../../src/github/api.js'
import { run, type ActionCore, type ActionDeps } from '../../src/action/main.js'
import type { RawSettings } from '../../src/app/settings.js'
import type { RenderOptions, RenderResult } from '../../src/render/render-repo.js'
import { pods } from '../support/manifests.js'
import { finding } from '../sinks/fixtures.js'
import { countBySeverity, type Finding } from '../../src/engine/finding.js'

let workspace: string
before(async () => {
  workspace = await mkdtemp(path.join(os.tmpdir(), 'vh-main-'))
  await writeFile(path.join(workspace, 'pods.yaml'), pods(2, 'error').text)
  // More errors than GitHub shows as annotations.
  await mkdir(path.join(workspace, 'big'))
  await writeFile(path.join(workspace, 'big', 'p.yml'), pods(12, 'error').text)
})
after(() => rm(workspace, { recursive: true, force: true }))

function fakeCore() {
  const calls: Array<[string, ...unknown[]]> = []
  const record =
    (name: string) =>
    (...args: unknown[]) =>
      void calls.push([name, ...args])
  const core = {
    info: record('info'),
    debug: record('debug'),
    notice: record('notice'),
    warning: record('warning'),
    error: record('error'),
    setOutput: record('setOutput'),
    setFailed: record('setFailed'),
    setSecret: record('setSecret'),
    startGroup: record('startGroup'),
    endGroup: record('endGroup'),
  } as unknown as ActionCore
  const outputs = () => Object.fromEntries(calls.filter((c) => c[0] === 'setOutput').map((c) => [c[1], c[2]]))
  const of = (name: string) => calls.filter((c) => c[0] === name).map((c) => c.slice(1))
  return { core, calls, outputs, of }
}

function renderResult(findings: Finding[], extra: Partial<RenderResult> = {}): RenderResult {
  return {
    lint: { summary: { files: 2, documents: 2, resources: 2, hooks: 2, ...countBySeverity(findings) }, findings, skipped: [] },
    written: [],
    unchanged: [],
    stale: [],
    ...extra,
  }
}

function deps(inputs: RawSettings, overrides: Partial<ActionDeps> = {}) {
  const fake = fakeCore()
  const summaries: string[] = []
  const renderCalls: RenderOptions[] = []
  const connects: unknown[] = []
  const d: ActionDeps = {
    core: fake.core,
    env: { GITHUB_WORKSPACE: workspace, GITHUB_REPOSITORY: 'o/r', GITHUB_SHA: 'c'.repeat(40), GITHUB_EVENT_NAME: 'push' },
    readInputs: () => inputs,
    writeSummary: async (md) => void summaries.push(md),
    renderRepository: async (options) => {
      renderCalls.push(options)
      return renderResult([])
    },
    connectGitHub: async (options) => {
      connects.push(options)
      throw new Error('no network in unit tests')
    },
    ...overrides,
  }
  return { deps: d, ...fake, summaries, renderCalls, connects }
}

describe('action main', () => {
  it('lints with the defaults, never touching the API or the renderer', async () => {
    const t = deps({})
    await run(t.deps)
    assert.deepEqual(t.connects, [])
    assert.deepEqual(t.renderCalls, [])
    assert.deepEqual(t.of('setFailed'), [['velero-hooks: 14 errors reach fail-on: error']])
    assert.equal(t.of('error').length, 9, "9 file errors: setFailed's ::error:: is the tenth GitHub shows")
    assert.equal(t.outputs().errors, '14')
    assert.equal(t.outputs().files, '2')
    assert.equal(t.summaries.length, 1)
  })

  it('render mode passes the settings to renderRepository and outputs what it wrote', async () => {
    const t = deps(
      { mode: 'render', 'output-dir': 'out', 'volume-mounts': 'none', files: ['**/*.yaml'], ignore: ['vendor/**'] },
      {
        renderRepository: async (options) => {
          t.renderCalls.push(options)
          return renderResult([finding('warning', 'pods.yaml', 3)], { written: ['out/a.yaml', 'out/b.yaml'], unchanged: ['out/c.yaml'] })
        },
      },
    )
    await run(t.deps)
    // The rule set comes from the configuration file (none here: every rule at its default severity).
    assert.deepEqual(
      t.renderCalls.map(({ ruleSet: _ruleSet, onDiscovered: _onDiscovered, veleroElsewhere: _veleroElsewhere, ...rest }) => rest),
      [{ cwd: workspace, patterns: ['**/*.yaml'], ignore: ['vendor/**'], outputDir: 'out', volumeMounts: 'none', maxFileBytes: 16 * 1024 * 1024, mode: 'write', deferCrossResource: true }],
    )
    assert.ok((t.renderCalls[0]?.ruleSet?.rules.length ?? 0) > 20)
    assert.equal(t.outputs().rendered, 'out/a.yaml\nout/b.yaml')
    assert.equal(t.outputs().stale, '')
    assert.equal(t.outputs().warnings, '1')
    assert.deepEqual(t.of('setFailed'), [])
    assert.match(t.summaries[0]!, /Wrote 2 files to out\/; 1 file was already up to date\./)
  })

  it('check mode fails on stale renders with one line, and outputs them', async () => {
    const t = deps({ mode: 'check' })
    t.deps.renderRepository = async (options) => {
      t.renderCalls.push(options)
      return renderResult([], { stale: [{ path: 'rendered/a.yaml', reason: 'missing' }, { path: 'rendered/b.yaml', reason: 'different' }], unchanged: ['rendered/c.yaml'] })
    }
    await run(t.deps)
    assert.equal(t.renderCalls[0]!.mode, 'check')
    assert.equal(t.renderCalls[0]!.outputDir, 'rendered')
    assert.equal(t.outputs().stale, 'rendered/a.yaml\nrendered/b.yaml')
    assert.deepEqual(t.of('setFailed'), [['velero-hooks: 2 rendered files are out of date (1 missing, 1 different); run mode: render and commit the result']])
  })

  it('check mode names findings and stale files in the same line', async () => {
    const t = deps({ mode: 'check', 'fail-on': 'warning' })
    t.deps.renderRepository = async () => renderResult([finding('warning', 'pods.yaml', 3)], { stale: [{ path: 'rendered/x.yaml', reason: 'orphaned' }] })
    await run(t.deps)
    assert.deepEqual(t.of('setFailed'), [['velero-hooks: 1 warning reaches fail-on: warning; 1 rendered file is out of date (1 orphaned); run mode: render and commit the result']])
  })

  it('render mode does not fail on stale files (it just wrote them)', async () => {
    const t = deps({ mode: 'render' })
    t.deps.renderRepository = async () => renderResult([], { written: ['rendered/a.yaml'], stale: [{ path: 'rendered/a.yaml', reason: 'different' }] })
    await run(t.deps)
    assert.deepEqual(t.of('setFailed'), [])
  })

  it('masks the token first and connects only when check-run needs it, warning once on failure', async () => {
    const t = deps({ 'check-run': 'true', 'github-token': 'ghs_secret' })
    await run(t.deps)
    assert.deepEqual(t.calls[0], ['setSecret', 'ghs_secret'])
    assert.equal(t.connects.length, 1)
    const warnings = t.of('warning')
    assert.equal(warnings.length, 1)
    assert.match(String(warnings[0]![0]), /could not publish the check run "velero-hooks lint" \(no network in unit tests\)/)
    assert.ok(!JSON.stringify(t.calls.filter((c) => c[0] !== 'setSecret')).includes('ghs_secret'))
    assert.deepEqual(t.of('setFailed'), [['velero-hooks: 14 errors reach fail-on: error']])
  })

  it('uses the API once for both only-changed and ranking', async () => {
    const eventPath = path.join(workspace, 'event.json')
    await writeFile(eventPath, JSON.stringify({ number: 3, pull_request: { number: 3, head: { sha: 'e'.repeat(40), repo: { full_name: 'o/r' } }, base: { repo: { full_name: 'o/r' } } } }))
    let listCalls = 0
    const api: GitHubApi = {
      createCheckRun: async () => ({ id: 1, url: undefined }),
      updateCheckRun: async () => {},
      listPullRequestFiles: async () => (listCalls++, [{ filename: 'big/p.yml', status: 'modified' }]),
    }
    const t = deps({ files: ['big/*.yml'], 'only-changed': 'true', 'github-token': 'ghs_x' }, { connectGitHub: async () => api })
    t.deps.env = { ...t.deps.env, GITHUB_EVENT_NAME: 'pull_request', GITHUB_EVENT_PATH: eventPath }
    await run(t.deps)
    assert.equal(listCalls, 1)
    assert.equal(t.outputs().files, '1')
    assert.equal(t.outputs().errors, '12', 'errors overflow the annotation limit: ranking would want the list too')
  })

  it('leaves the job summary out of the "more" notice when there is no summary file', async () => {
    const t = deps({ files: ['big/*.yml'] }, { writeSummary: undefined })
    await run(t.deps)
    const notices = t.of('notice')
    assert.equal(notices.length, 1)
    assert.match(String(notices[0]![0]), /Every finding is listed in the step log\.$/)
  })

  it('fails with one line, after annotating, when the SARIF file cannot be written', async () => {
    await mkdir(path.join(workspace, 'a-directory.sarif'), { recursive: true })
    const t = deps({ files: ['pods.yaml'], 'sarif-file': 'a-directory.sarif', 'fail-on': 'never' })
    await run(t.deps)
    assert.equal(t.of('error').length, 2, 'the findings are still annotated')
    const failed = t.of('setFailed')
    assert.equal(failed.length, 1)
    assert.match(String(failed[0]![0]), /^velero-hooks: could not write the SARIF file a-directory\.sarif \(.+\)$/)
  })

  it('fails when files match nothing, naming them and the input that allows it', async () => {
    const t = deps({ files: ['nothing/**/*.yaml, nowhere/*.yml'] })
    await run(t.deps)
    assert.deepEqual(t.of('setFailed'), [
      ['velero-hooks: No files matching the patterns "nothing/**/*.yaml", "nowhere/*.yml" were found. Set allow-no-files: true to let the step pass when nothing matches.'],
    ])
    assert.deepEqual(t.of('error'), [], 'no annotations: nothing was checked')
  })

  it('passes with a notice when files match nothing and allow-no-files is true', async () => {
    const t = deps({ files: ['nothing/**/*.yaml'], 'allow-no-files': 'true' })
    await run(t.deps)
    assert.deepEqual(t.of('notice'), [['velero-hooks: no files match nothing/**/*.yaml; nothing was checked.']])
    assert.deepEqual(t.of('setFailed'), [])
    assert.equal(t.outputs().files, '0')
  })

  it('passes when one of the files globs matches and another does not (they are one list)', async () => {
    const t = deps({ files: ['pods.yaml\nnothing/**/*.yaml'] })
    await run(t.deps)
    assert.deepEqual(t.of('setFailed'), [['velero-hooks: 2 errors reach fail-on: error']])
    assert.equal(t.outputs().files, '1')
  })

  it('fails in render mode too when files match nothing, before rendering', async () => {
    const t = deps({ mode: 'render', files: ['nothing/*.yaml'] })
    t.deps.renderRepository = (await import('../../src/render/render-repo.js')).renderRepository
    await run(t.deps)
    assert.match(String(t.of('setFailed')[0]?.[0]), /^velero-hooks: No files matching the pattern "nothing\/\*\.yaml" were found\./)
  })

  it('only-changed: files that match nothing fail the step too', async () => {
    const eventPath = path.join(workspace, 'event-nothing.json')
    await writeFile(eventPath, JSON.stringify({ number: 4, pull_request: { number: 4, head: { sha: 'e'.repeat(40), repo: { full_name: 'o/r' } }, base: { repo: { full_name: 'o/r' } } } }))
    const api: GitHubApi = {
      createCheckRun: async () => ({ id: 1, url: undefined }),
      updateCheckRun: async () => {},
      listPullRequestFiles: async () => [{ filename: 'pods.yaml', status: 'modified' }],
    }
    const t = deps({ files: ['nothing/*.yaml'], 'only-changed': 'true', 'github-token': 'ghs_x' }, { connectGitHub: async () => api })
    t.deps.env = { ...t.deps.env, GITHUB_EVENT_NAME: 'pull_request', GITHUB_EVENT_PATH: eventPath }
    await run(t.deps)
    assert.match(String(t.of('setFailed')[0]?.[0]), /No files matching the pattern "nothing\/\*\.yaml" were found/)
  })

  it('lint mode skips the output-dir render writes, unless files name it', async () => {
    await mkdir(path.join(workspace, 'out'), { recursive: true })
    await writeFile(path.join(workspace, 'out', 'pods.yaml'), pods(2, 'error').text)
    try {
      const t = deps({ 'output-dir': 'out' })
      await run(t.deps)
      assert.equal(t.outputs().files, '2', 'pods.yaml and big/p.yml, not out/pods.yaml')
      const named = deps({ 'output-dir': 'out', files: ['out/*.yaml'] })
      await run(named.deps)
      assert.equal(named.outputs().files, '1')
      const other = deps({})
      await run(other.deps)
      assert.equal(other.outputs().files, '3', 'out/ is not the render output here (rendered/ is)')
    } finally {
      await rm(path.join(workspace, 'out'), { recursive: true, force: true })
    }
  })

  it('keeps every error annotation when the step passes (fail-on: never)', async () => {
    const t = deps({ 'fail-on': 'never' })
    await run(t.deps)
    assert.deepEqual(t.of('setFailed'), [])
    assert.equal(t.of('error').length, 10)
  })

  it('keeps an error slot for setFailed when a sink problem fails the step', async () => {
    await mkdir(path.join(workspace, 'another-directory.sarif'), { recursive: true })
    const t = deps({ files: ['big/p.yml'], 'sarif-file': 'another-directory.sarif', 'fail-on': 'never' })
    await run(t.deps)
    assert.equal(t.of('setFailed').length, 1)
    assert.equal(t.of('error').length, 9)
  })

  it('reports an unexpected failure as one line', async () => {
    const t = deps({ mode: 'render' })
    t.deps.renderRepository = async () => {
      throw new TypeError('boom')
    }
    await run(t.deps)
    assert.deepEqual(t.of('setFailed'), [['velero-hooks: internal error: boom']])
  })
})
