/**
 * Render over the real-manifest corpus. The corpus lives outside the repository (licences): it is
 * resolved as ../shared/corpus relative to the repository root, and these tests skip when it is absent.
 *
 * 1. The real render: every document without a change is byte-identical, no byte outside the
 *    injected containers changes, the injected containers are valid Kubernetes, and rendering the
 *    output again changes nothing.
 * 2. A stress run: a hook is put into every pod spec of every parseable corpus file (through the
 *    renderer's hookOf seam), so the editor meets every real layout; each edit must verify, be a
 *    pure insertion, and be idempotent.
 */
import assert from 'node:assert/strict'
import { existsSync, readdirSync, readFileSync } from 'node:fs'
import path from 'node:path'
import { describe, it } from 'node:test'
import { parseAllDocuments } from 'yaml'
import type { FileLint } from '../../src/engine/lint-text.js'
import { buildDocumentModel } from '../../src/engine/model.js'
import type { InitHook } from '../../src/render/init-container.js'
import { renderLinted, renderText, type FileRender } from '../../src/render/render-text.js'
import { parseManifestText } from '../../src/yaml/parse.js'
import { assertValidRender } from '../support/kube-validate.js'

const REPO = path.resolve(import.meta.dirname, '..', '..')
/** Outside the repository on purpose: never copy corpus files into it. */
const CORPUS = path.resolve(REPO, '..', 'shared', 'corpus')
const skip = existsSync(CORPUS) ? false : `corpus not found at ${CORPUS}`

function walk(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true })
    .flatMap((d) => (d.isDirectory() ? walk(path.join(dir, d.name)) : [path.join(dir, d.name)]))
    .sort()
}

const corpusFiles = (): string[] => walk(CORPUS).filter((f) => /\.ya?ml$/i.test(f))

/** Output with every inserted text taken out, and how many input bytes edits removed. */
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

function isSubsequence(small: string, big: string): boolean {
  let j = 0
  for (let i = 0; i < big.length && j < small.length; i++) if (big[i] === small[j]) j++
  return j === small.length
}

/** Documents whose text is the same in both (by index). */
function sameDocuments(a: string, b: string): boolean[] {
  const da = parseAllDocuments(a.replace(/^\uFEFF/, ''))
  const db = parseAllDocuments(b.replace(/^\uFEFF/, ''))
  const ta = a.replace(/^\uFEFF/, '')
  const tb = b.replace(/^\uFEFF/, '')
  return da.map((d, i) => {
    const e = db[i]
    return e !== undefined && ta.slice(d.range[0], d.range[2]) === tb.slice(e.range[0], e.range[2])
  })
}

describe('render over the corpus', { skip }, () => {
  it('changes nothing outside the injected containers, and is idempotent', (t) => {
    let files = 0
    let changedFiles = 0
    let changedDocuments = 0
    let containers = 0
    let outsideBytes = 0
    const skipped = new Map<string, number>()
    for (const file of corpusFiles()) {
      const raw = readFileSync(file, 'utf8')
      const r = renderText(path.relative(CORPUS, file), raw)
      files++
      for (const n of r.notes) skipped.set(n.kind, (skipped.get(n.kind) ?? 0) + 1)
      if (r.output === undefined) continue
      changedFiles++
      containers += r.changes.length
      const changed = new Set(r.changes.map((c) => c.document))
      changedDocuments += changed.size
      sameDocuments(raw, r.output).forEach((same, i) => {
        if (!changed.has(i)) assert.ok(same, `${file}: document ${i} has no hook but changed`)
      })
      assert.ok(isSubsequence(raw, r.output), `${file}: not a pure insertion`)
      outsideBytes += withoutInsertions(raw, r).removed
      assert.equal(renderText(file, r.output).output, undefined, `${file}: rendering twice changed it again`)
      // Real manifests may be invalid elsewhere; the containers render writes never are.
      assertValidRender(file, r, { scope: 'containers' })
    }
    t.diagnostic(
      `corpus: ${files} files; ${changedFiles} files and ${changedDocuments} documents changed, ` +
        `${containers} init containers injected; ${outsideBytes} bytes changed outside them; left unchanged: ${JSON.stringify(Object.fromEntries(skipped))}`,
    )
    assert.ok(files > 1000, `only ${files} corpus files`)
    assert.equal(outsideBytes, 0)
  })

  it('edits every real pod-spec layout faithfully (a hook forced into every pod spec)', (t) => {
    const hook: InitHook = {
      kind: 'container',
      container: {
        name: 'zz-render-probe',
        image: 'alpine:3.20',
        command: ['/bin/sh', '-c', 'echo "probe: #1" > /tmp/x'],
        imagePullPolicy: 'IfNotPresent',
        volumeMounts: [{ name: 'probe', mountPath: '/probe', readOnly: true }],
      },
    }
    let files = 0
    let documents = 0
    let pods = 0
    let rendered = 0
    const unsupported = new Map<string, number>()
    for (const file of corpusFiles()) {
      const raw = readFileSync(file, 'utf8')
      if (/\{\{|\{%/.test(raw)) continue // Helm/Jinja templates are not YAML yet
      const lint = modelOnly(file, raw)
      const r = renderLinted(lint, { hookOf: () => hook })
      files++
      documents += lint.parsed?.documents.length ?? 0
      pods += lint.models.reduce((n, m) => n + m.pods.filter((p) => p.role !== 'values').length, 0)
      for (const n of r.notes) {
        assert.notEqual(n.kind, 'not-verified', `${file}:${n.line}: ${n.message}`)
        unsupported.set(n.message, (unsupported.get(n.message) ?? 0) + 1)
      }
      if (r.output === undefined) continue
      rendered += r.changes.length
      const { rebuilt, removed } = withoutInsertions(raw.replace(/^\uFEFF/, ''), r)
      assert.equal(removed, 0, `${file}: an edit removed input text`)
      assert.equal((raw.startsWith('\uFEFF') ? '\uFEFF' : '') + rebuilt, raw)
      assert.ok(isSubsequence(raw, r.output), `${file}: not a pure insertion`)
      assert.equal(renderLinted(modelOnly(file, r.output), { hookOf: () => hook }).output, undefined, `${file}: not idempotent`)
    }
    t.diagnostic(`stress: ${files} files, ${documents} documents, ${pods} pod specs, ${rendered} edited and verified; left unchanged: ${JSON.stringify(Object.fromEntries(unsupported))}`)
    assert.ok(rendered > 300, `only ${rendered} pod specs edited`)
    assert.ok(rendered >= pods - 5, `${pods - rendered} of ${pods} pod specs were not edited`)
  })
})

/** A FileLint with the model only (no rules), for files without Velero content too. */
function modelOnly(file: string, raw: string): FileLint {
  const parsed = parseManifestText(raw)
  const lint: FileLint = { file, parsed, models: [], findings: [], brokenDocuments: new Set() }
  parsed.documents.forEach((d, i) => {
    if (d.errors.length > 0) lint.brokenDocuments.add(i)
    else lint.models.push(buildDocumentModel(d, i))
  })
  return lint
}
