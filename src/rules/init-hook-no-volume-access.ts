import { defineRule } from '../engine/define-rule.js'
import { veleroArgv } from '../velero/command.js'
import { familyView, initHookStage } from './util.js'

const BEFORE_PATH = /[\s"'=:;(>|&<]/
const AFTER_PATH = /[/\s"';)|&<>]/

/**
 * Whether `path` occurs in `text` as a path of its own: at the start or after a shell separator,
 * and followed by the end, a '/' or a separator. A scan rather than a RegExp built from the
 * manifest: a path of some hundred kilobytes would not compile.
 */
function mentionsPath(text: string, path: string): boolean {
  for (let i = text.indexOf(path); i >= 0; i = text.indexOf(path, i + 1)) {
    const before = i === 0 || BEFORE_PATH.test(text[i - 1]!)
    const end = i + path.length
    const after = end === text.length || AFTER_PATH.test(text[end]!)
    if (before && after) return true
  }
  return false
}

export default defineRule({
  meta: {
    id: 'init-hook-no-volume-access',
    severity: 'warning',
    docs: {
      summary: "The init hook command uses a path under an app container's mountPath, but annotation init hooks get no volume mounts.",
      description:
        'The container Velero injects from annotations has only a name, an image and a command: no volumeMounts (up to v1.18). A ' +
        "command that reads or writes under an app container's `mountPath` sees the init container's own empty filesystem, so it " +
        'silently does nothing useful. Only Restore-spec init hooks can mount volumes.',
      fix: 'Use a Restore `spec.hooks.resources[].postHooks[].init.initContainers[]` entry with `volumeMounts`, or a restore exec hook (`post.hook.restore.velero.io/command`) that runs in the app container.',
    },
    messages: {
      noMount:
        'This init hook command uses {{path}}, which container "{{container}}" mounts, but Velero gives annotation init containers no volume mounts, so the command cannot reach that volume; use a Restore-spec init hook with volumeMounts or a post-restore exec hook.',
    },
  },
  create(context) {
    return {
      podTemplate(pod) {
        const view = familyView(pod, 'init')
        // Only a command that runs: not when the pod is never created or the image never starts.
        if (!view.active || initHookStage(pod) !== 'runs') return
        const command = view.entries.get('command')
        if (!command?.value) return
        const argv = veleroArgv(command.value)
        if (!argv) return
        const text = argv.join(' ')
        for (const container of pod.containers) {
          for (const mount of container.volumeMounts) {
            const mountPath = mount.mountPath.replace(/\/+$/, '')
            if (mountPath === '' || mountPath === '/' || !mentionsPath(text, mountPath)) continue
            context.report({
              messageId: 'noMount',
              data: { path: mountPath, container: container.name ?? '?' },
              node: command.valueNode,
              resource: pod.resource,
              path: command.path,
            })
            return
          }
        }
      },
    }
  },
})
