import { defineRule } from '../engine/define-rule.js'
import type { YamlValue } from '../engine/model.js'
import { restoreInitContainers } from '../engine/spec-walk.js'
import { dns1123LabelProblem } from '../velero/go-values.js'

/** A list element or `args` Kubernetes cannot decode as a string (null decodes as ""). */
const notStringOrNull = (v: YamlValue): boolean => !v.isString && v.kind !== 'null'

export default defineRule({
  meta: {
    id: 'restore-spec-invalid-init-container',
    severity: 'error',
    docs: {
      summary: "A Restore's `postHooks[].init.initContainers[]` entry lacks a string name, image or non-empty command, or has an invalid name.",
      description:
        "Velero's `ValidateContainer` decodes each entry as a Kubernetes Container and requires a name, an image and a non-empty " +
        'command; a failure puts the whole Restore in FailedValidation before anything is restored. A type mismatch (`command: "echo hi"` ' +
        'instead of a list) fails the same way. An invalid DNS-1123 name passes Velero but makes the API server reject every pod it is injected into.',
      fix: 'Give every init container `name` (DNS-1123 label), `image` and `command` as a list of strings.',
    },
    messages: {
      notMap: 'This init container is not a mapping, so Velero fails the Restore validation (FailedValidation); write a container with name, image and command.',
      missing: 'This init container has no {{field}}, so Velero fails the whole Restore validation (FailedValidation) and restores nothing; add {{field}}.',
      wrongType: '{{field}} must be {{expected}}; Velero cannot decode it and fails the whole Restore validation (FailedValidation).',
      emptyCommand: 'command is empty, so Velero fails the whole Restore validation (FailedValidation) and restores nothing; give the command to run.',
      badName: 'Init container name "{{name}}" is not a valid DNS-1123 label ({{problem}}), so the API server rejects every pod Velero injects it into; rename it.',
    },
  },
  create(context) {
    return {
      velero(target) {
        for (const container of restoreInitContainers(target)) {
          const base = { resource: target.resource, path: container.path }
          if (container.kind !== 'map') {
            context.report({ ...base, messageId: 'notMap', node: container.node })
            continue
          }
          const firstKey = container.firstKeyNode()
          for (const field of ['name', 'image'] as const) {
            // Go's encoding/json matches struct fields case-insensitively; so does entryFold.
            const entry = container.entryFold(field)
            const value = entry?.value
            if (!entry || value?.kind === 'null' || value?.scalar === '') {
              context.report({ ...base, messageId: 'missing', data: { field }, node: entry?.keyNode ?? firstKey, fallback: container.node })
            } else if (!value?.isString) {
              context.report({ ...base, path: [...container.path, field], messageId: 'wrongType', data: { field, expected: 'a string' }, node: value?.node })
            } else if (field === 'name') {
              const name = value.string()!
              const problem = dns1123LabelProblem(name)
              if (problem) context.report({ ...base, path: [...container.path, field], messageId: 'badName', data: { name, problem }, node: value.node })
            }
          }
          const commandEntry = container.entryFold('command')
          const command = commandEntry?.value
          if (!commandEntry || command?.kind === 'null') {
            context.report({ ...base, messageId: 'missing', data: { field: 'command' }, node: commandEntry?.keyNode ?? firstKey, fallback: container.node })
          } else if (command?.kind !== 'seq') {
            context.report({ ...base, path: [...container.path, 'command'], messageId: 'wrongType', data: { field: 'command', expected: 'a list of strings' }, node: command?.node })
          } else if (command.items().length === 0) {
            context.report({ ...base, path: [...container.path, 'command'], messageId: 'emptyCommand', node: command.node })
          } else {
            const bad = command.items().find(notStringOrNull)
            if (bad) context.report({ ...base, path: [...container.path, 'command'], messageId: 'wrongType', data: { field: 'every command element', expected: 'a string' }, node: bad.node })
          }
          // args is decoded by the same json.Unmarshal into a Container, so a type mismatch fails validation too.
          const args = container.getFold('args')
          if (args && args.kind !== 'null') {
            const list = args.kind === 'seq'
            const badArg = list ? args.items().find(notStringOrNull) : args
            if (badArg) {
              context.report({
                ...base,
                path: [...container.path, 'args'],
                messageId: 'wrongType',
                data: { field: list ? 'every args element' : 'args', expected: list ? 'a string' : 'a list of strings' },
                node: badArg.node,
              })
            }
          }
        }
      },
    }
  },
})
