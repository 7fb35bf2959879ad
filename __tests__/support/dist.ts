/**
 * The bundle tests run dist/ (dist/index.js, dist/cli/index.js), which is built from src/: without a
 * check they would test whatever dist/ holds, not the sources just edited. ensureFreshDist() compares
 * the hash of the build inputs with the stamp the build wrote (dist/inputs.sha256, see
 * scripts/dist-inputs.mjs); when they differ it runs the build once and checks again, and throws
 * "dist/ is stale and could not be rebuilt: …" when that does not help.
 *
 * The test runner runs two test files at a time, so the build runs under an exclusive lock (a
 * directory in os.tmpdir() named after the repository path); whoever waited for it checks the stamp
 * again and finds the other process's build.
 */
import { spawnSync } from 'node:child_process'
import { createHash } from 'node:crypto'
import { mkdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { fileURLToPath } from 'node:url'
import { distInputsHash, STAMP } from '../../scripts/dist-inputs.mjs'

const REPO_ROOT = fileURLToPath(new URL('../..', import.meta.url))

export interface FreshDistOptions {
  /** The repository (default: this one). */
  root?: string
  /** How long to wait for another process's build before giving up (default 10 minutes). */
  lockWaitMs?: number
  /** Where the "running the build" line goes (default: stderr). */
  log?: (line: string) => void
}

export interface FreshDistResult {
  /** True when this call ran the build. */
  built: boolean
}

const freshRoots = new Set<string>()
/** A failed build is not tried again by the same process: every later call throws its error. */
const failedRoots = new Map<string, Error>()

/** Throws unless dist/ under root is built from root's current sources, building it first if needed. */
export function ensureFreshDist(options: FreshDistOptions = {}): FreshDistResult {
  const root = path.resolve(options.root ?? REPO_ROOT)
  if (freshRoots.has(root)) return { built: false }
  const failed = failedRoots.get(root)
  if (failed) throw failed
  try {
    return check(root, options)
  } catch (e) {
    failedRoots.set(root, e as Error)
    throw e
  }
}

function check(root: string, options: FreshDistOptions): FreshDistResult {
  if (staleness(root) === undefined) {
    freshRoots.add(root)
    return { built: false }
  }
  const release = acquireLock(root, options.lockWaitMs ?? 10 * 60_000)
  let built = false
  try {
    // Another test process may have built it while this one waited for the lock.
    const why = staleness(root)
    if (why !== undefined) {
      built = true
      const log = options.log ?? ((line: string) => void process.stderr.write(line))
      log(`dist/ is stale (${why}); running the build (commit dist/ afterwards)\n`)
      const run = spawnSync(process.execPath, [path.join(root, 'scripts', 'build.mjs')], {
        cwd: root,
        encoding: 'utf8',
        // The build is no test: keep the runner's context variables away from it.
        env: Object.fromEntries(Object.entries(process.env).filter(([k]) => k !== 'NODE_TEST_CONTEXT')),
        maxBuffer: 64 * 1024 * 1024,
      })
      if (run.status !== 0) {
        const output = `${run.stdout ?? ''}${run.stderr ?? ''}`.trim().split('\n').slice(-20).join('\n')
        const how = run.error ? run.error.message : run.signal ? `killed by ${run.signal}` : `exit code ${run.status}`
        throw new Error(`dist/ is stale and could not be rebuilt: 'node scripts/build.mjs' failed (${how})${output ? `:\n${output}` : ''}`)
      }
    }
  } finally {
    release()
  }
  const still = staleness(root)
  if (still !== undefined) throw new Error(`dist/ is stale and could not be rebuilt: after the build, ${still}`)
  freshRoots.add(root)
  return { built }
}

/** Why dist/ under root is stale, or undefined when its stamp matches the sources. */
export function staleness(root: string): string | undefined {
  let stamp: string
  try {
    stamp = readFileSync(path.join(root, 'dist', STAMP), 'utf8').trim()
  } catch {
    return `dist/${STAMP} is missing`
  }
  const actual = distInputsHash(root)
  return stamp === actual ? undefined : `dist/${STAMP} says ${stamp.slice(0, 12)}…, the sources hash to ${actual.slice(0, 12)}…`
}

/** The lock directory for a repository: one per path, shared by every process on this machine. */
export function lockPath(root: string): string {
  const key = createHash('sha256').update(path.resolve(root)).digest('hex').slice(0, 16)
  return path.join(os.tmpdir(), `velero-hooks-dist-${key}.lock`)
}

const sleep = (ms: number): void => {
  Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, ms)
}

/** True when the lock's owner process is gone (or never wrote its pid and the lock is old). */
function ownerGone(lock: string): boolean {
  let pid: number
  try {
    pid = Number(readFileSync(path.join(lock, 'owner'), 'utf8'))
  } catch {
    try {
      return Date.now() - statSync(lock).mtimeMs > 60_000
    } catch {
      return false // released meanwhile: the next mkdir decides
    }
  }
  if (!Number.isInteger(pid) || pid <= 0) return true
  try {
    process.kill(pid, 0)
    return false
  } catch (e) {
    return (e as NodeJS.ErrnoException).code === 'ESRCH'
  }
}

function acquireLock(root: string, waitMs: number): () => void {
  const lock = lockPath(root)
  const deadline = Date.now() + waitMs
  for (;;) {
    try {
      mkdirSync(lock)
      writeFileSync(path.join(lock, 'owner'), String(process.pid))
      return () => rmSync(lock, { recursive: true, force: true })
    } catch (e) {
      if ((e as NodeJS.ErrnoException).code !== 'EEXIST') throw e
    }
    if (ownerGone(lock)) {
      rmSync(lock, { recursive: true, force: true })
      continue
    }
    if (Date.now() > deadline) {
      throw new Error(`dist/ is stale and could not be rebuilt: another process held the build lock ${lock} for over ${Math.round(waitMs / 1000)} s (remove it if no build is running)`)
    }
    sleep(250)
  }
}
