/** Helpers shared by the annotation rules. */
import { pathText, type AnnotationView, type ModelView, type ObjectView, type PodView, type YamlPath } from '../engine/model.js'
import { dns1123LabelProblem } from '../velero/go-values.js'
import { familyEntries } from '../velero/hook-keys.js'
import { imageVerdict } from '../velero/image-ref.js'
import { FAMILIES, FAMILY_BY_NAME, hookIsBuilt, key, RESERVED_INIT_CONTAINER_NAMES, type FamilySpec, type HookFamily } from '../velero/keys.js'

export interface FamilyView {
  spec: FamilySpec
  entries: Map<string, AnnotationView>
  /** The switch entry (command, or container-image for init) when its value is a non-empty string. */
  active: boolean
  first: AnnotationView | undefined
}

/** Every rule asks for the same views of the same pod: compute them once per pod. */
const viewsByPod = new WeakMap<PodView, readonly FamilyView[]>()

export function familyViews(pod: PodView): readonly FamilyView[] {
  let views = viewsByPod.get(pod)
  if (!views) {
    views = computeFamilyViews(pod)
    viewsByPod.set(pod, views)
  }
  return views
}

function computeFamilyViews(pod: PodView): FamilyView[] {
  return FAMILIES.map((spec) => {
    const entries = familyEntries(pod.annotations, spec.family)
    const sw = entries.get(spec.switchField)
    const first = pod.annotations.entries.find((e) => e.key.startsWith(spec.prefix) && entries.get(e.key.slice(spec.prefix.length)) === e)
    return { spec, entries, active: sw?.value !== undefined && sw.value !== '', first }
  })
}

export function familyView(pod: PodView, family: HookFamily): FamilyView {
  return familyViews(pod).find((v) => v.spec.family === family)!
}

/** Whether Velero builds this family's hook from the pod's annotations (hookIsBuilt, keys.ts). */
export function hookBuilt(pod: PodView, family: HookFamily): boolean {
  return hookIsBuilt(family, (k) => pod.annotations.get(k)?.value)
}

/**
 * The annotation Velero reads for one field of one family, or undefined when it is absent or when
 * Velero never reads it: the legacy `hook.backup.velero.io/*` keys are read only when
 * `pre.hook.backup.velero.io/command` is missing or empty, and then all four fields come from them
 * (velero-hooks.md §1.3). backup-hook-legacy-mixed reports the set that is ignored. Settings of a hook
 * Velero does not build are still returned: usedEntry leaves them out.
 */
export function readEntry(pod: PodView, family: HookFamily, field: string): AnnotationView | undefined {
  if (family === 'legacy-backup' && hookBuilt(pod, 'pre-backup')) return undefined
  if (family === 'pre-backup' && !hookBuilt(pod, 'pre-backup') && hookBuilt(pod, 'legacy-backup')) return undefined
  return pod.annotations.get(key(family, field))
}

/**
 * The annotation Velero uses for one field of one family: readEntry, and, for any field but the switch
 * (`command`, or `container-image` for init), only when Velero builds the hook. Without its switch a
 * hook does not exist and its other keys do nothing, as if absent (getPodExecHookFromAnnotations,
 * getPodExecRestoreHookFromAnnotations and getInitContainerFromAnnotation return nil first,
 * item_hook_handler.go@v1.18.2): a rule about a value reads it through this, so that it never describes
 * what a hook that does not exist would do (hook-orphan-setting and init-hook-missing-image say why).
 */
export function usedEntry(pod: PodView, family: HookFamily, field: string): AnnotationView | undefined {
  const entry = readEntry(pod, family, field)
  if (!entry || field === FAMILY_BY_NAME.get(family)!.switchField) return entry
  return hookBuilt(pod, family) ? entry : undefined
}

/** Template parameters (OpenShift `${NAME}`, `${{NAME}}`) stand for any text, so such a name may match. */
const PLACEHOLDER = /\$\{\{?[A-Za-z_][A-Za-z0-9_]*\}?\}/
/** What `.` matches in a RegExp: anything but a line terminator. */
const LINE_TERMINATOR = /[\n\r\u2028\u2029]/

