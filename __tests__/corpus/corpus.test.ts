/**
 * Runs over the shared corpus of real manifests (../shared/corpus beside the repository; not part of
 * this repo because the files' licences vary). Skips cleanly when it is absent.
 * hooks/: the mistakes listed in ../shared/corpus/SOURCES.md must be reported at the right lines.
 * general/: files without Velero hooks must yield no error.
 */
import assert from 'node:assert/strict'
import { existsSync } from 'node:fs'
import path from 'node:path'
import { describe, it } from 'node:test'
import { runLint } from '../../src/engine/run-lint.js'
import { defaultRuleSet } from '../../src/rules/index.js'

const repoRoot = path.resolve(import.meta.dirname ?? path.dirname(new URL(import.meta.url).pathname), '../..')
const corpus = path.resolve(repoRoot, '..', 'shared', 'corpus')
const skip = existsSync(corpus) ? false : 'the shared corpus (../shared/corpus) is not present'

/**
 * file (short name) → "ruleId@line" entries that must be among its findings (from SOURCES.md; the
 * fs-backup-* entries were found by those rules and checked by hand: the IBM Deployments' backup-volumes
 * names the Deployment, not a volume, and SupportTools puts it on the StatefulSet's own metadata;
 * the api-types examples set labelSelector and orLabelSelectors together, which Velero refuses:
 * found by label-selector-with-or-selectors once the cross-resource rules ran in every lint).
 */
const EXPECTED: Record<string, string[]> = {
  'vmware-tanzu__velero__site__content__docs__main__api-types__backup.md__mdblock01.yaml': ['label-selector-with-or-selectors@85'],
  'vmware-tanzu__velero__site__content__docs__main__api-types__schedule.md__mdblock01.yaml': ['label-selector-with-or-selectors@94'],
  'vmware-tanzu__velero__site__content__docs__main__api-types__restore.md__mdblock01.yaml': ['label-selector-with-or-selectors@76'],
  'vmware-tanzu__velero__site__content__docs__v1.9__api-types__restore.md__mdblock01.yaml': ['label-selector-with-or-selectors@62'],
  'IBM__ibm-common-service-operator__velero__schedule__common-service-db__cs-db-backup-deployment.yaml': ['hook-annotation-unknown-key@23', 'fs-backup-volume-unknown@15'],
  'IBM__ibm-common-service-operator__velero__schedule__keycloak__keycloak-backup-deployment.yaml': ['hook-annotation-unknown-key@23', 'fs-backup-volume-unknown@13'],
  'IBM__ibm-common-service-operator__velero__schedule__license_service_reporter__lsr-backup-deployment.yaml': ['hook-annotation-unknown-key@23', 'fs-backup-volume-unknown@15'],
  'IBM__ibm-common-service-operator__velero__schedule__mongodb-backup-deployment.yaml': ['hook-annotation-unknown-key@17'],
  'IBM__ibm-common-service-operator__velero__schedule__zen-backup-deployment.yaml': ['hook-annotation-unknown-key@23', 'fs-backup-volume-unknown@15'],
  'IBM__ibm-common-service-operator__velero__schedule__zen5-backup-deployment.yaml': ['hook-annotation-unknown-key@23', 'fs-backup-volume-unknown@15'],
  'OneUptime__blog__posts__2026-01-27-velero-disaster-recovery__README.md__mdblock-deployment-with-restore-hooks.yaml': [
    'hook-annotation-unknown-key@9',
    'hook-annotation-unknown-key@10',
    'hook-annotation-on-controller@9',
    'hook-annotation-on-controller@10',
    'hook-annotation-on-controller@12',
    'hook-annotation-on-controller@13',
    'hook-annotation-on-controller@14',
  ],
  'OneUptime__blog__posts__2026-01-28-velero-backup-hooks__README.md__mdblock-multi-container-hooks.yaml': ['yaml-syntax@20', 'yaml-syntax@21', 'yaml-syntax@23'],
  'SupportTools__website__blog__content__post__cloud-native-disaster-recovery-architectures-enterprise-guide.md__mdblock04.yaml': [
    'hook-annotation-on-controller@44',
    'hook-annotation-on-controller@45',
    'hook-annotation-on-controller@46',
    'hook-annotation-on-controller@47',
    'hook-annotation-on-controller@48',
    'fs-backup-annotation-on-controller@43',
  ],
  'SupportTools__website__blog__content__post__kubernetes-backup-dr-velero-advanced-strategies.md__mdblock10.yaml': ['hook-command-invalid-json@13'],
  'SupportTools__website__blog__content__post__velero-backup-restore-kubernetes-production-guide.md__mdblock11.yaml': [
    'hook-annotation-on-controller@9',
    'hook-annotation-on-controller@12',
    'hook-annotation-on-controller@13',
    'hook-annotation-on-controller@14',
    'hook-annotation-on-controller@16',
    'hook-annotation-on-controller@18',
    'hook-annotation-on-controller@19',
    'hook-annotation-on-controller@20',
  ],
  'migtools__mig-demo-apps__apps__parks-app__velero__parks-app-backup.yaml': ['backup-spec-hooks-skip-pods@41'],
  'migtools__velero-examples__cassandra__roles__install-cassandra__templates__cassandra-app.yaml.j2.yaml': ['template-skipped@6'],
  'stuttgart-things__docs__slides__velero.md__mdblock06.yaml': ['hook-annotation-unknown-key@4'],
  'stuttgart-things__docs__velero.md__mdblock10-heredoc.yaml': ['yaml-syntax@2'],
  'vmware-tanzu__velero__design__Implemented__restore-hooks.md__mdblock01.yaml': ['yaml-syntax@4'],
  'vmware-tanzu__velero__site__content__docs__main__restore-hooks.md__mdblock03.yaml': ['yaml-syntax@9'],
  'vmware-tanzu__velero__site__content__docs__main__restore-hooks.md__mdblock07.yaml': ['yaml-syntax@9'],
}

