import rule from '../../src/rules/restore-exec-hook-index-hang.js'
import { runRuleTests, yaml } from '../support/rule-tester.js'

const restore = (postHooks: string, extraEntries = ''): string => yaml`
  apiVersion: velero.io/v1
  kind: Restore
  metadata:
    name: shop
    namespace: velero
  spec:
    backupName: shop-nightly
    hooks:
      resources:
        - name: first
          includedNamespaces: [shop]
          postHooks:
${postHooks}${extraEntries}`

const INIT = `            - init:
                initContainers:
                  - name: seed
                    image: busybox
                    command: ["true"]
`
const execFor = (container: string): string => `            - exec:
                container: ${container}
                command: ["/bin/true"]
                waitTimeout: 5m
`

const repo = yaml`
  apiVersion: velero.io/v1
  kind: Backup
  metadata:
    name: shop-nightly
    namespace: velero
  spec:
    includedNamespaces: [shop]
  ---
  apiVersion: apps/v1
  kind: Deployment
  metadata:
    name: web
    namespace: shop
  spec:
    template:
      metadata:
        labels: {app: web}
      spec:
        containers:
          - name: app
            image: nginx
`

const second = `        - name: second
          includedNamespaces: [shop]
          postHooks:
${execFor('app')}`

runRuleTests(rule, {
  valid: [
    { name: 'one exec hook per container, each first in its entry', code: restore(execFor('app')), velero: '1.17.2' },
    { name: 'init then exec in one entry on v1.18 (fixed)', code: restore(INIT + execFor('app')) },
    { name: 'init then exec in one entry on v1.16.1 (before the tracker)', code: restore(INIT + execFor('app')), velero: '1.16.1' },
    { name: 'two exec hooks for one container in one entry (indexes agree)', code: restore(execFor('app') + execFor('app')), velero: '1.17.2' },
    { name: 'a defaulted container is not judged', code: restore(INIT + `            - exec:\n                command: ["/bin/true"]\n`), velero: '1.17.2' },
    { name: 'two entries for one container, no pod of the repository selected by both', code: restore(execFor('app'), second.replace('[shop]', '[other]')) + '---\n' + repo, velero: '1.17.2' },
  ],
  invalid: [
    {
      name: 'init then exec in one entry on v1.17.2',
      code: restore(INIT + execFor('app')),
      velero: '1.17.2',
      errors: [{ messageId: 'inEntry', line: 18, column: 13, message: 'item 1 of postHooks' }],
    },
    {
      name: 'exec hooks for two containers in one entry on v1.16.2',
      code: restore(execFor('app') + execFor('sidecar')),
      velero: '1.16.2',
      errors: [{ messageId: 'inEntry', line: 17, column: 13, message: 'hook 0 of container "sidecar"' }],
    },
    {
      name: 'two entries with exec hooks for one container that both select a pod',
      code: restore(execFor('app'), second) + '---\n' + repo,
      velero: '1.17.2',
      errors: [{ messageId: 'acrossEntries', line: 20, column: 13, message: 'Deployment web in namespace shop' }],
    },
  ],
})
