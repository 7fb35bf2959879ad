/**
 * hook-annotation-not-string: writes a number, bool or flow/block sequence annotation value as the
 * string Velero would have read had kubectl accepted it — only when that string means to Velero
 * what the YAML value meant (a bool on wait-for-ready, a duration that parses, a list of command
 * words); a bare `timeout: 30` (which unit?) or a null is left for a person.
 */
import { isScalar, isSeq, type Node, type Scalar, type YAMLSeq } from 'yaml'
import type { AnnotationEntry, Annotations, DocumentModel } from '../../engine/model.js'
import { parseGoBool, parseGoDuration } from '../../velero/go-values.js'
import { isHookDomainKey } from '../../velero/hook-keys.js'
import { classifyKey } from '../../velero/keys.js'
import { defineFixer, isEditable, setPlain, type Fix, type FixContext } from '../fixer.js'
import { doubleQuoted, jsonCommand, singleQuoted, type TextEdit } from '../../yaml/text-edit.js'

const RULE_ID = 'hook-annotation-not-string'
const YAML11_TRUE = /^(?:y|Y|yes|Yes|YES|on|On|ON)$/
const YAML11_FALSE = /^(?:n|N|no|No|NO|off|Off|OFF)$/
const SMART_QUOTES = /[\u2018\u2019\u201c\u201d\u201e\u201f\u2032\u2033]/
const DURATION_FIELDS = new Set(['timeout', 'exec-timeout', 'wait-timeout'])
const NAME_FIELDS = new Set(['container', 'container-name', 'container-image'])

/** The source text of a plain scalar (numbers and bools are always plain). */
function plainSource(text: string, node: Scalar): string | undefined {
  if (node.type !== 'PLAIN' || !node.range) return undefined
  return text.slice(node.range[0], node.range[1])
}

/** The string a scalar value stands for on this field, or undefined when that is not clear. */
function scalarString(text: string, node: Scalar, field: string): string | undefined {
  const source = plainSource(text, node)
  if (source === undefined || node.value === null) return undefined
  if (field === 'wait-for-ready') {
    if (typeof node.value === 'boolean') return String(node.value)
    if (YAML11_TRUE.test(source)) return 'true' // kubectl (YAML 1.1) reads yes/on as true
    if (YAML11_FALSE.test(source)) return 'false'
    return parseGoBool(source) !== undefined ? source : undefined // 1 / 0
  }
  if (DURATION_FIELDS.has(field)) return parseGoDuration(source).ok ? source : undefined // "0"; never guess a unit
  if (NAME_FIELDS.has(field)) return source
  return undefined // command, on-error: a number or bool there has no clear meaning
}

/** The JSON command a sequence of words stands for, or undefined. */
function sequenceCommand(text: string, seq: YAMLSeq): string | undefined {
  const argv: string[] = []
  for (const item of seq.items) {
    if (!isScalar(item) || !isEditable(item) || item.value === null) return undefined
    if (typeof item.value === 'string') {
      // “/bin/sh” (a word typed with smart quotes) stands for /bin/sh; any other smart quote is not clear.
      const word = /^[\u201c\u201d\u201e]([^\u2018\u2019\u201c\u201d\u201e\u201f\u2032\u2033]*)[\u201c\u201d]$/.exec(item.value)?.[1] ?? item.value
      if (SMART_QUOTES.test(word)) return undefined
      argv.push(word)
    } else {
      const source = plainSource(text, item)
      if (source === undefined) return undefined
      argv.push(source) // `[sleep, 10]`: the word as written
    }
  }
  return argv.length > 0 ? jsonCommand(argv) : undefined
}

/** Replace a block sequence (on the lines below its key) with a one-line scalar after the key. */
function blockSequenceEdit(context: FixContext, entry: AnnotationEntry, seq: YAMLSeq, replacement: string): TextEdit | undefined {
  const keyEnd = entry.keyNode.range?.[1]
  const [start, end] = seq.range ?? []
  if (keyEnd === undefined || start === undefined || end === undefined) return undefined
  const between = context.text.slice(keyEnd, start)
  if (!/^[ \t]*:[ \t]*\r?\n[ \t]*$/.test(between)) return undefined // comments or props in between
  const body = context.text.slice(start, end)
  if (body.includes('#')) return undefined // a comment among the items would be lost
  const trailing = /\r?\n$/.exec(body)?.[0] ?? ''
  return { start: keyEnd, end, text: `: ${replacement}${trailing}` }
}

function fixesFor(annotations: Annotations, documentIndex: number, context: FixContext): Fix[] {
  const fixes: Fix[] = []
  for (const entry of annotations.entries) {
    if (!isHookDomainKey(entry.key)) continue
    const known = classifyKey(entry.key)
    const node = entry.valueNode as Node | null
    if (!known || !node || entry.pair.value !== node || !isEditable(node)) continue
    if (!context.isReported(RULE_ID, node)) continue
    let value: string | undefined
    let edit: TextEdit | undefined
    if (isScalar(node)) {
      value = scalarString(context.text, node, known.field)
      if (value !== undefined) edit = { start: node.range![0], end: node.range![1], text: doubleQuoted(value) }
    } else if (isSeq(node) && known.field === 'command') {
      value = sequenceCommand(context.text, node)
      if (value !== undefined) {
        const quoted = singleQuoted(value)
        edit = node.flow ? { start: node.range![0], end: node.range![1], text: quoted } : blockSequenceEdit(context, entry, node, quoted)
      }
    }
    if (value === undefined || edit === undefined) continue
    const fixed = value
    fixes.push({
      ruleId: RULE_ID,
      description: `quoted the value of "${entry.key}" as ${edit.text.trim().replace(/^: /, '')}`,
      documentIndex,
      edits: [edit],
      expect: (doc) => setPlain(doc, entry.path, fixed),
    })
  }
  return fixes
}

export default defineFixer({
  ruleId: RULE_ID,
  summary:
    'Writes the value as the equivalent string when its meaning is clear: a list of command words as a JSON array string, ' +
    '`true`/`false` (and YAML 1.1 `yes`/`no`/`on`/`off`) on wait-for-ready as "true"/"false", a number container name as a string. ' +
    'A bare number on a timeout (which unit?) and null values are left for you.',
  fixes(model: DocumentModel, context: FixContext): Fix[] {
    return [
      ...model.pods.flatMap((p) => fixesFor(p.annotations, model.index, context)),
      ...model.objects.flatMap((o) => fixesFor(o.annotations, model.index, context)),
    ]
  },
})
