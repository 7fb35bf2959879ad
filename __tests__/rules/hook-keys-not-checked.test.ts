import rule from '../../src/rules/hook-keys-not-checked.js'
import { runRuleTests, yaml } from '../support/rule-tester.js'

runRuleTests(rule, {
  valid: [
    {
      name: 'hook keys in a pod template and in a Pod',
      code: yaml`
        apiVersion: apps/v1
        kind: Deployment
        metadata:
          name: web
        spec:
          template:
            metadata:
              annotations:
                pre.hook.backup.velero.io/command: '["/bin/true"]'
            spec:
              containers:
                - name: web
                  image: nginx
        ---
        kind: Pod
        metadata:
          annotations:
            post.hook.restore.velero.io/command: '["/bin/true"]'
      `,
    },
    {
      name: "hook keys on a workload's own metadata are read (and reported by hook-annotation-on-controller)",
      code: yaml`
        kind: StatefulSet
        metadata:
          name: db
          annotations:
            pre.hook.backup.velero.io/command: '["/bin/true"]'
      `,
    },
    {
      name: 'podAnnotations in a Helm values file',
      code: yaml`
        podAnnotations:
          pre.hook.backup.velero.io/command: '["/bin/true"]'
      `,
    },
    {
      name: 'velero text that is not a hook key',
      code: yaml`
        kind: ConfigMap
        metadata:
          name: notes
        data:
          README: 'set pre.hook.backup.velero.io/command on the pod template'
          backup.velero.io/backup-volumes: data
      `,
    },
  ],
  invalid: [
    {
      name: 'a Helm values map under another name than podAnnotations: one finding per mapping',
      code: yaml`
        worker:
          annotations:
            pre.hook.backup.velero.io/command: "['/bin/sh', '-c', 'sync']"
            pre.hook.backup.velero.io/container: worker
      `,
      errors: [
        {
          messageId: 'unchecked',
          line: 3,
          column: 5,
          endColumn: 38,
          severity: 'warning',
          message:
            'velero-hooks cannot tell which pod "pre.hook.backup.velero.io/command" reaches from here (it reads hook keys in Pod and pod-template annotations and in podAnnotations of Helm values), so this hook (and 1 more key of this mapping) was not checked; render the chart or overlay that uses it (install helm or kustomize), or write it in the pod template\'s annotations.',
        },
      ],
    },
    {
      name: "a kustomization's commonAnnotations, and a HelmChart resource's values",
      code: yaml`
        resources:
          - ../base
        commonAnnotations:
          post.hook.backup.velero.io/on-error: fail
        ---
        apiVersion: helm.cattle.io/v1
        kind: HelmChart
        metadata:
          name: app
        spec:
          values:
            app:
              podAnnotations:
                pre.hook.backup.velero.io/command: '["/bin/true"]'
      `,
      errors: [
        { messageId: 'unchecked', line: 4, column: 3, severity: 'warning' },
        { messageId: 'unchecked', line: 14, column: 9, severity: 'warning' },
      ],
    },
  ],
})
