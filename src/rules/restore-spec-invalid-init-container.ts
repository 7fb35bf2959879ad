import { isNode, isScalar, isSeq, type Node } from 'yaml'
import { defineRule } from '../engine/define-rule.js'
import { deref } from '../engine/model.js'
import { dns1123LabelProblem } from '../velero/go-values.js'
import { getPairFold, restoreInitContainers } from './spec-walk.js'

/** A YAML node to report at; anything else (a missing or null value) falls back to the report's fallback. */
const nodeOrUndefined = (value: unknown): Node | undefined => (isNode(value) ? value : undefined)

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
        const doc = context.model.document
        for (const item of restoreInitContainers(doc, target).items) {
          const base = { resource: target.resource, path: item.path }
          if (!('node' in item)) {
            context.report({ ...base, messageId: 'notMap', node: item.scalar })
            continue
          }
          const map = item.node
          const firstKey = nodeOrUndefined(map.items[0]?.key)
          for (const field of ['name', 'image'] as const) {
            const pair = getPairFold(map, field)
            const value = deref(doc, pair?.value)
            if (!pair || (isScalar(value) && (value.value === null || value.value === ''))) {
              context.report({ ...base, messageId: 'missing', data: { field }, node: pair?.key ?? firstKey, fallback: map })
            } else if (!isScalar(value) || typeof value.value !== 'string') {
              context.report({ ...base, path: [...item.path, field], messageId: 'wrongType', data: { field, expected: 'a string' }, node: nodeOrUndefined(value) })
            } else if (field === 'name') {
              const problem = dns1123LabelProblem(value.value)
              if (problem) context.report({ ...base, path: [...item.path, field], messageId: 'badName', data: { name: value.value, problem }, node: value })
            }
          }
          const commandPair = getPairFold(map, 'command')
          const command = deref(doc, commandPair?.value)
          if (!commandPair || (isScalar(command) && command.value === null)) {
            context.report({ ...base, messageId: 'missing', data: { field: 'command' }, node: commandPair?.key ?? firstKey, fallback: map })
          } else if (!isSeq(command)) {
            context.report({ ...base, path: [...item.path, 'command'], messageId: 'wrongType', data: { field: 'command', expected: 'a list of strings' }, node: nodeOrUndefined(command) })
          } else if (command.items.length === 0) {
            context.report({ ...base, path: [...item.path, 'command'], messageId: 'emptyCommand', node: command })
          } else {
            const bad = command.items.find((e) => {
              const v = deref(doc, e)
              return !isScalar(v) || (typeof v.value !== 'string' && v.value !== null)
            })
            if (bad) context.report({ ...base, path: [...item.path, 'command'], messageId: 'wrongType', data: { field: 'every command element', expected: 'a string' }, node: nodeOrUndefined(deref(doc, bad)) })
          }
          // args is decoded by the same json.Unmarshal into a Container, so a type mismatch fails validation too.
          const args = deref(doc, getPairFold(map, 'args')?.value)
          if (args !== undefined && !(isScalar(args) && args.value === null)) {
            const badArg = isSeq(args)
              ? args.items.map((e) => deref(doc, e)).find((v) => !isScalar(v) || (typeof v.value !== 'string' && v.value !== null))
              : args
            if (badArg) {
              context.report({
                ...base,
                path: [...item.path, 'args'],
                messageId: 'wrongType',
                data: { field: isSeq(args) ? 'every args element' : 'args', expected: isSeq(args) ? 'a string' : 'a list of strings' },
                node: nodeOrUndefined(badArg),
              })
            }
          }
        }
      },
    }
  },
})
