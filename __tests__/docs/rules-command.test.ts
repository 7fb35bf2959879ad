import assert from 'node:assert/strict'
import { describe, it } from 'node:test'
import { runCli } from '../../src/cli/cli.js'
import { RULES } from '../../src/rules/index.js'

async function cli(...argv: string[]) {
  let stdout = ''
  let stderr = ''
  const code = await runCli(argv, { stdout: (s) => (stdout += s), stderr: (s) => (stderr += s), cwd: process.cwd(), isTty: false })
  return { code, stdout, stderr }
}

describe('velero-hooks rules', () => {
  it('lists every rule with its severity, whether --fix repairs it, and its summary', async () => {
    const { code, stdout } = await cli('rules')
    assert.equal(code, 0)
    const lines = stdout.trimEnd().split('\n')
    assert.equal(lines.filter((l) => !l.startsWith(' ')).length, RULES.length)
    assert.match(stdout, /^hook-annotation-on-controller +error +fix +Hook annotations on the object's own metadata/m)
    assert.match(stdout, /^yaml-syntax +error {4}\s+A file with Velero content/m)
  })

  it('says under a rule which Velero versions it applies to, when that depends on the version', async () => {
    const { stdout } = await cli('rules')
    const lines = stdout.trimEnd().split('\n')
    const versioned = RULES.filter((r) => r.meta.versions)
    assert.ok(versioned.length >= 4, 'the version-dependent rules carry a versions note')
    assert.equal(lines.length, RULES.length + versioned.length)
    const at = lines.findIndex((l) => l.startsWith('init-hook-missing-command '))
    assert.match(lines[at + 1]!, /^ +Velero versions: all; a missing or empty command is an error up to v1\.18\.2 and a notice on main$/)
    const one = await cli('rules', 'hook-unknown-container')
    assert.match(one.stdout, /\nVelero versions \(--velero-version\): .*\n(?: {2}.*\n)* {2}v1\.14\.0 … v1\.18\.2: Restore exec hook on a missing container: discarded, and the Restore hangs in Finalizing forever/)
    const json = JSON.parse((await cli('rules', '--format', 'json')).stdout) as { id: string; versions?: { applies: string; outcomes: unknown[] } }[]
    assert.equal(json.find((r) => r.id === 'hook-invalid-duration')!.versions!.outcomes.length, 2)
    assert.equal(json.find((r) => r.id === 'yaml-syntax')!.versions, undefined)
  })

  it('--format json gives the metadata and the docs link', async () => {
    const { code, stdout } = await cli('rules', '--format', 'json')
    assert.equal(code, 0)
    const rules = JSON.parse(stdout) as { id: string; severity: string; fixable: boolean; summary: string; docs: string }[]
    assert.equal(rules.length, RULES.length)
    const move = rules.find((r) => r.id === 'hook-annotation-on-controller')!
    assert.equal(move.fixable, true)
    assert.equal(move.severity, 'error')
    assert.match(move.docs, /\/docs\/rules\/hook-annotation-on-controller\.md$/)
    assert.equal(rules.find((r) => r.id === 'yaml-syntax')!.fixable, false)
  })

  it('shows one rule in full, and rejects an unknown id or format', async () => {
    const one = await cli('rules', 'hook-command-invalid-json')
    assert.equal(one.code, 0)
    assert.match(one.stdout, /^hook-command-invalid-json \(error, fixable with --fix\)\n/)
    assert.match(one.stdout, /\nHow to fix: /)
    assert.match(one.stdout, /\n--fix: Rewrites the command as valid JSON/)
    assert.match(one.stdout, /\nSuppress: # velero-hooks-ignore hook-command-invalid-json -- reason/)
    const unknown = await cli('rules', 'no-such-rule')
    assert.equal(unknown.code, 2)
    assert.match(unknown.stderr, /unknown rule id "no-such-rule"/)
    assert.equal((await cli('rules', '--format', 'sarif')).code, 2)
  })
})