/**
 * Whether `value` is the literal parts in order with any one-line text between them (a RegExp
 * `^part.*part.*part$`, without one: with a dozen placeholders such a RegExp backtracks for minutes).
 */
function matchesWildcards(parts: readonly string[], value: string): boolean {
  const first = parts[0]!
  const last = parts[parts.length - 1]!
  if (!value.startsWith(first)) return false
  let at = first.length
  for (const part of parts.slice(1, -1)) {
    const found = value.indexOf(part, at)
    if (found < 0 || LINE_TERMINATOR.test(value.slice(at, found))) return false
    at = found + part.length
  }
  const lastAt = value.length - last.length
  return lastAt >= at && value.endsWith(last) && !LINE_TERMINATOR.test(value.slice(at, lastAt))
}

/** A container name and a hook's `container` may name the same container (template parameters match anything). */
export function containerNameMatches(containerName: string, hookValue: string): boolean {
  if (containerName === hookValue || PLACEHOLDER.test(hookValue)) return true
  if (!PLACEHOLDER.test(containerName)) return false
  return matchesWildcards(containerName.split(new RegExp(PLACEHOLDER.source, 'g')), hookValue)
}

/**
 * Whether Velero finds the container a built exec or backup hook runs in, the first thing it checks:
 * restore exec hooks must name one of `spec.containers` (HandleHooks discards the others before running
 * anything, wait_exec_hook_handler.go@v1.18.2); backup hooks too (ExecutePodCommand checks the container
 * before the command, pod_command_executor.go@v1.18.2 ensureContainerExists; native sidecars count only
 * on main, PR #9403). No `container` means the first container. Unknown containers count as found.
 */
export function execTargetFound(pod: PodView, family: HookFamily): boolean {
  const value = usedEntry(pod, family, 'container')?.value
  if (!pod.containersKnown || value === undefined || value === '') return true
  return pod.containers.some((c) => c.name !== undefined && containerNameMatches(c.name, value))
}

/** Which of the pod's containers already has an init hook's name, in words, or undefined. */
export function initNameClash(pod: PodView, name: string): string | undefined {
  if (pod.containers.some((c) => c.name === name)) return 'a container'
  if (pod.initContainers.some((c) => c.name === name)) return 'an init container'
  if (pod.ephemeralContainers.some((c) => c.name === name)) return 'an ephemeral container'
  return undefined
}

/**
 * How far an annotation init hook gets, for Velero up to v1.18.2 (each stage stops the later ones, so
 * a finding names the first failure):
 * - 'absent': no image, so no hook (getInitContainerFromAnnotation, item_hook_handler.go@v1.18.2), or a
 *   hook value that is not a YAML string (kubectl rejects the object);
 * - 'panic': an empty or missing command panics parseStringToCommand before the pod is created;
 * - 'removed': the name is restore-wait/restic-wait, which PodVolumeRestoreAction deletes before the
 *   create (pkg/restore/actions/pod_volume_restore_action.go@v1.18.2, since v1.17);
 * - 'rejected': the API server rejects the pod (image padded with Go whitespace, a name that is not a
 *   DNS-1123 label or already used), so it is not restored;
 * - 'kubelet': the pod is created, and the kubelet cannot parse the image (InvalidImageName);
 * - 'runs': the init container runs its command.
 */
export type InitHookStage = 'absent' | 'panic' | 'removed' | 'rejected' | 'kubelet' | 'runs'

export function initHookStage(pod: PodView): InitHookStage {
  const field = (f: string) => pod.annotations.get(key('init', f))
  const [image, name, command] = [field('container-image'), field('container-name'), field('command')]
  if (!hookBuilt(pod, 'init') || [name, command].some((e) => e && e.value === undefined)) return 'absent'
  if (!command?.value) return 'panic'
  const nameValue = name?.value ?? ''
  if (RESERVED_INIT_CONTAINER_NAMES.includes(nameValue)) return 'removed'
  const verdict = imageVerdict(image!.value!)
  if (verdict?.stage === 'api-server') return 'rejected'
  if (nameValue !== '' && (dns1123LabelProblem(nameValue) !== undefined || initNameClash(pod, nameValue) !== undefined)) return 'rejected'
  return verdict ? 'kubelet' : 'runs'
}

