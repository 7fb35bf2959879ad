/**
 * `.velero-hooks.yaml` text → VeleroHooksConfig, with every problem reported at its line and column
 * (unknown keys, unknown rule ids, bad levels, globs that climb out of the base directory).
 */
import { distance } from 'fastest-levenshtein'
import picomatch from 'picomatch'
import { isMap, isScalar, isSeq, type Node, type Pair, type YAMLMap } from 'yaml'
import { RULES_BY_ID } from '../rules/index.js'
import { parseManifestText, spanOf } from '../yaml/parse.js'
import {
  EXCLUDE_FIELDS,
  RULE_LEVELS,
  type ConfigProblem,
  type ExcludeEntry,
  type ExcludeField,
  type RuleLevel,
  type VeleroHooksConfig,
} from './config.js'

const TOP_LEVEL_KEYS = ['rules', 'ignore', 'exclude'] as const

function didYouMean(value: string, candidates: readonly string[]): string {
  let best: string | undefined
  let bestDistance = Infinity
  for (const c of candidates) {
    const d = distance(value.toLowerCase(), c.toLowerCase())
    if (d < bestDistance) {
      best = c
      bestDistance = d
    }
  }
  if (best !== undefined && bestDistance <= Math.max(2, Math.floor(best.length / 3))) return `; did you mean "${best}"?`
  const prefixed = value.length >= 3 ? candidates.find((c) => c.toLowerCase().startsWith(value.toLowerCase())) : undefined
  return prefixed ? `; did you mean "${prefixed}"?` : ''
}

/** Why a glob cannot be used relative to the base directory, or undefined. */
export function relativeGlobProblem(glob: string): string | undefined {
  const p = glob.replace(/^!/, '')
  if (p.startsWith('/') || /^[A-Za-z]:[\\/]/.test(p)) return `"${glob}" is absolute; globs are relative to the base directory`
  if (p.split(/[\\/]/).includes('..')) return `"${glob}" climbs out of the base directory with ".."`
  return undefined
}

