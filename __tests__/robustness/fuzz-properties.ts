/**
 * Properties over the engine and the writers, shared by the CI suite (fuzz.test.ts, a few thousand
 * cases) and `npm run fuzz` (scripts/fuzz.ts, ≥ 100,000). Inputs: generated manifests in many YAML
 * styles, YAML-ish token soup, and mutations (byte flips, truncation, splices, deep nesting, huge
 * scalars, odd Unicode) of examples/ and, when present, the shared corpus's hook files (read from
 * ../shared/corpus beside the repository at run time; never copied into the repository).
 *
 * Invariants: nothing throws or emits a Node warning; every finding lies inside its file and reads as a sentence; the
 * byte-level Velero pre-filter agrees with the text one; GitHub workflow commands stay one per
 * line and round-trip; SARIF and JSON parse with positive regions; rendering is idempotent and its
 * output parses; alias resolution agrees with the yaml library's.
 */
import assert from 'node:assert/strict'
import { existsSync, readdirSync, readFileSync } from 'node:fs'
import path from 'node:path'
import { fileURLToPath } from 'node:url'
import fc from 'fast-check'
import { isAlias, parseAllDocuments, stringify, visit, type Alias } from 'yaml'
import type { Finding } from '../../src/engine/finding.js'
import { bytesHaveVeleroHint, countHooks, countResources, hasVeleroHint, lintText, lintTextCounts } from '../../src/engine/lint-text.js'
import type { LintSummary } from '../../src/engine/run-lint.js'
import { formatGithub } from '../../src/report/github-format.js'
import { formatJson } from '../../src/report/json.js'
import type { Report } from '../../src/report/format.js'
import { formatSarif } from '../../src/report/sarif.js'
import { formatText } from '../../src/report/text.js'
import { renderText } from '../../src/render/render-text.js'
import { repoModelFromTexts } from '../../src/engine/repo-facts.js'
import { runRepoRules } from '../../src/engine/run-repo-rules.js'
import { buildHookPlan } from '../../src/engine/hook-plan.js'
import { formatPlan } from '../../src/report/plan-format.js'
import { defaultRuleSet, RULES_BY_ID } from '../../src/rules/index.js'
import { KNOWN_KEYS } from '../../src/velero/keys.js'
import { aliasLikeOffset, measureAliasExpansion, resolveAlias } from '../../src/yaml/aliasing.js'

export const REPO_ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..')
// The shared corpus sits beside the repository (../shared/corpus) and is optional.
export const CORPUS_HOOKS = path.resolve(REPO_ROOT, '..', 'shared', 'corpus', 'hooks')

const RULE_SET = defaultRuleSet()

// ---------------------------------------------------------------------------------------------
// Seeds: real-looking files to mutate.

export interface Seed {
  name: string
  bytes: Buffer
}

function yamlFilesUnder(dir: string): string[] {
  if (!existsSync(dir)) return []
  return readdirSync(dir, { withFileTypes: true, recursive: true })
    .filter((d) => d.isFile() && /\.ya?ml$/.test(d.name))
    .map((d) => path.join(d.parentPath ?? d.path, d.name))
    .sort()
}

export function loadSeeds(): Seed[] {
  const files = [...yamlFilesUnder(path.join(REPO_ROOT, 'examples')), ...yamlFilesUnder(CORPUS_HOOKS)]
  return files.map((f) => ({ name: path.relative(path.dirname(REPO_ROOT), f), bytes: readFileSync(f) }))
}

// ---------------------------------------------------------------------------------------------
// Building blocks.

