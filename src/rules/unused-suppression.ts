import { defineRule } from '../engine/define-rule.js'

/** Reported by the engine (src/engine/suppressions.ts) for suppression comments that do nothing. */
export default defineRule({
  meta: {
    id: 'unused-suppression',
    severity: 'notice',
    docs: {
      summary: 'A `# velero-hooks-ignore` comment that suppresses nothing.',
      description:
        'A suppression comment stays in the manifest after the mistake it excused has been fixed, or it names a rule that reports ' +
        'nothing on its line (a typo in the rule id, or a comment on the wrong line). Left in place, it would silently hide a real ' +
        'mistake the next time one appears there. Like ESLint\'s unused disable directives, such comments are reported as notices.',
      fix: 'Remove the comment, or the rule id that no longer applies, or move the comment onto the line of the finding (or the line above it).',
    },
    messages: {
      unused:
        'This suppression of "{{rule}}" matched no finding {{where}}, so it does nothing; remove it, or move it onto the line of the finding or the line above.',
      unknownRule: '"{{rule}}" is not a velero-hooks rule id, so this suppression does nothing{{hint}}; run "velero-hooks rules" to list the ids.',
      noRules:
        'This {{directive}} comment names no rule, so it suppresses nothing; list the rule ids: # {{directive}} <rule>[,<rule>] -- reason.',
    },
  },
})
