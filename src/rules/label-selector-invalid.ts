import { defineRule } from '../engine/define-rule.js'
import { isTemplated } from '../engine/repo-facts.js'
import { describeVeleroObject, keyPlaceOf, pentry, pget, pitems, placeOf, pstring, type PNode, type Place, type VeleroObjectFact } from '../engine/repo-model.js'
import { backupSelectors, hookResourceEntries, readSelector } from '../engine/repo-select.js'
import { describeHookEntry } from '../engine/repo-select-extra.js'
import { labelSelectorProblem } from '../velero/selectors.js'

/** What is wrong with one part of a selector, where, and what to write instead. */
interface Fault {
  readonly problem: string
  readonly fix: string
  readonly place: Place
}

const NAME = /^([A-Za-z0-9][-A-Za-z0-9_.]*)?[A-Za-z0-9]$/
const DNS_SUBDOMAIN = /^[a-z0-9]([-a-z0-9]*[a-z0-9])?(\.[a-z0-9]([-a-z0-9]*[a-z0-9])?)*$/

/** Why k8s `validateLabelKey` (a qualified name) refuses a key, or undefined. */
export function labelKeyProblem(key: string): string | undefined {
  const slash = key.lastIndexOf('/')
  const prefix = slash >= 0 ? key.slice(0, slash) : undefined
  const name = slash >= 0 ? key.slice(slash + 1) : key
  if (prefix !== undefined && (prefix.length === 0 || prefix.length > 253 || !DNS_SUBDOMAIN.test(prefix))) return `label key "${key}" has an invalid prefix (a lowercase DNS subdomain)`
  if (name.length === 0 || name.length > 63 || !NAME.test(name)) return `label key "${key}" is not a valid label name (at most 63 letters, digits, '-', '_' or '.', starting and ending with a letter or digit)`
  return undefined
}

/** Why k8s `validateLabelValue` refuses a value, or undefined ("" is valid). */
export function labelValueProblem(value: string): string | undefined {
  if (value === '' || (value.length <= 63 && NAME.test(value))) return undefined
  return `label value "${value}" is not valid (at most 63 letters, digits, '-', '_' or '.', starting and ending with a letter or digit)`
}

const OPERATOR_FIX: Readonly<Record<string, string>> = {
  In: 'list at least one value, or use Exists',
  NotIn: 'list at least one value, or use DoesNotExist',
  Exists: 'remove "values" (or use In)',
  DoesNotExist: 'remove "values" (or use NotIn)',
}

/** The faults LabelSelectorAsSelector would refuse, each at the key or value to change. */
function selectorFaults(file: string, node: PNode): Fault[] {
  if (!readSelector(node).selector) return [] // not plain data: unknown
  const out: Fault[] = []
  const check = (text: string, problem: string | undefined, fix: string, place: Place): void => {
    if (problem && !isTemplated(text)) out.push({ problem, fix, place })
  }
  const matchLabels = pget(node, 'matchLabels')
  for (const e of matchLabels?.kind === 'map' ? matchLabels.entries : []) {
    check(e.key, labelKeyProblem(e.key), 'use a valid label key', keyPlaceOf(file, e))
    const value = pstring(e.value) ?? ''
    check(value, labelValueProblem(value), 'use a valid label value', placeOf(file, e.value))
  }
  for (const item of pitems(pget(node, 'matchExpressions'))) {
    const keyNode = pget(item, 'key')!
    const opNode = pget(item, 'operator')!
    const valuesEntry = pentry(item, 'values')
    const key = pstring(keyNode)!
    const operator = pstring(opNode)!
    const values = pitems(valuesEntry?.value)
    const problem = labelSelectorProblem({ matchLabels: {}, matchExpressions: [{ key, operator, values: values.map((v) => pstring(v)!) }] })
    if (problem) {
      const known = Object.hasOwn(OPERATOR_FIX, operator)
      const fix = known ? OPERATOR_FIX[operator]! : 'use In, NotIn, Exists or DoesNotExist (case-sensitive)'
      check(operator, problem, fix, known && valuesEntry ? keyPlaceOf(file, valuesEntry) : placeOf(file, opNode))
      continue
    }
    check(key, labelKeyProblem(key), 'use a valid label key', placeOf(file, keyNode))
    for (const v of values) check(pstring(v)!, labelValueProblem(pstring(v)!), 'use a valid label value', placeOf(file, v))
  }
  return out
}