/** Strings that mean something to YAML, Kubernetes or Velero, and characters that break naive code. */
const ODD_TEXT = [
  '',
  ' ',
  'yes',
  'No',
  'on',
  '~',
  'null',
  '0x1F',
  '1e3',
  '.inf',
  '-.5',
  '0777',
  '2001-12-14',
  ':',
  '- x',
  '# c',
  '&a',
  '*a',
  '!!str',
  '? k',
  '{{ .Values.x }}',
  '${PARAM}',
  '["/bin/sh", "-c", "echo hi"]',
  "['/bin/sh']",
  '[]',
  '["a",]',
  '5m',
  '1h30m',
  '5 minutes',
  'Continue',
  'fail',
  'alpine:3.20',
  'UPPER:Case',
  'registry:5000/a/b@sha256:' + 'a'.repeat(64),
  '::set-output name=x::y',
  '::error file=a.yaml,line=1::injected',
  '%0A::warning::x',
  'line1\nline2',
  'cr\rlf\r\n',
  '\u2028\u2029\u0085',
  '\uFEFF',
  '\u0000\u0007\u001b[31m',
  '\uD800',
  '\uDFFF\uD800',
  'e\u0301\u0301\u0301',
  '\u202Eevil',
  '𝔘𝔫𝔦𝔠𝔬𝔡𝔢 🙂',
  'ﬀ İ ß',
  '<script>alert(1)</script>',
  '| table |',
]

const HOOK_KEYS = [
  ...KNOWN_KEYS,
  'pre.hook.backup.velero.io/comand',
  'Pre.Hook.Backup.Velero.io/command',
  'init.hook.restore.velro.io/container-image',
  'hook.backup.velero.io/on-error',
  'post.hook.restore.velero.io/test1.command',
  'pre.hook.restore.velero.io/command',
  'backup.velero.io/backup-volumes',
  'velero.io/exclude-from-backup',
  'app.kubernetes.io/name',
]

const oddText = fc.oneof(
  { weight: 3, arbitrary: fc.constantFrom(...ODD_TEXT) },
  { weight: 2, arbitrary: fc.string({ unit: 'grapheme', maxLength: 16 }) },
  { weight: 1, arbitrary: fc.string({ unit: 'binary', maxLength: 12 }) },
)

const scalar = fc.oneof(
  { weight: 5, arbitrary: oddText },
  { weight: 1, arbitrary: fc.integer() },
  { weight: 1, arbitrary: fc.double() },
  { weight: 1, arbitrary: fc.boolean() },
  { weight: 1, arbitrary: fc.constant(null) },
)

const { value: yamlValue } = fc.letrec<{ value: unknown }>((tie) => ({
  value: fc.oneof(
    { depthSize: 'small', withCrossShrink: true },
    scalar,
    fc.array(tie('value'), { maxLength: 4 }),
    fc.dictionary(fc.oneof(oddText, fc.constantFrom(...HOOK_KEYS)), tie('value'), { maxKeys: 4, noNullPrototype: true }),
  ),
}))

const containerName = fc.oneof(fc.constantFrom('app', 'db', 'sidecar', '${NAME}', '{{ .name }}'), oddText)
const container = fc.record(
  {
    name: containerName,
    image: fc.constantFrom('nginx:1.27', 'alpine', 'busybox:1.36'),
    volumeMounts: fc.array(fc.record({ name: fc.constantFrom('data', 'cfg'), mountPath: fc.constantFrom('/data', '/etc/x', '/', '') }, { noNullPrototype: true }), { maxLength: 2 }),
    restartPolicy: fc.constantFrom('Always', 'Never'),
  },
  { requiredKeys: ['name'], noNullPrototype: true },
)
const annotations = fc.dictionary(fc.constantFrom(...HOOK_KEYS), fc.oneof({ weight: 4, arbitrary: oddText }, { weight: 1, arbitrary: yamlValue }), { maxKeys: 8, noNullPrototype: true })
const podSpec = fc.record(
  { containers: fc.oneof(fc.array(container, { maxLength: 3 }), yamlValue), initContainers: fc.array(container, { maxLength: 2 }), volumes: yamlValue },
  { requiredKeys: [], noNullPrototype: true },
)
const podTemplate = fc.record({ metadata: fc.record({ annotations, labels: yamlValue }, { requiredKeys: [], noNullPrototype: true }), spec: podSpec }, { requiredKeys: [], noNullPrototype: true })
const hookSpec = fc.record(
  {
    resources: fc.array(
      fc.record(
        {
          name: oddText,
          includedNamespaces: fc.array(oddText, { maxLength: 2 }),
          pre: fc.array(fc.record({ exec: fc.record({ container: containerName, command: fc.oneof(fc.array(oddText, { maxLength: 3 }), oddText), onError: oddText, timeout: oddText }, { requiredKeys: [], noNullPrototype: true }) }, { noNullPrototype: true }), { maxLength: 2 }),
          postHooks: fc.array(
            fc.oneof(
              fc.record({ init: fc.record({ initContainers: fc.oneof(fc.array(container, { maxLength: 2 }), yamlValue), timeout: oddText }, { requiredKeys: [], noNullPrototype: true }) }, { noNullPrototype: true }),
              fc.record({ exec: fc.record({ container: containerName, command: fc.array(oddText, { maxLength: 3 }), execTimeout: oddText, waitTimeout: oddText, onError: oddText }, { requiredKeys: [], noNullPrototype: true }) }, { noNullPrototype: true }),
            ),
            { maxLength: 2 },
          ),
        },
        { requiredKeys: [], noNullPrototype: true },
      ),
      { maxLength: 2 },
    ),
  },
  { noNullPrototype: true },
)

