/**
 * A pattern that matches no file is a usage error (as in ESLint): `velero-hooks lint deploi/` must
 * not print "no problems". Checked once discovery has run, before any file is read or written.
 */
import { discoverFiles, type Discovery } from '../engine/discover.js'
import { unmatchedPatterns } from '../engine/unmatched.js'
import { UsageError } from '../errors.js'
import type { Settings } from './settings.js'

/** Patterns that matched no file; the message has one line per pattern (or one for the patterns together). */
export class UnmatchedPatternError extends UsageError {
  override name = 'UnmatchedPatternError'

  constructor(
    message: string,
    readonly patterns: readonly string[],
  ) {
    super(message)
  }
}

const quoted = (patterns: readonly string[]): string => patterns.map((p) => `"${p}"`).join(', ')

/** One line, with the reason when ignore globs (--ignore, the configuration, rendered/) hid every file. */
function unmatchedLine(group: readonly string[], allIgnored: boolean): string {
  const [what, they] = group.length === 1 ? [`the pattern ${quoted(group)}`, 'it matches'] : [`the patterns ${quoted(group)}`, 'they match']
  return `No files matching ${what} were found${allIgnored ? ` (every file ${they} is ignored)` : ''}.`
}

/**
 * The check runLint (or render) calls with what discovery found, or undefined when unmatched
 * patterns are allowed. Under 'each' every pattern must match a file; under 'all' (the default
 * patterns, the action's files) one of them must.
 */
export function unmatchedCheck(settings: Settings, allowExplicitOutside: boolean): ((discovery: Discovery) => Promise<void>) | undefined {
  if (settings.onUnmatched === 'allow') return undefined
  const { cwd } = settings
  // Negated globs ("!vendor/**") only take files away: they are no pattern to match.
  const patterns = settings.patterns.filter((p) => !p.startsWith('!'))
  return async (discovery) => {
    const unmatched = unmatchedPatterns(cwd, patterns, discovery)
    const everyOne = unmatched.length === patterns.length && patterns.length > 0
    const groups = settings.onUnmatched === 'each' ? unmatched.map((p) => [p]) : everyOne ? [patterns] : []
    if (groups.length === 0) return
    const lines: string[] = []
    for (const group of groups) {
      // Only on the way to an error: is it the ignore globs that left nothing?
      const unfiltered = await discoverFiles({ cwd, patterns: group, ignore: [], allowExplicitOutside })
      lines.push(unmatchedLine(group, unfiltered.files.length > 0))
    }
    throw new UnmatchedPatternError(lines.join('\n'), groups.flat())
  }
}