export function parseConfigText(text: string, file: string): { config: VeleroHooksConfig; problems: ConfigProblem[] } {
  const problems: ConfigProblem[] = []
  const rules = new Map<string, RuleLevel>()
  const ignore: string[] = []
  const exclude: ExcludeEntry[] = []
  const config: VeleroHooksConfig = { file, rules, ignore, exclude }

  const parsed = parseManifestText(text)
  const at = (node: Node | null | undefined): { line: number; column: number } => {
    const span = spanOf(parsed.lineCounter, node?.range?.[0] ?? 0, node?.range?.[1] ?? 0)
    return { line: span.line, column: span.column }
  }
  const problem = (node: Node | null | undefined, message: string): void => {
    problems.push({ file, ...at(node), message: message.endsWith('?') ? message : `${message.replace(/\.$/, '')}.` })
  }

  const documents = parsed.documents.filter((d) => d.contents !== null || d.errors.length > 0)
  if (documents.length === 0) return { config, problems } // empty or comments only: the defaults
  if (documents.length > 1) {
    problem(documents[1]!.contents, 'the configuration must be one YAML document; this file has more')
    return { config, problems }
  }
  const document = documents[0]!
  if (document.errors.length > 0) {
    for (const e of document.errors) {
      const span = spanOf(parsed.lineCounter, e.pos[0], e.pos[1])
      problems.push({ file, line: span.line, column: span.column, message: `YAML error: ${e.message.replace(/\s+/g, ' ').replace(/\.?$/, '.')}` })
    }
    return { config, problems }
  }
  const root = document.contents
  if (!isMap(root)) {
    problem(root, 'the configuration must be a mapping with the keys rules, ignore and exclude')
    return { config, problems }
  }

  /** A string, or a list of strings; anything else is a problem. */
  const stringList = (pair: Pair, what: string): { value: string; node: Node }[] => {
    const value = pair.value as Node | null
    if (value === null || (isScalar(value) && value.value === null)) return [] // `ignore:` with nothing yet
    const one = (n: unknown): { value: string; node: Node } | undefined => {
      if (isScalar(n) && typeof n.value === 'string' && n.value.trim() !== '') return { value: n.value.trim(), node: n }
      problem((n as Node | null) ?? (pair.key as Node), `each ${what} must be a non-empty string`)
      return undefined
    }
    if (isSeq(value)) return value.items.map(one).filter((x): x is { value: string; node: Node } => x !== undefined)
    const single = one(value)
    return single ? [single] : []
  }

  for (const pair of root.items) {
    const keyNode = pair.key as Node
    const key = isScalar(pair.key) ? String(pair.key.value) : undefined
    switch (key) {
      case 'rules':
        readRules(pair)
        break
      case 'ignore':
        for (const { value, node } of stringList(pair, 'ignore glob')) {
          const why = relativeGlobProblem(value)
          if (why) problem(node, `ignore: ${why}`)
          else ignore.push(value)
        }
        break
      case 'exclude':
        readExclude(pair)
        break
      default:
        problem(keyNode, `unknown key "${key ?? '?'}"; the configuration has the keys ${TOP_LEVEL_KEYS.join(', ')}${didYouMean(key ?? '', TOP_LEVEL_KEYS)}`)
    }
  }
  problems.sort((a, b) => a.line - b.line || a.column - b.column)
  return { config, problems }

  function readRules(pair: Pair): void {
    const map = pair.value
    if (map === null || (isScalar(map) && map.value === null)) return
    if (!isMap(map)) {
      problem((map as Node) ?? (pair.key as Node), 'rules must be a mapping of rule id to off, notice, warning or error')
      return
    }
    for (const item of (map as YAMLMap).items) {
      const id = isScalar(item.key) ? String(item.key.value) : ''
      if (!RULES_BY_ID.has(id)) {
        problem(item.key as Node, `unknown rule id "${id}" (run "velero-hooks rules" to list them)${didYouMean(id, [...RULES_BY_ID.keys()])}`)
        continue
      }
      const v = item.value
      const level = isScalar(v) && typeof v.value === 'string' ? v.value : undefined
      if (level === undefined || !(RULE_LEVELS as readonly string[]).includes(level)) {
        const shown = isScalar(v) ? String(v.value) : v ? 'a collection' : 'nothing'
        // `off` is a string in YAML 1.2, but people also write false (or no) for it.
        const hint = isScalar(v) && v.value === false ? '; did you mean "off"?' : didYouMean(shown, RULE_LEVELS)
        problem((v as Node | null) ?? (item.key as Node), `rule "${id}" must be set to one of ${RULE_LEVELS.join(', ')}; got ${shown}${hint}`)
        continue
      }
      rules.set(id, level as RuleLevel)
    }
  }

  function readExclude(pair: Pair): void {
    const seq = pair.value
    if (seq === null || (isScalar(seq) && seq.value === null)) return
    if (!isSeq(seq)) {
      problem((seq as Node) ?? (pair.key as Node), 'exclude must be a list of entries such as {rule: hook-unknown-container, path: "vendor/**"}')
      return
    }
    for (const item of seq.items) {
      if (!isMap(item)) {
        problem(item as Node, 'each exclude entry must be a mapping with some of the keys rule, path, kind, namespace, name')
        continue
      }
      const entry: { -readonly [K in ExcludeField]?: string[] } & { line: number } = { line: at(item).line }
      let ok = true
      for (const field of item.items) {
        const name = isScalar(field.key) ? String(field.key.value) : ''
        if (!(EXCLUDE_FIELDS as readonly string[]).includes(name)) {
          problem(field.key as Node, `unknown exclude key "${name}"; an entry has the keys ${EXCLUDE_FIELDS.join(', ')}${didYouMean(name, EXCLUDE_FIELDS)}`)
          ok = false
          continue
        }
        const globs = stringList(field, `exclude ${name}`)
        if (globs.length === 0) {
          ok = false
          continue
        }
        for (const { value, node } of globs) {
          if (name === 'path') {
            const why = relativeGlobProblem(value)
            if (why) {
              problem(node, `exclude path: ${why}`)
              ok = false
            }
          }
          const isMatch = picomatch(value)
          if (name === 'rule' && ![...RULES_BY_ID.keys()].some((id) => isMatch(id))) {
            problem(node, `exclude rule "${value}" matches no rule id (run "velero-hooks rules" to list them)${didYouMean(value, [...RULES_BY_ID.keys()])}`)
            ok = false
          }
        }
        entry[name as ExcludeField] = globs.map((g) => g.value)
      }
      if (ok && EXCLUDE_FIELDS.every((f) => entry[f] === undefined)) {
        problem(item, 'this exclude entry names no field, so it would drop every finding; give rule, path, kind, namespace or name (or use ignore)')
        ok = false
      }
      if (ok) exclude.push(entry)
    }
  }
}