const KINDS = ['Pod', 'Deployment', 'StatefulSet', 'DaemonSet', 'Job', 'CronJob', 'PodTemplate', 'Rollout', 'List', 'Template', 'Restore', 'Backup', 'Schedule', 'ConfigMap'] as const

/** One Kubernetes-shaped document (plus, now and then, junk in any field). */
export const manifestDocument: fc.Arbitrary<unknown> = fc
  .record(
    {
      apiVersion: fc.constantFrom('v1', 'apps/v1', 'batch/v1', 'velero.io/v1', 'argoproj.io/v1alpha1'),
      kind: fc.constantFrom(...KINDS),
      name: oddText,
      annotations,
      template: podTemplate,
      hooks: hookSpec,
      items: fc.array(fc.record({ kind: fc.constantFrom('Pod', 'Deployment'), metadata: fc.record({ annotations }, { noNullPrototype: true }), spec: podSpec }, { noNullPrototype: true }), { maxLength: 2 }),
      junk: fc.option(yamlValue, { nil: undefined, freq: 3 }),
    },
    { noNullPrototype: true },
  )
  .map(({ apiVersion, kind, name, annotations: own, template, hooks, items, junk }) => {
    const metadata = { name, annotations: own }
    const body: Record<string, unknown> = { apiVersion, kind, metadata }
    if (kind === 'Pod') body.spec = template.spec ?? {}
    else if (kind === 'CronJob') body.spec = { schedule: '*/5 * * * *', jobTemplate: { spec: { template } } }
    else if (kind === 'PodTemplate') body.template = template
    else if (kind === 'List') body.items = items
    else if (kind === 'Template') body.objects = items
    else if (kind === 'Restore' || kind === 'Backup') body.spec = { hooks }
    else if (kind === 'Schedule') body.spec = { template: { hooks } }
    else if (kind === 'ConfigMap') body.data = { podAnnotations: own }
    else body.spec = { template }
    if (junk !== undefined) body.junk = junk
    return body
  })

interface YamlStyle {
  indent: number
  indentSeq: boolean
  flowLevel: number
  stringType: 'PLAIN' | 'QUOTE_DOUBLE' | 'QUOTE_SINGLE' | 'BLOCK_LITERAL' | 'BLOCK_FOLDED'
  lineWidth: number
  json: boolean
}

/** Ways of writing YAML. */
const yamlStyle: fc.Arbitrary<YamlStyle> = fc.record({
  indent: fc.integer({ min: 1, max: 4 }),
  indentSeq: fc.boolean(),
  flowLevel: fc.constantFrom(-1, 0, 1, 2),
  stringType: fc.constantFrom('PLAIN' as const, 'QUOTE_DOUBLE' as const, 'QUOTE_SINGLE' as const, 'BLOCK_LITERAL' as const, 'BLOCK_FOLDED' as const),
  lineWidth: fc.constantFrom(0, 20, 80),
  json: fc.boolean(),
})

