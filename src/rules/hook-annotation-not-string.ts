import { defineRule } from '../engine/define-rule.js'
import type { AnnotationsView, ResourceRef } from '../engine/model.js'
import { isHookDomainKey } from '../velero/hook-keys.js'

/** Plain scalars that YAML 1.1 (sigs.k8s.io/yaml, so kubectl) resolves to a bool. */
const YAML11_BOOL = /^(?:y|Y|yes|Yes|YES|n|N|no|No|NO|on|On|ON|off|Off|OFF)$/
/**
 * Plain scalars that YAML 1.1 resolves to a number and YAML 1.2 keeps as a string: sigs.k8s.io/yaml's
 * goyaml.v2 removes every '_' before strconv.ParseInt/ParseFloat (resolve.go), and reads 0b… as binary.
 */
const YAML11_NUMBER = /^[-+]?(?:0b[01_]+|0x[0-9a-fA-F_]*_[0-9a-fA-F_]*|[0-9][0-9_]*_[0-9_]*(?:\.[0-9_]*)?(?:[eE][-+]?[0-9]+)?|[0-9][0-9_]*\.[0-9_]*_[0-9_]*(?:[eE][-+]?[0-9]+)?)$/

export default defineRule({
  meta: {
    id: 'hook-annotation-not-string',
    severity: 'error',
    docs: {
      summary: 'A hook annotation value is not a YAML string.',
      description:
        'Annotation values must be strings. An unquoted flow sequence (`command: ["a","b"]`), number (`timeout: 30`), ' +
        'bool (`wait-for-ready: true`, or `yes`/`on` under YAML 1.1) is rejected by kubectl and the API server when they ' +
        'decode `ObjectMeta`, so the object, with its hooks, never reaches the cluster. A key with no value (a YAML null) is at best ' +
        'stored as an empty string, which Velero treats like a missing key.',
      fix: "Quote the value: `command: '[\"/bin/sh\", \"-c\", \"echo hi\"]'`, `timeout: \"30s\"`, `wait-for-ready: \"true\"`.",
    },
    messages: {
      notString:
        'The value of "{{key}}" is a YAML {{type}}, not a string; kubectl and the API server reject the object, so no hook runs. Quote it: {{fixed}}.',
      notStringLarge:
        'The value of "{{key}}" is a YAML {{type}}, not a string; kubectl and the API server reject the object, so no hook runs. Write the value as one quoted string (a command as a JSON array of strings).',
      nullValue:
        'The value of "{{key}}" is empty (a YAML null), so Kubernetes rejects it or stores "" and Velero treats the setting as missing; give the value in quotes or remove the key.',
    },
  },
  create(context) {
    const check = (annotations: AnnotationsView, resource: ResourceRef): void => {
      for (const entry of annotations.entries) {
        if (!isHookDomainKey(entry.key)) continue
        const value = entry.yamlValue
        let type: string | undefined
        // The value written as one string, when it can be (undefined: null, or too big or odd).
        let text: string | undefined
        if (value.kind === 'null') {
          type = 'null'
        } else if (value.kind === 'seq' || value.kind === 'map') {
          type = value.kind === 'seq' ? 'sequence' : 'mapping'
          // The value as one JSON string, unless it is too big or odd for that (aliases, collection keys).
          text = value.json(200)
        } else {
          const scalar = value.scalar
          if (typeof scalar !== 'string') {
            type = typeof scalar === 'boolean' ? 'boolean' : typeof scalar === 'number' || typeof scalar === 'bigint' ? 'number' : typeof scalar
            text = value.text()
          } else if (value.isPlain && YAML11_BOOL.test(scalar)) {
            type = 'boolean (YAML 1.1, as kubectl reads it)'
            text = scalar
          } else if (value.isPlain && YAML11_NUMBER.test(scalar)) {
            type = 'number (YAML 1.1, as kubectl reads it)'
            text = scalar
          }
        }
        if (!type) continue
        context.report({
          messageId: type === 'null' ? 'nullValue' : text === undefined ? 'notStringLarge' : 'notString',
          data: { key: entry.key, type, fixed: text === undefined ? '' : `'${text.replace(/'/g, "''")}'` },
          // `key:` with nothing after it has an empty null node: point at the key instead.
          node: value.hasText ? value.node : entry.keyNode,
          resource,
          path: entry.path,
        })
      }
    }
    return {
      podTemplate: (pod) => check(pod.annotations, pod.resource),
      object: (obj) => check(obj.annotations, obj.resource),
    }
  },
})
