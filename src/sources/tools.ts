/**
 * Finding and running the real renderers (helm, kustomize or kubectl). They run with a deadline,
 * bounded output, no shell, and an environment that reaches no cluster and no user configuration:
 * a chart or overlay proposed in a pull request must not be able to hang the check, fill memory or
 * talk to anything through the runner's credentials.
 */
import { spawn } from 'node:child_process'
import { accessSync, constants, statSync } from 'node:fs'
import path from 'node:path'

export interface ToolRun {
  command: string
  args: readonly string[]
  cwd: string
  /** Killed (SIGKILL, whole process group) after this long. */
  timeoutMs: number
  /** Output past this many bytes ends the run as failed. */
  maxOutputBytes?: number
  /** Replaces the sandboxed environment's variables of the same name (e.g. HELM_CACHE_HOME). */
  env?: Readonly<Record<string, string>>
}

export interface ToolResult {
  /** Exit code; null when killed. */
  code: number | null
  stdout: string
  stderr: string
  timedOut: boolean
  /** Output went over maxOutputBytes. */
  overflow: boolean
  /** The command could not be started (ENOENT, EACCES): its message. */
  spawnError?: string
}

export const DEFAULT_MAX_OUTPUT_BYTES = 64 * 1024 * 1024

/**
 * The variables a renderer sees: PATH (to find its own helpers) and locale only. No KUBECONFIG, no
 * cloud credentials, no GITHUB_TOKEN, no proxy settings; HOME points at an empty directory.
 */
export function sandboxEnv(home: string, extra: Readonly<Record<string, string>> = {}): NodeJS.ProcessEnv {
  return {
    PATH: process.env.PATH ?? '/usr/bin:/bin',
    HOME: home,
    LANG: 'C.UTF-8',
    KUBECONFIG: path.join(home, 'no-kubeconfig'),
    ...extra,
  }
}

/** An executable file named `name` on PATH (or the given path itself), else undefined. */
export function findExecutable(name: string, envPath: string | undefined = process.env.PATH): string | undefined {
  if (name.includes('/') || name.includes(path.sep)) return isExecutable(name) ? path.resolve(name) : undefined
  for (const dir of (envPath ?? '').split(path.delimiter)) {
    if (!dir) continue
    const candidate = path.join(dir, name)
    if (isExecutable(candidate)) return candidate
  }
  return undefined
}

function isExecutable(file: string): boolean {
  try {
    if (!statSync(file).isFile()) return false
    accessSync(file, constants.X_OK)
    return true
  } catch {
    return false
  }
}

export function runTool(run: ToolRun, home: string): Promise<ToolResult> {
  const limit = run.maxOutputBytes ?? DEFAULT_MAX_OUTPUT_BYTES
  return new Promise((resolve) => {
    const child = spawn(run.command, [...run.args], {
      cwd: run.cwd,
      env: sandboxEnv(home, run.env),
      stdio: ['ignore', 'pipe', 'pipe'],
      // Its own process group, so a timeout kills whatever the tool started too.
      detached: process.platform !== 'win32',
    })
    const out: Buffer[] = []
    const err: Buffer[] = []
    let bytes = 0
    let timedOut = false
    let overflow = false
    const kill = (): void => {
      try {
        if (child.pid !== undefined && process.platform !== 'win32') process.kill(-child.pid, 'SIGKILL')
        else child.kill('SIGKILL')
      } catch {
        // Already gone.
      }
    }
    const timer = setTimeout(() => {
      timedOut = true
      kill()
    }, run.timeoutMs)
    const collect = (into: Buffer[]) => (chunk: Buffer) => {
      bytes += chunk.length
      if (bytes > limit) {
        if (!overflow) kill()
        overflow = true
        return
      }
      into.push(chunk)
    }
    child.stdout.on('data', collect(out))
    child.stderr.on('data', collect(err))
    child.on('error', (e) => {
      clearTimeout(timer)
      resolve({ code: null, stdout: '', stderr: '', timedOut: false, overflow: false, spawnError: e.message })
    })
    child.on('close', (code) => {
      clearTimeout(timer)
      resolve({ code, stdout: Buffer.concat(out).toString('utf8'), stderr: Buffer.concat(err).toString('utf8'), timedOut, overflow })
    })
  })
}

/** Runs tasks with at most `limit` at once, keeping their order in the result. */
export async function mapLimited<T, R>(items: readonly T[], limit: number, task: (item: T, index: number) => Promise<R>): Promise<R[]> {
  const results = new Array<R>(items.length)
  let next = 0
  const worker = async (): Promise<void> => {
    while (next < items.length) {
      const i = next++
      results[i] = await task(items[i]!, i)
    }
  }
  await Promise.all(Array.from({ length: Math.max(1, Math.min(limit, items.length)) }, worker))
  return results
}

/** The first lines of a tool's error output, for a finding's message (bounded: it is quoted). */
export function firstLines(text: string, lines = 3, chars = 400): string {
  const kept = text
    .split('\n')
    .map((l) => l.trim())
    .filter((l) => l !== '')
    .slice(0, lines)
    .join(' ')
  return kept.length > chars ? `${kept.slice(0, chars)}…` : kept
}