function writeYaml(value: unknown, style: YamlStyle): string {
  if (style.json) return JSON.stringify(value, null, style.indent) ?? 'null'
  try {
    return stringify(value, {
      indent: style.indent,
      indentSeq: style.indentSeq,
      lineWidth: style.lineWidth,
      defaultStringType: style.stringType,
      collectionStyle: style.flowLevel === 0 ? 'flow' : 'any',
    })
  } catch {
    // Lone surrogates and such cannot always be written; JSON can write anything.
    return JSON.stringify(value) ?? 'null'
  }
}

/** A multi-document file: documents joined with --- (and now and then a BOM, CRLF, comments). */
export const manifestFile: fc.Arbitrary<string> = fc
  .record({
    docs: fc.array(fc.tuple(fc.oneof({ weight: 4, arbitrary: manifestDocument }, { weight: 1, arbitrary: yamlValue }), yamlStyle), { minLength: 1, maxLength: 4 }),
    bom: fc.boolean(),
    crlf: fc.boolean(),
    comment: fc.option(oddText, { nil: undefined }),
    endMarker: fc.boolean(),
  })
  .map(({ docs, bom, crlf, comment, endMarker }) => {
    let text = docs.map(([d, s]) => writeYaml(d, s)).join(endMarker ? '\n...\n---\n' : '\n---\n')
    if (comment !== undefined) text = `# ${comment.replace(/[\r\n]/g, ' ')}\n${text}`
    if (crlf) text = text.replace(/\r?\n/g, '\r\n')
    return (bom ? '\uFEFF' : '') + text
  })

/** Token soup: what YAML's grammar is made of, with hook keys so the file is always parsed. */
const TOKENS = [
  'velero',
  'init.hook.restore.velero.io/container-image: ',
  'pre.hook.backup.velero.io/command: ',
  'kind: Pod\n',
  'kind: Restore\napiVersion: velero.io/v1\n',
  'metadata:\n',
  'annotations:\n',
  'spec:\n',
  'hooks:\n',
  'containers:\n',
  '\n',
  '  ',
  '    ',
  '\t',
  '- ',
  ': ',
  '{',
  '}',
  '[',
  ']',
  ', ',
  '"',
  "'",
  '\\',
  '&a ',
  '*a',
  '&b ',
  '*b',
  '<<: ',
  '!!map ',
  '!!str ',
  '!custom ',
  '|\n',
  '>-\n',
  '# c\n',
  '---\n',
  '...\n',
  '? ',
  '%YAML 1.2\n',
  '%TAG ! tag:x,2000:\n',
  '\r\n',
  '\r',
  '\uFEFF',
  '\u2028',
  '\u0085',
  '\uD800',
  'é',
  '𝔘',
  '\u0000',
  '{{ x }}',
  '"["/bin/true"]"',
  "'[\"/bin/true\"]'",
  'x',
  '5m',
  '12',
]
export const tokenSoup: fc.Arbitrary<string> = fc.array(fc.constantFrom(...TOKENS), { maxLength: 60 }).map((t) => t.join(''))

// ---------------------------------------------------------------------------------------------
// Mutations of seed files.

type Mutation =
  | { op: 'flip'; at: number; byte: number }
  | { op: 'truncate'; at: number }
  | { op: 'delete'; at: number; length: number }
  | { op: 'duplicate'; at: number; length: number; to: number }
  | { op: 'insert'; at: number; text: string }
  | { op: 'nest'; at: number; depth: number; open: string }
  | { op: 'huge'; at: number; length: number; char: string }

