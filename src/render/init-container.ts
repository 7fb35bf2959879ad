/**
 * The init container render writes for a pod's annotations. Whether there is one, and its name,
 * image and command, are Velero's own decision (velero/init-hook.ts, a port of
 * getInitContainerFromAnnotation); never the lint rules'.
 *
 * - Mode `none`: exactly Velero's container, field for field: name, image, command (when Velero
 *   sets one) and nothing else. The one difference: an unnamed hook is `velero-restore-init-0`
 *   where Velero generates `velero-restore-init-<8 random hex digits>` at every restore.
 * - Mode `app` (the default): the design document's container (velero-hooks.md §2.1): Velero's
 *   fields plus `imagePullPolicy: IfNotPresent` and the first app container's volumeMounts, adapted
 *   so the API server and kubelet accept them (app-mounts.ts). Velero itself adds neither.
 */
import type { Document } from 'yaml'
import type { PodTemplateTarget } from '../engine/model.js'
import { veleroInitDecision } from '../velero/init-hook.js'
import { key } from '../velero/keys.js'
import { appVolumeMounts } from './app-mounts.js'

export type VolumeMountsMode = 'app' | 'none'
export const VOLUME_MOUNTS_MODES: readonly VolumeMountsMode[] = ['app', 'none']

export interface InitContainer {
  name: string
  image: string
  /** Omitted when Velero gives none (`[]`). */
  command?: string[]
  /** Mode `app` only (annotation hooks): Velero sets no pull policy (the API server defaults it). */
  imagePullPolicy?: string
  /** Mode `app` only (annotation hooks), and omitted when the first app container mounts nothing we can copy. */
  volumeMounts?: unknown[]
  /**
   * A Restore-spec init container carries every field Velero decodes, as written (spec-container.ts).
   * Fields are written in the object's own order.
   */
  [field: string]: unknown
}

export type InitHook =
  | { kind: 'none' }
  | {
      kind: 'container'
      container: InitContainer
      /** Velero would generate the name; ours is the deterministic `velero-restore-init-0`. */
      generatedName?: boolean
      /** What mode `app` changed in the copied volumeMounts, and why, one sentence each. */
      adaptations?: string[]
    }
  /** The pod has an init hook this renderer cannot express; the reason says why. */
  | { kind: 'unsupported'; reason: string }
  /** Velero (or the API server, before Velero sees the object) does not inject it; the reason says what happens. */
  | { kind: 'invalid'; reason: string }

const IMAGE_KEY = key('init', 'container-image')
const COMMAND_KEY = key('init', 'command')

/**
 * An annotation whose value is not a string (nor `key:` with no value, which reaches Kubernetes as
 * ""): annotations are a map of strings, so kubectl and the API server reject the whole object.
 */
function notStringAnnotation(pod: PodTemplateTarget): string | undefined {
  return pod.annotations.entries.find((e) => e.value === undefined && e.yamlValue.kind !== 'null')?.key
}

/** The object is rejected before Velero sees it: an annotation that is not a string. */
function objectRejected(pod: PodTemplateTarget): InitHook | undefined {
  const invalidKey = notStringAnnotation(pod)
  if (invalidKey === undefined) return undefined
  return { kind: 'invalid', reason: `its annotation "${invalidKey}" is not a string, so kubectl and the API server reject the object and Velero never restores it` }
}

/** A hook given for a pod (render's test seam), still left out of an object Kubernetes rejects. */
export function givenHook(hook: InitHook, pod: PodTemplateTarget): InitHook {
  return hook.kind === 'container' ? (objectRejected(pod) ?? hook) : hook
}

export function initHookOf(doc: Document, pod: PodTemplateTarget, mode: VolumeMountsMode, emptyCommand: 'panics' | 'entrypoint' = 'panics'): InitHook {
  const decision = veleroInitDecision((k) => pod.annotations.get(k)?.value ?? '', { emptyCommand })
  const image = pod.annotations.get(IMAGE_KEY)
  const imageNotString = image !== undefined && image.value === undefined && image.yamlValue.kind !== 'null'
  if (decision.kind === 'none' && !imageNotString) return { kind: 'none' }
  const rejected = objectRejected(pod)
  if (rejected) return rejected
  if (decision.kind === 'none') return { kind: 'none' }
  if (decision.kind === 'panics') {
    const state = pod.annotations.get(COMMAND_KEY) ? 'an empty' : 'no'
    return {
      kind: 'invalid',
      reason:
        `its init hook has an image but ${state} "${COMMAND_KEY}": Velero up to v1.18.2 panics on it (parseStringToCommand reads the ` +
        'first byte of the empty command) and does not restore this pod; after velero#10371 the image\'s entrypoint runs',
    }
  }
  const container: InitContainer = { ...decision.container }
  if (mode === 'none') return { kind: 'container', container, generatedName: decision.generatedName }
  container.imagePullPolicy = 'IfNotPresent'
  const { mounts, adaptations } = appVolumeMounts(doc, pod)
  if (mounts.length > 0) container.volumeMounts = mounts
  return { kind: 'container', container, generatedName: decision.generatedName, adaptations }
}
