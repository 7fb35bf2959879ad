/**
 * The mistake classes of the real-world corpus (../shared/corpus/hooks, see its SOURCES.md), each
 * reproduced by a small manifest of our own under __fixtures__/corpus-classes/ (the corpus files
 * themselves are not copied: their licences vary). Unlike corpus.test.ts these run on any clone.
 *
 * For each fixture: lint reports exactly the expected findings (rule, line, column, severity);
 * --fix repairs what it can be certain of, never breaks the YAML or drops a comment, is idempotent,
 * and leaves the uncertain classes untouched; render injects the init containers of the fixtures
 * with init hooks as pure insertions that read back as input plus container, in objects that are
 * valid Kubernetes; and, as in
 * render/corpus.test.ts, a hook forced into every pod spec of every fixture is edited faithfully.
 */
import assert from 'node:assert/strict'
import { readdirSync, readFileSync } from 'node:fs'
import path from 'node:path'
import { describe, it } from 'node:test'
import { parseAllDocuments } from 'yaml'

// The engine, in one place: the only imports from src/ (update these paths when src/ moves).
import { lintText } from '../../src/engine/lint-text.js'
import { runLint } from '../../src/engine/run-lint.js'
import { fixText } from '../../src/fix/fix-text.js'
import { FIXERS } from '../../src/fix/fixers/index.js'
import type { InitHook } from '../../src/render/init-container.js'
import { renderLinted, renderText, type FileRender } from '../../src/render/render-text.js'
import { defaultRuleSet } from '../../src/rules/index.js'
import { assertValidRender } from '../support/kube-validate.js'

const engine = (() => {
  const ruleSet = defaultRuleSet()
  const show = (f: { ruleId: string; line: number; column: number; severity: string }): string => `${f.ruleId} ${f.line}:${f.column} ${f.severity}`
  return {
    /** Findings of one file, as 'ruleId line:column severity' in report order. */
    lint: (file: string, text: string): string[] => lintText(file, text, ruleSet).findings.map(show),
    /**
     * runLint over a directory (discovery, reading, the whole pipeline, the cross-resource step over
     * all its files), or over the files `patterns` name: file → findings as above.
     */
    lintDirectory: async (cwd: string, patterns: string[] = []): Promise<{ files: number; findings: Map<string, string[]> }> => {
      const result = await runLint({ cwd, patterns, ignore: [], ruleSet })
      const findings = new Map<string, string[]>()
      for (const f of result.findings) findings.set(f.file, [...(findings.get(f.file) ?? []), show(f)])
      return { files: result.summary.files, findings }
    },
    fix: (file: string, text: string) => fixText(file, text, { ruleSet }),
    fixableRules: new Set(FIXERS.map((f) => f.ruleId)),
    render: (file: string, text: string): FileRender => renderText(file, text, { ruleSet }),
    /** Render with `hook` put into every pod spec (the renderer's test seam), and how many pod specs there are. */
    renderEveryPod: (file: string, text: string, hook: InitHook): { render: FileRender; pods: number } => {
      const lint = lintText(file, text, ruleSet)
      return {
        render: renderLinted(lint, { ruleSet, hookOf: () => hook }),
        pods: lint.models.reduce((n, m) => n + m.pods.filter((p) => p.role !== 'values').length, 0),
      }
    },
  }
})()

const DIR = path.resolve(import.meta.dirname, '..', '..', '__fixtures__', 'corpus-classes')

interface Case {
  /** What lint reports: 'ruleId line:column severity', in report order. Nothing else may be reported. */
  findings: string[]
  /** What --fix repairs (the rules of the fixes it makes) and what lint reports afterwards; omitted: --fix changes nothing. */
  fix?: { rules: string[]; after: string[] }
  /** How many init containers render injects; omitted: render leaves the file unchanged. */
  rendered?: number
  /** Pod specs render leaves alone whatever the hook, because Kubernetes rejects the object (a non-string annotation). */
  renderBlocked?: number
  /** A class the engine does not report yet: the test is a todo until it does. */
  todo?: string
}

