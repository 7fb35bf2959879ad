/**
 * A small model of what Velero v1.18.2 does with a Pod's hook annotations, written from Velero's code
 * (not from src/), and a check that velero-hooks' findings agree with it: for every hook family, whether
 * Velero builds the hook, where it fails first, and how bad that is.
 *
 * Velero v1.18.2, read for this model:
 * - internal/hook/item_hook_handler.go: getInitContainerFromAnnotation (no image: no hook; the command
 *   goes through parseStringToCommand, which panics on ""), getPodExecHookFromAnnotations and
 *   getPodExecRestoreHookFromAnnotations (no command: no hook; on-error other than Continue/Fail → ""),
 *   HandleHooks (legacy keys only when the prefixed pre hook is nil; the error is returned only for Fail),
 *   parseStringToCommand (first byte '[' → json.Unmarshal into []string, else or on error the raw string).
 * - pkg/podexec/pod_command_executor.go: ExecutePodCommand checks the container (spec.containers only)
 *   before "command is required".
 * - internal/hook/wait_exec_hook_handler.go: HandleHooks discards hooks for containers not in
 *   spec.containers before anything runs; Fail stops after a failure or an expired wait-timeout.
 * - pkg/backup/backup.go: a failed (Fail) pre hook skips the pod; post-hook errors are only logged.
 * - pkg/restore/actions/pod_volume_restore_action.go: restore-wait/restic-wait init containers are deleted.
 * Kubernetes: the API server rejects an image with Go whitespace at either end (strings.TrimSpace), a
 * name that is not a DNS-1123 label, a duplicate name; the kubelet parses the image with
 * distribution/reference v0.6.0 ParseNormalizedNamed.
 *
 * The mapping from an outcome to a rule is ours: "Velero execs a program named `[…`" is
 * hook-command-invalid-json, and so on. Rules owned by the version-targeting work
 * (hook-unknown-container, init-hook-missing-command) are only checked where the model and today's rule
 * agree: present when the model says the hook fails there (backup hooks on native sidecars aside).
 */
import assert from 'node:assert/strict'
import fc from 'fast-check'
import type { Finding, Severity } from '../../src/engine/finding.js'
import { lintText } from '../../src/engine/lint-text.js'
import { defaultRuleSet } from '../../src/rules/index.js'
import type { FuzzProperty } from '../robustness/fuzz-properties.js'

// ---------------------------------------------------------------------------------------------
// Inputs.

export type ExecFamily = 'post-restore' | 'pre-backup' | 'post-backup' | 'legacy-backup'

export interface PodInput {
  containers: string[]
  /** Init containers: name, and whether it is a native sidecar (restartPolicy: Always). */
  initContainers: { name: string; sidecar: boolean }[]
  /** Annotations in writing order. */
  annotations: [string, string][]
}

const PREFIX: Record<ExecFamily | 'init', string> = {
  init: 'init.hook.restore.velero.io/',
  'post-restore': 'post.hook.restore.velero.io/',
  'pre-backup': 'pre.hook.backup.velero.io/',
  'post-backup': 'post.hook.backup.velero.io/',
  'legacy-backup': 'hook.backup.velero.io/',
}
const EXEC_FAMILIES: readonly ExecFamily[] = ['post-restore', 'pre-backup', 'post-backup', 'legacy-backup']

// ---------------------------------------------------------------------------------------------
// Velero and Kubernetes, modelled.

/** parseStringToCommand: '[' → JSON []string (null → ""), anything else or a decode error → [raw]. */
function veleroCommand(value: string): { json: boolean; argv: string[] } {
  if (value[0] === '[') {
    try {
      const v: unknown = JSON.parse(value)
      if (Array.isArray(v) && v.every((e) => typeof e === 'string' || e === null)) return { json: true, argv: v.map((e) => e ?? '') }
    } catch {
      // the raw string
    }
  }
  return { json: false, argv: [value] }
}

/** Go's unicode.IsSpace. */
const GO_SPACE = /[\t\n\v\f\r \u0085\u00a0\u1680\u2000-\u200a\u2028\u2029\u202f\u205f\u3000]/u
const goPadded = (s: string): boolean => GO_SPACE.test(s[0] ?? '') || GO_SPACE.test(s[s.length - 1] ?? '')

