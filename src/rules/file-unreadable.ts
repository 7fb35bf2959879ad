import { defineRule } from '../engine/define-rule.js'

export default defineRule({
  meta: {
    id: 'file-unreadable',
    severity: 'warning',
    docs: {
      summary: 'A matched file could not be read, or is over the size limit.',
      description: 'The file was not checked, so hook mistakes in it would go unnoticed.',
      fix: 'Make the file readable, raise the size limit, or exclude it with an ignore glob.',
    },
    messages: {
      // {{what}}, from src/engine/run-lint.ts: "could not be read (…)", "is … bytes, over the …-byte limit, and was not read".
      unreadable: 'This file {{what}}: its Velero hooks (if any) were not checked. Raise the limit or ignore the file.',
    },
  },
})
