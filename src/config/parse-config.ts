/**
 * `.velero-hooks.yaml` text → VeleroHooksConfig, with every problem reported at its line and column
 * (unknown keys, unknown rule ids, bad levels, globs that climb out of the base directory).
 */
import picomatch from 'picomatch'
import { isMap, isScalar, isSeq, type Node, type Pair, type YAMLMap } from 'yaml'
import { RULES_BY_ID } from '../rules/index.js'
import { parseManifestText, type ParsedFile } from '../yaml/parse.js'
import { readCharts, readRender } from './parse-sources-config.js'
import { didYouMean, isEmptyValue, ProblemList, bounded, quote, stringList } from './read-helpers.js'
import { readVeleroVersion } from './read-velero-version.js'
import { globComplexityProblem } from './glob-limits.js'
import {
  EXCLUDE_FIELDS,
  RULE_LEVELS,
  type ConfigProblem,
  type ExcludeEntry,
  type ExcludeField,
  type RuleLevel,
  type VeleroHooksConfig,
} from './config.js'

const TOP_LEVEL_KEYS = ['rules', 'ignore', 'exclude', 'render', 'charts', 'velero-version'] as const

/** Why a glob cannot be used relative to the base directory, or undefined. */
export function relativeGlobProblem(glob: string): string | undefined {
  const p = glob.replace(/^!/, '')
  if (p.startsWith('/') || /^[A-Za-z]:[\\/]/.test(p)) return `${quote(glob)} is absolute; globs are relative to the base directory`
  if (p.split(/[\\/]/).includes('..')) return `${quote(glob)} climbs out of the base directory with ".."`
  return undefined
}

function tooCostly(glob: string): string | undefined {
  const why = globComplexityProblem(glob)
  return why && `${quote(glob)} is refused: ${why}`
}

/**
 * @param spotFile how findings about configured things (a --set value) name this file: relative to
 * the base directory when the file is inside it.
 */
export function parseConfigText(text: string, file: string, spotFile: string = file): { config: VeleroHooksConfig; problems: ConfigProblem[] } {
  const rules = new Map<string, RuleLevel>()
  const ignore: string[] = []
  const exclude: ExcludeEntry[] = []
  const config: VeleroHooksConfig = { file, rules, ignore, exclude, render: {}, charts: new Map() }
  const parsed = parseManifestText(text)
  const problems = new ProblemList(file, parsed.lineCounter)

  const root = configRoot(parsed, problems)
  if (!root) return { config, problems: problems.list } // the defaults, with any problem that says why
  for (const pair of root.items) {
    const key = isScalar(pair.key) ? String(pair.key.value) : undefined
    switch (key) {
      case 'rules':
        readRules(pair, problems, rules)
        break
      case 'ignore':
        readIgnore(pair, problems, ignore)
        break
      case 'exclude':
        readExclude(pair, problems, exclude)
        break
      case 'render':
        config.render = readRender(pair, problems)
        break
      case 'charts':
        config.charts = readCharts(pair, problems, spotFile)
        break
      case 'velero-version': {
        const version = readVeleroVersion(pair, problems, text)
        if (version) config.veleroVersion = version
        break
      }
      default:
        problems.add(pair.key as Node, `unknown key ${quote(key ?? '?')}; the configuration has the keys ${TOP_LEVEL_KEYS.join(', ')}${didYouMean(key ?? '', TOP_LEVEL_KEYS)}`)
    }
  }
  problems.list.sort((a, b) => a.line - b.line || a.column - b.column)
  return { config, problems: problems.list }
}

/**
 * The one document's top-level mapping, or undefined when there is nothing to read: an empty file
 * (or comments only) means the defaults; more documents, YAML errors or a non-mapping are problems.
 */
function configRoot(parsed: ParsedFile, problems: ProblemList): YAMLMap | undefined {
  const documents = parsed.documents.filter((d) => d.contents !== null || d.errors.length > 0)
  if (documents.length === 0) return undefined
  if (documents.length > 1) {
    problems.add(documents[1]!.contents, 'the configuration must be one YAML document; this file has more')
    return undefined
  }
  const document = documents[0]!
  if (document.errors.length > 0) {
    problems.addYamlErrors(document.errors)
    return undefined
  }
  const root = document.contents
  if (!isMap(root)) {
    problems.add(root, `the configuration must be a mapping with the keys ${TOP_LEVEL_KEYS.join(', ')}`)
    return undefined
  }
  return root
}

