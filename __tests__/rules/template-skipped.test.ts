import assert from 'node:assert/strict'
import { it } from 'node:test'
import rule from '../../src/rules/template-skipped.js'
import { lintText } from '../../src/engine/lint-text.js'
import { defaultRuleSet } from '../../src/rules/index.js'
import { findingsOf, runRuleTests, yaml } from '../support/rule-tester.js'

runRuleTests(rule, {
  valid: [
    {
      name: 'a Helm template without Velero content: nothing at all',
      code: yaml`
        apiVersion: apps/v1
        kind: Deployment
        metadata:
          name: {{ include "app.fullname" . }}
        spec:
          replicas: {{ .Values.replicas }}
      `,
    },
    {
      name: "Velero's own chart: mentions velero but holds no hooks, so no notice",
      code: yaml`
        apiVersion: apps/v1
        kind: Deployment
        metadata:
          name: velero
          annotations:
            helm.sh/hook: pre-install
        spec:
          template:
            spec:
              containers:
                - name: velero
                  image: {{ .Values.image.repository }}/velero:{{ .Values.image.tag }}
      `,
    },
    {
      name: 'plain YAML with Velero content',
      code: yaml`
        kind: Pod
        metadata:
          annotations:
            pre.hook.backup.velero.io/command: '["/bin/true"]'
      `,
    },
  ],
  invalid: [
    {
      name: 'a Helm template with hook annotations: one notice at the first {{',
      code: yaml`
        apiVersion: apps/v1
        kind: Deployment
        metadata:
          name: {{ include "app.fullname" . }}
        spec:
          template:
            metadata:
              annotations:
                pre.hook.backup.velero.io/command: {{ .Values.backup.command | quote }}
                pre.hook.backup.velero.io/container: {{ .Chart.Name }}
      `,
      errors: [
        {
          messageId: 'template',
          line: 4,
          column: 9,
          severity: 'notice',
          message:
            'This document is a template ("{{" found here) and was not linted; render it (e.g. helm template) and lint the output to check its Velero hooks.',
        },
      ],
    },
    {
      name: 'the velero hint after the first mark still counts',
      code: yaml`
        # {{- if .Values.velero.enabled }}
        kind: Pod
        metadata:
          annotations:
            post.hook.restore.velero.io/command: '["/bin/true"]'
        # {{- end }}
      `,
      errors: [{ messageId: 'template', line: 1, column: 3, severity: 'notice' }],
    },
    {
      name: 'Jinja templates',
      code: yaml`
        kind: Pod
        metadata:
          annotations:
        {% if velero %}
            pre.hook.backup.velero.io/command: '["/bin/true"]'
        {% endif %}
      `,
      errors: [{ messageId: 'template', line: 4, column: 1, message: '"{%" found here' }],
    },
  ],
})

it('template-skipped: a template is not linted by any other rule', () => {
  const text = 'kind: Pod\nmetadata:\n  name: {{ .Values.name }}\n  annotations:\n    post.hook.restore.velero.io/timeout: 30\n'
  const all = lintText('chart/templates/pod.yaml', text, defaultRuleSet()).findings
  assert.deepEqual(
    all.map((f) => [f.ruleId, f.line, f.column, f.endLine, f.endColumn]),
    [['template-skipped', 3, 9, 3, 11]],
  )
})

it('template-skipped: the column ignores a UTF-8 BOM', () => {
  assert.deepEqual(findingsOf(rule, '\uFEFFname: {{ x }}\nkind: Pod # pre.hook.backup.velero.io\n').map((f) => [f.line, f.column]), [[1, 7]])
  assert.deepEqual(findingsOf(rule, '\uFEFFkind: Pod # pre.hook.backup.velero.io\r\nname: {{ x }}\r\n').map((f) => [f.line, f.column]), [[2, 7]])
  assert.deepEqual(findingsOf(rule, 'kind: Pod # pre.hook.backup.velero.io\nname: {{ x }}\n').map((f) => [f.line, f.column]), [[2, 7]])
})

it('template-skipped: one notice per template document; a {{ in a quoted or block string is data', () => {
  const helm = 'kind: Pod\nmetadata:\n  name: {{ .Values.name }}\n  annotations:\n    post.hook.restore.velero.io/timeout: "30"\n'
  const data = 'kind: ConfigMap\ndata:\n  a: "{{ x }}"\n  b: |\n    {{ y }}\n# velero\n'
  const all = lintText('m.yaml', `${helm}---\n${data}---\n${helm}`, defaultRuleSet()).findings
  assert.deepEqual(all.map((f) => [f.ruleId, f.line, f.column]), [['template-skipped', 3, 9], ['template-skipped', 16, 9]])
})
