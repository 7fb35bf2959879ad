/**
 * What a pull request changed, from pulls.listFiles: which files (for only-changed) and which lines
 * of their new version (to show findings the author just wrote before older ones).
 */
import type { ChangedLines } from '../report/changed-lines.js'
import type { PullRequestFile } from './api.js'

export type { ChangedLines }

export interface PullRequestChanges {
  lines: ChangedLines
  /** False when GitHub's 3,000-file cap was reached: the list may be missing files. */
  complete: boolean
}

/** pulls.listFiles returns at most this many files, whatever the pagination says. */
export const LIST_FILES_LIMIT = 3000

const HUNK = /^@@ -\d+(?:,\d+)? \+(\d+)(?:,\d+)? @@/

/** Line numbers (1-based, new side) of the '+' lines of a unified diff as GitHub returns it. */
export function addedLines(patch: string): Set<number> {
  const lines = new Set<number>()
  let next: number | undefined
  for (const line of patch.split('\n')) {
    const hunk = HUNK.exec(line)
    if (hunk) {
      next = Number(hunk[1])
      continue
    }
    if (next === undefined) continue
    if (line.startsWith('+')) lines.add(next++)
    else if (line.startsWith(' ') || line === '') next++
    // '-' lines and "\ No newline at end of file" do not exist on the new side.
  }
  return lines
}

export function changesFromFiles(files: readonly PullRequestFile[]): PullRequestChanges {
  const lines = new Map<string, ReadonlySet<number> | 'all'>()
  for (const f of files) {
    if (f.status === 'removed') continue
    lines.set(f.filename, f.patch === undefined ? 'all' : addedLines(f.patch))
  }
  return { lines, complete: files.length < LIST_FILES_LIMIT }
}

