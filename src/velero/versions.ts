/**
 * The Velero version a run targets, and the facts that differ between versions, each a named
 * predicate with the file and tag it was read in (github.com/velero-io/velero; the Go module path
 * is still github.com/vmware-tanzu/velero). "main" is Velero's main branch as read on 2026-08-21
 * (d2241adba), plus the merged PR #10371 where a predicate says so.
 */

/** A Velero release (1.minor.patch) or Velero's main branch. Plain data: it crosses worker threads. */
export type VeleroVersion = { readonly kind: 'release'; readonly minor: number; readonly patch: number } | { readonly kind: 'main' }

/**
 * The releases that can be targeted, by minor: the highest patch of each, read from the repository's
 * tags (v1.12.0 … v1.18.2; no v1.19 tag exists).
 */
const LATEST_PATCH: ReadonlyMap<number, number> = new Map([
  [12, 4],
  [13, 2],
  [14, 1],
  [15, 2],
  [16, 2],
  [17, 2],
  [18, 2],
])
const FIRST_MINOR = 12
const LAST_MINOR = 18

export const MAIN: VeleroVersion = { kind: 'main' }
/** The latest release: what a run targets unless told otherwise. */
export const LATEST_RELEASE: VeleroVersion = { kind: 'release', minor: LAST_MINOR, patch: LATEST_PATCH.get(LAST_MINOR)! }

/** The accepted values, as messages and help texts list them. */
export const VELERO_VERSION_VALUES = `1.${FIRST_MINOR} … 1.${LAST_MINOR} (a minor means its latest patch), a patch release such as 1.16.1 or 1.18.2, or main`

/** What a version is called in messages: "v1.18.2" or "main". */
export function formatVersion(v: VeleroVersion): string {
  return v.kind === 'main' ? 'main' : `v1.${v.minor}.${v.patch}`
}

/** The value as configured ("1.18.2", "main"): what formatVersion prints without the "v". */
export function versionSetting(v: VeleroVersion): string {
  return v.kind === 'main' ? 'main' : `1.${v.minor}.${v.patch}`
}

export type VersionParse = { ok: true; version: VeleroVersion } | { ok: false; error: string }

/**
 * "1.18", "1.18.2", "v1.16.2" or "main". A minor without a patch means its latest patch release,
 * the one to run (1.16 = 1.16.2). Anything else is an error naming the accepted values, worded to
 * follow the setting's name ("--velero-version must be …").
 */
export function parseVeleroVersion(text: string): VersionParse {
  const v = text.trim()
  if (v === 'main') return { ok: true, version: MAIN }
  const m = /^v?1\.(\d{1,3})(?:\.(\d{1,3}))?$/.exec(v)
  const minor = m ? Number(m[1]) : undefined
  const latest = minor !== undefined ? LATEST_PATCH.get(minor) : undefined
  if (!m || latest === undefined) return { ok: false, error: `must be ${VELERO_VERSION_VALUES}; got "${text}"` }
  const patch = m[2] === undefined ? latest : Number(m[2])
  if (patch > latest) return { ok: false, error: `must be ${VELERO_VERSION_VALUES}; Velero 1.${minor} has 1.${minor}.0 to 1.${minor}.${latest}, not "${text}"` }
  return { ok: true, version: { kind: 'release', minor: minor!, patch } }
}

/** Negative, zero or positive as a is older than, the same as or newer than b; main is newest. */
export function compareVersions(a: VeleroVersion, b: VeleroVersion): number {
  if (a.kind === 'main' || b.kind === 'main') return (a.kind === 'main' ? 1 : 0) - (b.kind === 'main' ? 1 : 0)
  return a.minor - b.minor || a.patch - b.patch
}

const release = (minor: number, patch = 0): VeleroVersion => ({ kind: 'release', minor, patch })
const atLeast = (v: VeleroVersion, minor: number, patch = 0): boolean => compareVersions(v, release(minor, patch)) >= 0
const isMain = (v: VeleroVersion): boolean => v.kind === 'main'

/** Go's defaultTimeout for hook execs, in nanoseconds (pkg/podexec/pod_command_executor.go, every tag). */
export const DEFAULT_EXEC_TIMEOUT_NS = 30e9
/** main's maxHookTimeout, in nanoseconds (pkg/podexec/pod_command_executor.go@main, PR #10125). */
export const MAX_HOOK_TIMEOUT_NS = 4 * 3600e9

/**
 * An init hook with an image and an empty or missing command panics the restore plugin:
 * `parseStringToCommand` reads `commandValue[0]` without a length check
 * (internal/hook/item_hook_handler.go, v1.12.0 … v1.18.2, and main as of d2241adba). PR #10371
 * (merged 2026-08-23) guards it on main; the injected container then has no command, so the
 * image's own entrypoint runs (the PR's description: "is using container's default entrypoint").
 */
export function emptyInitCommandPanics(v: VeleroVersion): boolean {
  return !isMain(v)
}

/**
 * A hook exec timeout ≤ 0 becomes the 30s default and one over 4h is capped at 4h only on main
 * (`ExecutePodCommand`, pkg/podexec/pod_command_executor.go@main, PR #10125). Up to v1.18.2 only
 * exactly 0 becomes 30s, and the timer is armed only when the timeout is > 0, so a negative
 * timeout means no timeout at all (same file @v1.12.0 … @v1.18.2).
 */
export function execTimeoutBoundedOnMain(v: VeleroVersion): boolean {
  return isMain(v)
}

