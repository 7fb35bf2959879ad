/**
 * The init container Velero injects at restore for a pod's annotations (velero-hooks.md §2.1), as
 * our design document renders it: Velero's name, image and command, plus `imagePullPolicy:
 * IfNotPresent` and, in mode `app`, the first app container's volumeMounts.
 */
import { isMap, isSeq, type Document } from 'yaml'
import { deref, getPair, type PodTemplateTarget } from '../engine/model.js'
import { veleroArgv } from '../velero/command.js'
import { DEFAULT_INIT_HOOK_NAME, key } from '../velero/keys.js'

export type VolumeMountsMode = 'app' | 'none'
export const VOLUME_MOUNTS_MODES: readonly VolumeMountsMode[] = ['app', 'none']

export interface InitContainer {
  name: string
  image: string
  /** Omitted when Velero gives none (`[]`, or an empty command after velero#10371). */
  command?: string[]
  imagePullPolicy: 'IfNotPresent'
  /** Omitted when mode is `none` or the first app container mounts nothing. */
  volumeMounts?: unknown[]
}

export type InitHook =
  | { kind: 'none' }
  | { kind: 'container'; container: InitContainer }
  /** The pod has an init hook this renderer cannot express; the reason says why. */
  | { kind: 'unsupported'; reason: string }

/** The first app container's volumeMounts, as plain data (all fields, aliases resolved). */
export function appVolumeMounts(doc: Document, pod: PodTemplateTarget): unknown[] | undefined {
  const containers = deref(doc, getPair(pod.spec, 'containers')?.value)
  if (!isSeq(containers)) return undefined
  const first = deref(doc, containers.items[0])
  if (!isMap(first)) return undefined
  const mounts = deref(doc, getPair(first, 'volumeMounts')?.value)
  if (!isSeq(mounts)) return undefined
  const value = mounts.toJS(doc) as unknown[]
  return value.length > 0 ? value : undefined
}

export function initHookOf(doc: Document, pod: PodTemplateTarget, mode: VolumeMountsMode): InitHook {
  const image = pod.annotations.get(key('init', 'container-image'))?.value
  if (image === undefined || image === '') return { kind: 'none' }
  const nameEntry = pod.annotations.get(key('init', 'container-name'))
  const commandEntry = pod.annotations.get(key('init', 'command'))
  // Kubernetes rejects non-string annotation values before Velero sees them (hook-annotation-not-string).
  if (nameEntry && nameEntry.value === undefined) return { kind: 'unsupported', reason: `"${nameEntry.key}" is not a string` }
  if (commandEntry && commandEntry.value === undefined) return { kind: 'unsupported', reason: `"${commandEntry.key}" is not a string` }
  const argv = veleroArgv(commandEntry?.value ?? '')
  const container: InitContainer = {
    name: nameEntry?.value || DEFAULT_INIT_HOOK_NAME,
    image,
    ...(argv && argv.length > 0 ? { command: argv } : {}),
    imagePullPolicy: 'IfNotPresent',
  }
  if (mode === 'app') {
    const mounts = appVolumeMounts(doc, pod)
    if (mounts) container.volumeMounts = mounts
  }
  return { kind: 'container', container }
}
