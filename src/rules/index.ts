/** The rule registry, sorted by id. Generated layout: one import per rule file. */
import type { RuleModule } from '../engine/define-rule.js'
import type { RuleSet } from '../engine/rule-set.js'
import { LATEST_RELEASE, type VeleroVersion } from '../velero/versions.js'
import backupHookLegacyMixed from './backup-hook-legacy-mixed.js'
import backupHookSelectorDisjoint from './backup-hook-selector-disjoint.js'
import backupNamespaceGlobLiteral from './backup-namespace-glob-literal.js'
import backupSelectorMissesHookedPods from './backup-selector-misses-hooked-pods.js'
import backupSpecHooksSkipPods from './backup-spec-hooks-skip-pods.js'
import fileUnreadable from './file-unreadable.js'
import fsBackupAnnotationOnController from './fs-backup-annotation-on-controller.js'
import fsBackupVolumeUnknown from './fs-backup-volume-unknown.js'
import hookAnnotationNotString from './hook-annotation-not-string.js'
import hookAnnotationOnController from './hook-annotation-on-controller.js'
import hookAnnotationUnknownKey from './hook-annotation-unknown-key.js'
import hookCommandEmptyArray from './hook-command-empty-array.js'
import hookCommandInvalidJson from './hook-command-invalid-json.js'
import hookCommandNotArray from './hook-command-not-array.js'
import hookCommandUnsplitArray from './hook-command-unsplit-array.js'
import hookKeysNotChecked from './hook-keys-not-checked.js'
import hookInvalidBool from './hook-invalid-bool.js'
import hookInvalidDuration from './hook-invalid-duration.js'
import hookInvalidOnError from './hook-invalid-on-error.js'
import hookOrphanSetting from './hook-orphan-setting.js'
import hookUnknownContainer from './hook-unknown-container.js'
import initHookInvalidImage from './init-hook-invalid-image.js'
import initHookInvalidName from './init-hook-invalid-name.js'
import initHookMissingCommand from './init-hook-missing-command.js'
import initHookMissingImage from './init-hook-missing-image.js'
import initHookNameConflict from './init-hook-name-conflict.js'
import initHookNoVolumeAccess from './init-hook-no-volume-access.js'
import initHookOnJobPods from './init-hook-on-job-pods.js'
import initHookTimeoutIgnored from './init-hook-timeout-ignored.js'
import labelSelectorInvalid from './label-selector-invalid.js'
import labelSelectorWithOrSelectors from './label-selector-with-or-selectors.js'
import resourceFilterExcludesHookedPods from './resource-filter-excludes-hooked-pods.js'
import restoreExecHookIndexHang from './restore-exec-hook-index-hang.js'
import restoreExecHookNoWaitTimeout from './restore-exec-hook-no-wait-timeout.js'
import restoreHookNamespaceNotRestored from './restore-hook-namespace-not-restored.js'
import restoreNamespaceIsMappingTarget from './restore-namespace-is-mapping-target.js'
import restoreSpecHookResourcesIgnored from './restore-spec-hook-resources-ignored.js'
import restoreSpecInitContainerConflict from './restore-spec-init-container-conflict.js'
import restoreSpecInvalidInitContainer from './restore-spec-invalid-init-container.js'
import sourceNotRendered from './source-not-rendered.js'
import specHookContainerMissing from './spec-hook-container-missing.js'
import specHookHiddenByAnnotation from './spec-hook-hidden-by-annotation.js'
import specHookInvalidExec from './spec-hook-invalid-exec.js'
import specHookTargetsInitContainer from './spec-hook-targets-init-container.js'
import templateSkipped from './template-skipped.js'
import unusedSuppression from './unused-suppression.js'
import yamlSyntax from './yaml-syntax.js'

export const RULES: readonly RuleModule[] = [
  backupHookLegacyMixed,
  backupHookSelectorDisjoint,
  backupNamespaceGlobLiteral,
  backupSelectorMissesHookedPods,
  backupSpecHooksSkipPods,
  fileUnreadable,
  fsBackupAnnotationOnController,
  fsBackupVolumeUnknown,
  hookAnnotationNotString,
  hookAnnotationOnController,
  hookAnnotationUnknownKey,
  hookCommandEmptyArray,
  hookCommandInvalidJson,
  hookCommandNotArray,
  hookCommandUnsplitArray,
  hookInvalidBool,
  hookInvalidDuration,
  hookInvalidOnError,
  hookKeysNotChecked,
  hookOrphanSetting,
  hookUnknownContainer,
  initHookInvalidImage,
  initHookInvalidName,
  initHookMissingCommand,
  initHookMissingImage,
  initHookNameConflict,
  initHookNoVolumeAccess,
  initHookOnJobPods,
  initHookTimeoutIgnored,
  labelSelectorInvalid,
  labelSelectorWithOrSelectors,
  resourceFilterExcludesHookedPods,
  restoreExecHookIndexHang,
  restoreExecHookNoWaitTimeout,
  restoreHookNamespaceNotRestored,
  restoreNamespaceIsMappingTarget,
  restoreSpecHookResourcesIgnored,
  restoreSpecInitContainerConflict,
  restoreSpecInvalidInitContainer,
  sourceNotRendered,
  specHookContainerMissing,
  specHookHiddenByAnnotation,
  specHookInvalidExec,
  specHookTargetsInitContainer,
  templateSkipped,
  unusedSuppression,
  yamlSyntax,
]

export const RULES_BY_ID: ReadonlyMap<string, RuleModule> = new Map(RULES.map((r) => [r.meta.id, r]))

/** Every rule, with optional severity overrides, for the targeted Velero version (default: the latest release). */
export function defaultRuleSet(severities?: RuleSet['severities'], veleroVersion: VeleroVersion = LATEST_RELEASE): RuleSet {
  return {
    rules: RULES.filter((r) => r.create || r.checkRepository),
    yamlSyntax,
    templateSkipped,
    fileUnreadable,
    unusedSuppression,
    hookKeysNotChecked,
    sourceNotRendered,
    knownRuleIds: new Set(RULES_BY_ID.keys()),
    severities,
    veleroVersion,
  }
}
