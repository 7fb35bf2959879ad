import { defineRule } from '../engine/define-rule.js'

/**
 * Made by the engine (no visitor): hook keys written as YAML mapping keys somewhere no reader ties
 * to a pod. Without it, a values map under another name than podAnnotations, a kustomization's
 * commonAnnotations or a custom resource's values would pass as "no problems" unchecked. When the
 * chart or kustomization that holds them is rendered, the rendered objects are checked instead and
 * these findings are dropped.
 */
export default defineRule({
  meta: {
    id: 'hook-keys-not-checked',
    severity: 'warning',
    docs: {
      summary: 'Velero hook keys where velero-hooks cannot tell which pod they reach, so they were not checked.',
      description:
        'velero-hooks checks hook annotations where Velero reads them: the annotations of a Pod or of a pod template, and `podAnnotations` maps in Helm values files. ' +
        'Hook keys anywhere else — a values map under another name, a kustomization\'s `commonAnnotations`, the values of a HelmChart resource — reach a pod only through a renderer. ' +
        'When velero-hooks renders the chart or kustomization (with `helm` or `kustomize` available), it checks the rendered pods and reports at these lines instead; ' +
        'when it cannot, this warning says the keys were not checked, so a green run never hides them.',
      fix: 'Make `helm` and `kustomize` (or `kubectl`) available so the chart or overlay is rendered and checked, or move the keys to the pod template\'s annotations. If the keys are documentation, ignore the file in `.velero-hooks.yaml`.',
    },
    messages: {
      unchecked:
        'velero-hooks cannot tell which pod "{{key}}" reaches from here (it reads hook keys in Pod and pod-template annotations and in podAnnotations of Helm values), so this hook{{more}} was not checked; render the chart or overlay that uses it (install helm or kustomize), or write it in the pod template\'s annotations.',
    },
  },
})