/** distribution/reference v0.6.0 ParseNormalizedNamed, as the kubelet calls it (sha256/384/512 registered). */
function kubeletParses(image: string): boolean {
  if (/^[a-f0-9]{64}$/.test(image)) return false
  const slash = image.indexOf('/')
  let domain = 'docker.io'
  let rest = image
  if (slash >= 0) {
    const first = image.slice(0, slash)
    if (first === 'localhost' || /[.:]/.test(first) || first.toLowerCase() !== first) [domain, rest] = [first, image.slice(slash + 1)]
    if (first === 'index.docker.io') domain = 'docker.io'
  }
  if (domain === 'docker.io' && !rest.includes('/')) rest = `library/${rest}`
  const colon = rest.indexOf(':')
  const remote = colon < 0 ? rest : rest.slice(0, colon)
  if (remote.toLowerCase() !== remote) return false
  const comp = '[a-z0-9]+(?:(?:[._]|__|[-]+)[a-z0-9]+)*'
  const host = '(?:(?:[a-zA-Z0-9]|[a-zA-Z0-9][a-zA-Z0-9-]*[a-zA-Z0-9])(?:\\.(?:[a-zA-Z0-9]|[a-zA-Z0-9][a-zA-Z0-9-]*[a-zA-Z0-9]))*|\\[[a-fA-F0-9:]+\\])(?::[0-9]+)?'
  const ref = new RegExp(`^(?:${host})/(${comp}(?:/${comp})*)(?::[\\w][\\w.-]{0,127})?(?:@([A-Za-z][A-Za-z0-9]*(?:[-_+.][A-Za-z][A-Za-z0-9]*)*):([0-9A-Fa-f]{32,}))?$`)
  const m = ref.exec(`${domain}/${rest}`)
  if (!m || m[1]!.length > 255) return false
  if (m[2] === undefined) return true
  const hexLength: Record<string, number> = { sha256: 64, sha384: 96, sha512: 128 }
  return hexLength[m[2]] === m[3]!.length && /^[a-f0-9]+$/.test(m[3]!)
}

const DNS1123_LABEL = /^[a-z0-9]([-a-z0-9]*[a-z0-9])?$/

/** What an author most likely meant by an on-error value (ours, not Velero's: intent is not in the code). */
function onErrorIntent(value: string): 'continue' | 'fail' | 'unknown' {
  const word = value.toLowerCase().replace(/[^a-z]/g, '')
  if (['continue', 'ignore', 'proceed', 'skip', 'warn', 'warning'].includes(word)) return 'continue'
  if (['fail', 'failed', 'failure', 'abort', 'stop', 'halt', 'error', 'exit', 'fatal'].includes(word)) return 'fail'
  return 'unknown'
}

/** Wait timeouts the generator uses, and whether Go parses them to a duration other than 0. */
const NONZERO_WAIT: Record<string, boolean> = { '': false, '5m': true, '0': false, '0s': false, junk: false, '-1s': true }

// ---------------------------------------------------------------------------------------------
// The model's verdict: the findings velero-hooks must report, by rule, key and severity.

export interface Expected {
  rule: string
  key: string
  severity: Severity
}

/** Rules whose findings must be exactly the model's (any other finding of them is a disagreement). */
export const EXACT_RULES = [
  'hook-command-empty-array',
  'hook-command-invalid-json',
  'hook-command-not-array',
  'hook-command-unsplit-array',
  'hook-invalid-on-error',
  'hook-orphan-setting',
  'init-hook-invalid-image',
  'init-hook-invalid-name',
  'init-hook-missing-image',
  'init-hook-name-conflict',
] as const

