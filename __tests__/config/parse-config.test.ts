import assert from 'node:assert/strict'
import { describe, it } from 'node:test'
import { formatConfigProblem } from '../../src/config/config.js'
import { parseConfigText } from '../../src/config/parse-config.js'
import { yaml } from '../support/rule-tester.js'

const FILE = '.velero-hooks.yaml'
const problemsOf = (text: string): string[] => parseConfigText(text, FILE).problems.map(formatConfigProblem)

describe('parseConfigText', () => {
  it('reads rules, ignore and exclude', () => {
    const { config, problems } = parseConfigText(
      yaml`
        # Tuned for this repository.
        rules:
          init-hook-no-volume-access: off
          hook-command-not-array: error
        ignore:
          - vendor/**
          - "charts/*/templates"
        exclude:
          - rule: hook-unknown-container
            path: third_party/**
          - kind: [Deployment, StatefulSet]
            namespace: kube-system
            name: "metrics-*"
      `,
      FILE,
    )
    assert.deepEqual(problems, [])
    assert.deepEqual([...config.rules], [
      ['init-hook-no-volume-access', 'off'],
      ['hook-command-not-array', 'error'],
    ])
    assert.deepEqual(config.ignore, ['vendor/**', 'charts/*/templates'])
    assert.deepEqual(config.exclude, [
      { rule: ['hook-unknown-container'], path: ['third_party/**'], line: 9 },
      { kind: ['Deployment', 'StatefulSet'], namespace: ['kube-system'], name: ['metrics-*'], line: 11 },
    ])
  })

  it('accepts an empty file, a file of comments, and empty sections', () => {
    assert.deepEqual(problemsOf(''), [])
    assert.deepEqual(problemsOf('# nothing yet\n'), [])
    assert.deepEqual(problemsOf('rules:\nignore:\nexclude:\n'), [])
  })

  it('names unknown keys and rule ids with their line, and suggests the near miss', () => {
    assert.deepEqual(
      problemsOf(
        yaml`
          rules:
            hook-unknown-containr: off
            no-such-rule: warning
          exlude: []
        `,
      ),
      [
        '.velero-hooks.yaml:2:3: unknown rule id "hook-unknown-containr" (run "velero-hooks rules" to list them); did you mean "hook-unknown-container"?',
        '.velero-hooks.yaml:3:3: unknown rule id "no-such-rule" (run "velero-hooks rules" to list them).',
        '.velero-hooks.yaml:4:1: unknown key "exlude"; the configuration has the keys rules, ignore, exclude, render, charts, velero-version; did you mean "exclude"?',
      ],
    )
  })

  it('rejects a level that is not off, notice, warning or error', () => {
    assert.deepEqual(problemsOf('rules:\n  yaml-syntax: warn\n  template-skipped: false\n'), [
      '.velero-hooks.yaml:2:16: rule "yaml-syntax" must be set to one of off, notice, warning, error; got warn; did you mean "warning"?',
      '.velero-hooks.yaml:3:21: rule "template-skipped" must be set to one of off, notice, warning, error; got false; did you mean "off"?',
    ])
  })

  it('checks exclude entries: keys, rule globs, empty entries and paths', () => {
    assert.deepEqual(
      problemsOf(
        yaml`
          exclude:
            - rules: hook-unknown-container
            - rule: "init-*"
            - rule: "nothing-*"
            - {}
            - path: ../elsewhere/**
            - just-a-string
        `,
      ),
      [
        '.velero-hooks.yaml:2:5: unknown exclude key "rules"; an entry has the keys rule, path, kind, namespace, name; did you mean "rule"?',
        '.velero-hooks.yaml:4:11: exclude rule "nothing-*" matches no rule id (run "velero-hooks rules" to list them).',
        '.velero-hooks.yaml:5:5: this exclude entry names no field, so it would drop every finding; give rule, path, kind, namespace or name (or use ignore).',
        '.velero-hooks.yaml:6:11: exclude path: "../elsewhere/**" climbs out of the base directory with "..".',
        '.velero-hooks.yaml:7:5: each exclude entry must be a mapping with some of the keys rule, path, kind, namespace, name.',
      ],
    )
    const { config } = parseConfigText('exclude:\n  - rule: "init-*"\n', FILE)
    assert.deepEqual(config.exclude, [{ rule: ['init-*'], line: 2 }])
  })

  it('rejects absolute ignore globs, non-string globs, YAML errors and a file that is not a mapping', () => {
    assert.deepEqual(problemsOf('ignore: [/etc/**, 3]\n'), [
      '.velero-hooks.yaml:1:10: ignore: "/etc/**" is absolute; globs are relative to the base directory.',
      '.velero-hooks.yaml:1:19: each ignore glob must be a non-empty string.',
    ])
    assert.match(problemsOf('rules:\n  a: b\n  a: c\n')[0]!, /^\.velero-hooks\.yaml:3:3: YAML error: /)
    assert.deepEqual(problemsOf('- rules\n'), ['.velero-hooks.yaml:1:1: the configuration must be a mapping with the keys rules, ignore, exclude, render, charts, velero-version.'])
    assert.deepEqual(problemsOf('rules: {}\n---\nrules: {}\n'), ['.velero-hooks.yaml:3:1: the configuration must be one YAML document; this file has more.'])
  })
})
