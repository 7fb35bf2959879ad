import { defineRule } from '../engine/define-rule.js'

export default defineRule({
  meta: {
    id: 'template-skipped',
    severity: 'notice',
    docs: {
      summary: 'A document is a template (Helm/Go `{{ }}`, Jinja `{% %}`) and was not linted.',
      description:
        'Template source is not the YAML that reaches the cluster, so positions and values in it cannot be checked faithfully. ' +
        'Decided per document: a mark in a key, a plain value, a flow collection or a comment, or in a document that does not parse, makes a template; ' +
        'a `{{` inside a quoted or block string of a document that parses is data (a Prometheus label template in a ConfigMap), and the document is linted.',
      fix: 'Render the template (`helm template`, `kustomize build`) into files and lint those, or ignore the template path.',
    },
    messages: {
      template:
        'This document is a template ("{{mark}}" found here) and was not linted; render it (e.g. helm template) and lint the output to check its Velero hooks.',
    },
  },
})
