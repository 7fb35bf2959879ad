import { defineRule } from '../engine/define-rule.js'
import { describeVeleroObject, pentry, pitems, placeOf, pstring } from '../engine/repo-model.js'
import { namespaceMapping, readList, restoreSource } from '../engine/repo-select.js'
import { hasGlobChars, includesExcludes } from '../velero/selectors.js'

export default defineRule({
  meta: {
    id: 'restore-namespace-is-mapping-target',
    severity: 'warning',
    docs: {
      summary: "A Restore's `includedNamespaces` names a target of its `namespaceMapping` instead of the source namespace.",
      description:
        'A Restore\'s `includedNamespaces`/`excludedNamespaces` are matched against the namespace an item had **in the backup** ' +
        '(`restoreItem`, pkg/restore/restore.go: "the *original* namespace, not the remapped one"); `namespaceMapping` then ' +
        'moves what was selected (velero-plan-semantics.md §2.2, §5 X05). With `namespaceMapping: {shop: shop-copy}`, ' +
        '`includedNamespaces: [shop-copy]` selects the backup\'s "shop-copy" namespace, which usually does not exist: nothing ' +
        'of "shop" is restored, and no restore hook runs.\n\n' +
        'Reported for a literal item that is a mapping target, is not itself a mapping source, whose source namespace the ' +
        'Restore does not include as well, and that the source Backup (when it is in the repository and lists its ' +
        'namespaces by name) does not hold.',
      fix: 'Name the source namespace (the left-hand side of `namespaceMapping`); the mapping restores it into the target.',
    },
    messages: {
      target:
        'Velero matches a Restore\'s includedNamespaces against the namespaces in the backup, and "{{item}}" is where namespaceMapping puts "{{source}}" (line {{line}}), so {{object}} restores nothing of "{{source}}" and runs no restore hook there; write "{{source}}".',
    },
  },
  checkRepository(context) {
    for (const restore of context.repo.velero) {
      if (restore.kind !== 'Restore') continue
      const mapping = namespaceMapping(restore)
      const inc = readList(restore.spec, 'includedNamespaces')
      const exc = readList(restore.spec, 'excludedNamespaces')
      if (!inc.entry || !inc.known || !exc.known || Object.keys(mapping).length === 0) continue
      const backup = readList(restoreSource(restore, context.repo.velero)?.spec, 'includedNamespaces').values
      const mappingNode = pentry(restore.spec, 'namespaceMapping')!.value
      for (const node of pitems(inc.entry.value)) {
        const item = pstring(node)!
        if (hasGlobChars(item) || Object.hasOwn(mapping, item) || backup?.includes(item)) continue
        const source = Object.keys(mapping).find((k) => mapping[k] === item)
        if (source === undefined || includesExcludes(inc.values, exc.values, source)) continue
        const line = pentry(mappingNode, source)!.keySpan.line
        context.report({ messageId: 'target', data: { item, source, line, object: describeVeleroObject(restore) }, place: placeOf(restore.file, node) })
      }
    }
  },
})
