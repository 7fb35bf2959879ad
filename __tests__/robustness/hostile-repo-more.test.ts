/**
 * Hostile repositories, the rest of issue 14: raised size limits, template marks in data, overlapping
 * source and output, names discovery must not lose, hook keys the pre-filter must not miss, write
 * failures in --fix, and glob bounds for patterns. Each case builds its repository in a temp dir.
 */
import assert from 'node:assert/strict'
import { spawn, spawnSync } from 'node:child_process'
import { existsSync, mkdirSync, readdirSync, readFileSync, symlinkSync, truncateSync, writeFileSync } from 'node:fs'
import path from 'node:path'
import { after, describe, it } from 'node:test'
import { lintText } from '../../src/engine/lint-text.js'
import { MAX_CHECKABLE_BYTES, runLint } from '../../src/engine/run-lint.js'
import { defaultRuleSet } from '../../src/rules/index.js'
import { runFix } from '../../src/fix/index.js'
import { writeFileAtomic } from '../../src/io/atomic-write.js'
import { cli, REPO_ROOT, runActionIn, tempWorkspaces } from '../support/hostile.js'

const temp = tempWorkspaces('vh-hostile-more-')
after(() => temp.remove())
const { workspace } = temp

/** An init hook without an image: an error in any file it is in. */
const BROKEN_POD = `apiVersion: v1
kind: Pod
metadata:
  name: p
  annotations:
    init.hook.restore.velero.io/command: '["/bin/true"]'
spec:
  containers: [{name: app, image: nginx}]
`

/** A sparse file of this size: no disk space and nothing allocated (the reader refuses it by size). */
function sparse(file: string, size: number): void {
  writeFileSync(file, '')
  truncateSync(file, size)
}

