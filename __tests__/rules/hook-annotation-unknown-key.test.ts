import rule from '../../src/rules/hook-annotation-unknown-key.js'
import { runRuleTests, yaml } from '../support/rule-tester.js'

runRuleTests(rule, {
  valid: [
    {
      name: 'every key Velero reads, on a Pod',
      code: yaml`
        apiVersion: v1
        kind: Pod
        metadata:
          name: p
          annotations:
            init.hook.restore.velero.io/container-image: alpine:3.20
            init.hook.restore.velero.io/container-name: restore-init
            init.hook.restore.velero.io/command: '["/bin/true"]'
            post.hook.restore.velero.io/command: '["/bin/true"]'
            post.hook.restore.velero.io/container: app
            post.hook.restore.velero.io/on-error: Continue
            post.hook.restore.velero.io/exec-timeout: 30s
            post.hook.restore.velero.io/wait-timeout: 5m
            post.hook.restore.velero.io/wait-for-ready: "true"
            pre.hook.backup.velero.io/command: '["/bin/true"]'
            pre.hook.backup.velero.io/container: app
            pre.hook.backup.velero.io/on-error: Fail
            pre.hook.backup.velero.io/timeout: 1m
            post.hook.backup.velero.io/command: '["/bin/true"]'
            post.hook.backup.velero.io/container: app
            post.hook.backup.velero.io/on-error: Continue
            post.hook.backup.velero.io/timeout: 1m
        spec:
          containers: [{name: app, image: nginx}]
      `,
    },
    {
      name: 'legacy keys and other velero.io annotations',
      code: yaml`
        kind: Pod
        metadata:
          annotations:
            hook.backup.velero.io/command: '["/bin/true"]'
            hook.backup.velero.io/container: app
            hook.backup.velero.io/on-error: Fail
            hook.backup.velero.io/timeout: 10s
            backup.velero.io/backup-volumes: data
            velero.io/exclude-from-backup: "true"
            helm.sh/hook: pre-install
      `,
    },
    {
      name: 'hook-like keys outside metadata.annotations are not annotations',
      code: yaml`
        apiVersion: v1
        kind: ConfigMap
        metadata: {name: c}
        data:
          post.hook.restore.velero.io/timeout: 30s
      `,
    },
  ],
  invalid: [
    {
      name: 'post-restore timeout is exec-timeout',
      code: yaml`
        apiVersion: v1
        kind: Pod
        metadata:
          name: p
          annotations:
            post.hook.restore.velero.io/command: '["/bin/true"]'
            post.hook.restore.velero.io/timeout: 30s
      `,
      errors: [
        {
          messageId: 'unknownWithSuggestion',
          line: 7,
          column: 5,
          message: 'did you mean "post.hook.restore.velero.io/exec-timeout"?',
          path: 'metadata.annotations["post.hook.restore.velero.io/timeout"]',
        },
      ],
    },
    {
      name: 'backup exec-timeout is timeout, in a Deployment template',
      code: yaml`
        apiVersion: apps/v1
        kind: Deployment
        metadata: {name: d}
        spec:
          template:
            metadata:
              annotations:
                pre.hook.backup.velero.io/exec-timeout: 2m
            spec:
              containers: [{name: app, image: nginx}]
      `,
      errors: [
        {
          messageId: 'unknownWithSuggestion',
          line: 8,
          column: 9,
          message: '"pre.hook.backup.velero.io/timeout"',
          path: 'spec.template.metadata.annotations["pre.hook.backup.velero.io/exec-timeout"]',
        },
      ],
    },
    {
      name: 'init image is container-image, in a StatefulSet',
      code: yaml`
        apiVersion: apps/v1
        kind: StatefulSet
        metadata: {name: s}
        spec:
          template:
            metadata:
              annotations:
                init.hook.restore.velero.io/image: alpine
      `,
      errors: [{ messageId: 'unknownWithSuggestion', line: 8, column: 9, message: '"init.hook.restore.velero.io/container-image"' }],
    },
    {
      name: 'pre-restore on-error next to pre-backup hooks (IBM Schedule corpus case) in a CronJob',
      code: yaml`
        apiVersion: batch/v1
        kind: CronJob
        metadata: {name: c}
        spec:
          schedule: "0 * * * *"
          jobTemplate:
            spec:
              template:
                metadata:
                  annotations:
                    pre.hook.backup.velero.io/command: '["/bin/true"]'
                    pre.hook.restore.velero.io/on-error: Continue
                spec:
                  containers: [{name: app, image: busybox}]
      `,
      errors: [
        {
          messageId: 'noPreRestore',
          line: 12,
          column: 13,
          message: 'Velero has no pre-restore hook',
          path: 'spec.jobTemplate.spec.template.metadata.annotations["pre.hook.restore.velero.io/on-error"]',
        },
      ],
    },
    {
      name: 'pre-restore command alone suggests the init hook',
      code: yaml`
        kind: Pod
        metadata:
          annotations:
            pre.hook.restore.velero.io/command: '["/bin/true"]'
      `,
      errors: [{ messageId: 'noPreRestore', line: 4, column: 5, message: '"init.hook.restore.velero.io/command"?' }],
    },
    {
      name: "Velero's own e2e key test1.command (DaemonSet)",
      code: yaml`
        apiVersion: apps/v1
        kind: DaemonSet
        metadata: {name: d}
        spec:
          template:
            metadata:
              annotations:
                post.hook.restore.velero.io/test1.command: '["/bin/true"]'
            spec:
              containers: [{name: app, image: nginx}]
      `,
      errors: [{ messageId: 'unknownWithSuggestion', line: 8, column: 9, message: 'did you mean "post.hook.restore.velero.io/command"?' }],
    },
    {
      name: 'misspelt domain and wrong case, in a Job',
      code: yaml`
        apiVersion: batch/v1
        kind: Job
        metadata: {name: j}
        spec:
          template:
            metadata:
              annotations:
                init.hook.restore.velro.io/command: '["/bin/true"]'
                Post.Hook.Backup.Velero.io/command: '["/bin/true"]'
      `,
      errors: [
        { messageId: 'unknownWithSuggestion', line: 8, column: 9, message: '"init.hook.restore.velero.io/command"' },
        { messageId: 'unknownWithSuggestion', line: 9, column: 9, message: '"post.hook.backup.velero.io/command"' },
      ],
    },
    {
      name: 'no close key: lists the valid keys (ReplicaSet)',
      code: yaml`
        apiVersion: apps/v1
        kind: ReplicaSet
        metadata: {name: r}
        spec:
          template:
            metadata:
              annotations:
                init.hook.restore.velero.io/initContainers: '[]'
      `,
      errors: [{ messageId: 'unknown', line: 8, column: 9, message: /valid keys here are "init\.hook\.restore\.velero\.io\/container-image", .*"init\.hook\.restore\.velero\.io\/timeout"\./ }],
    },
    {
      name: 'ReplicationController and PodTemplate templates',
      code: yaml`
        apiVersion: v1
        kind: ReplicationController
        metadata: {name: rc}
        spec:
          template:
            metadata:
              annotations:
                post.hook.backup.velero.io/onerror: Fail
        ---
        apiVersion: v1
        kind: PodTemplate
        metadata: {name: pt}
        template:
          metadata:
            annotations:
              post.hook.restore.velero.io/waitForReady: "true"
      `,
      errors: [
        { messageId: 'unknownWithSuggestion', line: 8, column: 9, message: '"post.hook.backup.velero.io/on-error"' },
        { messageId: 'unknownWithSuggestion', line: 16, column: 7, message: '"post.hook.restore.velero.io/wait-for-ready"', path: 'template.metadata.annotations["post.hook.restore.velero.io/waitForReady"]' },
      ],
    },
    {
      name: 'Argo Rollout pod template',
      code: yaml`
        apiVersion: argoproj.io/v1alpha1
        kind: Rollout
        metadata: {name: r}
        spec:
          template:
            metadata:
              annotations:
                pre.hook.backup.velero.io/containers: app
            spec:
              containers: [{name: app, image: nginx}]
      `,
      errors: [{ messageId: 'unknownWithSuggestion', line: 8, column: 9, message: '"pre.hook.backup.velero.io/container"' }],
    },
    {
      name: 'List items and OpenShift Template objects',
      code: yaml`
        apiVersion: v1
        kind: List
        items:
          - apiVersion: v1
            kind: Pod
            metadata:
              annotations:
                post.hook.restore.velero.io/timeout: 30s
        ---
        apiVersion: template.openshift.io/v1
        kind: Template
        objects:
          - apiVersion: apps/v1
            kind: Deployment
            spec:
              template:
                metadata:
                  annotations:
                    pre.hook.backup.velero.io/exec-timeout: 1m
      `,
      errors: [
        { messageId: 'unknownWithSuggestion', line: 8, column: 9, path: 'items[0].metadata.annotations["post.hook.restore.velero.io/timeout"]' },
        { messageId: 'unknownWithSuggestion', line: 19, column: 13, path: 'objects[0].spec.template.metadata.annotations["pre.hook.backup.velero.io/exec-timeout"]' },
      ],
    },
    {
      name: "also on a controller's own metadata",
      code: yaml`
        apiVersion: apps/v1
        kind: Deployment
        metadata:
          name: d
          annotations:
            post.hook.restore.velero.io/timeout: 30s
      `,
      errors: [{ messageId: 'unknownWithSuggestion', line: 6, column: 5, path: 'metadata.annotations["post.hook.restore.velero.io/timeout"]' }],
    },
    {
      name: 'timeout next to an exec-timeout that is already set: delete it, do not rename it (Velero uses exec-timeout)',
      code: yaml`
        kind: Pod
        metadata:
          annotations:
            post.hook.restore.velero.io/command: '["/bin/true"]'
            post.hook.restore.velero.io/exec-timeout: 2m
            post.hook.restore.velero.io/timeout: 5m
            pre.hook.backup.velero.io/command: '["/bin/true"]'
            pre.hook.backup.velero.io/exec-timeout: 1m
            pre.hook.backup.velero.io/timeout: 30s
      `,
      errors: [
        {
          messageId: 'alreadySet',
          line: 6,
          column: 5,
          message:
            'Velero never reads "post.hook.restore.velero.io/timeout", so this setting is silently ignored; the key it resembles, "post.hook.restore.velero.io/exec-timeout", is already set (Velero uses its value "2m"), so delete this key.',
        },
        { messageId: 'alreadySet', line: 8, column: 5, message: 'the key it resembles, "pre.hook.backup.velero.io/timeout", is already set (Velero uses its value "30s"), so delete this key.' },
      ],
    },
    {
      name: 'the key it resembles is set to a value that is not a string',
      code: yaml`
        kind: Pod
        metadata:
          annotations:
            post.hook.restore.velero.io/exec-timeout: 120
            post.hook.restore.velero.io/timeout: 5m
      `,
      errors: [{ messageId: 'alreadySet', line: 5, column: 5, message: 'is already set (with a value that is not a string), so delete this key.' }],
    },
  ],
})
