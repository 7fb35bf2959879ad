/**
 * Hostile repositories, the rest of issue 14: raised size limits, template marks in data, overlapping
 * source and output, names discovery must not lose, hook keys the pre-filter must not miss, write
 * failures in --fix, and glob bounds for patterns. Each case builds its repository in a temp dir.
 */
import assert from 'node:assert/strict'
import { existsSync, mkdirSync, symlinkSync, truncateSync, writeFileSync } from 'node:fs'
import path from 'node:path'
import { after, describe, it } from 'node:test'
import { lintText } from '../../src/engine/lint-text.js'
import { MAX_CHECKABLE_BYTES, runLint } from '../../src/engine/run-lint.js'
import { defaultRuleSet } from '../../src/rules/index.js'
import { cli, runActionIn, tempWorkspaces } from '../support/hostile.js'

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
