import { defineRule } from '../engine/define-rule.js'

export default defineRule({
  meta: {
    id: 'yaml-syntax',
    severity: 'error',
    docs: {
      summary: 'A file with Velero content does not parse as YAML (including duplicate keys).',
      description:
        'kubectl and the API server reject a manifest that is not valid YAML, so none of its hooks reach the cluster. ' +
        'Duplicate keys are the quiet variant: most decoders keep the last value, so an annotation map that lists a hook key ' +
        'twice silently loses the first hook (annotations can express one hook per family per pod).',
      fix: 'Fix the syntax at the reported position. For duplicate hook keys, keep one hook per family, or move the extra hook to a Backup/Restore spec.',
    },
    messages: {
      syntax: 'YAML error ({{code}}): {{detail}}. kubectl rejects this document, so Velero never sees its hooks; fix the syntax here.',
    },
  },
})
