/**
 * What Velero does with an `on-error` annotation (internal/hook/item_hook_handler.go@v1.18.2,
 * getPodExecHookFromAnnotations and getPodExecRestoreHookFromAnnotations): anything but exactly
 * `Continue` or `Fail` becomes "", and "" behaves as Continue everywhere it matters — HandleHooks returns
 * the error of an annotation backup hook only when OnError == Fail (item_hook_handler.go@v1.18.2), and
 * the restore handler stops only when OnError == Fail (wait_exec_hook_handler.go@v1.18.2).
 * (ExecutePodCommand's "default to fail" applies to its own copy, used for its log line only:
 * pod_command_executor.go@v1.18.2.) So the spelling only matters when it meant Fail.
 */

export type OnErrorReading =
  /** "", "Continue" or "Fail": Velero uses it as written. */
  | 'exact'
  /** Another spelling of Continue: dropped to "", which is Continue, so it behaves as written. */
  | 'continue'
  /** Another spelling of Fail: dropped to "", so the hook behaves as Continue. */
  | 'fail'
  /** Neither: dropped to "", so the hook behaves as Continue. */
  | 'unknown'

/** Words people write for Fail (after lower-casing and dropping everything but letters). */
const FAIL_WORDS = new Set(['fail', 'fails', 'failed', 'failure', 'abort', 'stop', 'halt', 'error', 'exit', 'fatal', 'break', 'terminate', 'failfast'])
/** Words people write for Continue. */
const CONTINUE_WORDS = new Set(['continue', 'continues', 'ignore', 'proceed', 'skip', 'warn', 'warning', 'keepgoing'])

export function readOnError(value: string): OnErrorReading {
  if (value === '' || value === 'Continue' || value === 'Fail') return 'exact'
  const word = value.toLowerCase().replace(/[^a-z]/g, '')
  if (CONTINUE_WORDS.has(word)) return 'continue'
  if (FAIL_WORDS.has(word)) return 'fail'
  return 'unknown'
}
