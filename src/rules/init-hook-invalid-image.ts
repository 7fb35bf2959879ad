import { defineRule } from '../engine/define-rule.js'
import { imageVerdict } from '../velero/image-ref.js'
import { key } from '../velero/keys.js'
import { initHookStage, quote } from './util.js'

export default defineRule({
  meta: {
    id: 'init-hook-invalid-image',
    severity: 'error',
    docs: {
      summary: 'The init hook image is not a valid image reference (saying whether the API server or the kubelet refuses it).',
      description:
        'Velero passes the image through unchecked (`getInitContainerFromAnnotation`, item_hook_handler.go at v1.18.2). Two gates ' +
        'follow, in order:\n\n' +
        "- **The API server** rejects the restored Pod when the image starts or ends with whitespace as Go's `strings.TrimSpace` " +
        'counts it: spaces, tabs, line breaks (a YAML `|` block adds one), U+0085 and the no-break space U+00A0. The pod is not ' +
        'restored and the Restore ends PartiallyFailed.\n' +
        '- **The kubelet** parses the image with distribution/reference (`ParseNormalizedNamed`): upper case in the repository, inner ' +
        'whitespace, a byte-order mark (U+FEFF, which the API server does not count as whitespace), a bad tag or digest, a bare ' +
        '64-character hex string (an image ID), or a repository path over 255 characters (the registry not counted; a Docker Hub ' +
        'name counts as `library/<name>`) make the image InvalidImageName, and the restored pod stays stuck in Init.\n\n' +
        'Only the first failure is reported: nothing when Velero never builds the container (no command: it panics first, ' +
        'init-hook-missing-command) or deletes it (a `restore-wait` name), and no kubelet problem when the API server rejects the ' +
        'pod anyway (an invalid or duplicate name).',
      fix: 'Use a valid reference: `[registry[:port]/]repository[:tag][@sha256:<64 hex>]`, repository in lower case, no whitespace.',
    },
    messages: {
      invalid:
        'Image {{value}} is not a valid image reference ({{problem}}): the API server accepts the restored pod, but the kubelet cannot parse the image (InvalidImageName), so the pod stays stuck in Init; fix the reference.',
      padded:
        'Image {{value}}: {{problem}}, which the API server counts as whitespace, so it rejects the restored pod ("must not have leading or trailing whitespace") and Velero does not restore it; remove the whitespace.',
    },
  },
  create(context) {
    return {
      podTemplate(pod) {
        const entry = pod.annotations.get(key('init', 'container-image'))
        const value = entry?.value
        if (!entry || !value) return
        const verdict = imageVerdict(value)
        if (!verdict) return
        const stage = initHookStage(pod)
        // The first failure only: the API server's (with the name rules), else the kubelet's.
        if (verdict.stage === 'api-server' ? stage !== 'rejected' : stage !== 'kubelet') return
        context.report({
          messageId: verdict.stage === 'api-server' ? 'padded' : 'invalid',
          data: { value: quote(value), problem: verdict.problem },
          node: entry.valueNode,
          resource: pod.resource,
          path: entry.path,
        })
      },
    }
  },
})
