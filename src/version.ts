/** Kept equal to package.json's version by __tests__/meta.test.ts. */
export const VERSION = '0.1.0'
export const TOOL_NAME = 'velero-hooks'
export const PROJECT_URL = 'https://github.com/velero-hooks/velero-hooks'
/** Where each rule's page lives (docs/rules/<id>.md): findings' helpUrl, SARIF helpUri, the summary and `rules` links. */
export const RULE_DOCS_URL = `${PROJECT_URL}/blob/main/docs/rules`
export const ruleDocUrl = (id: string): string => `${RULE_DOCS_URL}/${id}.md`