describe('a raised --max-file-bytes', () => {
  it('a 2 GiB or 550 MiB file is one file-unreadable finding naming it; every later file is still checked', async () => {
    const root = workspace('huge', { 'b.yaml': BROKEN_POD, 'd.yaml': BROKEN_POD })
    sparse(path.join(root, 'a.yaml'), 2 * 1024 ** 3)
    sparse(path.join(root, 'c.yaml'), 550 * 1024 ** 2)
    const result = await runLint({ ruleSet: defaultRuleSet(), cwd: root, patterns: [], ignore: [], maxFileBytes: 3 * 1024 ** 3 })
    const byFile = (file: string) => result.findings.filter((f) => f.file === file).map((f) => `${f.ruleId}: ${f.message}`)
    assert.match(byFile('a.yaml').join(), /^file-unreadable: This file is 2147483648 bytes, over the largest file that can be checked \(\d+ bytes/)
    assert.match(byFile('c.yaml').join(), /^file-unreadable: This file is 576716800 bytes, over the largest/)
    for (const later of ['b.yaml', 'd.yaml']) assert.deepEqual(byFile(later).map((f) => f.split(':')[0]), ['init-hook-missing-image'], later)
    assert.equal(result.summary.errors, 2)
  })

  it('the CLI refuses a limit past what can be checked, and checks every file under the largest one it takes', () => {
    const root = workspace('huge-cli', { 'b.yaml': BROKEN_POD })
    sparse(path.join(root, 'a.yaml'), 550 * 1024 ** 2)
    const refused = cli('lint', '--cwd', root, '--max-file-bytes', '3000000000')
    assert.equal(refused.status, 2, refused.stderr)
    assert.match(refused.stderr, new RegExp(`max-file-bytes must be at most ${MAX_CHECKABLE_BYTES}\\b`))
    assert.doesNotMatch(refused.stderr, /internal error|\n\s+at /)
    const out = cli('lint', '--cwd', root, '--max-file-bytes', String(MAX_CHECKABLE_BYTES), '--format', 'json')
    assert.equal(out.status, 1, out.stderr)
    const findings = (JSON.parse(out.stdout) as { findings: Array<{ file: string; ruleId: string }> }).findings
    assert.deepEqual(findings.map((f) => `${path.basename(f.file)} ${f.ruleId}`).sort(), ['a.yaml file-unreadable', 'b.yaml init-hook-missing-image'])
  })
})

describe('template marks are decided per document, outside string values', () => {
  const lintIds = (text: string) => lintText('m.yaml', text, defaultRuleSet()).findings.map((f) => `${f.line}:${f.column} ${f.ruleId}`)
  const CONFIG_MAP = `apiVersion: v1
kind: ConfigMap
metadata:
  name: rules
data:
  summary: "Instance {{ $labels.instance }} is down"
  alerts.yaml: |
    groups:
      - rules:
          - alert: Down
            annotations:
              description: '{{ $labels.job }} {% raw %}'
`

  it('a Prometheus label template in a quoted or block scalar is data: the other documents are checked', () => {
    assert.deepEqual(lintIds(`${CONFIG_MAP}---\n${BROKEN_POD}`), ['19:5 init-hook-missing-image'])
    // In the same document as the hook, too.
    const pod = BROKEN_POD.replace('  name: p\n', '  name: p\n  labels: {note: "{{ not a template }}"}\n')
    assert.deepEqual(lintIds(pod), ['7:5 init-hook-missing-image'])
  })

  it('a JSON Restore with "{{" in a string is checked', () => {
    const restore = JSON.stringify({
      apiVersion: 'velero.io/v1',
      kind: 'Restore',
      metadata: { name: 'r', namespace: 'velero' },
      spec: { backupName: 'b', hooks: { resources: [{ name: 'db', postHooks: [{ exec: { container: 'db', command: ['/bin/sh', '-c', 'echo {{ .Date }}'], onError: 'fail' } }] }] } },
    })
    assert.deepEqual(lintIds(restore).map((f) => f.split(' ')[1]), ['spec-hook-invalid-exec'])
  })

  it('Helm templates (marks in keys, plain scalars, flow positions, comments) are skipped per document with the notice', () => {
    const helm = `{{- if .Values.backup }}\nkind: Pod\nmetadata:\n  annotations:\n    pre.hook.backup.velero.io/command: '["/bin/true"]'\n{{- end }}\n`
    // The broken template's "{{- end }}" lies past where the parser ends it: it is still the template's.
    assert.deepEqual(lintIds(`${helm}---\n${BROKEN_POD}`), ['1:1 template-skipped', '13:5 init-hook-missing-image'])
    assert.deepEqual(lintIds(`${BROKEN_POD}---\n${helm}`), ['6:5 init-hook-missing-image', '10:1 template-skipped'])
    for (const mark of ['name: web-{{ .Release.Name }}', 'name: {{ .Release.Name }}', '{{ .Values.key }}: x', '# {{- if .Values.x }}']) {
      const text = `kind: Pod\nmetadata:\n  ${mark}\n  annotations:\n    init.hook.restore.velero.io/command: '["/bin/true"]'\n`
      assert.deepEqual(lintIds(text).map((f) => f.split(' ')[1]), ['template-skipped'], mark)
    }
  })
})

describe('overlapping source and output directories', () => {
  const CONFIG_MAP = 'apiVersion: v1\nkind: ConfigMap\nmetadata: {name: c}\n'
  const repo = (name: string) => workspace(name, { 'apps/web.yaml': BROKEN_POD, 'other/cm.yaml': CONFIG_MAP })

  it('render/check --output-dir apps with the sources in apps/ is a usage error naming them; nothing is written', () => {
    const root = repo('overlap-cli')
    for (const mode of ['render', 'check']) {
      const out = cli(mode, '--cwd', root, '--output-dir', 'apps')
      assert.equal(out.status, 2, out.stderr)
      assert.match(out.stderr, /output directory "apps" holds manifests that are no render of a source \("apps\/web\.yaml"\)/)
    }
    assert.equal(existsSync(path.join(root, 'apps', 'other')), false)
    // A glob or a link whose fixed part is the output directory: refused before anything is read.
    symlinkSync('apps', path.join(root, 'deploy'))
    for (const pattern of ['apps/**/*.yaml', 'deploy/**/*.yaml']) {
      const out = cli('render', '--cwd', root, '--output-dir', 'apps', pattern, 'other')
      assert.equal(out.status, 2, out.stderr)
      assert.match(out.stderr, new RegExp(`"${pattern.replace(/\*/g, '\\*')}" is inside the output directory "apps"`))
    }
    // A real output directory is unaffected, however often render runs.
    for (let i = 0; i < 2; i++) assert.equal(cli('render', '--cwd', root, '--fail-on', 'never').status, 0)
    assert.equal(existsSync(path.join(root, 'rendered', 'apps', 'web.yaml')), true)
  })

  it('the action: render refuses, lint checks an output-dir that holds sources', async () => {
    const root = repo('overlap-action')
    const render = await runActionIn(root, { mode: 'render', 'output-dir': 'apps' })
    assert.match(String(render.of('setFailed')[0]?.[0]), /output directory "apps" holds manifests that are no render of a source/)
    const lint = await runActionIn(root, { mode: 'lint', 'output-dir': 'apps' })
    assert.equal(lint.outputs.files, '2')
    assert.equal(lint.outputs.errors, '1')
  })
})

describe('names discovery must not lose', () => {
  const linux = process.platform !== 'linux' && 'names that are not valid UTF-8 and line breaks in directory names need Linux'

  it('manifests in dot-directories are checked; .git and node_modules never', async () => {
    const root = workspace('dot-dirs', { '.k8s/prod/web.yaml': BROKEN_POD, '.git/x.yaml': BROKEN_POD, 'node_modules/p/y.yaml': BROKEN_POD, 'sub/.git/z.yaml': BROKEN_POD })
    for (const patterns of [[], ['.k8s'], ['**/*.yaml']]) {
      const result = await runLint({ ruleSet: defaultRuleSet(), cwd: root, patterns, ignore: [] })
      assert.deepEqual(result.findings.map((f) => f.file), ['.k8s/prod/web.yaml'], patterns.join())
    }
  })

  it('a directory name with a line break is searched with the default patterns, else reported by name, escaped', { skip: linux }, async () => {
    const root = workspace('line-breaks', { 'we\nird/a.yaml': BROKEN_POD, 'deep/x\ny/z/w.yaml': BROKEN_POD, 'note\ns.txt': 'not yaml' })
    const all = await runLint({ ruleSet: defaultRuleSet(), cwd: root, patterns: [], ignore: [] })
    assert.deepEqual(all.findings.map((f) => f.file), ['deep/x\ny/z/w.yaml', 'we\nird/a.yaml'])
    assert.deepEqual(all.skipped, [])
    const narrowed = await runLint({ ruleSet: defaultRuleSet(), cwd: root, patterns: ['deep/**/*.yaml'], ignore: [] })
    assert.deepEqual(narrowed.findings, [])
    assert.deepEqual(narrowed.skipped.map((s) => s.path), ['deep/x\ny/'])
    assert.match(narrowed.skipped[0]!.reason, /line break: a "\*\*" glob never matches it, so nothing in it was checked/)
    const out = cli('lint', '--cwd', root, 'deep/**/*.yaml', '--no-error-on-unmatched-pattern')
    assert.match(out.stderr, /^velero-hooks: skipped \S*line-breaks\/deep\/x\\ny: a directory whose name holds a line break[^\n]*$/m)
  })

  it('names that are not valid UTF-8 are reported as such, with their bytes, never as deleted', { skip: linux }, async () => {
    const root = workspace('not-utf8', { 'ok.yaml': BROKEN_POD })
    writeFileSync(Buffer.from(`${root}/bad\xff.yaml`, 'latin1'), BROKEN_POD)
    mkdirSync(Buffer.from(`${root}/dir\xfe`, 'latin1'))
    writeFileSync(Buffer.from(`${root}/dir\xfe/q.yaml`, 'latin1'), BROKEN_POD)
    const result = await runLint({ ruleSet: defaultRuleSet(), cwd: root, patterns: [], ignore: [] })
    assert.deepEqual(result.findings.map((f) => f.file), ['ok.yaml'])
    assert.deepEqual(
      result.skipped.map((s) => `${s.path} ${s.reason.split(':')[0]}`),
      ['bad\uFFFD.yaml its name is not valid UTF-8 ("bad\\xff.yaml")', 'dir\uFFFD/ a directory whose name is not valid UTF-8 ("dir\\xfe")'],
    )
  })
})

describe('hook keys the pre-filter must not miss', () => {
  it('keys written with YAML escapes are checked', async () => {
    const escaped = BROKEN_POD.replace('init.hook.restore.velero.io/command', '"init.h\\x6fok.restore.v\\u0065lero.io/command"')
    assert.doesNotMatch(escaped, /velero|hook\.restore/)
    const root = workspace('escaped-keys', { 'a.yaml': escaped, 'b.json': JSON.stringify({ apiVersion: 'v1', kind: 'Pod', metadata: { name: 'j', annotations: { 'init.h\u006fok.restore.v\u0065lero.io/command': '["/bin/true"]' } }, spec: { containers: [{ name: 'app', image: 'nginx' }] } }).replace(/hook/, 'h\\u006fok').replace(/velero/, 'v\\u0065lero') })
    const result = await runLint({ ruleSet: defaultRuleSet(), cwd: root, patterns: ['*.yaml', '*.json'], ignore: [] })
    assert.deepEqual(result.findings.map((f) => `${f.file} ${f.ruleId}`), ['a.yaml init-hook-missing-image', 'b.json init-hook-missing-image'])
  })

  it('UTF-16 files (by their byte order mark) are checked, and left as they are by --fix and render', async () => {
    const fixable = BROKEN_POD.replace("'[\"/bin/true\"]'\n", "'[\"/bin/true\"]'\n    pre.hook.backup.velero.io/command: '[\"/bin/true\"]'\n    pre.hook.backup.velero.io/on-error: fail\n")
    const le = Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(fixable, 'utf16le')])
    const be = Buffer.from(le).swap16()
    const root = workspace('utf16', { 'le.yaml': le, 'be.yaml': be })
    const lint = await runLint({ ruleSet: defaultRuleSet(), cwd: root, patterns: [], ignore: [] })
    const expected = ['hook-invalid-on-error', 'init-hook-missing-image']
    for (const file of ['be.yaml', 'le.yaml']) assert.deepEqual(lint.findings.filter((f) => f.file === file).map((f) => f.ruleId).sort(), expected, file)
    const fixed = cli('lint', '--cwd', root, '--fix')
    assert.equal(fixed.status, 1, fixed.stderr)
    assert.deepEqual([readFileSync(path.join(root, 'le.yaml')), readFileSync(path.join(root, 'be.yaml'))], [le, be])
    const render = cli('render', '--cwd', root, '--fail-on', 'never')
    assert.equal(render.status, 0, render.stderr)
    assert.deepEqual(readFileSync(path.join(root, 'rendered', 'le.yaml')), le)
  })
})

