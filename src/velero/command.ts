/**
 * A port of Velero's parseStringToCommand (internal/hook/item_hook_handler.go), velero-hooks.md §2.2.
 * Velero checks only the first byte: '[' means "decode as a JSON []string"; any decode error, or any
 * other first byte, makes the whole raw string a one-element command.
 */

export type ParsedCommand =
  | { kind: 'empty' } // "" — Velero <= 1.18.2 panics for init hooks; exec/backup hooks are off
  | { kind: 'json'; argv: string[] } // a JSON array of strings (null elements become "", as in Go)
  | { kind: 'raw'; argv: [string]; reason: RawReason }

export type RawReason =
  | 'not-bracket' // first byte is not '[': a plain program name
  | 'invalid-json' // starts with '[' but is not valid JSON
  | 'not-string-array' // valid JSON but some element is not a string (or null)

export function parseStringToCommand(value: string): ParsedCommand {
  if (value.length === 0) return { kind: 'empty' }
  if (value[0] !== '[') return { kind: 'raw', argv: [value], reason: 'not-bracket' }
  let decoded: unknown
  try {
    decoded = JSON.parse(value)
  } catch {
    return { kind: 'raw', argv: [value], reason: 'invalid-json' }
  }
  if (!Array.isArray(decoded) || !decoded.every((e) => typeof e === 'string' || e === null)) {
    return { kind: 'raw', argv: [value], reason: 'not-string-array' }
  }
  return { kind: 'json', argv: decoded.map((e: string | null) => (e === null ? '' : toGoString(e))) }
}

/** Go's decoder turns an escaped lone surrogate ("\ud800") into U+FFFD; JSON.parse keeps it. */
function toGoString(s: string): string {
  return s.replace(/[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g, '\uFFFD')
}

/** The argv Velero ends up with (what render writes), or undefined when Velero would panic. */
export function veleroArgv(value: string): string[] | undefined {
  const parsed = parseStringToCommand(value)
  return parsed.kind === 'empty' ? undefined : parsed.argv
}

const SHELL_SYNTAX = /[|&;<>()$`\\"'*?[\]#~=%{}]/
/** A shell asked to run a script: `/bin/sh -c echo hi`, `bash -ec "…"`. */
const SHELL_C = /^(\S*\/)?(sh|bash|ash|dash|zsh|ksh)\s+(-[A-Za-z]*c)\s+([\s\S]+)$/

/** The argv a command line written as one string most likely meant (no shell: exec form). */
function splitCommandLine(text: string): string[] {
  const shell = SHELL_C.exec(text)
  if (shell) {
    const script = shell[4]!.trim()
    const unquoted = /^(["'])([\s\S]*)\1$/.exec(script)?.[2] ?? script
    return [`${shell[1] ?? ''}${shell[2]}`, shell[3]!, unquoted]
  }
  if (SHELL_SYNTAX.test(text)) return ['/bin/sh', '-c', text]
  return text.split(/\s+/)
}

/** A JSON form of a plain-string command that runs what the author most likely meant. */
export function suggestJsonCommand(plain: string): string {
  return JSON.stringify(splitCommandLine(plain.trim()))
}

/**
 * What is wrong with the program Velero execs (argv[0]) of a non-empty argv, if anything: Velero
 * (parseStringToCommand) and the container runtime never split it, so a name holding whitespace is
 * looked up as one file name, and "" (or blanks) names no program at all. An empty argv is hook-command-empty-array's.
 */
export function programProblem(argv: readonly string[]): 'empty' | 'whitespace' | undefined {
  const program = argv[0]
  if (program === undefined) return undefined
  if (/^[\s\u0085]*$/.test(program)) return 'empty' // "" or only blanks: no program at all
  return /[\s\u0085]/.test(program) ? 'whitespace' : undefined
}

/** The argv most likely meant by one whose program is empty or holds whitespace, as JSON; undefined if nothing is left. */
export function suggestSplitArgv(argv: readonly string[]): string | undefined {
  const start = argv.findIndex((a) => a.trim() !== '')
  if (start < 0) return undefined
  const [program, ...args] = argv.slice(start)
  const split = args.length === 0 ? splitCommandLine(program!.trim()) : [...program!.trim().split(/\s+/), ...args]
  return JSON.stringify(split)
}

/** Why a '['-command failed JSON decoding, in words a user can act on. */
export function explainInvalidJson(value: string): string {
  if (/[\u2018\u2019\u201c\u201d\u201e\u201f\u2032\u2033]/.test(value)) return 'it contains typographic (smart) quotes'
  if (/^\[\s*'/.test(value) || /,\s*'/.test(value)) return 'it uses single quotes; JSON strings need double quotes'
  if (/,\s*\]\s*$/.test(value)) return 'it has a trailing comma before ]'
  if (/"[^"\n]*\n/.test(value)) return 'a string in it contains a raw line break (write \\n instead)'
  try {
    JSON.parse(value)
  } catch (e) {
    return `it is not valid JSON (${(e as Error).message.replace(/\s+in JSON at.*$/, '')})`
  }
  return 'it is not valid JSON'
}

/** A best-effort repair of a '['-command (single/smart quotes, trailing comma), or undefined. */
export function repairJsonCommand(value: string): string | undefined {
  let s = value.trim().replace(/[\u201c\u201d\u201e\u201f\u2033]/g, '"').replace(/[\u2018\u2019\u2032]/g, "'")
  s = s.replace(/,\s*\]\s*$/, ']')
  const candidates = [s]
  if (s.includes("'")) candidates.push(s.replace(/'((?:[^'\\"]|\\.)*)'/g, (_m, inner: string) => JSON.stringify(inner)))
  for (const c of candidates) {
    try {
      const v = JSON.parse(c)
      if (Array.isArray(v) && v.length > 0 && v.every((e) => typeof e === 'string')) return JSON.stringify(v)
    } catch {
      // try the next candidate
    }
  }
  return undefined
}