/** Positions are fractions of the current length, so one mutation fits any file. */
export function mutations(options: { maxNesting: number; maxHuge: number }): fc.Arbitrary<Mutation[]> {
  const at = fc.double({ min: 0, max: 1, noNaN: true })
  const mutation: fc.Arbitrary<Mutation> = fc.oneof(
    { weight: 5, arbitrary: fc.record({ op: fc.constant('flip' as const), at, byte: fc.integer({ min: 0, max: 255 }) }) },
    { weight: 2, arbitrary: fc.record({ op: fc.constant('truncate' as const), at }) },
    { weight: 2, arbitrary: fc.record({ op: fc.constant('delete' as const), at, length: fc.integer({ min: 1, max: 200 }) }) },
    { weight: 2, arbitrary: fc.record({ op: fc.constant('duplicate' as const), at, length: fc.integer({ min: 1, max: 400 }), to: at }) },
    { weight: 4, arbitrary: fc.record({ op: fc.constant('insert' as const), at, text: fc.oneof(oddText, fc.constantFrom(...TOKENS)) }) },
    { weight: 1, arbitrary: fc.record({ op: fc.constant('nest' as const), at, depth: fc.integer({ min: 1, max: options.maxNesting }), open: fc.constantFrom('[', '{a: ', '- ', '? ') }) },
    { weight: 1, arbitrary: fc.record({ op: fc.constant('huge' as const), at, length: fc.integer({ min: 1, max: options.maxHuge }), char: fc.constantFrom('x', ' ', '\n', '"', 'é', '\\') }) },
  )
  return fc.array(mutation, { minLength: 1, maxLength: 4 })
}

export function mutate(bytes: Buffer, ops: readonly Mutation[]): Buffer {
  let b = Buffer.from(bytes)
  const pos = (f: number): number => Math.min(b.length, Math.floor(f * (b.length + 1)))
  for (const m of ops) {
    const i = pos(m.at)
    switch (m.op) {
      case 'flip':
        if (b.length > 0) b[Math.min(i, b.length - 1)] = m.byte
        break
      case 'truncate':
        b = b.subarray(0, i)
        break
      case 'delete':
        b = Buffer.concat([b.subarray(0, i), b.subarray(i + m.length)])
        break
      case 'duplicate': {
        const slice = b.subarray(i, i + m.length)
        const to = pos(m.to)
        b = Buffer.concat([b.subarray(0, to), slice, b.subarray(to)])
        break
      }
      case 'insert':
        b = Buffer.concat([b.subarray(0, i), Buffer.from(m.text), b.subarray(i)])
        break
      case 'nest': {
        const close = m.open === '[' ? ']' : m.open === '{a: ' ? '}' : ''
        b = Buffer.concat([b.subarray(0, i), Buffer.from(m.open.repeat(m.depth) + 'x' + close.repeat(m.depth)), b.subarray(i)])
        break
      }
      case 'huge':
        b = Buffer.concat([b.subarray(0, i), Buffer.from(m.char.repeat(m.length)), b.subarray(i)])
        break
    }
  }
  return b
}

// ---------------------------------------------------------------------------------------------
// Invariants.

const SEVERITIES = new Set(['error', 'warning', 'notice'])

