/**
 * What the hook plan and the cross-resource rules do with the repository model, for the bench: for
 * every Backup and Schedule, the workloads of the namespaces it can reach (WorkloadIndex), whether
 * it takes each, and which of its spec hook entries select the ones it takes; for every Restore, the
 * same against its source and target namespaces. Returns how many (object, workload) pairs and
 * (entry, workload) pairs it answered, so the work cannot be optimised away.
 */
import type { RepoModel } from '../src/engine/repo-model.js'
import { backupTakes, hookEntrySelects, hookResourceEntries, readList, restoreTakes, targetNamespace, WorkloadIndex } from '../src/engine/repo-select.js'
import type { VeleroVersion } from '../src/velero/versions.js'

export function selectAll(repo: RepoModel, version: VeleroVersion): { taken: number; selected: number } {
  const index = new WorkloadIndex(repo.workloads)
  let taken = 0
  let selected = 0
  for (const v of repo.velero) {
    const inc = readList(v.spec, 'includedNamespaces')
    const exc = readList(v.spec, 'excludedNamespaces')
    const candidates = inc.known && exc.known ? index.candidates(inc.values, exc.values) : index.all
    const entries = hookResourceEntries(v.spec)
    for (const w of candidates) {
      const take = v.kind === 'Restore' ? restoreTakes(v, w) : backupTakes(v.spec, w, version)
      if (take.takes === 'no') continue
      taken++
      const phase = v.kind === 'Restore' ? 'restore' : 'backup'
      const target = v.kind === 'Restore' ? targetNamespace(v, w) : w.namespace
      for (const entry of entries) if (hookEntrySelects(entry, w, phase, target) !== 'no') selected++
    }
  }
  return { taken, selected }
}