/** Fixture → expectations. Every fixture must be here, and every entry must have its fixture. */
const CASES: Record<string, Case> = {
  // SOURCES: IBM backup deployments (post.hook.restore…/timeout).
  'unknown-key-restore-timeout.yaml': { findings: ['hook-annotation-unknown-key 24:9 error'] },
  // A typo in a hook field: certain, so --fix renames it.
  'misspelt-hook-key.yaml': {
    findings: ['hook-annotation-unknown-key 10:5 error'],
    fix: { rules: ['hook-annotation-unknown-key'], after: [] },
  },
  // SOURCES: IBM mongodb deployment, OneUptime restore hooks, stuttgart-things slides (pre.hook.restore…).
  'pre-restore-hook.yaml': {
    findings: ['hook-annotation-unknown-key 18:9 error', 'hook-annotation-unknown-key 19:9 error', 'hook-annotation-unknown-key 20:9 error'],
  },
  // SOURCES: OneUptime restore hooks, SupportTools production guide (annotations on the Deployment).
  'hooks-on-deployment-metadata.yaml': {
    findings: [10, 11, 12, 13, 14].map((line) => `hook-annotation-on-controller ${line}:5 error`),
    fix: { rules: ['hook-annotation-on-controller'], after: [] },
  },
  // SOURCES: SupportTools DR architectures (StatefulSet metadata, leading comment document, ConfigMap).
  'hooks-on-statefulset-metadata-multidoc.yaml': {
    findings: [10, 11, 12, 13].map((line) => `hook-annotation-on-controller ${line}:5 error`),
    fix: { rules: ['hook-annotation-on-controller'], after: [] },
  },
  // SOURCES: SupportTools DR architectures (backup.velero.io/backup-volumes next to the hooks on a StatefulSet's own metadata).
  'fs-backup-on-statefulset-metadata.yaml': {
    findings: ['fs-backup-annotation-on-controller 9:5 error', 'hook-annotation-on-controller 10:5 error', 'hook-annotation-on-controller 11:5 error'],
    fix: { rules: ['fs-backup-annotation-on-controller', 'hook-annotation-on-controller'], after: [] },
  },
  // SOURCES: IBM backup deployments (backup-volumes names the Deployment, not its volume "…-mount").
  'fs-backup-volume-not-in-pod.yaml': { findings: ['fs-backup-volume-unknown 17:42 warning'] },
  // SOURCES: OneUptime multi-container hooks (duplicate annotation keys).
  'duplicate-hook-keys.yaml': { findings: ['yaml-syntax 21:9 error', 'yaml-syntax 22:9 error', 'yaml-syntax 23:9 error'] },
  // SOURCES: SupportTools advanced strategies (">-" with a more-indented line: raw newline in JSON).
  'folded-command-raw-newline.yaml': { findings: ['hook-command-invalid-json 18:44 error'] },
  // The brief's "single-quoted JSON command"; --fix requotes it.
  'single-quoted-json-command.yaml': {
    findings: ['hook-command-invalid-json 17:44 error', 'hook-command-invalid-json 19:45 error'],
    fix: { rules: ['hook-command-invalid-json'], after: [] },
  },
  // SOURCES: stuttgart-things heredoc (single-quoted JSON continued with a trailing backslash).
  'backslash-continuation-command.yaml': { findings: ['hook-command-invalid-json 10:42 error'] },
  // SOURCES: stuttgart-things slides (values podAnnotations, block scalars holding a quoted string).
  'values-extra-quotes.yaml': {
    findings: ['hook-annotation-unknown-key 7:3 error', 'hook-command-invalid-json 8:38 error', 'hook-command-invalid-json 10:40 error'],
  },
  // SOURCES: replicated-docs snapshots-hooks (hooks in a HelmChart's spec.values.*.podAnnotations).
  // podAnnotations are read from Helm values files (documents without apiVersion/kind), not from a
  // chart resource's spec.values: never silent, the keys are reported as not checked.
  'helmchart-values.yaml': {
    findings: ['hook-keys-not-checked 16:9 warning'],
  },
  // SOURCES: cassandra Jinja template, replicated-docs KOTS templates; the brief's Helm template.
  'template-helm.yaml': { findings: ['template-skipped 6:9 notice'] },
  'template-jinja.yaml': { findings: ['template-skipped 3:1 notice'] },
  // SOURCES: mig-demo-apps parks-app backup (includedResources without pods); a Schedule excluding pods.
  'backup-hooks-exclude-pods.yaml': { findings: ['backup-spec-hooks-skip-pods 14:9 error', 'backup-spec-hooks-skip-pods 38:15 error'] },
  // SOURCES: velero restore-hooks docs and design (a "..." placeholder line).
  'yaml-ellipsis-placeholder.yaml': { findings: ['yaml-syntax 15:9 error'] },
  // SOURCES: stuttgart-things heredoc (a stray shell line).
  'yaml-stray-shell-line.yaml': { findings: ['yaml-syntax 3:1 error'] },
  // SOURCES: replicated-docs embedded DR (Restore init container image as a mapping, no command).
  'restore-init-image-mapping.yaml': { findings: ['restore-spec-invalid-init-container 19:19 error', 'restore-spec-invalid-init-container 21:21 error'] },
  // The brief's "Restore spec hooks"; SOURCES: OneUptime restore (init under postHooks is valid).
  'restore-spec-hooks.yaml': { findings: ['spec-hook-invalid-exec 28:24 error', 'spec-hook-invalid-exec 29:28 error', 'spec-hook-invalid-exec 32:15 error'] },
  // SOURCES: velero v0.6.0 Backup (ark.heptio.com): not Velero's schema, nothing to report.
  'legacy-ark-backup.yaml': { findings: [] },
  // SOURCES: the edge cases and "none spotted" files (block-scalar JSON, folded JSON, quoted bools, empty hook list).
  'valid-forms.yaml': { findings: [] },
  // Non-string annotation values (the mistake the corpus' quoted wait-for-ready avoids); --fix quotes them.
  'not-string-values.yaml': {
    // The command is not a string: kubectl rejects the object, the one root cause (no orphan findings besides).
    findings: ['hook-annotation-not-string 11:7 error', 'hook-annotation-not-string 13:49 error'],
    fix: { rules: ['hook-annotation-not-string'], after: [] },
    renderBlocked: 1,
  },
  // The brief's classes: misspelt container, on-error lower case, invalid duration, init hook without image.
  'misspelt-container.yaml': { findings: ['hook-unknown-container 16:46 error'] },
  // Velero reads both as "", i.e. Continue: "continue" behaves as written, and "fail" on the pod's only restore exec
  // hook (no wait-timeout) does what Fail would: notices (velero v1.18.2).
  'on-error-lowercase.yaml': { findings: ['hook-invalid-on-error 9:41 notice', 'hook-invalid-on-error 11:43 notice'] },
  'invalid-duration.yaml': { findings: ['hook-invalid-duration 9:40 error', 'hook-invalid-duration 11:47 error', 'hook-invalid-duration 12:47 error'] },
  'init-hook-without-image.yaml': { findings: ['init-hook-missing-image 8:5 error'], rendered: 1 },
  // Layouts: List (SOURCES: mig-demo-apps todolist), OpenShift Template (SOURCES: patroni), CronJob, CRLF.
  'list-object.yaml': { findings: ['hook-unknown-container 28:50 error'], rendered: 1 },
  'openshift-template.yaml': { findings: ['hook-invalid-on-error 27:49 notice'], rendered: 1 },
  'cronjob-template.yaml': { findings: ['hook-invalid-duration 15:48 error', 'init-hook-on-job-pods 16:13 warning'], rendered: 1 },
  'crlf-line-endings.yaml': { findings: ['hook-invalid-on-error 9:41 error'], rendered: 1 },
}

