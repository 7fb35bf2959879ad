/**
 * Runs the committed action bundle the way a runner does: a child process (asynchronous, so a fake
 * API server in the test process can answer it) with GITHUB_* and INPUT_* variables, an event
 * payload file, and GITHUB_OUTPUT / GITHUB_STEP_SUMMARY files. The bundle is copied to a temporary
 * directory first, so it must run with no node_modules anywhere above it. dist/ is rebuilt first when
 * it is stale (ensureFreshDist), so the tests run the sources as they are now.
 */
import { spawn } from 'node:child_process'
import { rmSync } from 'node:fs'
import { cp, mkdir, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises'
import os from 'node:os'
import path from 'node:path'
import { fileURLToPath } from 'node:url'
import { ensureFreshDist } from './dist.js'

export const repoRoot = fileURLToPath(new URL('../..', import.meta.url))

let bundle: Promise<string> | undefined

/** dist/ (rebuilt first if stale), copied away from the repository's node_modules; returns the index.js path. */
export function committedBundle(): Promise<string> {
  return (bundle ??= (async () => {
    ensureFreshDist()
    const dir = await mkdtemp(path.join(os.tmpdir(), 'vh-dist-'))
    await cp(path.join(repoRoot, 'dist'), path.join(dir, 'dist'), { recursive: true })
    process.on('exit', () => rmSync(dir, { recursive: true, force: true }))
    return path.join(dir, 'dist', 'index.js')
  })())
}

export interface WorkflowCommand {
  command: string
  properties: Record<string, string>
  message: string
}

export interface ParsedLog {
  /** The commands a runner would act on (inside ::stop-commands:: blocks nothing is acted on). */
  commands: WorkflowCommand[]
  /** Lines a runner would take as legacy ##[command]s, outside stop-commands blocks. */
  legacyCommands: string[]
}

const unescapeData = (s: string): string => s.replace(/%0D/g, '\r').replace(/%0A/g, '\n').replace(/%25/g, '%')
const unescapeProperty = (s: string): string => s.replace(/%3A/g, ':').replace(/%2C/g, ',').replace(/%0D/g, '\r').replace(/%0A/g, '\n').replace(/%25/g, '%')

/** Parses stdout as the runner does (ActionCommand.TryParseV2, with stop-commands). */
export function parseWorkflowCommands(stdout: string): ParsedLog {
  const commands: WorkflowCommand[] = []
  const legacyCommands: string[] = []
  let stopToken: string | undefined
  for (const raw of stdout.split('\n')) {
    const line = raw.trim()
    if (!line.startsWith('::')) {
      if (!stopToken && line.includes('##[')) legacyCommands.push(line)
      continue
    }
    const end = line.indexOf('::', 2)
    if (end < 0) continue
    const info = line.slice(2, end)
    const space = info.indexOf(' ')
    const command = space < 0 ? info : info.slice(0, space)
    const properties: Record<string, string> = {}
    if (space >= 0) {
      for (const pair of info.slice(space + 1).split(',')) {
        const eq = pair.indexOf('=')
        if (eq > 0) properties[pair.slice(0, eq)] = unescapeProperty(pair.slice(eq + 1))
      }
    }
    const message = unescapeData(line.slice(end + 2))
    if (stopToken) {
      if (command === stopToken) stopToken = undefined
      continue
    }
    if (command === 'stop-commands') {
      stopToken = message
      continue
    }
    commands.push({ command, properties, message })
  }
  return { commands, legacyCommands }
}

/** GITHUB_OUTPUT's `name<<delimiter … delimiter` blocks. */
export function parseOutputFile(text: string): Record<string, string> {
  const outputs: Record<string, string> = {}
  const lines = text.split('\n')
  for (let i = 0; i < lines.length; i++) {
    const m = /^([^<=]+)<<(.+)$/.exec(lines[i]!)
    if (!m) continue
    const [, name, delimiter] = m
    const value: string[] = []
    for (i++; i < lines.length && lines[i] !== delimiter; i++) value.push(lines[i]!)
    outputs[name!] = value.join('\n')
  }
  return outputs
}

export interface PullRequestEventOptions {
  number?: number
  headSha?: string
  baseSha?: string
  /** owner/name of the head repository; differs from the base for a fork. */
  headRepo?: string | null
  baseRepo?: string
}

/** A pull_request "synchronize" payload with the fields GitHub sends that the action could read. */
export function pullRequestEvent(o: PullRequestEventOptions = {}): Record<string, unknown> {
  const number = o.number ?? 7
  const baseRepo = o.baseRepo ?? 'octo-org/manifests'
  const headRepo = o.headRepo === undefined ? baseRepo : o.headRepo
  const [owner] = baseRepo.split('/')
  const repo = (fullName: string, fork: boolean) => ({
    id: fork ? 222 : 111,
    name: fullName.split('/')[1],
    full_name: fullName,
    fork,
    owner: { login: fullName.split('/')[0], type: 'Organization' },
    html_url: `https://github.com/${fullName}`,
  })
  return {
    action: 'synchronize',
    number,
    pull_request: {
      number,
      state: 'open',
      title: 'Add backup hooks',
      html_url: `https://github.com/${baseRepo}/pull/${number}`,
      head: { ref: 'feature/hooks', sha: o.headSha ?? 'a'.repeat(40), label: `${owner}:feature/hooks`, repo: headRepo === null ? null : repo(headRepo, headRepo !== baseRepo) },
      base: { ref: 'main', sha: o.baseSha ?? 'b'.repeat(40), label: `${owner}:main`, repo: repo(baseRepo, false) },
      user: { login: 'contributor' },
    },
    repository: repo(baseRepo, false),
    sender: { login: 'contributor' },
  }
}

export interface RunOptions {
  /** Workspace files: relative path → content. */
  files: Record<string, string>
  inputs?: Record<string, string>
  event?: { name: string; payload: Record<string, unknown> }
  apiUrl?: string
  env?: Record<string, string>
  timeoutMs?: number
  /** Workspace files to read back after the run (the workspace is deleted afterwards). */
  collect?: string[]
  /** Another copy of the bundle to run (default: the committed one). */
  bundle?: string
}

export interface ActionRun extends ParsedLog {
  code: number | null
  stdout: string
  stderr: string
  outputs: Record<string, string>
  summary: string
  annotations: WorkflowCommand[]
  /** The `collect` files: content, or undefined when missing. */
  collected: Record<string, string | undefined>
}

export async function runAction(options: RunOptions): Promise<ActionRun> {
  const index = options.bundle ?? (await committedBundle())
  const root = await mkdtemp(path.join(os.tmpdir(), 'vh-run-'))
  try {
    const workspace = path.join(root, 'workspace')
    await mkdir(workspace)
    for (const [file, content] of Object.entries(options.files)) {
      await mkdir(path.dirname(path.join(workspace, file)), { recursive: true })
      await writeFile(path.join(workspace, file), content)
    }
    const outputFile = path.join(root, 'output')
    const summaryFile = path.join(root, 'summary.md')
    const eventFile = path.join(root, 'event.json')
    await writeFile(outputFile, '')
    await writeFile(summaryFile, '')
    const event = options.event ?? { name: 'push', payload: { ref: 'refs/heads/main', repository: { full_name: 'octo-org/manifests' } } }
    await writeFile(eventFile, JSON.stringify(event.payload, null, 2))
    // Only what a runner sets: nothing from the test's own environment (which may be a runner).
    const env: Record<string, string> = {
      PATH: process.env.PATH ?? '',
      HOME: root,
      CI: 'true',
      GITHUB_ACTIONS: 'true',
      GITHUB_WORKSPACE: workspace,
      GITHUB_EVENT_NAME: event.name,
      GITHUB_EVENT_PATH: eventFile,
      GITHUB_OUTPUT: outputFile,
      GITHUB_STEP_SUMMARY: summaryFile,
      GITHUB_REPOSITORY: 'octo-org/manifests',
      GITHUB_SHA: 'c'.repeat(40),
      GITHUB_SERVER_URL: 'https://github.com',
      GITHUB_API_URL: options.apiUrl ?? 'http://127.0.0.1:9',
      GITHUB_JOB: 'manifests',
      RUNNER_TEMP: root,
      ...options.env,
    }
    for (const [name, value] of Object.entries(options.inputs ?? {})) env[`INPUT_${name.replace(/ /g, '_').toUpperCase()}`] = value
    const child = spawn(process.execPath, [index], { cwd: workspace, env, stdio: ['ignore', 'pipe', 'pipe'] })
    let stdout = ''
    let stderr = ''
    child.stdout.setEncoding('utf8').on('data', (d: string) => (stdout += d))
    child.stderr.setEncoding('utf8').on('data', (d: string) => (stderr += d))
    const timer = setTimeout(() => child.kill('SIGKILL'), options.timeoutMs ?? 60_000)
    const code = await new Promise<number | null>((resolve, reject) => {
      child.on('error', reject)
      child.on('close', (c) => resolve(c))
    }).finally(() => clearTimeout(timer))
    const parsed = parseWorkflowCommands(stdout)
    const collected: Record<string, string | undefined> = {}
    for (const file of options.collect ?? []) collected[file] = await readFile(path.join(workspace, file), 'utf8').catch(() => undefined)
    return {
      code,
      stdout,
      stderr,
      ...parsed,
      annotations: parsed.commands.filter((c) => ['error', 'warning', 'notice'].includes(c.command)),
      outputs: parseOutputFile(await readFile(outputFile, 'utf8')),
      summary: await readFile(summaryFile, 'utf8'),
      collected,
    }
  } finally {
    await rm(root, { recursive: true, force: true })
  }
}
