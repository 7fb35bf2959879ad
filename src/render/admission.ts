/**
 * What happens to the container Velero injects after Velero: is it removed again, does the API
 * server reject the restored pod, can the kubelet pull its image? Render writes only containers that
 * get through all of it ("rendered objects are always valid Kubernetes"); for the others it leaves
 * the pod unchanged, and the note says what Velero would do. Decided from Velero's and Kubernetes'
 * rules (velero/init-hook.ts, velero/pod-validation.ts), never from the lint rules or their severities.
 */
import type { PodTemplateTarget } from '../engine/model.js'
import { dns1123LabelProblem } from '../velero/go-values.js'
import { key, RESERVED_INIT_CONTAINER_NAMES } from '../velero/keys.js'
import { hasGoSpaceAtEnds, kubeletImageProblem } from '../velero/pod-validation.js'
import type { InitContainer } from './init-container.js'

/** A value in quotes, with invisible and space-like characters escaped (\u00a0, \ufeff…) so a note shows them. */
const q = (s: string): string =>
  JSON.stringify(s).replace(/[\u007f-\u00a0\u00ad\u1680\u180e\u2000-\u200f\u2028-\u202f\u205f-\u206f\u3000\ufeff]/g, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`)

/**
 * Why the pod Velero restores with `container` does not run it, as the end of a sentence, or
 * undefined when it does. In the order Velero and Kubernetes meet the problems: Velero's own
 * removal of `restore-wait`/`restic-wait` (pkg/restore/actions/pod_volume_restore_action.go,
 * v1.17.0 and later; restore item actions run sorted by name, so velero.io/pod-volume-restore runs
 * after velero.io/init-restore-hook and removes its container), the API server's validation (name,
 * then image whitespace), then the kubelet's image reference parser.
 */
export function rejectionOf(container: InitContainer): string | undefined {
  const { name, image } = container
  if (RESERVED_INIT_CONTAINER_NAMES.includes(name)) {
    return `Velero would inject an init container named ${q(name)}, the name of its own file-system restore container, and (v1.17 and later) removes it again, so the hook never runs`
  }
  const nameProblem = dns1123LabelProblem(name)
  if (nameProblem) return `Velero would inject an init container named ${q(name)}, which is not a DNS-1123 label (${nameProblem}), so the API server rejects the restored pod`
  if (hasGoSpaceAtEnds(image)) return `Velero would inject image ${q(image)}, with whitespace at an end, so the API server rejects the restored pod`
  const imageProblem = kubeletImageProblem(image)
  if (imageProblem) {
    return `Velero would inject image ${q(image)}, which is not a valid image reference (${imageProblem}), so the kubelet cannot pull it (InvalidImageName) and the restored pod stays in Init`
  }
  return undefined
}

/** Why the hook's name cannot go into this pod, or undefined when no container of the pod has it. */
export function nameTakenOf(pod: PodTemplateTarget, container: InitContainer, generatedName: boolean): string | undefined {
  const taken = [...pod.containers, ...pod.initContainers, ...pod.ephemeralContainers].some((c) => c.name === container.name)
  if (!taken) return undefined
  if (generatedName) {
    // Velero would pick a random name; ours is fixed, so a stale render or a container of that name is in the way.
    return `the pod already has a container named ${q(container.name)} that differs from the hook container; remove it (or set ${key('init', 'container-name')}) and render again`
  }
  return `Velero would inject a second container named ${q(container.name)}, so the API server rejects the restored pod (Duplicate value); choose another ${key('init', 'container-name')}`
}
