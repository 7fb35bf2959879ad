/**
 * The repository model the hook plan is made from, read from the files a run discovers: each file
 * through the safe reader (regular files only, the size limit) and factsOfText. One function, so it
 * can give way to the model the lint itself builds once runLint returns it.
 *
 * Files are named relative to the directory the command runs in (settings.reportDir), as findings are.
 */
import path from 'node:path'
import type { DiscoveredFile, SkippedPath } from '../engine/discover.js'
import { factsOfText } from '../engine/repo-facts.js'
import { buildRepoModel, type FileFacts, type RepoModel } from '../engine/repo-model.js'
import { readRegularFile } from '../io/safe-read.js'

export interface PlanModel {
  repo: RepoModel
  /** Files not read, and why (over the size limit, not a regular file, unreadable). */
  unread: SkippedPath[]
}

/** No Velero object without its apiVersion: a repository without this text has no hook plan to make. */
const VELERO_API = 'velero.io/'

/**
 * The model of the discovered files. Files are read twice at most: once to see whether any holds a
 * Velero object (most repositories: none, and nothing is parsed), then each is parsed for its facts.
 */
export async function readPlanModel(files: readonly DiscoveredFile[], options: { maxFileBytes: number; reportDir: string }): Promise<PlanModel> {
  const unread = new Map<string, SkippedPath>()
  const name = (f: DiscoveredFile): string => path.relative(options.reportDir, f.absolute).split(path.sep).join('/')
  const read = async (f: DiscoveredFile): Promise<Buffer | undefined> => {
    const r = await readRegularFile(f.absolute, options.maxFileBytes)
    if (r.ok) return r.bytes
    // A file deleted since discovery is simply gone; any other failure is said.
    if (r.code !== 'ENOENT') unread.set(name(f), { path: name(f), reason: r.why })
    return undefined
  }
  let anyVelero = false
  for (const f of files) {
    if ((await read(f))?.includes(VELERO_API)) {
      anyVelero = true
      break
    }
  }
  if (!anyVelero) return { repo: buildRepoModel([]), unread: [...unread.values()] }
  const facts: FileFacts[] = []
  for (const f of files) {
    const bytes = await read(f)
    if (bytes) facts.push(factsOfText(name(f), bytes.toString('utf8')))
  }
  return { repo: buildRepoModel(facts), unread: [...unread.values()] }
}

/** The model of a manifest read from standard input, named as findings name it. */
export function stdinPlanModel(name: string, text: string): PlanModel {
  return { repo: buildRepoModel([factsOfText(name, text)]), unread: [] }
}