/** Every finding is a known rule's, inside the file (1-based; a column may sit one past a line's end). */
export function checkFindings(findings: readonly Finding[], file: string, raw: string): void {
  const text = raw.charCodeAt(0) === 0xfeff ? raw.slice(1) : raw
  const lineLengths = text.split('\n').map((l) => l.length)
  const inside = (line: number, column: number, what: string): void => {
    assert.ok(Number.isInteger(line) && line >= 1 && line <= lineLengths.length, `${what} line ${line} outside 1..${lineLengths.length}`)
    assert.ok(Number.isInteger(column) && column >= 1 && column <= lineLengths[line - 1]! + 1, `${what} column ${column} outside line ${line} (length ${lineLengths[line - 1]})`)
  }
  for (const f of findings) {
    const where = `${f.ruleId} at ${f.line}:${f.column}`
    assert.ok(typeof f.message === 'string' && f.message.length > 0, `${where}: empty message`)
    assert.ok(f.message.endsWith('.') || f.message.endsWith('?'), `${where}: message does not end with a full stop: ${JSON.stringify(f.message.slice(-60))}`)
    assert.ok(RULES_BY_ID.has(f.ruleId), `unknown rule ${f.ruleId}`)
    assert.ok(SEVERITIES.has(f.severity), `${where}: severity ${f.severity}`)
    assert.equal(f.file, file)
    inside(f.line, f.column, `${where}: start`)
    // An error at the very end of the text ("unexpected end") spans the one character after it.
    const atEnd = f.line === lineLengths.length && f.column === lineLengths[f.line - 1]! + 1
    if (atEnd && f.endLine === f.line && f.endColumn === f.column + 1) continue
    inside(f.endLine, f.endColumn, `${where}: end`)
    assert.ok(f.endLine > f.line || (f.endLine === f.line && f.endColumn >= f.column), `${where}: ends before it starts (${f.endLine}:${f.endColumn})`)
  }
}

const unescapeData = (s: string): string => s.replace(/%0D/g, '\r').replace(/%0A/g, '\n').replace(/%25/g, '%')
const unescapeProperty = (s: string): string => unescapeData(s.replace(/%3A/g, ':').replace(/%2C/g, ','))
const COMMAND = /^::(error|warning|notice) file=([^,:]*),line=(\d+),endLine=(\d+)(?:,col=(\d+),endColumn=(\d+))?,title=([^,:]*)::([^\r\n]*)$/

/** The writers: GitHub commands one per finding that round-trip; SARIF and JSON that parse right. */
export function checkWriters(findings: readonly Finding[]): void {
  const summary: LintSummary = { files: 1, documents: 1, resources: 0, hooks: 0, errors: 0, warnings: 0, notices: 0 }
  for (const f of findings) summary[f.severity === 'error' ? 'errors' : f.severity === 'warning' ? 'warnings' : 'notices']++
  const report: Report = { summary, findings }

  const github = formatGithub(report)
  const lines = github.split('\n')
  assert.equal(lines.pop(), '', 'github output ends with a newline')
  assert.equal(lines.length, findings.length, 'one workflow command per finding')
  lines.forEach((line, i) => {
    const f = findings[i]!
    const m = COMMAND.exec(line)
    assert.ok(m, `not one well-formed workflow command: ${JSON.stringify(line.slice(0, 200))}`)
    assert.equal(m[1], f.severity)
    assert.equal(unescapeProperty(m[2]!), f.file)
    assert.equal(Number(m[3]), f.line)
    assert.equal(unescapeData(m[8]!), f.message, 'the message round-trips')
    assert.equal(unescapeProperty(m[7]!), `velero-hooks: ${f.ruleId}`)
  })

  const sarif = JSON.parse(formatSarif(report)) as { version: string; runs: { results: { ruleId: string; locations: { physicalLocation: { region: Record<string, number> } }[] }[] }[] }
  assert.equal(sarif.version, '2.1.0')
  const results = sarif.runs[0]!.results
  assert.equal(results.length, findings.length)
  for (const r of results) {
    const region = r.locations[0]!.physicalLocation.region
    for (const k of ['startLine', 'startColumn', 'endLine', 'endColumn']) assert.ok(Number.isInteger(region[k]) && region[k]! >= 1, `SARIF ${k} ${region[k]} is not positive`)
    assert.ok(region.endLine! >= region.startLine!, 'SARIF region ends before it starts')
    if (region.endLine === region.startLine) assert.ok(region.endColumn! > region.startColumn!, 'SARIF one-line region is empty')
  }

  const json = JSON.parse(formatJson(report)) as { findings: Finding[] }
  assert.equal(json.findings.length, findings.length)
  json.findings.forEach((f, i) => {
    assert.equal(f.message, findings[i]!.message)
    assert.equal(f.line, findings[i]!.line)
  })

  const text = formatText(report, { color: false })
  assert.ok(text.endsWith('\n'))
}