/** A negative hook exec timeout runs the hook with no timeout (see execTimeoutBoundedOnMain). */
export function negativeExecTimeoutMeansNone(v: VeleroVersion): boolean {
  return !execTimeoutBoundedOnMain(v)
}

/**
 * Backup hooks may target a native sidecar (an init container with `restartPolicy: Always`) only
 * on main: `ensureContainerExists` (pkg/podexec/pod_command_executor.go@main, PR #9403) looks at
 * sidecars too; @v1.18.2 and earlier it checks `spec.containers` only and fails with
 * `no such container: "<name>"`.
 */
export function backupHookAcceptsSidecar(v: VeleroVersion): boolean {
  return isMain(v)
}

export type MissingRestoreContainer = 'discarded' | 'hangs' | 'hangs-until-resource-timeout'

/**
 * A restore exec hook whose container is not in `spec.containers` (sidecars and init containers
 * included, every version: `podHasContainer`, internal/hook/wait_exec_hook_handler.go@main) is
 * discarded, but it was added to the hook tracker (`GroupRestoreExecHooks`,
 * internal/hook/item_hook_handler.go@v1.14.0 on) and is never recorded, so the restore finalizer's
 * `WaitRestoreExecHook` (pkg/controller/restore_finalizer_controller.go, new in v1.14.0) polls
 * forever: the Restore hangs in Finalizing (velero#9749). On main the poll is bounded by
 * --resource-timeout (default 10m; PR #10280), after which the Restore ends PartiallyFailed.
 * Up to v1.13 nothing waits on the tracker: the hook is just discarded.
 */
export function missingRestoreExecContainer(v: VeleroVersion): MissingRestoreContainer {
  if (isMain(v)) return 'hangs-until-resource-timeout'
  return atLeast(v, 14) ? 'hangs' : 'discarded'
}

/**
 * `post.hook.restore.velero.io/wait-for-ready` (and the Restore spec's `waitForReady`) exist since
 * v1.13.0 (PR #6918): internal/hook/item_hook_handler.go@v1.12.4 has no such key, @v1.13.0 does.
 */
export function readsWaitForReady(v: VeleroVersion): boolean {
  return atLeast(v, 13)
}

/**
 * A Restore spec exec hook whose index in its entry's `postHooks[]` differs from its index among
 * its container's exec hooks (`[init, exec]` in one entry; exec hooks for two containers in one
 * entry; two entries with hooks for one container) hangs the Restore in Finalizing on
 * v1.16.2 … v1.17.2: `GroupRestoreExecHooks` adds it to the tracker under its `postHooks` index
 * while `HandleHooks` records it under its container-group index (internal/hook/item_hook_handler.go
 * and wait_exec_hook_handler.go@v1.16.2, @v1.17.2); v1.18.0 records `hook.hookIndex` (PR #9366, velero#9359).
 */
export function postHooksIndexMismatchHangs(v: VeleroVersion): boolean {
  return atLeast(v, 16, 2) && !atLeast(v, 17, 3)
}

/**
 * Backup-level namespace globs other than `*` (`app-*`) are expanded against the cluster's
 * namespaces only since v1.18.0 (`ExpandIncludesExcludes`, pkg/util/collections/includes_excludes.go
 * and pkg/backup/backup.go@v1.18.0; absent @v1.17.2): before, they are matched literally.
 */
export function backupNamespaceGlobsExpanded(v: VeleroVersion): boolean {
  return atLeast(v, 18)
}

/**
 * Since v1.15.0 a Backup's ItemBlocks pull in every running pod of the namespace that mounts a PVC
 * of a pod it takes, whatever the Backup's label selector (`PVCAction.GetRelatedItems`,
 * pkg/itemblock/actions/pvc_action.go, new @v1.15.0; `executeItemBlockActions` admits them through
 * `itemInclusionChecks`, which checks namespaces, resources and the exclude label but not the
 * selector: pkg/backup/backup.go@v1.15.0). Up to v1.14 only the selected pods are backed up.
 */
export function sharedPvcPullsPods(v: VeleroVersion): boolean {
  return atLeast(v, 15)
}

/**
 * Since v1.17.0 `PodVolumeRestoreAction` deletes every init container named `restore-wait` or
 * `restic-wait` before it adds its own (pkg/restore/actions/pod_volume_restore_action.go@v1.17.0,
 * PR #8880); @v1.16.2 it only replaced index 0 of such a name, and only for a pod with file-system backups.
 */
export function restoreDeletesWaitContainers(v: VeleroVersion): boolean {
  return atLeast(v, 17)
}

export type RestoreExecHookWait = 'in-progress' | 'finalizing' | 'finalizing-until-resource-timeout'

/**
 * How a Restore waits for its exec hooks: up to v1.13 while InProgress (`hooksWaitGroup`,
 * pkg/restore/restore.go@v1.13.0); since v1.14.0 in Finalizing, until every hook in the tracker is
 * recorded (`WaitRestoreExecHook`, pkg/controller/restore_finalizer_controller.go@v1.14.0, PR #7619),
 * with no deadline up to v1.18.2; on main the poll ends after --resource-timeout (10m by default,
 * PR #10280) and the Restore ends PartiallyFailed. A pod's wait itself has no limit when a hook of the
 * pod has no waitTimeout (`maxHookWait`, internal/hook/wait_exec_hook_handler.go, every version).
 */
export function restoreExecHookWait(v: VeleroVersion): RestoreExecHookWait {
  if (isMain(v)) return 'finalizing-until-resource-timeout'
  return atLeast(v, 14) ? 'finalizing' : 'in-progress'
}
