// Preloaded (node --import) into a measured process: writes its peak RSS in bytes to
// $BENCH_RSS_FILE at exit, so bench.ts can measure a bundle it does not control. Worker threads
// inherit the preload; only the main thread reports (maxRSS is per process anyway).
import { writeFileSync } from 'node:fs'
import { isMainThread } from 'node:worker_threads'

if (isMainThread) {
  process.on('exit', () => {
    if (process.env.BENCH_RSS_FILE) writeFileSync(process.env.BENCH_RSS_FILE, String(process.resourceUsage().maxRSS * 1024))
  })
}
