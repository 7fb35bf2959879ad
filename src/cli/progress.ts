/**
 * A one-line progress counter on stderr for long runs on a terminal: nothing for the first two
 * seconds, then "checked N files…" redrawn at most ten times a second, erased at the end. It draws
 * only when a file finishes (no timer keeps the process alive), and never when stderr is not a
 * terminal, in CI (the CI variable is set), or for machine-readable formats.
 */

export const PROGRESS_DELAY_MS = 2000
const REDRAW_MS = 100

export interface ProgressOptions {
  write: (s: string) => void
  enabled: boolean
  now?: () => number
}

export interface Progress {
  /** One more file done. */
  tick(): void
  /** Erase the line (if one was drawn). */
  done(): void
}

export function shouldShowProgress(o: { stderrIsTty: boolean; env: Record<string, string | undefined>; format: string }): boolean {
  const ci = o.env.CI
  return o.stderrIsTty && (ci === undefined || ci === '' || ci === 'false' || ci === '0') && o.format === 'text'
}

export function createProgress(label: string, options: ProgressOptions): Progress {
  const now = options.now ?? Date.now
  const start = now()
  let count = 0
  let drawnAt = -Infinity
  let drawn = false
  return {
    tick() {
      count++
      if (!options.enabled) return
      const t = now()
      if (t - start < PROGRESS_DELAY_MS || t - drawnAt < REDRAW_MS) return
      drawnAt = t
      drawn = true
      options.write(`\r\u001b[Kvelero-hooks: ${label} ${count} file${count === 1 ? '' : 's'}…`)
    },
    done() {
      if (drawn) options.write('\r\u001b[K')
      drawn = false
    },
  }
}