/**
 * Whether Velero gets as far as running a built exec, backup or init hook's command, so that what the
 * command says matters: the container is found (exec and backup), or the init container starts.
 */
export function commandRuns(pod: PodView, family: HookFamily): boolean {
  if (family === 'init') return initHookStage(pod) === 'runs'
  return hookBuilt(pod, family) && execTargetFound(pod, family)
}

/** A JSON array wrapped in one more pair of quotes (`|` followed by `'["a", "b"]'`): meant as JSON, read as a name. */
export const QUOTED_JSON = /^\s*['"\u2018\u2019\u201c\u201d]\s*\[/

/** Hook families whose `command` annotation Velero parses with parseStringToCommand. */
export const COMMAND_FAMILIES: readonly HookFamily[] = ['init', 'post-restore', 'pre-backup', 'post-backup', 'legacy-backup']

export function describeResource(pod: { resource: { kind?: string; name?: string } }): string {
  const kind = pod.resource.kind ?? 'object'
  return pod.resource.name ? `${kind} "${pod.resource.name}"` : kind
}

/** Show a value in a message without letting it run on or break the line. */
export function quote(value: string, max = 80): string {
  // JSON.stringify escapes line breaks and tabs itself (as \n, \t), so the message stays on one line;
  // characters that print as nothing or as a plain space are escaped too, so the reader sees them.
  return JSON.stringify(value.length > max ? `${value.slice(0, max - 1)}…` : value).replace(
    /[\u0085\u00a0\u00ad\u1680\u180e\u2000-\u200f\u2028-\u202f\u205f-\u206f\u3000\ufeff]/g,
    (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`,
  )
}

/** Where the pod template of a well-known workload lives, for objects whose template is missing. */
const WORKLOAD_TEMPLATE: Readonly<Record<string, YamlPath>> = {
  Deployment: ['spec', 'template'],
  StatefulSet: ['spec', 'template'],
  DaemonSet: ['spec', 'template'],
  ReplicaSet: ['spec', 'template'],
  ReplicationController: ['spec', 'template'],
  Job: ['spec', 'template'],
  CronJob: ['spec', 'jobTemplate', 'spec', 'template'],
  PodTemplate: ['template'],
}

/**
 * The pod-template annotations path where annotations Velero reads from Pods belong, for an object
 * that really has (or, as a well-known workload, needs) a pod template; undefined for any other object.
 */
export function podTemplateAnnotationsTarget(model: ModelView, obj: ObjectView): YamlPath | undefined {
  const suggested = obj.podTemplateAnnotationsPath
  // A CRD's spec.template counts only when it is a pod template (a Schedule's spec.template is a Backup spec).
  if (suggested && templateAt(model, suggested)) return suggested
  const template = obj.resource.kind ? WORKLOAD_TEMPLATE[obj.resource.kind] : undefined
  return template ? [...obj.path, ...template, 'metadata', 'annotations'] : undefined
}

/** The pod template whose annotations live at `annotationsPath`, if the model has one there. */
export function templateAt(model: ModelView, annotationsPath: YamlPath): PodView | undefined {
  const wanted = pathText(annotationsPath)
  return model.pods.find((p) => p.role === 'template' && pathText([...p.path, 'metadata', 'annotations']) === wanted)
}

/**
 * Whether the pod template at `target` carries the key with the same string value: kustomize's
 * commonAnnotations (and some charts) write a key on the workload and on its pod template, and
 * Velero reads the template's copy.
 */
export function copiedToTemplate(model: ModelView, target: YamlPath | undefined, key: string, value: string | undefined): boolean {
  if (!target || value === undefined) return false
  return templateAt(model, target)?.annotations.get(key)?.value === value
}
