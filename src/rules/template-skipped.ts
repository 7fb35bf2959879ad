import { defineRule } from '../engine/define-rule.js'

export default defineRule({
  meta: {
    id: 'template-skipped',
    severity: 'notice',
    docs: {
      summary: 'The file is a template (Helm/Go `{{ }}`, Jinja `{% %}`) and was not linted.',
      description:
        'Template source is not the YAML that reaches the cluster, so positions and values in it cannot be checked faithfully.',
      fix: 'Render the template (`helm template`, `kustomize build`) into files and lint those, or ignore the template path.',
    },
    messages: {
      template:
        'This file is a template ("{{mark}}" found here) and was not linted; render it (e.g. helm template) and lint the output to check its Velero hooks.',
    },
  },
})
