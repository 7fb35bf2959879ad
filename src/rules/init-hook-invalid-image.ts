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
        'Velero passes the image through unchecked. An invalid reference (whitespace, upper case in the repository, a bad tag or ' +
        'digest) is rejected by the API server or fails at pull time (InvalidImageName), leaving the restored pod stuck in Init.',
      fix: 'Use a valid reference: `[registry[:port]/]repository[:tag][@sha256:<64 hex>]`, repository in lower case.',
    },
    messages: {
      invalid: 'Image {{value}} is not a valid image reference ({{problem}}), so the restored pod cannot start its init hook; fix the reference.',
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
        context.report({ messageId: 'invalid', data: { value: quote(value), problem }, node: entry.valueNode, resource: pod.resource, path: entry.path })
      },
    }
  },
})
