/** The fixer registry: at most one fixer per rule id, sorted by rule id. */
import type { Fixer } from '../fixer.js'
import moveToPodTemplate, { moveFsBackupAnnotations } from './move-to-pod-template.js'
import quoteAnnotationValue from './quote-annotation-value.js'
import renameHookKey from './rename-hook-key.js'
import repairJsonCommand from './repair-json-command.js'

export const FIXERS: readonly Fixer[] = [
  moveFsBackupAnnotations, // fs-backup-annotation-on-controller
  quoteAnnotationValue, // hook-annotation-not-string
  moveToPodTemplate, // hook-annotation-on-controller
  renameHookKey, // hook-annotation-unknown-key
  repairJsonCommand, // hook-command-invalid-json
]

export const FIXERS_BY_RULE: ReadonlyMap<string, Fixer> = new Map(FIXERS.map((f) => [f.ruleId, f]))
