/**
 * Hostile inputs: each one gets a clear finding or a refusal, never a crash, a hang or a stack
 * trace. Inputs built to make the engine work forever are linted in a worker thread that is ended
 * after HANG_MS (node:test's own timeout cannot interrupt synchronous code); nothing here asserts
 * on speed.
 */
import assert from 'node:assert/strict'
import { spawn, spawnSync, type ChildProcess } from 'node:child_process'
import { chmodSync, mkdirSync, mkdtempSync, readFileSync, rmSync, symlinkSync, unlinkSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { Worker } from 'node:worker_threads'
import path from 'node:path'
import { after, before, describe, it } from 'node:test'
import type { Finding } from '../../src/engine/finding.js'
import { UsageError } from '../../src/errors.js'
import { lintText, lintTextCounts } from '../../src/engine/lint-text.js'
import { useLintWorkers } from '../../src/engine/lint-pool.js'
import { DEFAULT_MAX_FILE_BYTES, runLint, type LintSummary } from '../../src/engine/run-lint.js'
import { formatGithub } from '../../src/report/github-format.js'
import { formatText } from '../../src/report/text.js'
import { renderText } from '../../src/render/render-text.js'
import { defaultRuleSet } from '../../src/rules/index.js'
import { prng } from '../../bench/synthetic.js'
import { SOURCE_LINT_WORKERS } from '../support/lint-workers.js'
import { checkFindings, checkWriters, REPO_ROOT } from './fuzz-properties.js'

const HANG_GUARD = { timeout: 60_000 }
const SUMMARY: LintSummary = { files: 1, documents: 1, resources: 1, hooks: 1, errors: 0, warnings: 0, notices: 0 }
const lint = (text: string, file = 'hostile.yaml') => {
  const result = lintText(file, text, defaultRuleSet())
  checkFindings(result.findings, file, text)
  checkWriters(result.findings)
  return result
}
const HANG_MS = 60_000
const LINT_WORKER = new URL('./lint-in-worker.mjs', import.meta.url)

/**
 * lint() in a worker that is terminated after HANG_MS, so that a hang fails the test instead of
 * blocking the runner. Also checks that the streaming lint finds the same.
 */
async function lintGuarded(text: string, file = 'hostile.yaml'): Promise<{ findings: Finding[]; brokenDocuments: number[] }> {
  const worker = new Worker(LINT_WORKER, { workerData: { file, text } })
  let timer: NodeJS.Timeout | undefined
  try {
    const result = await new Promise<{ findings: Finding[]; brokenDocuments: number[]; streamed: Finding[] }>((resolve, reject) => {
      timer = setTimeout(() => reject(new Error(`lint did not finish within ${HANG_MS / 1000} s`)), HANG_MS)
      worker.once('message', resolve)
      worker.once('error', reject)
    })
    checkFindings(result.findings, file, text)
    checkWriters(result.findings)
    assert.deepEqual(result.streamed, result.findings, 'lintTextCounts and lintText disagree')
    return result
  } finally {
    clearTimeout(timer)
    await worker.terminate()
  }
}
const ids = (findings: readonly { ruleId: string }[]) => [...new Set(findings.map((f) => f.ruleId))]

const POD_HEAD = `apiVersion: v1
kind: Pod
metadata:
  name: hostile
  annotations:
    pre.hook.backup.velero.io/command: '["/bin/true"]'
`

/** A Pod with one mistake (an invalid on-error): one finding per copy. */
const BAD_POD = POD_HEAD + '    pre.hook.backup.velero.io/on-error: Abort\n'

/** The CLI from source, run from the repository (where tsx resolves). */
const cli = (...args: string[]) => spawnSync(process.execPath, ['--import', 'tsx', path.join(REPO_ROOT, 'src', 'cli-main.ts'), ...args], { cwd: REPO_ROOT, encoding: 'utf8' })

let dir: string
before(() => {
  dir = mkdtempSync(path.join(tmpdir(), 'vh-hostile-'))
})
after(() => rmSync(dir, { recursive: true, force: true }))

/** A fresh directory under the test's temp dir. */
function workspace(name: string, files: Record<string, string | Buffer> = {}): string {
  const root = path.join(dir, name)
  mkdirSync(root, { recursive: true })
  for (const [rel, content] of Object.entries(files)) {
    mkdirSync(path.dirname(path.join(root, rel)), { recursive: true })
    writeFileSync(path.join(root, rel), content)
  }
  return root
}

describe('alias bombs', () => {
  it('a billion laughs in a Pod is refused as excessive aliasing, as kubectl does', async () => {
    let bomb = `${POD_HEAD}  labels:\n    l0: &l0 [lol, lol, lol, lol, lol, lol, lol, lol, lol]\n`
    for (let i = 1; i <= 9; i++) bomb += `    l${i}: &l${i} [${Array(9).fill(`*l${i - 1}`).join(', ')}]\n`
    bomb += `spec:\n  containers: *l9\n`
    const result = await lintGuarded(bomb)
    assert.deepEqual(ids(result.findings), ['yaml-syntax'])
    assert.match(result.findings[0]!.message, /EXCESSIVE_ALIASING.*alias bomb/)
    assert.equal(result.findings[0]!.line, 9, 'at the first alias')
    assert.deepEqual([...result.brokenDocuments], [0])
  })

  it('aliases multiplied through Restore hooks (resources × postHooks × initContainers) are refused', async () => {
    const list = (a: string, n: number) => `[${Array(n).fill(`*${a}`).join(', ')}]`
    const text = `apiVersion: velero.io/v1
kind: Restore
metadata:
  name: r
x-defs:
  c: &c {name: x, image: "alpine:3", command: ["/bin/true"]}
  h: &h {init: {initContainers: ${list('c', 1000)}}, exec: {command: ["/bin/true"], container: app, onError: Nope}}
  r: &r {name: r, postHooks: ${list('h', 1000)}}
spec:
  hooks:
    resources: ${list('r', 1000)}
`
    const result = await lintGuarded(text)
    assert.deepEqual(ids(result.findings), ['yaml-syntax'])
    assert.match(result.findings[0]!.message, /EXCESSIVE_ALIASING/)
  })

  it('an alias bomb reached only through Helm values is refused too', async () => {
    let text = 'x0: &x0 {a: velero}\n'
    for (let i = 1; i <= 12; i++) text += `x${i}: &x${i} {${Array.from({ length: 9 }, (_, j) => `k${j}: *x${i - 1}`).join(', ')}}\n`
    const result = await lintGuarded(text)
    assert.deepEqual(ids(result.findings), ['yaml-syntax'])
  })

  it('ordinary anchors and aliases are still checked, each finding once', () => {
    const text = `x-hooks: &hooks
  pre.hook.backup.velero.io/command: '["/bin/true"]'
  pre.hook.backup.velero.io/on-error: Abort
---
apiVersion: v1
kind: List
items:
  - &pod
    apiVersion: v1
    kind: Pod
    metadata:
      name: a
      annotations:
        pre.hook.backup.velero.io/command: '["/bin/true"]'
        pre.hook.backup.velero.io/on-error: Abort
    spec: {containers: [{name: app, image: nginx}]}
  - *pod
  - *pod
`
    const result = lint(text)
    const onError = result.findings.filter((f) => f.ruleId === 'hook-invalid-on-error')
    assert.deepEqual(
      onError.map((f) => f.line),
      [15],
      'the Pod reached three times through one anchor is reported once, at its own line',
    )
  })
})

describe('deep nesting', () => {
  const N = 100_000
  for (const [name, text] of [
    ['flow sequences', `${POD_HEAD}x: ${'['.repeat(N)}${']'.repeat(N)}\n`],
    ['flow mappings', `${POD_HEAD}x: ${'{a: '.repeat(N)}1${'}'.repeat(N)}\n`],
    ['compact block sequences', `# velero\n${'- '.repeat(N)}x\n`],
    ['explicit keys', `# velero\n${'? '.repeat(N)}x\n`],
  ] as const) {
    it(`${name} ${N} deep: refused with a yaml-syntax finding, the same on every run`, async () => {
      const result = await lintGuarded(text)
      assert.deepEqual(ids(result.findings), ['yaml-syntax'])
      assert.match(result.findings[0]!.message, /RESOURCE_EXHAUSTION.*more than 400 levels deep/)
    })
  }
})

describe('values built to make a rule work forever', () => {
  it('a sidecar name full of template placeholders does not make the container check backtrack', async () => {
    const name = Array(24).fill('${A}').join('a') + 'z'
    const text = `${POD_HEAD}    pre.hook.backup.velero.io/container: ${'a'.repeat(60)}
spec:
  containers: [{name: app, image: nginx}]
  initContainers:
    - {name: "${name}", image: nginx, restartPolicy: Always}
`
    const result = await lintGuarded(text)
    assert.deepEqual(ids(result.findings), ['hook-unknown-container'])
  })

  it('a mount path of a quarter megabyte used in an init hook command is matched without a RegExp', async () => {
    const mount = `/${'d'.repeat(250_000)}`
    const text = `apiVersion: v1
kind: Pod
metadata:
  name: p
  annotations:
    init.hook.restore.velero.io/container-image: alpine:3.20
    init.hook.restore.velero.io/command: '["/bin/sh", "-c", "touch ${mount}/x"]'
spec:
  containers:
    - name: app
      image: nginx
      volumeMounts: [{name: data, mountPath: "${mount}"}]
`
    assert.deepEqual(ids((await lintGuarded(text)).findings), ['init-hook-no-volume-access'])
  })

  // Found by `npm run fuzz`: the template check's hook hint once matched /^\s*hooks:/m, whose \s*
  // ran over every following blank line from each line start (80,000 blank lines: 3.5 s).
  it('a template with a million blank lines is scanned for hook text without backtracking', async () => {
    const text = `{{- if .Values.backup }}${'\n'.repeat(1_000_000)}metadata:\n  annotations:\n    pre.hook.backup.velero.io/command: '["/bin/true"]'\n{{- end }}\n`
    const result = await lintGuarded(text)
    assert.deepEqual(ids(result.findings), ['template-skipped'])
    assert.equal(result.findings[0]!.line, 1)
    // Blank lines before a bare 'hooks:' key still count as hook-shaped text.
    const bare = `{{ x }}${'\n'.repeat(1_000_000)}  hooks:\n    resources: []\n# velero\n`
    assert.deepEqual(ids((await lintGuarded(bare)).findings), ['template-skipped'])
  })

  // Found by `npm run fuzz`: naming a duplicate key once stringified the mapping's other keys, and
  // the text of a key nested in explicit keys doubles with every level (40 levels: more than a string holds).
  it('a duplicate key beside a deeply nested explicit key is named without stringifying that key', async () => {
    const text = `${'? '.repeat(40)}x\napiVersion: v1\nkind: Pod\napiVersion: v2\n# velero\n`
    const result = await lintGuarded(text)
    assert.deepEqual(ids(result.findings), ['yaml-syntax'])
    assert.match(result.findings[0]!.message, /the key "apiVersion" is already set at line 2/)
    assert.deepEqual([result.findings[0]!.line, result.findings[0]!.column, result.findings[0]!.endColumn], [4, 1, 11])
  })

  it('160,000 stray double quotes: a syntax finding per problem up to the cap, then a summary', async () => {
    const text = `${'"'.repeat(160_000)}\n${BAD_POD}`
    const result = await lintGuarded(text)
    assert.deepEqual(ids(result.findings), ['yaml-syntax'])
    assert.ok(result.findings.length <= 21, `${result.findings.length} findings`)
  })
})

describe('files too large, binary, badly encoded', () => {
  it('a file over the size limit is not read and gets a file-unreadable finding', async () => {
    const root = workspace('big', { 'big.yaml': `${POD_HEAD}${'# padding\n'.repeat(500)}`, 'small.yaml': POD_HEAD })
    const result = await runLint({ ruleSet: defaultRuleSet(), cwd: root, patterns: [], ignore: [], maxFileBytes: 1000 })
    assert.deepEqual(
        result.findings.map((f) => [f.file, f.ruleId]),
      [['big.yaml', 'file-unreadable']],
    )
    assert.match(result.findings[0]!.message, /is 5\d\d\d bytes, over the 1000-byte limit, and was not read/)
    assert.equal(DEFAULT_MAX_FILE_BYTES, 16 * 1024 * 1024)
  })

  it('the CLI takes --max-file-bytes and refuses a bad value in one line', () => {
    const root = workspace('big-cli', { 'big.yaml': `${POD_HEAD}${'# padding\n'.repeat(500)}` })
    const ok = cli('lint', '--cwd', root, '--max-file-bytes', '1000', '--format', 'json', '--fail-on', 'never')
    assert.equal(ok.status, 0, ok.stderr)
    assert.deepEqual((JSON.parse(ok.stdout) as { findings: { ruleId: string }[] }).findings.map((f) => f.ruleId), ['file-unreadable'])
    const bad = cli('lint', '--cwd', root, '--max-file-bytes', 'lots')
    assert.equal(bad.status, 2)
    assert.equal(bad.stderr.trim().split('\n').length, 2, 'the error and the --help hint, no stack')
    assert.match(bad.stderr, /max-file-bytes must be a positive whole number/)
  })

  it('random bytes, NULs and invalid UTF-8 named .yaml: findings inside the decoded text, no crash', async () => {
    const rand = prng(42)
    const noise = Buffer.from(Array.from({ length: 64 * 1024 }, () => Math.floor(rand() * 256)))
    noise.write('velero', 1000)
    const nuls = Buffer.alloc(4096)
    nuls.write('kind: Pod # velero\n', 0)
    const invalidUtf8 = Buffer.concat([Buffer.from(POD_HEAD), Buffer.from([0xc3, 0x28, 0xa0, 0xa1, 0xe2, 0x28, 0xa1, 0xf0, 0x28, 0x8c, 0xbc, 0xff, 0xfe]), Buffer.from(': x\n    init.hook.restore.velero.io/container-image: ""\n')])
    const root = workspace('binary', { 'noise.yaml': noise, 'nuls.yaml': nuls, 'invalid-utf8.yaml': invalidUtf8 })
    const result = await runLint({ ruleSet: defaultRuleSet(), cwd: root, patterns: [], ignore: [], workers: 0 })
    for (const file of ['noise.yaml', 'nuls.yaml', 'invalid-utf8.yaml']) {
      const text = readFileSync(path.join(root, file)).toString('utf8')
      checkFindings(
        result.findings.filter((f) => f.file === file),
        file,
        text,
      )
    }
    checkWriters(result.findings)
    assert.ok(result.findings.some((f) => f.file === 'nuls.yaml' && f.ruleId === 'yaml-syntax'), 'NULs are a syntax error')
    // The invalid sequences decode to U+FFFD; the hook after them is still found on its line.
    assert.ok(result.findings.some((f) => f.file === 'invalid-utf8.yaml' && f.line === 7), JSON.stringify(result.findings))
  })
})

describe('files of every size read through one reused buffer', () => {
  it('big, small, empty and hook-less files interleaved: each file is read whole and only itself', async () => {
    // runLint reads every file into one buffer it reuses: a file shorter than the one before must
    // not see that file's tail, and one longer than the buffer must be read whole.
    const big = (n: number, onError: string) => `${POD_HEAD}    pre.hook.backup.velero.io/on-error: ${onError}\n${'# padding line\n'.repeat(n)}`
    const files: Record<string, string> = {
      'a-big.yaml': big(20_000, 'BigAbort'),
      'b-small.yaml': `${POD_HEAD}    pre.hook.backup.velero.io/on-error: SmallAbort\n`,
      'c-empty.yaml': '',
      'd-plain.yaml': `kind: ConfigMap\ndata: {x: "${'y'.repeat(300_000)}"}\n`,
      'e-bigger.yaml': `${'# padding line\n'.repeat(40_000)}${POD_HEAD}    pre.hook.backup.velero.io/on-error: TailAbort\n`,
      'f-tiny.yaml': 'velero: 1\n',
    }
    const root = workspace('sizes', files)
    // Over PARALLEL_MIN_BYTES of Velero content: with workers, the last files go to the pool.
    useLintWorkers(SOURCE_LINT_WORKERS)
    try {
      for (const workers of [0, 2]) {
        const result = await runLint({ ruleSet: defaultRuleSet(), cwd: root, patterns: [], ignore: [], workers })
        const got = result.findings.map((f) => `${f.file}:${f.line} ${/"(\w+Abort)"/.exec(f.message)?.[1] ?? f.ruleId}`)
        assert.deepEqual(got, ['a-big.yaml:7 BigAbort', 'b-small.yaml:7 SmallAbort', 'e-bigger.yaml:40007 TailAbort'])
        assert.equal(result.summary.files, 6)
      }
    } finally {
      useLintWorkers(undefined)
    }
  })
})

describe('50,000 documents in one file', () => {
  it('are all parsed, and each finding is at its own document', HANG_GUARD, async () => {
    const docs: string[] = []
    const expected: number[] = []
    let line = 1
    for (let i = 0; i < 50_000; i++) {
      if (i % 5000 === 0) {
        docs.push(`kind: Pod\nmetadata:\n  name: p${i}\n  annotations:\n    pre.hook.backup.velero.io/on-error: Abort${i}\n    pre.hook.backup.velero.io/command: '["/bin/true"]'\n`)
        expected.push(line + 4)
        line += 7
      } else {
        docs.push(`kind: ConfigMap\nmetadata: {name: c${i}}\n`)
        line += 3
      }
    }
    const root = workspace('many-docs', { 'many.yaml': docs.join('---\n') })
    const result = await runLint({ ruleSet: defaultRuleSet(), cwd: root, patterns: [], ignore: [] })
    assert.equal(result.summary.documents, 50_000)
    assert.deepEqual(
      result.findings.filter((f) => f.ruleId === 'hook-invalid-on-error').map((f) => f.line),
      expected,
    )
  })
})

describe('the file system', () => {
  it('symlink loops and links out of the workspace are skipped, not followed', HANG_GUARD, async () => {
    const outside = workspace('outside', { 'secret.yaml': BAD_POD })
    const root = workspace('links', { 'real.yaml': BAD_POD })
    symlinkSync(root, path.join(root, 'loop-dir'))
    symlinkSync(path.join(root, 'b.yaml'), path.join(root, 'a.yaml'))
    symlinkSync(path.join(root, 'a.yaml'), path.join(root, 'b.yaml'))
    symlinkSync(path.join(outside, 'secret.yaml'), path.join(root, 'out.yaml'))
    symlinkSync(outside, path.join(root, 'out-dir'))
    symlinkSync(path.join(root, 'real.yaml'), path.join(root, 'in.yaml'))
    const result = await runLint({ ruleSet: defaultRuleSet(), cwd: root, patterns: [], ignore: [] })
    assert.deepEqual(result.summary.files, 2)
    assert.deepEqual(
      [...new Set(result.findings.map((f) => f.file))].sort(),
      ['in.yaml', 'real.yaml'],
    )
    assert.deepEqual(
      result.skipped.map((s) => `${s.path}: ${s.reason}`).sort(),
      ['a.yaml: broken symbolic link or unreadable path', 'b.yaml: broken symbolic link or unreadable path', 'out.yaml: symbolic link to a file outside the base directory'],
    )
  })

  it('an unreadable file gets a file-unreadable finding', async (t) => {
    const root = workspace('unreadable', { 'locked.yaml': BAD_POD })
    const file = path.join(root, 'locked.yaml')
    chmodSync(file, 0o000)
    try {
      readFileSync(file)
      // root (as in this project's containers) reads anything: the case cannot be produced here.
      t.skip('file permissions are not enforced for this user (running as root)')
      return
    } catch {
      // Permissions are enforced: the engine must say so.
    }
    const result = await runLint({ ruleSet: defaultRuleSet(), cwd: root, patterns: [], ignore: [] })
    assert.deepEqual(
      result.findings.map((f) => f.ruleId),
      ['file-unreadable'],
    )
    assert.match(result.findings[0]!.message, /could not be read \(EACCES\)/)
    chmodSync(file, 0o644)
  })

  /** Lints root one file at a time (in name order), calling swap once a.yaml is done: files change after discovery. */
  const lintSwappingAfterA = (root: string, swap: () => void) =>
    runLint({ ruleSet: defaultRuleSet(),
      cwd: root,
      patterns: [],
      ignore: [],
      concurrency: 1,
      onFile: (_lint, file) => {
        if (file.relative === 'a.yaml') swap()
      },
    })

  it('a file deleted between discovery and reading is skipped; one replaced by a directory is reported', async () => {
    const root = workspace('race', { 'a.yaml': POD_HEAD, 'b.yaml': POD_HEAD, 'c.yaml': POD_HEAD })
    const result = await lintSwappingAfterA(root, () => {
      unlinkSync(path.join(root, 'b.yaml'))
      unlinkSync(path.join(root, 'c.yaml'))
      mkdirSync(path.join(root, 'c.yaml'))
    })
    assert.deepEqual(result.skipped, [{ path: 'b.yaml', reason: 'deleted before it could be read' }])
    assert.deepEqual(
      result.findings.map((f) => [f.file, f.ruleId]),
      [['c.yaml', 'file-unreadable']],
    )
    assert.match(result.findings[0]!.message, /could not be read \(a directory\)/)
  })

  it('a FIFO swapped in for a file after discovery is reported as not a regular file', { skip: process.platform === 'win32' && 'no mkfifo on Windows' }, async () => {
    const root = workspace('fifo', { 'a.yaml': POD_HEAD, 'b.yaml': POD_HEAD })
    const fifo = path.join(root, 'b.yaml')
    // runLint opens files non-blocking, so the FIFO is refused at once. Should an open ever block
    // on it again, this writer frees it after 3 s: the run then takes 3 s longer instead of hanging
    // for good (a blocked open cannot be interrupted, not even by node:test's timeout).
    let writer: ChildProcess | undefined
    try {
      const result = await lintSwappingAfterA(root, () => {
        unlinkSync(fifo)
        const made = spawnSync('mkfifo', [fifo])
        assert.equal(made.status, 0, `mkfifo failed: ${made.stderr}`)
        writer = spawn('sh', ['-c', 'sleep 3; printf "kind: Pod\\n# velero\\n" > "$0"', fifo], { stdio: 'ignore' })
      })
      assert.deepEqual(
        result.findings.map((f) => [f.file, f.ruleId]),
        [['b.yaml', 'file-unreadable']],
      )
      assert.match(result.findings[0]!.message, /could not be read \(not a regular file\)/)
    } finally {
      writer?.kill()
    }
  })

  it('patterns that climb out with .. are refused: a usage error, one line from the CLI', async () => {
    const root = workspace('dotdot', { 'a.yaml': POD_HEAD })
    for (const pattern of ['../*.yaml', 'sub/../../x/*.yaml', '..\\*.yaml']) {
      await assert.rejects(runLint({ ruleSet: defaultRuleSet(), cwd: root, patterns: [pattern], ignore: [] }), UsageError, pattern)
    }
    await assert.rejects(runLint({ ruleSet: defaultRuleSet(), cwd: root, patterns: [], ignore: ['../x'] }), UsageError)
    const refused = cli('lint', '--cwd', root, '**/../../*.yaml')
    assert.equal(refused.status, 2)
    assert.match(refused.stderr, /climbs out of the base directory/)
    assert.doesNotMatch(refused.stderr, /\n\s+at /, 'no stack trace')
  })
})

describe('workflow-command injection', () => {
  const hostileText = [
    'apiVersion: v1',
    'kind: Pod',
    'metadata:',
    '  name: "x\\n::set-output name=pwned::1"',
    '  annotations:',
    '    "pre.hook.backup.velero.io/command\\n::error::injected": x',
    `    "pre.hook.backup.velero.io/timeout": "5 minutes\\r\\n::set-output name=a::b %0A::warning::c"`,
    `    pre.hook.backup.velero.io/on-error: "Abort\\n::stop-commands::tok"`,
    `    pre.hook.backup.velero.io/command: "sh -c 'echo ::add-mask::x'"`,
    '    "init.hook.restore.velero.io/container-image": "::group::\\u001b[2Jx"',
    'spec:',
    '  containers: [{name: "app\\n::endgroup::", image: nginx}]',
  ].join('\n')

  it('manifest text never starts a command of its own in github output', () => {
    for (const file of ['plain.yaml', 'odd\nname::set-output name=x::y,.yaml']) {
      const result = lint(hostileText, file)
      assert.ok(result.findings.length >= 3, `findings: ${ids(result.findings)}`)
      // lint() ran checkWriters: one well-formed command per finding, each message round-tripping.
      const github = formatGithub({ summary: SUMMARY, findings: result.findings })
      for (const line of github.trimEnd().split('\n')) assert.match(line, /^::(error|warning|notice) file=[^\r\n:,]*,line=\d+,/)
      assert.doesNotMatch(github, /\r|\n(?!::(error|warning|notice) |$)/, 'every line is one of ours')
    }
  })

  it('the text format keeps each finding on one line and shows no raw escape sequences', async () => {
    const root = workspace('inject', { 'x.yaml': hostileText })
    const result = await runLint({ ruleSet: defaultRuleSet(), cwd: root, patterns: [], ignore: [] })
    const text = formatText(result, { color: false }) + formatText({ ...result, findings: result.findings.map((f) => ({ ...f, file: '::error::x\r::warning::y.yaml' })) })
    // eslint-disable-next-line no-control-regex
    assert.doesNotMatch(text, /[\u0000-\u0009\u000b-\u001f\u007f]/, 'no control characters but newlines')
    for (const line of text.split('\n')) assert.ok(!line.startsWith('::'), `a line starts a workflow command: ${line}`)
  })
})

describe('nothing but findings on the console', () => {
  it('mappings with collection keys (which yaml warns about when converting) print no Node warning', async () => {
    const warnings: string[] = []
    const onWarning = (w: Error): void => void warnings.push(w.message)
    process.on('warning', onWarning)
    try {
      const text = `${POD_HEAD}    pre.hook.backup.velero.io/timeout: { {a: 1}: x, [b]: y }\n    init.hook.restore.velero.io/container-image: alpine:3.20\n    init.hook.restore.velero.io/command: '["/bin/true"]'\n  labels: {? {k: v} : z}\nspec:\n  containers: [{name: app, image: nginx, volumeMounts: [{? [x] : y, name: d, mountPath: /d}]}]\n`
      const result = lint(text)
      assert.ok(ids(result.findings).includes('hook-annotation-not-string'), ids(result.findings).join(', '))
      // Render leaves pods with invalid hooks alone: render the same pod without the bad timeout.
      const rendered = renderText('hostile.yaml', text.replace(/^.*timeout.*\n/m, ''))
      assert.ok(rendered.output?.includes('velero-restore-init-0'), 'the init container is rendered')
      await new Promise((resolve) => setImmediate(resolve))
      assert.deepEqual(warnings, [])
    } finally {
      process.off('warning', onWarning)
    }
  })
})