describe('write failures in --fix and signals', () => {
  const FIXABLE = (name: string, padding = '') => `kind: Pod\nmetadata:\n  name: ${name}\n  annotations:\n    pre.hook.backup.velero.io/command: ["/bin/true"]\nspec:\n  containers: [{name: app, image: nginx}]\n${padding}`

  it('a write that fails leaves its file as it was, named with the reason; the other files are fixed and reported', async () => {
    const root = workspace('fix-enospc', { 'a.yaml': FIXABLE('a'), 'b.yaml': FIXABLE('b'), 'c.yaml': FIXABLE('c') })
    const noSpace = Object.assign(new Error('ENOSPC: no space left on device, write'), { code: 'ENOSPC' })
    const result = await runFix({
      ruleSet: defaultRuleSet(),
      cwd: root,
      patterns: [],
      ignore: [],
      writeFile: async (target, data, options) => {
        if (path.basename(target) === 'b.yaml') throw noSpace
        await writeFileAtomic(target, data, options)
      },
    })
    assert.deepEqual(result.files.map((f) => f.file), ['a.yaml', 'c.yaml'])
    assert.deepEqual(result.failed, [{ file: 'b.yaml', reason: 'no space left on the device' }])
    assert.equal(readFileSync(path.join(root, 'b.yaml'), 'utf8'), FIXABLE('b'))
    // A bug is no write failure: it still ends the run.
    await assert.rejects(runFix({ ruleSet: defaultRuleSet(), cwd: root, patterns: ['b.yaml'], ignore: [], writeFile: async () => Promise.reject(new TypeError('bug')) }), /bug/)
  })

  it('the CLI: a file over the process file-size limit (EFBIG, as a full disk) is named, the others fixed, exit 2 after the report', { skip: process.platform !== 'linux' && 'ulimit -f and SIGXFSZ' }, () => {
    const root = workspace('fix-efbig', { 'big.yaml': FIXABLE('big', `# ${'x'.repeat(98)}\n`.repeat(3000)), 'small.yaml': FIXABLE('small') })
    const script = `trap '' XFSZ; ulimit -f 256; exec "${process.execPath}" --import tsx src/cli-main.ts lint --cwd "${root}" --fix --format json`
    const out = spawnSync('bash', ['-c', script], { cwd: REPO_ROOT, encoding: 'utf8', timeout: 120_000 })
    assert.equal(out.status, 2, out.stderr)
    assert.match(out.stderr, /fixed \S*small\.yaml:/)
    assert.match(out.stderr, /could not write the fixes of \S*big\.yaml: the file is larger than the file system or this process may write; it is left as it was/)
    const report = JSON.parse(out.stdout) as { findings: Array<{ file: string; ruleId: string }> }
    assert.deepEqual(report.findings.map((f) => `${path.basename(f.file)} ${f.ruleId}`), ['big.yaml hook-annotation-not-string'])
    assert.match(readFileSync(path.join(root, 'big.yaml'), 'utf8'), /command: \["\/bin\/true"\]/)
    assert.deepEqual(readdirSync(root).filter((n) => n.startsWith('.vh-')), [])
  })

  it('SIGTERM while a temporary file is being written removes it, and the process still ends by the signal', { skip: process.platform === 'win32' && 'no POSIX signals' }, async () => {
    const root = workspace('sigterm')
    const target = path.join(root, 'out.yaml')
    // A write whose data never ends (the way a slow disk or a big file holds a write open).
    const code = [
      `import { writeFileAtomic } from ${JSON.stringify(path.join(REPO_ROOT, 'src', 'io', 'atomic-write.ts'))}`,
      'setInterval(() => {}, 1000)',
      "async function* data() { yield 'kind: Pod\\n'; console.log('writing'); await new Promise(() => {}) }",
      `await writeFileAtomic(${JSON.stringify(target)}, data())`,
    ].join('\n')
    const child = spawn(process.execPath, ['--import', 'tsx', '--input-type=module', '-e', code], { cwd: REPO_ROOT, stdio: ['ignore', 'pipe', 'inherit'] })
    const exited = new Promise<NodeJS.Signals | null>((resolve) => child.on('exit', (_, signal) => resolve(signal)))
    await new Promise<void>((resolve) => child.stdout.on('data', () => resolve()))
    const temps = () => readdirSync(root).filter((n) => n.startsWith('.vh-'))
    assert.equal(temps().length, 1, 'the temporary file is there while the write goes on')
    child.kill('SIGTERM')
    assert.equal(await exited, 'SIGTERM')
    assert.deepEqual(temps(), [])
    assert.equal(existsSync(target), false)
  })
})

