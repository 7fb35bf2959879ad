/** Kept equal to package.json's version by __tests__/meta.test.ts. */
export const VERSION = '0.1.0'
export const TOOL_NAME = 'velero-hooks'
export const PROJECT_URL = 'https://github.com/velero-hooks/velero-hooks'
export const ruleDocUrl = (id: string): string => `${PROJECT_URL}/blob/main/docs/rules/${id}.md`
