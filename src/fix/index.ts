/** The fix API shared by the CLI (`lint --fix`) and the action (`fix: true`). */
export { fixText, MAX_PASSES, type AppliedFix, type FixTextOptions, type FixTextResult } from './fix-text.js'
export { runFix, type FileFixes, type FixFailure, type FixRunResult, type RunFixOptions } from './run-fix.js'
export { FIXERS, FIXERS_BY_RULE } from './fixers/index.js'
export type { Fix, FixContext, Fixer } from './fixer.js'
