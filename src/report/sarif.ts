/** SARIF 2.1.0 for GitHub code scanning: exact regions, rule metadata with help text. */
import type * as Sarif from 'sarif'
import type { RuleModule } from '../engine/define-rule.js'
import type { Severity } from '../engine/finding.js'
import { RULES } from '../rules/index.js'
import { PROJECT_URL, ruleDocUrl, TOOL_NAME, VERSION } from '../version.js'
import type { Report } from './format.js'

const LEVEL: Record<Severity, Sarif.ReportingConfiguration.level> = { error: 'error', warning: 'warning', notice: 'note' }

/** The rule's page: the helpUrl its findings carry (both from ruleDocUrl). */
function ruleDescriptor(rule: RuleModule): Sarif.ReportingDescriptor {
  const { id, docs, severity } = rule.meta
  const text = `${docs.description}\n\nHow to fix: ${docs.fix}`
  const helpUri = ruleDocUrl(id)
  return {
    id,
    name: id.replace(/(^|-)([a-z])/g, (_m, _d, c: string) => c.toUpperCase()),
    shortDescription: { text: docs.summary },
    fullDescription: { text: docs.description },
    help: { text, markdown: `${docs.description}\n\n**How to fix:** ${docs.fix}\n\n[Rule documentation](${helpUri})` },
    helpUri,
    defaultConfiguration: { level: LEVEL[severity] },
    properties: { tags: ['velero', 'kubernetes'], precision: 'very-high', 'problem.severity': severity === 'notice' ? 'recommendation' : severity },
  }
}

export function buildSarif(report: Report, rules: readonly RuleModule[] = RULES): Sarif.Log {
  const index = new Map(rules.map((r, i) => [r.meta.id, i]))
  const results: Sarif.Result[] = report.findings.map((f) => {
    const logical: Sarif.LogicalLocation[] = f.resource?.kind
      ? [{ fullyQualifiedName: [f.resource.kind, f.resource.namespace, f.resource.name].filter(Boolean).join('/'), kind: 'resource' }]
      : []
    return {
      ruleId: f.ruleId,
      ...(index.has(f.ruleId) ? { ruleIndex: index.get(f.ruleId)! } : {}),
      level: LEVEL[f.severity],
      message: { text: f.message },
      locations: [
        {
          physicalLocation: {
            artifactLocation: { uri: relativeUri(f.file), uriBaseId: '%SRCROOT%' },
            region: { startLine: f.line, startColumn: f.column, endLine: f.endLine, endColumn: Math.max(f.endColumn, f.column + (f.endLine === f.line ? 1 : 0)) },
          },
          ...(logical.length ? { logicalLocations: logical } : {}),
        },
      ],
      ...(f.path ? { properties: { yamlPath: f.path } } : {}),
    }
  })
  return {
    version: '2.1.0',
    $schema: 'https://json.schemastore.org/sarif-2.1.0.json',
    runs: [
      {
        tool: { driver: { name: TOOL_NAME, version: VERSION, semanticVersion: VERSION, informationUri: PROJECT_URL, rules: rules.map(ruleDescriptor) } },
        originalUriBaseIds: { '%SRCROOT%': { description: { text: 'The directory the scan ran in (the repository root in the action).' } } },
        results,
        columnKind: 'utf16CodeUnits',
      },
    ],
  }
}

export function formatSarif(report: Report): string {
  return `${JSON.stringify(buildSarif(report), null, 2)}\n`
}

/**
 * A relative path as a URI reference: each segment percent-encoded (encodeURI leaves '#', '?' and ':'
 * alone, so `a#1.yaml` would resolve to `a`, and `c:x.yaml` would read as a scheme).
 */
export function relativeUri(file: string): string {
  return file.split('/').map(encodeURIComponent).join('/')
}