describe('patterns given on the command line and to the action are bounded like configured globs', () => {
  const bomb = '{a,b}'.repeat(24)
  const exponential = 'x/+(ab|abab)c'

  it('the CLI refuses them (patterns and --ignore) with a usage error, never an abort or a hang', () => {
    const root = workspace('glob-bounds', { 'a.yaml': BROKEN_POD, [`x/${'ab'.repeat(60)}`]: 'x' })
    for (const args of [[bomb], [exponential], ['--ignore', '*a*a*a*a*ab', '.'], ['--ignore', exponential, '.']]) {
      const out = cli('lint', '--cwd', root, ...args)
      assert.equal(out.status, 2, `${args.join(' ')}: ${out.stderr}`)
      assert.match(out.stderr, /^velero-hooks: (pattern|--ignore) ".*" is refused: /)
      assert.doesNotMatch(out.stderr, /heap|internal error|\n\s+at /)
    }
    assert.equal(cli('lint', '--cwd', root, '**/*.@(yaml|yml)').status, 1, 'an ordinary extglob still works')
  })

  it('the action refuses them in files and ignore', async () => {
    const root = workspace('glob-bounds-action', { 'a.yaml': BROKEN_POD })
    // (The action splits its lists on commas too, so braces never reach it whole.)
    for (const inputs of [{ files: [`a.yaml\n*a*a*a*a*ab`] }, { files: [exponential] }, { ignore: [exponential] }]) {
      const run = await runActionIn(root, inputs)
      assert.match(String(run.of('setFailed')[0]?.[0]), /^velero-hooks: (files|ignore) ".*" is refused: /, JSON.stringify(inputs))
    }
  })
})
