/** The configuration API shared by the CLI, the action and render. */
export { CONFIG_FILE_NAMES, EMPTY_CONFIG, formatConfigProblem, RULE_LEVELS } from './config.js'
export type { ConfigProblem, ExcludeEntry, RuleLevel, VeleroHooksConfig } from './config.js'
export { ConfigError, loadConfig, loadConfigOrThrow, type LoadedConfig } from './load-config.js'
export { parseConfigText } from './parse-config.js'
export { applyConfig, findingFilter, lintOptionsWithConfig, ruleSetForConfig, type FindingFilter } from './apply-config.js'
