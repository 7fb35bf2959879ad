/**
 * Runs one stage on one directory in this (fresh) process: one pass whose peak RSS is the stage's
 * (maxRSS right after it, before anything else ran), then timed passes until the time budget or
 * the maximum count is reached. Prints one JSON line.
 *
 * bench.ts runs this file bundled by ncc (as the CLI ships), with the lint worker bundled beside
 * it as <bundle>/lint-worker/index.js (as dist/ holds it), so lint workers run shipped code too.
 *
 * Usage: node <bundle>/index.js <stage-id> <dir> <minReps> <maxReps> <budgetMs>
 */
import { useLintWorkers } from '../src/engine/lint-pool.js'
import { bundledLintWorkers } from '../src/worker-rules.js'
import { stageById, type StageCounts } from './stages.js'
import { childrenCpuMs, median, threadCpuMs } from './stats.js'

export interface StageMeasurement extends StageCounts {
  stage: string
  skipped?: string
  timesMs: number[]
  medianMs: number
  /** CPU time of this (main) thread per pass: unlike wall time, unaffected by other processes. */
  threadCpuMs?: number
  /** CPU time of the whole process (all threads, GC helpers included) per pass. */
  processCpuMs: number
  /** CPU time of the child processes it ran (helm, kubectl) per pass. */
  childCpuMs?: number
  /** maxRSS after the first pass: one cold pass in a fresh process. */
  peakRssBytes: number
}

async function main(): Promise<void> {
  const [id, dir, minText, maxText, budgetText] = process.argv.slice(2)
  if (!id || !dir) throw new Error('usage: run-stage <stage> <dir> [minReps] [maxReps] [budgetMs]')
  const stage = stageById(id)
  const skipped = await stage.available()
  if (skipped) {
    process.stdout.write(`${JSON.stringify({ stage: id, skipped, files: 0, timesMs: [], medianMs: 0, peakRssBytes: 0 })}\n`)
    return
  }
  const minReps = Number(minText ?? 3)
  const maxReps = Number(maxText ?? 7)
  const budgetMs = Number(budgetText ?? 8000)
  // The first pass doubles as the warm-up (JIT, file cache).
  let counts = await stage.run(dir)
  const peakRssBytes = process.resourceUsage().maxRSS * 1024
  const timesMs: number[] = []
  const threadCpu: number[] = []
  const processCpu: number[] = []
  const childCpu: number[] = []
  const started = performance.now()
  while (timesMs.length < maxReps && (timesMs.length < minReps || performance.now() - started < budgetMs)) {
    const cpu0 = threadCpuMs()
    const usage0 = process.cpuUsage()
    const children0 = childrenCpuMs()
    const t0 = performance.now()
    counts = await stage.run(dir)
    timesMs.push(performance.now() - t0)
    const usage = process.cpuUsage(usage0)
    processCpu.push((usage.user + usage.system) / 1000)
    const children1 = childrenCpuMs()
    if (children0 !== undefined && children1 !== undefined) childCpu.push(children1 - children0)
    const cpu1 = threadCpuMs()
    if (cpu0 !== undefined && cpu1 !== undefined) threadCpu.push(cpu1 - cpu0)
  }
  const result: StageMeasurement = {
    stage: id,
    ...counts,
    timesMs,
    medianMs: median(timesMs),
    threadCpuMs: threadCpu.length ? median(threadCpu) : undefined,
    processCpuMs: median(processCpu),
    childCpuMs: childCpu.length ? median(childCpu) : undefined,
    peakRssBytes,
  }
  process.stdout.write(`${JSON.stringify(result)}\n`)
}

useLintWorkers(bundledLintWorkers('./lint-worker/index.js', import.meta.url))
main().catch((e: unknown) => {
  process.stderr.write(`run-stage: ${(e as Error)?.stack ?? String(e)}\n`)
  process.exitCode = 1
})