/** The command findings for an argv Velero execs: which program it runs, and how sure the failure is. */
function commandFindings(family: ExecFamily | 'init', key: string, value: string, out: Expected[]): void {
  const { json, argv } = veleroCommand(value)
  if (json && argv.length === 0) {
    // "command is required" (ExecutePodCommand); for init, no command: the image ENTRYPOINT runs.
    out.push({ rule: 'hook-command-empty-array', key, severity: family === 'init' ? 'warning' : 'error' })
    return
  }
  const program = argv[0]!
  const meantAsJson = /^\s*['"\u2018\u2019\u201c\u201d]?\s*\[/.test(value)
  if (!json && meantAsJson) {
    // A program named "[…" (or "'[…", " […"): no such file, for certain.
    out.push({ rule: 'hook-command-invalid-json', key, severity: 'error' })
  } else if (/^[\s\u0085]*$/.test(program) || /[\s\u0085]/.test(program)) {
    // A program named by blanks, or one with whitespace in its name: Velero does what is written.
    if (family === 'init' && !json && value.trim() === '') return // init-hook-missing-command's (blank)
    out.push({ rule: json ? 'hook-command-unsplit-array' : 'hook-command-not-array', key, severity: 'warning' })
  }
}

function get(pod: PodInput, key: string): string | undefined {
  return pod.annotations.find(([k]) => k === key)?.[1]
}

/** Velero builds the hook of an exec family (legacy: only when the prefixed pre hook is nil). */
function execBuilt(pod: PodInput, family: ExecFamily): boolean {
  const set = (f: ExecFamily) => (get(pod, `${PREFIX[f]}command`) ?? '') !== ''
  return family === 'legacy-backup' ? !set('pre-backup') && set('legacy-backup') : set(family)
}

function execExpectations(pod: PodInput, family: ExecFamily, out: Expected[], present: Expected[]): void {
  const p = PREFIX[family]
  const settings = pod.annotations.filter(([k, v]) => k.startsWith(p) && k !== `${p}command` && k.slice(p.length).indexOf('/') < 0 && v !== '')
  if (!execBuilt(pod, family)) {
    if (family === 'legacy-backup' && execBuilt(pod, 'pre-backup')) return // backup-hook-legacy-mixed's
    for (const [k] of settings) out.push({ rule: 'hook-orphan-setting', key: k, severity: 'warning' })
    return
  }
  const container = get(pod, `${p}container`) ?? ''
  const found = container === '' || pod.containers.includes(container)
  const sidecar = pod.initContainers.some((c) => c.sidecar && c.name === container)
  if (!found && !(family !== 'post-restore' && sidecar)) present.push({ rule: 'hook-unknown-container', key: `${p}container`, severity: 'error' })
  const onError = get(pod, `${p}on-error`)
  // A restore exec hook on a missing container is discarded: neither on-error nor the command matters.
  if (onError !== undefined && !['', 'Continue', 'Fail'].includes(onError) && (found || family !== 'post-restore')) {
    const intent = onErrorIntent(onError)
    const failMatters =
      family === 'pre-backup' || family === 'legacy-backup' || (family === 'post-restore' && NONZERO_WAIT[get(pod, `${p}wait-timeout`) ?? ''] === true)
    const severity: Severity = intent === 'unknown' ? 'warning' : intent === 'continue' || !failMatters ? 'notice' : 'error'
    out.push({ rule: 'hook-invalid-on-error', key: `${p}on-error`, severity })
  }
  if (found) commandFindings(family, `${p}command`, get(pod, `${p}command`)!, out)
}

function initExpectations(pod: PodInput, out: Expected[], present: Expected[]): void {
  const p = PREFIX.init
  const image = get(pod, `${p}container-image`) ?? ''
  const name = get(pod, `${p}container-name`) ?? ''
  const command = get(pod, `${p}command`)
  if (image === '') {
    // No image, no hook (name and command are never used); reported at the empty image, or at the first of them.
    const others = [`${p}container-name`, `${p}command`].filter((k) => (get(pod, k) ?? '') !== '')
    const at = get(pod, `${p}container-image`) !== undefined ? `${p}container-image` : pod.annotations.find(([k]) => others.includes(k))?.[0]
    if (others.length > 0) out.push({ rule: 'init-hook-missing-image', key: at!, severity: 'error' })
    return
  }
  // parseStringToCommand("") panics (up to v1.18.2): the pod is never created.
  if (command === undefined || command === '') return void present.push({ rule: 'init-hook-missing-command', key: '', severity: 'error' })
  // PodVolumeRestoreAction (v1.17+) deletes it before the create.
  if (name === 'restore-wait' || name === 'restic-wait') return void out.push({ rule: 'init-hook-name-conflict', key: `${p}container-name`, severity: 'error' })
  // The API server: every problem it finds, at once.
  const padded = goPadded(image)
  const badName = name !== '' && (name.length > 63 || !DNS1123_LABEL.test(name))
  const duplicate = name !== '' && (pod.containers.includes(name) || pod.initContainers.some((c) => c.name === name))
  if (padded) out.push({ rule: 'init-hook-invalid-image', key: `${p}container-image`, severity: 'error' })
  if (badName) out.push({ rule: 'init-hook-invalid-name', key: `${p}container-name`, severity: 'error' })
  if (duplicate) out.push({ rule: 'init-hook-name-conflict', key: `${p}container-name`, severity: 'error' })
  if (padded || badName || duplicate) return
  // The kubelet.
  if (!kubeletParses(image)) return void out.push({ rule: 'init-hook-invalid-image', key: `${p}container-image`, severity: 'error' })
  commandFindings('init', `${p}command`, command, out)
}

/** What velero-hooks must report for this pod: exactly `exact` from EXACT_RULES, and at least `present`. */
export function modelVerdict(pod: PodInput): { exact: Expected[]; present: Expected[] } {
  const exact: Expected[] = []
  const present: Expected[] = []
  for (const family of EXEC_FAMILIES) execExpectations(pod, family, exact, present)
  initExpectations(pod, exact, present)
  return { exact, present }
}

// ---------------------------------------------------------------------------------------------
// Running velero-hooks and comparing.

export function podYaml(pod: PodInput): string {
  const lines = ['apiVersion: v1', 'kind: Pod', 'metadata:', '  name: p']
  if (pod.annotations.length > 0) lines.push('  annotations:', ...pod.annotations.map(([k, v]) => `    ${k}: ${JSON.stringify(v)}`))
  lines.push('spec:', '  containers:', ...pod.containers.map((c) => `    - {name: ${c}, image: nginx}`))
  if (pod.initContainers.length > 0) {
    lines.push('  initContainers:', ...pod.initContainers.map((c) => `    - {name: ${c.name}, image: busybox${c.sidecar ? ', restartPolicy: Always' : ''}}`))
  }
  return `${lines.join('\n')}\n`
}

/** The annotation key a finding is about, from its path (`metadata.annotations["<key>"]`). */
function keyOf(f: Finding): string {
  const quoted = /annotations\[("(?:[^"\\]|\\.)*")\]$/.exec(f.path ?? '')?.[1]
  return quoted === undefined ? '' : (JSON.parse(quoted) as string)
}
const show = (e: Expected): string => `${e.rule} ${e.key} ${e.severity}`

/** Lints the pod and returns the disagreements with the model, as lines (empty when they agree). */
export function disagreements(pod: PodInput): string[] {
  const findings = lintText('pod.yaml', podYaml(pod), defaultRuleSet()).findings
  const { exact, present } = modelVerdict(pod)
  const actual = findings.filter((f) => (EXACT_RULES as readonly string[]).includes(f.ruleId)).map((f) => show({ rule: f.ruleId, key: keyOf(f), severity: f.severity }))
  const expected = exact.map(show)
  const problems: string[] = []
  for (const e of expected) {
    const i = actual.indexOf(e)
    if (i < 0) problems.push(`missing: ${e}`)
    else actual.splice(i, 1)
  }
  for (const a of actual) problems.push(`unexpected: ${a}`)
  for (const p of present) {
    if (!findings.some((f) => f.ruleId === p.rule && (p.key === '' || keyOf(f) === p.key))) problems.push(`missing (owned elsewhere): ${show(p)}`)
  }
  return problems
}

// ---------------------------------------------------------------------------------------------
// Generated pods.

const HEX64 = '0123456789abcdef'.repeat(4)

/** JSON arrays built from awkward elements: quotes, commas, spaces, empty strings, nulls. */
const jsonCommand: fc.Arbitrary<string> = fc
  .array(
    fc.oneof(
      fc.constantFrom('/bin/true', 'redis-cli', 'SAVE', '-c', 'echo hi', 'a,b', 'say "hi"', "it's", '', ' ', 'redis-cli SAVE', '/bin/sh -c echo hi', ' /bin/true', '\u00a0x'),
      fc.constant(null),
    ),
    { maxLength: 4 },
  )
  .map((a) => JSON.stringify(a))

const command: fc.Arbitrary<string> = fc.oneof(
  jsonCommand,
  fc.constantFrom(
    '',
    '  ',
    '/bin/true',
    'redis-cli SAVE',
    '/bin/sh -c "echo hi"',
    "['/bin/true']",
    ' ["/bin/true"]',
    '\'["/bin/true"]\'',
    '["a",]',
    '["sleep", 10]',
    '[foobarbaz',
    '[]',
    '[""]',
    '["/bin/true"]\n',
    '/bin/true\n',
  ),
)

const onError = fc.constantFrom('', 'Continue', 'Fail', 'continue', 'CONTINUE', ' Continue', 'fail', 'FAIL', 'Fail ', 'Abort', 'stop', 'yes', 'ignore', 'Fail.')
const containerRef = fc.constantFrom('', 'app', 'db', 'setup', 'sidecar', 'cache', 'App')
const image = fc.constantFrom(
  'alpine',
  'alpine:3.20',
  `registry.example.com/org/app@sha256:${HEX64}`,
  'x@sha256:abc',
  ' alpine',
  'alpine\n',
  'alpine\u00a0',
  '\u0085alpine',
  'alpine\u3000',
  'alpine\ufeff',
  '\u200balpine',
  'Alpine',
  'alp ine',
  'alpine:-bad',
  HEX64,
  `${HEX64}:1`,
  `registry.example.com/${'a'.repeat(255)}`,
  `registry.example.com/${'a'.repeat(256)}`,
  'a'.repeat(247),
  'a'.repeat(248),
  '',
  '   ',
)
const initName = fc.constantFrom('', 'restore-init', 'app', 'setup', 'sidecar', 'Restore_Init', 'restore-wait', 'restic-wait', 'a'.repeat(64), '-init')
const waitTimeout = fc.constantFrom(...Object.keys(NONZERO_WAIT))

const maybe = <T>(a: fc.Arbitrary<T>): fc.Arbitrary<T | undefined> => fc.option(a, { nil: undefined, freq: 2 })

function execAnnotations(family: ExecFamily): fc.Arbitrary<[string, string][]> {
  const p = PREFIX[family]
  return fc
    .record({ command: maybe(command), container: maybe(containerRef), onError: maybe(onError), wait: family === 'post-restore' ? maybe(waitTimeout) : fc.constant(undefined) })
    .map((r) => {
      const out: [string, string][] = []
      if (r.container !== undefined) out.push([`${p}container`, r.container])
      if (r.command !== undefined) out.push([`${p}command`, r.command])
      if (r.onError !== undefined) out.push([`${p}on-error`, r.onError])
      if (r.wait !== undefined) out.push([`${p}wait-timeout`, r.wait])
      return out
    })
}

const initAnnotations: fc.Arbitrary<[string, string][]> = fc.record({ image: maybe(image), name: maybe(initName), command: maybe(command) }).map((r) => {
  const p = PREFIX.init
  const out: [string, string][] = []
  if (r.image !== undefined) out.push([`${p}container-image`, r.image])
  if (r.name !== undefined) out.push([`${p}container-name`, r.name])
  if (r.command !== undefined) out.push([`${p}command`, r.command])
  return out
})

export const podInput: fc.Arbitrary<PodInput> = fc.record({
  containers: fc.constantFrom(['app'], ['app', 'db'], ['db', 'app']),
  initContainers: fc.constantFrom([], [{ name: 'setup', sidecar: false }], [{ name: 'sidecar', sidecar: true }], [{ name: 'setup', sidecar: false }, { name: 'sidecar', sidecar: true }]),
  annotations: fc
    .tuple(...EXEC_FAMILIES.map((f) => execAnnotations(f)), initAnnotations)
    .chain((groups) => fc.shuffledSubarray(groups.flat(), { minLength: groups.flat().length })),
})

/** The differential property, for this suite (600 cases) and `npm run fuzz` (scaled up with the others). */
export const DIFFERENTIAL_PROPERTY: FuzzProperty = {
  name: 'differential: findings agree with a model of Velero v1.18.2 (every hook family)',
  ciRuns: 600,
  make: () =>
    fc.property(podInput, (input) => {
      const problems = disagreements(input)
      assert.deepEqual(problems, [], `${problems.join('\n')}\n${podYaml(input)}`)
    }) as unknown as fc.IProperty<[unknown]>,
}
