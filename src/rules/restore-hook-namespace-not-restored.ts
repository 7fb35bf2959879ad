import { defineRule } from '../engine/define-rule.js'
import { describeVeleroObject, pitems, placeOf, pstring } from '../engine/repo-model.js'
import { hookResourceEntries, namespaceMapping, readList, restoreSource } from '../engine/repo-select.js'
import { boundedList, describeHookEntry, restoredSourceNamespaces, targetNamespaces } from '../engine/repo-select-extra.js'
import { includesExcludes } from '../velero/selectors.js'

export default defineRule({
  meta: {
    id: 'restore-hook-namespace-not-restored',
    severity: 'warning',
    docs: {
      summary: "A Restore hook's `includedNamespaces` item that names no namespace the Restore restores into (often the source side of `namespaceMapping`).",
      description:
        'A Restore hook selects pods by the namespace they are **restored into**: init hooks map the backed-up namespace ' +
        'through `namespaceMapping` before matching (`HandleRestoreHooks`, internal/hook/item_hook_handler.go, since v1.9.0, ' +
        'velero#4720 / PR #4779), exec hooks see the created pod, already in its new namespace. The Restore\'s own ' +
        '`includedNamespaces`, by contrast, names **source** namespaces (velero-plan-semantics.md §2.2, §2.3, §5 X04). So with ' +
        '`namespaceMapping: {shop: shop-copy}`, a hook with `includedNamespaces: [shop]` never runs.\n\n' +
        'The rule reports a hook namespace item that matches none of the target namespaces, computed as ' +
        '`namespaceMapping[ns] ?? ns` for every source namespace the Restore restores — only when the repository proves ' +
        'those: the Restore lists its `includedNamespaces` by name, or its source Backup or Schedule is in the repository ' +
        'and lists them by name. An item that is a mapped source namespace gets the target to write instead.',
      fix: 'Name the target namespace in the hook (the right-hand side of `namespaceMapping`), or remove the item.',
    },
    messages: {
      source:
        'Velero matches Restore hook namespaces against the namespace a pod is restored into, and {{object}} restores "{{item}}" into "{{target}}" (namespaceMapping), so {{hook}} never runs for "{{item}}"; write "{{target}}".',
      never:
        'Velero matches Restore hook namespaces against the namespace a pod is restored into, and {{object}} restores only into {{targets}}, so {{hook}} never runs for "{{item}}"; name one of those namespaces or remove the item.',
    },
  },
  checkRepository(context) {
    for (const restore of context.repo.velero) {
      if (restore.kind !== 'Restore') continue
      const entries = hookResourceEntries(restore.spec)
      if (entries.length === 0) continue
      const sources = restoredSourceNamespaces(restore, restoreSource(restore, context.repo.velero))
      if (!sources || sources.length === 0) continue
      const targets = targetNamespaces(restore, sources)
      const mapping = namespaceMapping(restore)
      for (const entry of entries) {
        const list = readList(entry, 'includedNamespaces')
        if (!list.entry || !list.known || list.values!.includes('*')) continue
        for (const node of pitems(list.entry.value)) {
          const item = pstring(node)!
          if (targets.some((t) => includesExcludes([item], undefined, t))) continue
          const target = Object.hasOwn(mapping, item) && mapping[item] !== item && targets.includes(mapping[item]!) ? mapping[item] : undefined
          const data = { object: describeVeleroObject(restore), hook: describeHookEntry(restore.file, entry), item, target: target ?? '', targets: boundedList(targets.map((t) => `"${t}"`), 5) }
          context.report({ messageId: target !== undefined ? 'source' : 'never', data, place: placeOf(restore.file, node) })
        }
      }
    }
  },
})
