/**
 * Which of the patterns a user gave matched no file: the command line never passes silently
 * because of a typo in a path or glob. Decided from what discovery found, per pattern.
 */
import { statSync } from 'node:fs'
import path from 'node:path'
import fg from 'fast-glob'
import picomatch from 'picomatch'
import type { Discovery } from './discover.js'

const toPosix = (p: string): string => p.split(path.sep).join('/')

function isInside(child: string, parent: string): boolean {
  const rel = path.relative(parent, child)
  return rel === '' || (!rel.startsWith('..') && !path.isAbsolute(rel))
}

/** A test of absolute paths: the file named, a file under the directory named, or a glob match. */
function patternMatcher(cwd: string, pattern: string): (absolute: string) => boolean {
  if (!fg.isDynamicPattern(pattern)) {
    const named = path.resolve(cwd, pattern)
    let isDirectory: boolean | undefined
    try {
      isDirectory = statSync(named).isDirectory()
    } catch {
      isDirectory = undefined
    }
    if (isDirectory === true) return (file) => isInside(file, named)
    if (isDirectory === false) return (file) => file === named
  }
  const isMatch = picomatch(toPosix(pattern).replace(/^(\.\/)+/, ''))
  return (file) => isMatch(toPosix(path.relative(cwd, file)))
}

/**
 * The patterns that matched none of the discovered files (nor a path discovery skipped and
 * reported), in the order given. cwd: the base directory the patterns are relative to.
 */
export function unmatchedPatterns(cwd: string, patterns: readonly string[], discovery: Discovery): string[] {
  const base = path.resolve(cwd)
  const paths = [...discovery.files.map((f) => f.absolute), ...discovery.skipped.map((s) => path.resolve(base, s.path))]
  return patterns.filter((pattern) => {
    // A negated glob (fast-glob's "!x") excludes files: it has nothing to match.
    if (pattern.startsWith('!')) return false
    const matches = patternMatcher(base, pattern)
    return !paths.some(matches)
  })
}