/** Lint, check the findings and the writers; returns the lint for further checks. */
export function lintAndCheck(file: string, raw: string): ReturnType<typeof lintText> {
  const lint = lintText(file, raw, RULE_SET)
  checkFindings(lint.findings, file, raw)
  // runLint's streaming path (documents dropped as they are checked) finds exactly the same.
  const counts = lintTextCounts(file, raw, RULE_SET)
  assert.deepEqual(counts.findings, lint.findings, 'lintTextCounts and lintText disagree')
  assert.equal(counts.documents, lint.parsed?.documents.length ?? 0)
  assert.equal(counts.hooks, countHooks(lint.models))
  assert.equal(counts.resources, countResources(lint.models))
  checkWriters(lint.findings)
  checkCrossResource(file, raw)
  return lint
}

/**
 * The cross-resource step on the file as a repository of its own: the facts, the cross-resource
 * rules and the hook plan in every format never throw, and their findings obey the same contract.
 */
export function checkCrossResource(file: string, raw: string): void {
  const repo = repoModelFromTexts({ [file]: raw })
  const cross = runRepoRules(repo, RULE_SET)
  checkFindings(cross, file, raw)
  const plan = buildHookPlan(repo, RULE_SET.veleroVersion)
  for (const format of ['text', 'json', 'markdown'] as const) assert.ok(formatPlan(format, plan, { veleroVersion: 'v1.18.2' }).length > 0)
  JSON.parse(formatPlan('json', plan, { veleroVersion: 'v1.18.2' }))
}

/** Render: never throws; what it writes parses, and rendering that again changes nothing. */
export function renderAndCheck(file: string, raw: string): void {
  const first = renderText(file, raw)
  if (first.output === undefined) return
  const reparsed = parseAllDocuments(first.output.replace(/^\uFEFF/, ''))
  const before = parseAllDocuments(raw.replace(/^\uFEFF/, ''))
  const brokenBefore = (Array.isArray(before) ? before : [before]).filter((d) => d.errors.length > 0).length
  const brokenAfter = (Array.isArray(reparsed) ? reparsed : [reparsed]).filter((d) => d.errors.length > 0).length
  assert.ok(brokenAfter <= brokenBefore, `render broke a document (${brokenBefore} → ${brokenAfter} with errors)`)
  const second = renderText(file, first.output)
  assert.equal(second.output ?? first.output, first.output, 'rendering the rendered file changes it again')
}

/** Our alias resolution answers what the yaml library's does, for every alias. */
export function checkAliases(raw: string): void {
  const text = raw.replace(/^\uFEFF/, '')
  for (const doc of parseAllDocuments(text)) {
    if (doc.errors.length > 0) continue
    const aliases: Alias[] = []
    visit(doc, { Alias: (_k, node) => void aliases.push(node) })
    // The engine measures only documents with an alias-like '*': none may be missed.
    if (aliases.length > 0) assert.ok(aliasLikeOffset(text, doc.range[0], doc.range[2]) >= 0, 'a document with aliases was taken for one without')
    for (const a of aliases) assert.equal(resolveAlias(doc, a), a.resolve(doc), `alias *${a.source} resolves differently`)
    const e = measureAliasExpansion(doc)
    if (aliases.length === 0) assert.equal(e.aliasCount, 0)
    assert.ok(e.decodeCount >= 0 && (e.aliasCount >= 0 || !Number.isFinite(e.decodeCount)))
    if (isAlias(e.firstAlias)) assert.ok(aliases.includes(e.firstAlias))
  }
}

// ---------------------------------------------------------------------------------------------
// The properties, with how many cases CI runs and how many `npm run fuzz` runs.

export interface FuzzProperty {
  name: string
  /** Cases in `npm test`; the fuzz run scales these up. */
  ciRuns: number
  make(scale: 'ci' | 'fuzz', seeds: readonly Seed[]): fc.IProperty<[unknown]>
}

