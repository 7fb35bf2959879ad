import { defineRule } from '../engine/define-rule.js'
import { describeVeleroObject, pitems, placeOf, pstring, type RepoModel, type VeleroObjectFact } from '../engine/repo-model.js'
import { readList } from '../engine/repo-select.js'
import { boundedList } from '../engine/repo-select-extra.js'
import { includesExcludes } from '../velero/selectors.js'
import { backupNamespaceGlobsExpanded, formatVersion } from '../velero/versions.js'

/** Characters `validateNamespaceName` refuses before v1.18.0 (only '*' is swapped for a letter there). */
const REJECTED = /[?[\]{},]/

/** The namespaces the repository names (Namespace objects and workloads' namespaces), sorted. */
function repoNamespaces(repo: RepoModel): string[] {
  const names = new Set<string>()
  for (const n of repo.namespaces) names.add(n.name)
  for (const w of repo.workloads) if (w.namespace !== undefined) names.add(w.namespace)
  return [...names].sort()
}

/** " (a, b)": the namespaces of the repository the pattern was meant to match, if any. */
function matchesHint(pattern: string, namespaces: readonly string[]): string {
  const matched = namespaces.filter((ns) => includesExcludes([pattern], undefined, ns))
  return matched.length > 0 ? ` (${boundedList(matched)})` : ''
}

function subject(object: VeleroObjectFact): string {
  return object.kind === 'Schedule' ? `every Backup of ${describeVeleroObject(object)}` : describeVeleroObject(object)
}

export default defineRule({
  meta: {
    id: 'backup-namespace-glob-literal',
    severity: 'error',
    docs: {
      summary: 'A Backup or Schedule namespace pattern (`app-*`, `?`, `[…]`) when the targeted Velero is older than v1.18.0.',
      description:
        'Before v1.18.0 a Backup\'s `includedNamespaces` knows one wildcard only: a bare `*` (all namespaces). ' +
        '`getNamespacesToList` (pkg/backup/item_collector.go@v1.17.2) lists each other item as the literal name of a namespace, ' +
        'so `app-*` asks for a namespace called "app-*", which cannot exist: nothing is backed up from it and no hook runs in ' +
        'its pods (velero-plan-semantics.md §1.2, §4 row 15). `validateNamespaceName` ' +
        '(pkg/util/collections/includes_excludes.go@v1.17.2) replaces only `*` before checking the name, so `?`, `[`, `]`, ' +
        '`{`, `}` or `,` in `includedNamespaces` or `excludedNamespaces` make the Backup **`FailedValidation`**. v1.18.0 ' +
        'expands the patterns against the cluster\'s namespaces (`ExpandIncludesExcludes`, pkg/backup/backup.go; ' +
        '`wildcard.ValidateNamespaceName`), which the design doc `wildcard-namespace-support-design.md` introduced.\n\n' +
        'Hook selectors (`hooks.resources[].includedNamespaces`) and a Restore\'s namespace lists always matched globs; this ' +
        'rule is about the Backup-level lists only (a Schedule\'s `template` included). An exclude such as `kube-*` works in ' +
        'every version (it is matched as a glob), so it is not reported.',
      fix: 'List the namespaces by name, or target (and run) Velero v1.18.0 or later.',
    },
    versions: {
      applies: 'v1.12.0 … v1.17.2',
      outcomes: [
        {
          versions: 'v1.12.0 … v1.17.2',
          outcome: '`app-*` in `includedNamespaces` is one literal namespace name: nothing is backed up from it. `?`, `[…]`, `{…}` in either list: FailedValidation.',
        },
        { versions: 'v1.18.0 … main', outcome: 'Patterns are expanded against the cluster\'s namespaces: no finding.' },
      ],
    },
    messages: {
      literal:
        'Velero {{version}} reads "{{pattern}}" as the name of one namespace (globs other than a bare "*" are expanded only from v1.18.0), and no namespace has that name: {{subject}} backs up nothing from it and runs no hook there; list the namespaces by name{{matches}}, or target Velero 1.18 or later.',
      rejected:
        'Velero {{version}} rejects {{subject}}: "{{pattern}}" in {{key}} is no valid namespace name before v1.18.0 (only "*" may stand for any text), so the backup ends FailedValidation, backs up nothing and runs no hook; list the namespaces by name{{matches}}, or target Velero 1.18 or later.',
    },
  },
  checkRepository(context) {
    if (backupNamespaceGlobsExpanded(context.veleroVersion)) return
    let namespaces: string[] | undefined
    const version = formatVersion(context.veleroVersion)
    for (const object of context.repo.velero) {
      if (object.kind === 'Restore') continue
      for (const key of ['includedNamespaces', 'excludedNamespaces']) {
        const list = readList(object.spec, key)
        if (!list.entry || (key === 'includedNamespaces' && list.values?.includes('*'))) continue
        for (const item of pitems(list.entry.value)) {
          const pattern = pstring(item)
          if (pattern === undefined) continue
          const messageId = REJECTED.test(pattern) ? 'rejected' : key === 'includedNamespaces' && pattern.includes('*') ? 'literal' : undefined
          if (!messageId) continue
          namespaces ??= repoNamespaces(context.repo)
          context.report({ messageId, data: { version, pattern, key, subject: subject(object), matches: matchesHint(pattern, namespaces) }, place: placeOf(object.file, item) })
        }
      }
    }
  },
})
