import { defineRule } from '../engine/define-rule.js'
import { describeVeleroObject, keyPlaceOf, pentry, type PEntry } from '../engine/repo-model.js'
import { laterEntry } from '../engine/repo-select-extra.js'

/** A key that is set for Go: present and not null (`orLabelSelectors: []` is a non-nil slice). */
function setEntry(entry: PEntry | undefined): PEntry | undefined {
  return entry && !(entry.value.kind === 'scalar' && entry.value.value === null) ? entry : undefined
}

export default defineRule({
  meta: {
    id: 'label-selector-with-or-selectors',
    severity: 'error',
    docs: {
      summary: 'A Backup, Schedule or Restore sets both `labelSelector` and `orLabelSelectors`.',
      description:
        'Velero accepts one of the two, never both: the Backup controller adds the validation error "encountered labelSelector ' +
        'as well as orLabelSelectors in backup spec, only one can be specified" (`prepareBackupRequest`, ' +
        'pkg/controller/backup_controller.go:615 on main, the same since v1.12), the Restore controller "… in restore spec …" ' +
        '(`validateAndComplete`, pkg/controller/restore_controller.go:339). The object ends `FailedValidation`: nothing is ' +
        'backed up or restored and no hook runs. A Schedule copies its `template` into every Backup it creates, so each of ' +
        'them fails (velero-plan-semantics.md §1.2, §1.9, §5 X24).\n\n' +
        'Go reads `orLabelSelectors: []` as a set (empty, non-nil) list, so an empty list next to `labelSelector` fails too; ' +
        '`null` does not. The finding is on the key written second.',
      fix: 'Keep one: move the `labelSelector` into `orLabelSelectors` as one more item (the lists are ORed), or remove `orLabelSelectors`.',
    },
    messages: {
      backup:
        'Velero rejects {{object}}: it sets {{other}} (line {{line}}) and {{key}}, and "only one can be specified", so the Backup ends FailedValidation, backs up nothing and runs no hook; keep one of them (move labelSelector into orLabelSelectors as one more item).',
      schedule:
        'Velero rejects every Backup that {{object}} creates: its template sets {{other}} (line {{line}}) and {{key}}, and "only one can be specified", so each Backup ends FailedValidation, backs up nothing and runs no hook; keep one of them (move labelSelector into orLabelSelectors as one more item).',
      restore:
        'Velero rejects {{object}}: it sets {{other}} (line {{line}}) and {{key}}, and "only one can be specified", so the Restore ends FailedValidation, restores nothing and runs no hook; keep one of them (move labelSelector into orLabelSelectors as one more item).',
    },
  },
  checkRepository(context) {
    for (const object of context.repo.velero) {
      const single = setEntry(pentry(object.spec, 'labelSelector'))
      const or = setEntry(pentry(object.spec, 'orLabelSelectors'))
      if (!single || !or) continue
      const second = laterEntry(single, or)
      const first = second === single ? or : single
      const messageId = object.kind === 'Backup' ? 'backup' : object.kind === 'Schedule' ? 'schedule' : 'restore'
      context.report({
        messageId,
        data: { object: describeVeleroObject(object), key: second.key, other: first.key, line: first.keySpan.line },
        place: keyPlaceOf(object.file, second),
      })
    }
  },
})