function readIgnore(pair: Pair, problems: ProblemList, ignore: string[]): void {
  for (const { value, node } of stringList(pair, 'ignore glob', problems)) {
    const why = relativeGlobProblem(value) ?? tooCostly(value)
    if (why) problems.add(node, `ignore: ${why}`)
    else ignore.push(value)
  }
}

function readRules(pair: Pair, problems: ProblemList, rules: Map<string, RuleLevel>): void {
  const map = pair.value
  if (isEmptyValue(map)) return
  if (!isMap(map)) {
    problems.add((map as Node) ?? (pair.key as Node), 'rules must be a mapping of rule id to off, notice, warning or error')
    return
  }
  for (const item of (map as YAMLMap).items) {
    const id = isScalar(item.key) ? String(item.key.value) : ''
    if (!RULES_BY_ID.has(id)) {
      problems.add(item.key as Node, `unknown rule id ${quote(id)} (run "velero-hooks rules" to list them)${didYouMean(id, [...RULES_BY_ID.keys()])}`)
      continue
    }
    const v = item.value
    const level = isScalar(v) && typeof v.value === 'string' ? v.value : undefined
    if (level === undefined || !(RULE_LEVELS as readonly string[]).includes(level)) {
      const shown = isScalar(v) ? String(v.value) : v ? 'a collection' : 'nothing'
      // `off` is a string in YAML 1.2, but people also write false (or no) for it.
      const hint = isScalar(v) && v.value === false ? '; did you mean "off"?' : didYouMean(shown, RULE_LEVELS)
      problems.add((v as Node | null) ?? (item.key as Node), `rule ${quote(id)} must be set to one of ${RULE_LEVELS.join(', ')}; got ${bounded(shown)}${hint}`)
      continue
    }
    rules.set(id, level as RuleLevel)
  }
}

function readExclude(pair: Pair, problems: ProblemList, exclude: ExcludeEntry[]): void {
  const seq = pair.value
  if (isEmptyValue(seq)) return
  if (!isSeq(seq)) {
    problems.add((seq as Node) ?? (pair.key as Node), 'exclude must be a list of entries such as {rule: hook-unknown-container, path: "vendor/**"}')
    return
  }
  for (const item of seq.items) {
    if (!isMap(item)) {
      problems.add(item as Node, 'each exclude entry must be a mapping with some of the keys rule, path, kind, namespace, name')
      continue
    }
    const entry = excludeEntry(item, problems)
    if (entry) exclude.push(entry)
  }
}

type MutableExcludeEntry = { -readonly [K in ExcludeField]?: string[] } & { line: number }

/** One exclude entry, or undefined when any of its fields has a problem (all of them are reported). */
function excludeEntry(item: YAMLMap, problems: ProblemList): ExcludeEntry | undefined {
  const entry: MutableExcludeEntry = { line: problems.at(item).line }
  let ok = true
  for (const field of item.items) {
    if (!readExcludeField(field, problems, entry)) ok = false
  }
  if (ok && EXCLUDE_FIELDS.every((f) => entry[f] === undefined)) {
    problems.add(item, 'this exclude entry names no field, so it would drop every finding; give rule, path, kind, namespace or name (or use ignore)')
    ok = false
  }
  return ok ? entry : undefined
}

/** Sets one field of an exclude entry from its globs; false when the field has a problem. */
function readExcludeField(field: Pair, problems: ProblemList, entry: MutableExcludeEntry): boolean {
  const name = isScalar(field.key) ? String(field.key.value) : ''
  if (!(EXCLUDE_FIELDS as readonly string[]).includes(name)) {
    problems.add(field.key as Node, `unknown exclude key ${quote(name)}; an entry has the keys ${EXCLUDE_FIELDS.join(', ')}${didYouMean(name, EXCLUDE_FIELDS)}`)
    return false
  }
  const globs = stringList(field, `exclude ${name}`, problems)
  if (globs.length === 0) return false
  let ok = true
  for (const { value, node } of globs) {
    const costly = tooCostly(value)
    if (costly) {
      problems.add(node, `exclude ${name}: ${costly}`)
      ok = false
      continue
    }
    if (name === 'path') {
      const why = relativeGlobProblem(value)
      if (why) {
        problems.add(node, `exclude path: ${why}`)
        ok = false
      }
    }
    const isMatch = picomatch(value)
    if (name === 'rule' && ![...RULES_BY_ID.keys()].some((id) => isMatch(id))) {
      problems.add(node, `exclude rule ${quote(value)} matches no rule id (run "velero-hooks rules" to list them)${didYouMean(value, [...RULES_BY_ID.keys()])}`)
      ok = false
    }
  }
  entry[name as ExcludeField] = globs.map((g) => g.value)
  return ok
}
