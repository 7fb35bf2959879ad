import { defineRule } from '../engine/define-rule.js'

export default defineRule({
  meta: {
    id: 'yaml-syntax',
    severity: 'error',
    docs: {
      summary: 'A file with Velero content does not parse as YAML (including duplicate keys).',
      description:
        'kubectl and the API server reject a manifest that is not valid YAML, so none of its hooks reach the cluster.\n\n' +
        'Duplicate keys are the quiet variant, and tools differ: `kubectl apply` and `kubectl create` decode manifests with ' +
        "sigs.k8s.io/yaml's non-strict `Unmarshal` (apimachinery's YAMLOrJSONDecoder), which keeps the **last** value without a " +
        'word, so an annotation map that lists a hook key twice silently loses the first value (annotations can express one hook ' +
        "per family per pod); kustomize (and Flux's kustomize-controller) decodes with yaml.v3 and **rejects** the file " +
        '("mapping key … already defined").',
      fix: 'Fix the syntax at the reported position. For duplicate hook keys, keep one hook per family, or move the extra hook to a Backup/Restore spec.',
    },
    messages: {
      syntax: 'YAML error ({{code}}): {{detail}}. kubectl rejects this document, so Velero never sees its hooks; fix the syntax here.',
      duplicateKey:
        'YAML error (DUPLICATE_KEY): the key {{key}} is already set at line {{firstLine}} of this mapping. kubectl apply and kubectl create keep only the last value (sigs.k8s.io/yaml), so the value at line {{firstLine}} is silently lost, and kustomize rejects the file ("mapping key already defined"); keep one of them.',
    },
  },
})
