import { defineRule } from '../engine/define-rule.js'
import { imageReferenceProblem } from '../velero/image-ref.js'
import { key } from '../velero/keys.js'
import { quote } from './util.js'

export default defineRule({
  meta: {
    id: 'init-hook-invalid-image',
    severity: 'error',
    docs: {
      summary: 'The init hook image is not a valid image reference.',
      description:
        'Velero passes the image through unchecked. Leading or trailing whitespace makes the API server reject the restored Pod, ' +
        'so the pod is not restored. Any other invalid reference (inner whitespace, upper case in the repository, a bad tag or ' +
        'digest) passes the API server and fails in the kubelet (InvalidImageName), leaving the restored pod stuck in Init.',
      fix: 'Use a valid reference: `[registry[:port]/]repository[:tag][@sha256:<64 hex>]`, repository in lower case.',
    },
    messages: {
      invalid:
        'Image {{value}} is not a valid image reference ({{problem}}), so the kubelet cannot pull it (InvalidImageName) and the restored pod stays stuck in Init; fix the reference.',
      padded: 'Image {{value}} has leading or trailing whitespace, so the API server rejects the restored pod and Velero does not restore it; remove the whitespace.',
    },
  },
  create(context) {
    return {
      podTemplate(pod) {
        const entry = pod.annotations.get(key('init', 'container-image'))
        const value = entry?.value
        if (!entry || value === undefined || value === '') return
        const problem = imageReferenceProblem(value)
        if (!problem) return
        context.report({
          messageId: value.trim() !== value && value.trim() !== '' ? 'padded' : 'invalid',
          data: { value: quote(value), problem },
          node: entry.valueNode,
          resource: pod.resource,
          path: entry.path,
        })
      },
    }
  },
})
