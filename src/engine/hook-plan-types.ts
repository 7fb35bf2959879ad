/**
 * The hook plan: what Velero will run on which pods, for every Backup, Schedule and Restore of the
 * repository (issue 12; velero-plan-semantics.md §1–§3, §7). buildHookPlan (hook-plan.ts) makes it
 * from the repository model for one Velero version; report/ prints it (text, JSON, Markdown) and
 * render/ injects its Restore-spec init containers.
 *
 * The JSON form (planToJson) is a contract tools rely on: fields are only ever added.
 */
import type { Place, VeleroObjectFact, WorkloadFact } from './repo-model.js'

/** Where a hook comes from: a pod annotation, or a Backup/Schedule/Restore spec hook entry. */
export type HookSource = 'annotation' | 'spec'

/**
 * Whether the repository proves the pod is taken ('yes'), or cannot tell ('unknown': a workload
 * without a namespace, templated labels, a selector we cannot read). Pods proven not taken are absent.
 */
export type Certainty = 'yes' | 'unknown'

export interface PlannedBackupHook {
  readonly source: HookSource
  /** The container the command runs in: as written, or the pod's first container when defaulted. */
  readonly container: string | undefined
  readonly command: readonly string[]
  /** As Velero acts on it: 'Continue' or 'Fail'. */
  readonly onError: 'Continue' | 'Fail'
  /** As Velero applies it, in Go duration form ("30s"); "none" when Velero sets no timeout. */
  readonly timeout: string
  /** Which of container, onError, timeout Velero defaulted (not written, or written as a value it replaces). */
  readonly defaulted: readonly ('container' | 'onError' | 'timeout')[]
  /** The hook's place: the annotation's key, or the spec hook's `exec` key. */
  readonly place: Place
  /** The spec entry's `name` (spec hooks). */
  readonly hookName?: string
  /** 'unknown' when the spec entry's selection cannot be decided (templated labels, no namespace). */
  readonly certainty: Certainty
}

/**
 * How a pod comes into a backup: the Backup's own filters ('selector'), or, since v1.15, its
 * ItemBlock pulling in a running pod that mounts a PVC of a taken pod in the same namespace
 * ('shared-pvc', velero-plan-semantics.md §1.2, X19) although the Backup's label selector misses it.
 */
export type BackupVia = 'selector' | 'shared-pvc'

export interface PlannedBackupPod {
  readonly workload: WorkloadFact
  /** 'unknown' when the Backup's filters, or those of the pod that pulls it in, cannot be decided. */
  readonly certainty: Certainty
  readonly via: BackupVia
  /** For 'shared-pvc': the claim and the taken workload whose ItemBlock pulls this pod in. */
  readonly sharedWith?: { readonly claimName: string; readonly workload: WorkloadFact }
  readonly pre: readonly PlannedBackupHook[]
  readonly post: readonly PlannedBackupHook[]
  /** Spec hooks that select this pod but do not run because an annotation of the same phase wins. */
  readonly hidden: readonly { readonly phase: 'pre' | 'post'; readonly hook: PlannedBackupHook }[]
}

export interface PlannedBackup {
  /** The Backup, or the Schedule whose template its Backups get. */
  readonly object: VeleroObjectFact
  /** Every workload whose pods it takes, in Velero's order (namespaces sorted, then name). */
  readonly pods: readonly PlannedBackupPod[]
  /**
   * Why Velero refuses the Backup (or the Schedule's Backups) before any hook runs, as a sentence
   * (hook-plan-validation.ts): then nothing in `pods` runs; `pods` shows what would once it is fixed.
   */
  readonly invalid?: string
}

export interface PlannedInitContainer {
  readonly source: HookSource
  readonly name: string
  readonly image: string | undefined
  readonly command: readonly string[]
  /** The annotation key, or the initContainers item of the Restore spec. */
  readonly place: Place
  /** The full container as Velero injects it (spec hooks carry a whole corev1.Container), as JSON data. */
  readonly container?: Readonly<Record<string, unknown>>
  /** 'name': an annotation hook without `container-name`, which Velero names velero-restore-init-<random>. */
  readonly defaulted: readonly 'name'[]
  /**
   * Why Velero's ValidateContainer refuses this spec container (no name, image or command, a value of
   * the wrong type): the Restore then fails validation and restores nothing.
   */
  readonly invalid?: string
  readonly hookName?: string
  readonly certainty: Certainty
}

export interface PlannedRestoreExecHook {
  readonly source: HookSource
  readonly container: string | undefined
  readonly command: readonly string[]
  readonly onError: 'Continue' | 'Fail'
  /** Go duration form, as Velero applies it ("30s"; "none" for no timeout). */
  readonly execTimeout: string
  /** "none" when Velero waits without a limit. */
  readonly waitTimeout: string
  readonly waitForReady: boolean
  readonly defaulted: readonly ('container' | 'onError' | 'execTimeout' | 'waitTimeout' | 'waitForReady')[]
  readonly place: Place
  readonly hookName?: string
  /** A spec hook's index in its entry's `postHooks[]` (init items count): the key Velero's hook tracker adds it under. */
  readonly postHookIndex?: number
  readonly certainty: Certainty
}

/**
 * What else the plan knows about a restored pod:
 * - 'job-template': a Job's pod; Velero restores it as an orphan duplicate that the restored Job
 *   does not adopt, and the Job's own new pods get no hooks (§3.2);
 * - 'init-command-panics': its init annotation has an image but no command; Velero up to v1.18.2
 *   panics and does not restore the pod, so neither init containers nor exec hooks reach it.
 */
export type RestorePodNote = 'job-template' | 'init-command-panics'

export interface PlannedRestorePod {
  readonly workload: WorkloadFact
  readonly certainty: Certainty
  /** The namespace after namespaceMapping; undefined when the workload states none. */
  readonly targetNamespace: string | undefined
  /** Injected init containers in the order Velero puts them (after restore-wait, before the pod's own). */
  readonly initContainers: readonly PlannedInitContainer[]
  readonly exec: readonly PlannedRestoreExecHook[]
  /** Spec init / exec hooks an annotation hides for this pod. */
  readonly hidden: readonly { readonly family: 'init' | 'exec'; readonly place: Place; readonly hookName?: string }[]
  readonly notes: readonly RestorePodNote[]
}

export interface PlannedRestore {
  readonly object: VeleroObjectFact
  /** spec.backupName or spec.scheduleName as written. */
  readonly backup: string | undefined
  /** The Backup or Schedule of the repository it restores from, when found. */
  readonly source: VeleroObjectFact | undefined
  /**
   * The pods it restores. With a source in the repository: the source's pods that the Restore's own
   * filters take (CronJob templates never: their pods are not restored). With a backup or schedule
   * name but no such object in the repository: every workload the Restore's own filters take, each
   * with certainty 'unknown' (the backup was made elsewhere; whether it holds the pod is unknown).
   * With neither name: none.
   */
  readonly pods: readonly PlannedRestorePod[]
  /**
   * Why Velero fails the Restore's validation (both or neither of backupName and scheduleName, both
   * selectors, an invalid hook selector or init container), as a sentence: then nothing in `pods`
   * runs; `pods` shows what would once it is fixed.
   */
  readonly invalid?: string
}

export interface HookPlan {
  readonly backups: readonly PlannedBackup[]
  readonly restores: readonly PlannedRestore[]
}