/** Files SOURCES.md lists as correct ("none spotted"): no error may be reported. */
const CLEAN = [
  'SupportTools__website__blog__content__post__kubernetes-velero-disaster-recovery-guide.md__mdblock20.yaml',
  'migtools__mig-demo-apps__apps__parks-app__velero__parks-app-restore.yaml',
  'migtools__mig-demo-apps__apps__todolist-mongo-go__OPENSHIFT__mongo-persistent.yaml',
  'migtools__mig-demo-apps__apps__todolist-mongo-go__OPENSHIFT__mongo-persistent-csi.yaml',
  'migtools__mig-demo-apps__apps__todolist-mongo-go__OPENSHIFT__mongo-persistent-block.yaml',
  'migtools__velero-examples__patroni__template_patroni_persistent.yaml',
  'replicatedhq__kots__dev__manifests__kotsadm__deployment.yaml',
  'synopsys-sig__srm-k8s__docs__DeploymentGuide.md__mdblock120.yaml',
  'vmware-tanzu__velero__examples__nginx-app__with-pv.yaml',
]

describe('shared corpus', { skip }, () => {
  it('hooks/: reports every listed mistake at its line', async () => {
    const result = await runLint({ ruleSet: defaultRuleSet(), cwd: path.join(corpus, 'hooks'), patterns: [], ignore: [] })
    assert.equal(result.summary.files, 52)
    const got = new Map<string, Set<string>>()
    for (const f of result.findings) got.set(f.file, (got.get(f.file) ?? new Set()).add(`${f.ruleId}@${f.line}`))
    for (const [file, expected] of Object.entries(EXPECTED)) {
      const actual = got.get(file) ?? new Set()
      for (const e of expected) assert.ok(actual.has(e), `${file}: missing ${e}; got ${[...actual].join(', ')}`)
    }
    for (const file of CLEAN) {
      const errors = result.findings.filter((f) => f.file === file && f.severity === 'error')
      assert.deepEqual(errors.map((f) => `${f.ruleId}@${f.line}: ${f.message}`), [], file)
    }
  })

  it('general/: no error findings on files without Velero hooks', async () => {
    const result = await runLint({ ruleSet: defaultRuleSet(), cwd: path.join(corpus, 'general'), patterns: [], ignore: [] })
    assert.ok(result.summary.files > 1000)
    const errors = result.findings.filter((f) => f.severity === 'error')
    assert.deepEqual(errors.map((f) => `${f.file}:${f.line} ${f.ruleId}`), [])
  })
})
