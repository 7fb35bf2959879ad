import { defineRule } from '../engine/define-rule.js'

/**
 * Made by the sources step (no visitor): a Helm chart or a kustomization that velero-hooks could
 * not render, so none of the hooks it produces were checked. Green means checked: this is a
 * warning by default, and `rules: { source-not-rendered: error }` makes it fail the run.
 */
export default defineRule({
  meta: {
    id: 'source-not-rendered',
    severity: 'warning',
    docs: {
      summary: 'A Helm chart or kustomization could not be rendered, so the hooks it produces were not checked.',
      description:
        'velero-hooks renders every chart (`helm template`, once per value set: `values.yaml`, each `ci/*-values.yaml`, and the sets configured in `.velero-hooks.yaml`) and every kustomization that no other one uses (`kustomize build`, or `kubectl kustomize`), then checks the rendered pods and reports each finding at the template, values, patch or kustomization line that produced it. ' +
        'When a render is not possible — the tool is missing, the chart needs `helm dependency build`, a template fails, the render times out, or a kustomization uses remote resources, which a pull-request check never fetches — this finding says so at the chart or kustomization, so a green run never hides hooks nobody checked.',
      fix: 'Make the render work: install `helm` / `kustomize` (GitHub-hosted runners have both) or name them in the configuration; vendor chart dependencies (commit `charts/`) or run `helm dependency build` before this step; fix the template error. To accept it, set `rules: { source-not-rendered: off }` or ignore the directory.',
    },
    messages: {
      notRendered: 'velero-hooks did not check the Velero hooks of {{what}}: {{why}}; {{fix}}.',
    },
  },
})
