/**
 * The rules one run applies, handed to the engine by its caller (the engine never imports the
 * registry). The engine makes five kinds of findings itself (syntax, templates, unreadable files,
 * unused suppressions, hook keys it cannot tie to a pod); their rules come in here too, so their ids, severities and messages are the
 * caller's like every other rule's. The engine's rules name the messages it uses: a misspelt
 * messageId is a compile error.
 */
import type { RuleModule } from './define-rule.js'
import type { Severity } from './finding.js'
import type { VeleroVersion } from '../velero/versions.js'

export interface RuleSet {
  rules: readonly RuleModule[]
  yamlSyntax: RuleModule<'syntax' | 'duplicateKey'>
  templateSkipped: RuleModule<'template'>
  fileUnreadable: RuleModule<'unreadable'>
  unusedSuppression: RuleModule<'unused' | 'unknownRule' | 'noRules'>
  hookKeysNotChecked: RuleModule<'unchecked'>
  /** Made by the sources step (charts and overlays), not by the engine; carried here with the others. */
  sourceNotRendered: RuleModule<'notRendered'>
  /** Every rule id a suppression comment may name (the whole registry, also rules turned off). */
  knownRuleIds: ReadonlySet<string>
  /** Per-rule severity overrides ('off' drops the rule). */
  severities?: ReadonlyMap<string, Severity | 'off'>
  /** The Velero version the findings are about: rules read it as context.veleroVersion. */
  veleroVersion: VeleroVersion
}
