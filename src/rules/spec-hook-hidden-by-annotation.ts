import { defineRule } from '../engine/define-rule.js'
import { at, keyPlace, listOf, RepoHooks, type AnnotationFamily, type BackupScope, type Reached, type RestoreScope, type SpecHookEntry } from '../engine/repo-hooks.js'
import { describeWorkload, type AnnotationFact, type PEntry, type WorkloadFact } from '../engine/repo-model.js'

interface Hidden {
  readonly workload: WorkloadFact
  readonly annotation: AnnotationFact
}

/** The reached workloads whose annotation hook of the family wins over the entry's hooks. */
function hiddenOn(reached: readonly Reached[], family: AnnotationFamily): Hidden[] {
  const out: Hidden[] = []
  for (const { workload, hooks } of reached) {
    const hook = hooks[family]
    if (typeof hook === 'object') out.push({ workload, annotation: hook.switch })
  }
  return out
}

/** "Deployment db in namespace shop (apps/db.yaml:3; pre.hook.backup.velero.io/command at apps/db.yaml:12)" */
const describeHidden = (h: Hidden): string => `${describeWorkload(h.workload).slice(0, -1)}; ${h.annotation.key} at ${at(h.annotation.keyPlace)})`

type MessageId = 'backup' | 'init' | 'exec'

interface Finding {
  messageId: MessageId
  key: PEntry
  hidden: Hidden[]
  phase?: string
}

function backupFindings(hooks: RepoHooks, scope: BackupScope, entry: SpecHookEntry): Finding[] {
  const out: Finding[] = []
  for (const phase of ['pre', 'post'] as const) {
    const key = entry.phaseKeys.get(phase)
    if (!key || !entry.execHooks.some((h) => h.phase === phase)) continue
    const hidden = hiddenOn(hooks.reached(scope, entry, 'backup'), phase)
    if (hidden.length > 0) out.push({ messageId: 'backup', key, hidden, phase })
  }
  return out
}

function restoreFindings(hooks: RepoHooks, scope: RestoreScope, entry: SpecHookEntry): Finding[] {
  const out: Finding[] = []
  if (entry.initKey && entry.initContainers.length > 0) {
    const hidden = hiddenOn(hooks.reached(scope, entry, 'init'), 'init')
    if (hidden.length > 0) out.push({ messageId: 'init', key: entry.initKey, hidden })
  }
  const exec = entry.execHooks[0]
  if (exec) {
    const hidden = hiddenOn(hooks.reached(scope, entry, 'exec'), 'exec')
    if (hidden.length > 0) out.push({ messageId: 'exec', key: exec.exec, hidden })
  }
  return out
}

export default defineRule({
  meta: {
    id: 'spec-hook-hidden-by-annotation',
    severity: 'warning',
    docs: {
      summary: 'A Backup/Schedule/Restore spec hook selects pods whose hook annotation of the same kind wins over it, so it never runs there.',
      description:
        'Velero runs a hook annotation instead of the spec hooks of the same kind, for each pod, without a word in the logs ' +
        '(velero-plan-semantics.md §1.4, §2.4, §2.5; `velero-hooks.md` §3.3):\n\n' +
        '- Backups, per phase (`HandleHooks`, internal/hook/item_hook_handler.go): a `pre.hook.backup.velero.io/command` (or, when it ' +
        'is missing or empty, the legacy `hook.backup.velero.io/command`) hides the spec `pre` hooks only; `post.hook.backup.velero.io/command` ' +
        'hides the spec `post` hooks only.\n' +
        '- Restores: `init.hook.restore.velero.io/container-image` hides every spec init container (`HandleRestoreHooks`); ' +
        '`post.hook.restore.velero.io/command` hides every spec exec hook (`GroupRestoreExecHooks`). Init and exec are independent.\n\n' +
        'The finding sits on the entry\'s `pre`/`post` list, or its first `init`/`exec`, and names the workloads (with the annotation\'s ' +
        'file and line) where the spec hooks are dropped. Workloads the Backup or Restore proves it does not take are left out.',
      fix: 'Keep one source per pod and kind: move the command into the spec entry and remove the annotation, or narrow the entry\'s `labelSelector` so it no longer selects the annotated pods.',
    },
    messages: {
      backup:
        '{{workloads}}: a {{phase}} hook annotation wins over spec {{phase}} hooks, so Velero never runs this entry\'s {{phase}} hooks on those pods; keep one of the two (move the command here and remove the annotation, or narrow the labelSelector).',
      init:
        '{{workloads}}: an init.hook.restore.velero.io/container-image annotation wins over spec init hooks, so Velero injects none of these init containers into those pods; keep one of the two (move the container here and remove the annotations, or narrow the labelSelector).',
      exec:
        '{{workloads}}: a post.hook.restore.velero.io/command annotation wins over spec exec hooks, so Velero runs none of this entry\'s exec hooks in those pods; keep one of the two (move the command here and remove the annotation, or narrow the labelSelector).',
    },
  },
  checkRepository(context) {
    const hooks = RepoHooks.of(context.repo, context.veleroVersion)
    const scopes: Array<BackupScope | RestoreScope> = [...hooks.backups, ...hooks.restores]
    for (const scope of scopes) {
      if (scope.fails) continue
      for (const entry of scope.entries) {
        const findings = scope.object.kind === 'Restore' ? restoreFindings(hooks, scope as RestoreScope, entry) : backupFindings(hooks, scope as BackupScope, entry)
        for (const f of findings) {
          context.report({
            messageId: f.messageId,
            data: { workloads: listOf(f.hidden, describeHidden), ...(f.phase ? { phase: f.phase } : {}) },
            place: keyPlace(scope.object, f.key),
          })
        }
      }
    }
  },
})
