/**
 * Helpers for hostile-repository tests: a temp dir of workspaces, the CLI from source, and the
 * action run in-process with a recording core (the runner's log).
 */
import { spawnSync } from 'node:child_process'
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { fileURLToPath } from 'node:url'
import { run, type ActionCore } from '../../src/action/main.js'
import type { RawSettings } from '../../src/app/settings.js'
import { renderRepository } from '../../src/render/render-repo.js'

export const REPO_ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..')

/** The CLI from source, run from the repository (where tsx resolves). */
export const cli = (...args: string[]) => spawnSync(process.execPath, ['--import', 'tsx', path.join(REPO_ROOT, 'src', 'cli-main.ts'), ...args], { cwd: REPO_ROOT, encoding: 'utf8', timeout: 120_000 })

/** A temp dir for one test file; `workspace(name, files)` makes a fresh directory in it. */
export function tempWorkspaces(prefix: string): { workspace: (name: string, files?: Record<string, string | Buffer>) => string; remove: () => void; dir: () => string } {
  let dir: string | undefined
  const base = (): string => (dir ??= mkdtempSync(path.join(tmpdir(), prefix)))
  return {
    dir: base,
    workspace(name, files = {}) {
      const root = path.join(base(), name)
      mkdirSync(root, { recursive: true })
      for (const [rel, content] of Object.entries(files)) {
        mkdirSync(path.dirname(path.join(root, rel)), { recursive: true })
        writeFileSync(path.join(root, rel), content)
      }
      return root
    },
    remove: () => {
      if (dir) rmSync(dir, { recursive: true, force: true })
    },
  }
}

/** The action on a workspace with these inputs, recording every call on its core (the runner's log). */
export async function runActionIn(root: string, inputs: RawSettings, env: Record<string, string> = {}) {
  const calls: Array<[string, ...unknown[]]> = []
  const record = (name: string) => (...args: unknown[]) => void calls.push([name, ...args])
  const core = Object.fromEntries(['info', 'debug', 'notice', 'warning', 'error', 'setOutput', 'setFailed', 'setSecret', 'startGroup', 'endGroup'].map((n) => [n, record(n)])) as unknown as ActionCore
  const summaries: string[] = []
  await run({
    core,
    env: { GITHUB_WORKSPACE: root, GITHUB_REPOSITORY: 'o/r', GITHUB_SHA: 'c'.repeat(40), GITHUB_EVENT_NAME: 'push', ...env },
    readInputs: () => inputs,
    writeSummary: async (md) => void summaries.push(md),
    renderRepository,
    connectGitHub: async () => {
      throw new Error('no network in these tests')
    },
  })
  const of = (name: string) => calls.filter((c) => c[0] === name).map((c) => c.slice(1))
  return { calls, of, summaries, outputs: Object.fromEntries(of('setOutput').map(([k, v]) => [k, v])) as Record<string, string> }
}