/**
 * Runs fn with process.emitWarning throwing: a Node warning (which the CLI would print to stderr,
 * e.g. yaml's "Keys with collection values will be stringified") fails the case, and fast-check
 * shrinks the input that caused it.
 */
function withoutNodeWarnings(fn: () => void): void {
  const emitWarning = process.emitWarning
  process.emitWarning = ((warning: string | Error) => {
    throw new Error(`a Node warning was emitted: ${warning instanceof Error ? warning.message : warning}`)
  }) as typeof process.emitWarning
  try {
    fn()
  } finally {
    process.emitWarning = emitWarning
  }
}

function defineProperty<T>(p: { name: string; ciRuns: number; arbitrary: (scale: 'ci' | 'fuzz', seeds: readonly Seed[]) => fc.Arbitrary<T>; check: (value: T) => void }): FuzzProperty {
  return {
    name: p.name,
    ciRuns: p.ciRuns,
    make: (scale, seeds) => fc.property(p.arbitrary(scale, seeds), (v) => withoutNodeWarnings(() => p.check(v))) as unknown as fc.IProperty<[unknown]>,
  }
}

const anchored = fc
  .array(fc.tuple(fc.constantFrom('a', 'b', 'c'), fc.oneof(oddText, fc.array(fc.constantFrom('*a', '*b', '*c', 'x'), { maxLength: 3 }))), { minLength: 1, maxLength: 6 })
  .map((entries) =>
    [
      ...entries.map(([name, v], i) => `k${i}: &${name} ${Array.isArray(v) ? `[${v.join(', ')}]` : JSON.stringify(v)}`),
      'velero: *a',
      'list:\n  - *b\n  -\t*c\n  - {*a : 1, k: *b}',
      '? *c\n: cron "* * *"',
    ].join('\n') + '\n',
  )

const seedIndex = (seeds: readonly Seed[]): fc.Arbitrary<number> => fc.nat({ max: seeds.length - 1 })

export const PROPERTIES: readonly FuzzProperty[] = [
  defineProperty({
    name: 'generated manifests: findings inside the file, writers well-formed',
    ciRuns: 900,
    arbitrary: () => manifestFile,
    check: (text) => void lintAndCheck('dir/odd name,with:colons%.yaml', text),
  }),
  defineProperty({
    name: 'YAML token soup: findings inside the file, writers well-formed',
    ciRuns: 900,
    arbitrary: () => tokenSoup,
    check: (text) => void lintAndCheck('soup.yaml', text),
  }),
  defineProperty({
    name: 'mutated examples and corpus hook files: no exception, findings inside, pre-filter agrees',
    ciRuns: 900,
    arbitrary: (scale, seeds) =>
      fc.tuple(seedIndex(seeds), mutations(scale === 'ci' ? { maxNesting: 2000, maxHuge: 20_000 } : { maxNesting: 5000, maxHuge: 200_000 })).map(([i, ops]) => ({
        name: seeds[i]!.name,
        bytes: mutate(seeds[i]!.bytes, ops),
      })),
    check: ({ name, bytes }) => {
      const text = bytes.toString('utf8')
      assert.equal(bytesHaveVeleroHint(bytes), hasVeleroHint(text), 'the byte pre-filter disagrees with the text one')
      lintAndCheck(name, text)
    },
  }),
  defineProperty({
    name: 'render: never throws, output parses, rendering twice changes nothing',
    ciRuns: 400,
    arbitrary: (_scale, seeds) =>
      fc.oneof(manifestFile, fc.tuple(seedIndex(seeds), mutations({ maxNesting: 200, maxHuge: 2000 })).map(([i, ops]) => mutate(seeds[i]!.bytes, ops).toString('utf8'))),
    check: (text) => renderAndCheck('r.yaml', text),
  }),
  defineProperty({
    name: 'anchors and aliases: resolved as the yaml library does',
    ciRuns: 300,
    arbitrary: () => fc.oneof(anchored, manifestFile),
    check: (text) => {
      checkAliases(text)
      lintAndCheck('aliases.yaml', text)
    },
  }),
]
