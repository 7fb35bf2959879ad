import { formatGithub } from './github-format.js'
import { formatJson } from './json.js'
import { formatSarif } from './sarif.js'
import { formatText } from './text.js'
import type { FormatName, Report } from './format.js'

export function formatReport(format: FormatName, report: Report, options: { color?: boolean } = {}): string {
  switch (format) {
    case 'json':
      return formatJson(report)
    case 'sarif':
      return formatSarif(report)
    case 'github':
      return formatGithub(report)
    case 'text':
      return formatText(report, { color: options.color ?? false })
  }
}

export { FORMATS, type FormatName, type Report } from './format.js'
