/**
 * The hook plan's JSON form (issue 12, item 4): a contract tools rely on, so fields are only ever
 * added. Absent values are null (never missing keys); places are `file` and 1-based `line`.
 *
 *   {"backups":[{"kind","name","namespace","file","line","pods":[{"workload":{"kind","namespace","name","file","line"},
 *     "certainty","via","sharedWith","pre":[{"source","container","command","onError","timeout","file","line",
 *     "defaulted","hookName","certainty"}],"post":[…],"hidden":[{"phase",…hook}]}]}],
 *    "restores":[{"name","namespace","backup","file","line","source","pods":[{"workload":{…},"certainty",
 *     "targetNamespace","initContainers":[{"source","name","image","command","file","line","defaulted","hookName",
 *     "certainty","invalid","container"}],"exec":[{"source","container","command","onError","execTimeout",
 *     "waitTimeout","waitForReady","file","line","defaulted","hookName","certainty"}],"hidden":[…],"notes":[…]}]}]}
 */
import type {
  HookPlan,
  PlannedBackup,
  PlannedBackupHook,
  PlannedBackupPod,
  PlannedInitContainer,
  PlannedRestore,
  PlannedRestoreExecHook,
  PlannedRestorePod,
} from './hook-plan-types.js'
import type { Place, VeleroObjectFact, WorkloadFact } from './repo-model.js'

export interface WorkloadJson {
  kind: string
  namespace: string | null
  name: string | null
  file: string
  line: number
}

export interface BackupHookJson {
  source: 'annotation' | 'spec'
  container: string | null
  command: string[]
  onError: 'Continue' | 'Fail'
  timeout: string
  file: string
  line: number
  defaulted: string[]
  hookName: string | null
  certainty: 'yes' | 'unknown'
}

export interface BackupPodJson {
  workload: WorkloadJson
  certainty: 'yes' | 'unknown'
  via: 'selector' | 'shared-pvc'
  sharedWith: { claimName: string; workload: WorkloadJson } | null
  pre: BackupHookJson[]
  post: BackupHookJson[]
  hidden: (BackupHookJson & { phase: 'pre' | 'post' })[]
}

export interface BackupJson {
  kind: 'Backup' | 'Schedule'
  name: string | null
  namespace: string | null
  file: string
  line: number
  pods: BackupPodJson[]
}

export interface InitContainerJson {
  source: 'annotation' | 'spec'
  name: string
  image: string | null
  command: string[]
  file: string
  line: number
  defaulted: string[]
  hookName: string | null
  certainty: 'yes' | 'unknown'
  invalid: string | null
  container: Record<string, unknown> | null
}

export interface RestoreExecJson {
  source: 'annotation' | 'spec'
  container: string | null
  command: string[]
  onError: 'Continue' | 'Fail'
  execTimeout: string
  waitTimeout: string
  waitForReady: boolean
  file: string
  line: number
  defaulted: string[]
  hookName: string | null
  certainty: 'yes' | 'unknown'
}

export interface RestorePodJson {
  workload: WorkloadJson
  certainty: 'yes' | 'unknown'
  targetNamespace: string | null
  initContainers: InitContainerJson[]
  exec: RestoreExecJson[]
  hidden: { family: 'init' | 'exec'; file: string; line: number; hookName: string | null }[]
  notes: string[]
}

export interface RestoreJson {
  name: string | null
  namespace: string | null
  backup: string | null
  file: string
  line: number
  /** The Backup or Schedule of the repository it restores from. */
  source: { kind: string; name: string | null; namespace: string | null; file: string; line: number } | null
  pods: RestorePodJson[]
}

export interface HookPlanJson {
  backups: BackupJson[]
  restores: RestoreJson[]
}

const at = (place: Place): { file: string; line: number } => ({ file: place.file, line: place.span.line })

export function workloadJson(w: WorkloadFact): WorkloadJson {
  return { kind: w.kind, namespace: w.namespace ?? null, name: w.name ?? null, ...at(w.place) }
}

function objectJson(o: VeleroObjectFact): { name: string | null; namespace: string | null; file: string; line: number } {
  return { name: o.name ?? null, namespace: o.namespace ?? null, ...at(o.place) }
}

function backupHookJson(h: PlannedBackupHook): BackupHookJson {
  return {
    source: h.source,
    container: h.container ?? null,
    command: [...h.command],
    onError: h.onError,
    timeout: h.timeout,
    ...at(h.place),
    defaulted: [...h.defaulted],
    hookName: h.hookName ?? null,
    certainty: h.certainty,
  }
}

function backupPodJson(p: PlannedBackupPod): BackupPodJson {
  return {
    workload: workloadJson(p.workload),
    certainty: p.certainty,
    via: p.via,
    sharedWith: p.sharedWith ? { claimName: p.sharedWith.claimName, workload: workloadJson(p.sharedWith.workload) } : null,
    pre: p.pre.map(backupHookJson),
    post: p.post.map(backupHookJson),
    hidden: p.hidden.map(({ phase, hook }) => ({ phase, ...backupHookJson(hook) })),
  }
}

function backupJson(b: PlannedBackup): BackupJson {
  return { kind: b.object.kind as 'Backup' | 'Schedule', ...objectJson(b.object), pods: b.pods.map(backupPodJson) }
}

function initJson(c: PlannedInitContainer): InitContainerJson {
  return {
    source: c.source,
    name: c.name,
    image: c.image ?? null,
    command: [...c.command],
    ...at(c.place),
    defaulted: [...c.defaulted],
    hookName: c.hookName ?? null,
    certainty: c.certainty,
    invalid: c.invalid ?? null,
    container: c.container ? structuredClone(c.container) : null,
  }
}

function execJson(h: PlannedRestoreExecHook): RestoreExecJson {
  return {
    source: h.source,
    container: h.container ?? null,
    command: [...h.command],
    onError: h.onError,
    execTimeout: h.execTimeout,
    waitTimeout: h.waitTimeout,
    waitForReady: h.waitForReady,
    ...at(h.place),
    defaulted: [...h.defaulted],
    hookName: h.hookName ?? null,
    certainty: h.certainty,
  }
}

function restorePodJson(p: PlannedRestorePod): RestorePodJson {
  return {
    workload: workloadJson(p.workload),
    certainty: p.certainty,
    targetNamespace: p.targetNamespace ?? null,
    initContainers: p.initContainers.map(initJson),
    exec: p.exec.map(execJson),
    hidden: p.hidden.map((h) => ({ family: h.family, ...at(h.place), hookName: h.hookName ?? null })),
    notes: [...p.notes],
  }
}

function restoreJson(r: PlannedRestore): RestoreJson {
  const source = r.source ? { kind: r.source.kind, ...objectJson(r.source) } : null
  const o = objectJson(r.object)
  return { name: o.name, namespace: o.namespace, backup: r.backup ?? null, file: o.file, line: o.line, source, pods: r.pods.map(restorePodJson) }
}

export function planToJson(plan: HookPlan): HookPlanJson {
  return { backups: plan.backups.map(backupJson), restores: plan.restores.map(restoreJson) }
}