type Where = 'backup' | 'restore' | 'backupHook' | 'restoreHook'

/** Every selector of a Velero object: its own (labelSelector, orLabelSelectors[]) and its hook entries'. */
function selectorsOf(object: VeleroObjectFact): Array<{ node: PNode; where: Where; hook?: string }> {
  const restore = object.kind === 'Restore'
  const out: Array<{ node: PNode; where: Where; hook?: string }> = []
  const { single, or } = backupSelectors(object.spec)
  for (const s of [...(single ? [single] : []), ...or]) out.push({ node: s.entry.value, where: restore ? 'restore' : 'backup' })
  for (const entry of hookResourceEntries(object.spec)) {
    const selector = pget(entry, 'labelSelector')
    if (selector) out.push({ node: selector, where: restore ? 'restoreHook' : 'backupHook', hook: describeHookEntry(object.file, entry) })
  }
  return out
}

export default defineRule({
  meta: {
    id: 'label-selector-invalid',
    severity: 'error',
    docs: {
      summary: 'A label selector of a Backup, Schedule, Restore or of one of their hooks that Velero cannot parse (bad operator, `In` without values, invalid key or value).',
      description:
        'Velero turns every selector into a `labels.Selector` with `metav1.LabelSelectorAsSelector`, which refuses an operator ' +
        'other than `In`, `NotIn`, `Exists`, `DoesNotExist` (case-sensitive), `In`/`NotIn` without values, `Exists`/' +
        '`DoesNotExist` with values, and label keys or values Kubernetes would not accept. The CRDs do not check any of it, so ' +
        'the object is created, and then (velero-plan-semantics.md §1.3, §2.3):\n\n' +
        '- a **Backup hook** selector: `getResourceHooks` fails and the Backup ends **`Failed`** before anything is backed up ' +
        '(pkg/backup/backup.go:246, `BackupWithResolvers`);\n' +
        '- a **Restore hook** selector: `GetRestoreHooksFromSpec` fails in `validateAndComplete` and the Restore ends ' +
        '**`FailedValidation`** (pkg/controller/restore_controller.go:350);\n' +
        '- the **Backup\'s own** `labelSelector`/`orLabelSelectors`: `FormatLabelSelector` gives `"<error>"`, every list call of ' +
        'the item collector fails (pkg/backup/item_collector.go `listResourceByLabelsPerNamespace`), so nothing is backed up and ' +
        'the Backup ends `PartiallyFailed`; a Schedule\'s Backups all do;\n' +
        '- the **Restore\'s own** selectors: `RestoreWithResolvers` returns the error before restoring anything ' +
        '(pkg/restore/restore.go:205-215) and the Restore ends `PartiallyFailed`.\n\n' +
        'In each case no hook runs. Selectors that are not plain data (templated) are left alone.',
      fix: 'Write the expression as Kubernetes expects: `operator` one of `In`, `NotIn`, `Exists`, `DoesNotExist`; `values` non-empty for `In`/`NotIn` and absent for `Exists`/`DoesNotExist`; label keys and values of at most 63 letters, digits, `-`, `_`, `.`.',
    },
    messages: {
      backup:
        'Velero cannot use this selector of {{object}} ({{problem}}): every list call of the backup fails, so it backs up nothing, ends PartiallyFailed and runs no hook; {{fix}}.',
      restore: 'Velero cannot use this selector of {{object}} ({{problem}}): the Restore restores nothing, ends PartiallyFailed and runs no hook; {{fix}}.',
      backupHook:
        'Velero cannot use the selector of {{hook}} in {{object}} ({{problem}}): the backup ends Failed before anything is backed up, and no hook runs; {{fix}}.',
      restoreHook: 'Velero cannot use the selector of {{hook}} in {{object}} ({{problem}}): the Restore ends FailedValidation, restores nothing and runs no hook; {{fix}}.',
    },
  },
  checkRepository(context) {
    for (const object of context.repo.velero) {
      for (const { node, where, hook } of selectorsOf(object)) {
        for (const fault of selectorFaults(object.file, node)) {
          context.report({ messageId: where, data: { object: describeVeleroObject(object), hook: hook ?? '', problem: fault.problem, fix: fault.fix }, place: fault.place })
        }
      }
    }
  },
})