const FIXTURES = readdirSync(DIR)
  .filter((f) => /\.ya?ml$/.test(f))
  .sort()
const read = (name: string): string => readFileSync(path.join(DIR, name), 'utf8')
const isTemplate = (text: string): boolean => /\{\{|\{%/.test(text)
const caseOf = (name: string): Case => CASES[name] ?? assert.fail(`${name} has no entry in CASES`)

/** Output with every inserted text taken out, and how many input bytes the edits removed. */
function withoutInsertions(input: string, r: FileRender): { rebuilt: string; removed: number } {
  const edits = r.changes.flatMap((c) => c.edits).sort((a, b) => a.start - b.start)
  let rebuilt = ''
  let at = 0
  let removed = 0
  for (const e of edits) {
    rebuilt += input.slice(at, e.start)
    removed += e.end - e.start
    at = e.end
  }
  return { rebuilt: rebuilt + input.slice(at), removed }
}

function getIn(value: unknown, at: readonly (string | number)[]): unknown {
  return at.reduce<unknown>((cur, k) => (cur !== null && typeof cur === 'object' ? (cur as Record<string | number, unknown>)[k] : undefined), value)
}

/** Checks a render as the corpus suite does, and that each changed document reads back as input plus its containers. */
function assertFaithfulRender(name: string, input: string, r: FileRender, renderAgain: (text: string) => FileRender): void {
  assert.ok(r.output !== undefined, `${name}: nothing rendered`)
  assert.deepEqual(r.notes.filter((n) => n.kind === 'not-verified'), [], `${name}: an edit did not verify`)
  const { rebuilt, removed } = withoutInsertions(input, r)
  assert.equal(removed, 0, `${name}: an edit removed input text`)
  assert.equal(rebuilt, input, `${name}: not a pure insertion`)
  const before = parseAllDocuments(input)
  const after = parseAllDocuments(r.output)
  assert.equal(after.length, before.length, `${name}: document count changed`)
  const changed = new Set(r.changes.map((c) => c.document))
  before.forEach((doc, i) => {
    const out = after[i]!
    if (!changed.has(i)) {
      assert.equal(r.output!.slice(out.range[0], out.range[2]), input.slice(doc.range[0], doc.range[2]), `${name}: document ${i} has no hook but changed`)
      return
    }
    assert.deepEqual(out.errors, [], `${name}: document ${i} does not parse after render`)
    const expected = structuredClone(doc.toJS()) as unknown
    for (const c of r.changes.filter((c) => c.document === i)) {
      const spec = getIn(expected, [...c.podPath, 'spec']) as Record<string, unknown>
      const list = (spec.initContainers ??= []) as unknown[]
      list.splice(c.index, 0, structuredClone(c.container))
    }
    assert.deepEqual(out.toJS(), expected, `${name}: document ${i} is not its input plus the init containers`)
  })
  assert.equal(renderAgain(r.output).output, undefined, `${name}: rendering twice changed it again`)
}

describe('corpus mistake classes (__fixtures__/corpus-classes)', () => {
  it('has an expectation for every fixture and a fixture for every expectation, each with a class header', () => {
    assert.deepEqual(FIXTURES, Object.keys(CASES).sort())
    for (const name of FIXTURES) assert.match(read(name), /^# Class: \S/, `${name}: the first line must say which class it reproduces`)
  })

  it('keeps the CRLF fixture in CRLF (a checkout must not normalise it; see .gitattributes)', () => {
    const text = read('crlf-line-endings.yaml')
    assert.equal(text.split('\r\n').length, text.split('\n').length, 'every line ends with CRLF')
  })

  describe('lint reports exactly the expected findings', () => {
    for (const name of FIXTURES) {
      const c = caseOf(name)
      it(name, { todo: c.todo }, () => {
        assert.deepEqual(engine.lint(name, read(name)), c.findings)
      })
    }
  })

  it('runLint over the directory gives the same findings as linting each file', async () => {
    const { files, findings } = await engine.lintDirectory(DIR)
    assert.equal(files, FIXTURES.length)
    // Cross-resource rules see every file of a run: each fixture is compared with its lint as a
    // repository of its own (lintText plus the cross-resource step over its own objects), so a
    // class that pairs with another fixture's objects shows up here.
    for (const name of FIXTURES) {
      const alone = (await engine.lintDirectory(DIR, [name])).findings.get(name) ?? []
      assert.deepEqual(findings.get(name) ?? [], alone, name)
      const perFile = new Set(engine.lint(name, read(name)))
      assert.deepEqual(alone.filter((f) => perFile.has(f)), engine.lint(name, read(name)), `${name}: the per-file rules' findings`)
    }
  })

  describe('--fix', () => {
    for (const name of FIXTURES) {
      const c = caseOf(name)
      it(c.fix ? `${name}: repairs ${c.fix.rules.join(', ')}` : `${name}: changes nothing`, { todo: c.todo }, () => {
        const input = read(name)
        const result = engine.fix(name, input)
        if (!c.fix) {
          assert.equal(result.output, input)
          assert.deepEqual(result.fixes, [])
          return
        }
        assert.notEqual(result.output, input)
        assert.deepEqual([...new Set(result.fixes.map((f) => f.ruleId))].sort(), [...c.fix.rules].sort())
        const after = engine.lint(name, result.output)
        assert.deepEqual(after, c.fix.after)
        for (const rule of c.fix.rules) assert.ok(!after.some((f) => f.startsWith(`${rule} `)), `${rule} still reported after --fix`)
        assert.equal(parseAllDocuments(result.output).length, parseAllDocuments(input).length, 'document count changed')
        for (const line of input.split(/\r?\n/).filter((l) => /^\s*#/.test(l))) assert.ok(result.output.includes(line.trim()), `comment lost: ${line}`)
        assert.equal(engine.fix(name, result.output).output, result.output, 'a second --fix changed the text')
      })
    }
  })

  it('covers every fixer with a class it repairs', () => {
    const repaired = new Set(Object.values(CASES).flatMap((c) => (c.todo ? [] : (c.fix?.rules ?? []))))
    assert.deepEqual([...engine.fixableRules].filter((r) => !repaired.has(r)), [])
  })

  describe('render', () => {
    for (const name of FIXTURES) {
      const c = caseOf(name)
      it(c.rendered ? `${name}: injects ${c.rendered} init container(s) faithfully` : `${name}: changes nothing`, () => {
        const input = read(name)
        const r = engine.render(name, input)
        if (!c.rendered) {
          assert.equal(r.output, undefined)
          assert.deepEqual(r.changes, [])
          return
        }
        assert.equal(r.changes.length, c.rendered)
        assertFaithfulRender(name, input, r, (text) => engine.render(name, text))
        assertValidRender(name, r)
        if (input.includes('\r\n')) assert.equal(r.output!.split('\r\n').length, r.output!.split('\n').length, `${name}: a rendered line lost its CRLF`)
      })
    }
  })

  it('edits every pod spec of every fixture faithfully (a hook forced into each)', () => {
    const hook: InitHook = {
      kind: 'container',
      container: {
        name: 'zz-class-probe',
        image: 'registry.example.com/probe:1',
        command: ['/bin/sh', '-c', 'echo "probe: #1" > /tmp/probe'],
        imagePullPolicy: 'IfNotPresent',
        volumeMounts: [{ name: 'probe', mountPath: '/probe', readOnly: true }],
      },
    }
    let pods = 0
    for (const name of FIXTURES) {
      const input = read(name)
      if (isTemplate(input)) continue
      const { render, pods: count } = engine.renderEveryPod(name, input, hook)
      pods += count
      const blocked = caseOf(name).renderBlocked ?? 0
      assert.deepEqual(
        render.notes.map((n) => n.kind),
        Array<string>(blocked).fill('invalid-hook'),
        `${name}: ${render.notes.map((n) => n.message).join('; ')}`,
      )
      assert.equal(render.changes.length, count - blocked, `${name}: ${count} pod spec(s), ${render.changes.length} edited`)
      if (render.changes.length > 0) assertFaithfulRender(name, input, render, (text) => engine.renderEveryPod(name, text, hook).render)
    }
    assert.ok(pods >= 15, `only ${pods} pod specs in the fixtures`)
  })
})
