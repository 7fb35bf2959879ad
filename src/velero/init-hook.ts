/**
 * Velero's own decision for a pod's restore init hook annotations: a port of
 * getInitContainerFromAnnotation (internal/hook/item_hook_handler.go, lines 413-443, the same at
 * v1.18.2 and on main at d2241adb). Whether a hook is injected, and what, is decided here and
 * nowhere else: never by which lint rules are enabled.
 *
 * What Velero reads (a Go map lookup, so a missing key reads as ""):
 *
 *   containerImage := annotations[podRestoreHookInitContainerImageAnnotationKey]
 *   containerName  := annotations[podRestoreHookInitContainerNameAnnotationKey]
 *   command        := annotations[podRestoreHookInitContainerCommandAnnotationKey]
 *   if containerImage == "" { return nil }                       // no hook: nothing is injected
 *   if containerName == "" { containerName = "velero-restore-init-" + 8 hex digits of a new UUID }
 *   initContainer := corev1api.Container{Image: containerImage, Name: containerName,
 *                                        Command: parseStringToCommand(command)}
 *
 * So Velero's container has exactly three fields: name, image and command (Command is
 * `json:"command,omitempty"`, so an empty argv, from `[]`, leaves it out). No imagePullPolicy, no
 * volumeMounts, no resources: the API server defaults the rest (imagePullPolicy Always for `:latest`
 * or no tag, IfNotPresent otherwise). HandleRestoreHooks puts it after a `restore-wait` container
 * at index 0, else first, before the pod's own init containers.
 *
 * parseStringToCommand reads `commandValue[0]` without a length check, so an image with a missing
 * or empty command panics (index out of range) at v1.18.2 and on main at d2241adb; velero#10371
 * (merged later) makes it the image's entrypoint.
 */
import { parseStringToCommand } from './command.js'
import { DEFAULT_INIT_HOOK_NAME, key } from './keys.js'

/** corev1api.Container as getInitContainerFromAnnotation fills it: these fields and no others. */
export interface VeleroInitContainer {
  name: string
  image: string
  /** Absent when Velero's argv is empty (`[]`): omitempty. */
  command?: string[]
}

export type VeleroInitDecision =
  /** No `container-image`, or an empty one: Velero injects nothing. */
  | { kind: 'none' }
  /** An image without a command: parseStringToCommand("") panics, and the pod is not restored. */
  | { kind: 'panics' }
  | {
      kind: 'inject'
      container: VeleroInitContainer
      /**
       * True when `container-name` is absent or empty: Velero names the container
       * `velero-restore-init-<8 random hex digits>`; we write `velero-restore-init-0` so the output
       * is deterministic (the one field where a render differs from Velero's container).
       */
      generatedName: boolean
    }

export interface VeleroInitOptions {
  /**
   * What an image without a command does: 'panics' (v1.18.2 and main at d2241adb, the default) or
   * 'entrypoint' (after velero#10371: the container gets no command).
   */
  emptyCommand?: 'panics' | 'entrypoint'
}

/**
 * Velero's decision for one pod. `annotation(key)` returns the annotation's string value, or ""
 * when it is absent (as Go's map lookup does; a YAML `key:` with no value also reaches Velero as "").
 */
export function veleroInitDecision(annotation: (key: string) => string, options: VeleroInitOptions = {}): VeleroInitDecision {
  const image = annotation(key('init', 'container-image'))
  if (image === '') return { kind: 'none' }
  const command = parseStringToCommand(annotation(key('init', 'command')))
  if (command.kind === 'empty' && (options.emptyCommand ?? 'panics') === 'panics') return { kind: 'panics' }
  const argv = command.kind === 'empty' ? [] : command.argv
  const name = annotation(key('init', 'container-name'))
  const container: VeleroInitContainer = {
    name: name === '' ? DEFAULT_INIT_HOOK_NAME : name,
    image,
    ...(argv.length > 0 ? { command: argv } : {}),
  }
  return { kind: 'inject', container, generatedName: name === '' }
}
