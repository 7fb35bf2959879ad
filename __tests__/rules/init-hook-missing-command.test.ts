import rule from '../../src/rules/init-hook-missing-command.js'
import { runRuleTests, yaml } from '../support/rule-tester.js'

runRuleTests(rule, {
  valid: [
    {
      name: 'image and JSON command',
      code: yaml`
        apiVersion: v1
        kind: Pod
        metadata:
          name: p
          annotations:
            init.hook.restore.velero.io/container-image: alpine:3.20
            init.hook.restore.velero.io/command: '["/bin/true"]'
        spec:
          containers: [{name: app, image: nginx}]
      `,
    },
    {
      name: 'Velero main: a JSON command is as fine as on every release',
      velero: 'main',
      code: yaml`
        kind: Pod
        metadata:
          annotations:
            init.hook.restore.velero.io/container-image: alpine:3.20
            init.hook.restore.velero.io/command: '["/bin/true"]'
      `,
    },
    {
      name: 'no init hook at all',
      code: yaml`
        kind: Pod
        metadata:
          annotations:
            pre.hook.backup.velero.io/command: '["/bin/true"]'
      `,
    },
    {
      name: 'no image: Velero never reads the command (init-hook-missing-image business)',
      code: yaml`
        kind: Pod
        metadata:
          annotations:
            init.hook.restore.velero.io/container-image: ""
            init.hook.restore.velero.io/container-name: x
      `,
    },
    {
      name: 'a command that is not a string is hook-annotation-not-string business; [] is hook-command-empty-array business',
      code: yaml`
        kind: Pod
        metadata:
          annotations:
            init.hook.restore.velero.io/container-image: alpine
            init.hook.restore.velero.io/command: ["/bin/true"]
        ---
        kind: Pod
        metadata:
          annotations:
            init.hook.restore.velero.io/container-image: alpine
            init.hook.restore.velero.io/command: '[]'
      `,
    },
  ],
  invalid: [
    {
      name: 'image without command',
      code: yaml`
        apiVersion: v1
        kind: Pod
        metadata:
          name: p
          annotations:
            init.hook.restore.velero.io/container-image: alpine:3.20
        spec:
          containers: [{name: app, image: nginx}]
      `,
      errors: [
        {
          messageId: 'missing',
          line: 6,
          column: 5,
          message:
            'This init hook sets an image but no "init.hook.restore.velero.io/command": Velero v1.18.2 panics on it and does not restore this pod; add the command as a JSON array.',
          path: 'metadata.annotations["init.hook.restore.velero.io/container-image"]',
        },
      ],
    },
    {
      name: 'missing command is reported at the first key of the init family',
      code: yaml`
        kind: Pod
        metadata:
          annotations:
            init.hook.restore.velero.io/container-name: restore-init
            init.hook.restore.velero.io/container-image: alpine
      `,
      errors: [{ messageId: 'missing', line: 4, column: 5, message: 'panics', path: 'metadata.annotations["init.hook.restore.velero.io/container-name"]' }],
    },
    {
      name: 'empty command in a Deployment template',
      code: yaml`
        apiVersion: apps/v1
        kind: Deployment
        metadata: {name: d}
        spec:
          template:
            metadata:
              annotations:
                init.hook.restore.velero.io/container-image: alpine:3.20
                init.hook.restore.velero.io/command: ""
            spec:
              containers: [{name: app, image: nginx}]
      `,
      errors: [
        {
          messageId: 'empty',
          line: 9,
          column: 46,
          message: '"init.hook.restore.velero.io/command" is empty: Velero v1.18.2 panics on it and does not restore this pod; give the command as a JSON array.',
        },
      ],
    },
    {
      name: 'Velero 1.12 panics too (the bug dates from v1.5)',
      velero: '1.12',
      code: yaml`
        kind: Pod
        metadata:
          annotations:
            init.hook.restore.velero.io/container-image: alpine
      `,
      errors: [{ messageId: 'missing', line: 4, column: 5, message: 'Velero v1.12.4 panics on it and does not restore this pod' }],
    },
    {
      name: 'Velero 1.16.1: a patch level named exactly',
      velero: 'v1.16.1',
      code: yaml`
        kind: Pod
        metadata:
          annotations:
            init.hook.restore.velero.io/container-image: alpine
            init.hook.restore.velero.io/command: ''
      `,
      errors: [{ messageId: 'empty', line: 5, column: 42, message: 'is empty: Velero v1.16.1 panics on it' }],
    },
    {
      name: "Velero main: no panic (velero#10371), the image's entrypoint runs: a notice, missing or empty",
      velero: 'main',
      code: yaml`
        kind: Pod
        metadata:
          annotations:
            init.hook.restore.velero.io/container-image: alpine
        ---
        kind: Pod
        metadata:
          annotations:
            init.hook.restore.velero.io/container-image: alpine
            init.hook.restore.velero.io/command: ""
      `,
      errors: [
        {
          messageId: 'entrypoint',
          line: 4,
          column: 5,
          severity: 'notice',
          message:
            "This init hook has no command, so Velero main injects the container without one and the image's own entrypoint runs; every release up to v1.18.2 panics on it instead, so give the command as a JSON array if a release may restore this backup.",
        },
        { messageId: 'entrypoint', line: 10, column: 42, severity: 'notice' },
      ],
    },
    {
      name: 'Velero main: a blank command is still a program named by blanks',
      velero: 'main',
      code: yaml`
        kind: Pod
        metadata:
          annotations:
            init.hook.restore.velero.io/container-image: alpine
            init.hook.restore.velero.io/command: " "
      `,
      errors: [{ messageId: 'blank', line: 5, column: 42 }],
    },
    {
      name: 'blank command',
      code: yaml`
        kind: Pod
        metadata:
          annotations:
            init.hook.restore.velero.io/container-image: alpine
            init.hook.restore.velero.io/command: "   "
      `,
      errors: [
        {
          messageId: 'blank',
          line: 5,
          column: 42,
          message: 'is blank, so Velero execs a program named by the blanks and the init container fails, leaving the pod in Init:Error; give the command as a JSON array.',
        },
      ],
    },
    {
      name: 'StatefulSet, DaemonSet, Job, CronJob, ReplicaSet, ReplicationController, PodTemplate',
      code: yaml`
        kind: StatefulSet
        spec: {template: {metadata: {annotations: {init.hook.restore.velero.io/container-image: a}}}}
        ---
        kind: DaemonSet
        spec: {template: {metadata: {annotations: {init.hook.restore.velero.io/container-image: a}}}}
        ---
        kind: Job
        spec: {template: {metadata: {annotations: {init.hook.restore.velero.io/container-image: a}}}}
        ---
        kind: CronJob
        spec: {jobTemplate: {spec: {template: {metadata: {annotations: {init.hook.restore.velero.io/container-image: a}}}}}}
        ---
        kind: ReplicaSet
        spec: {template: {metadata: {annotations: {init.hook.restore.velero.io/container-image: a}}}}
        ---
        kind: ReplicationController
        spec: {template: {metadata: {annotations: {init.hook.restore.velero.io/container-image: a}}}}
        ---
        kind: PodTemplate
        template: {metadata: {annotations: {init.hook.restore.velero.io/container-image: a}}}
      `,
      errors: [
        { messageId: 'missing', line: 2, column: 44 },
        { messageId: 'missing', line: 5, column: 44 },
        { messageId: 'missing', line: 8, column: 44 },
        { messageId: 'missing', line: 11, column: 65, path: 'spec.jobTemplate.spec.template.metadata.annotations["init.hook.restore.velero.io/container-image"]' },
        { messageId: 'missing', line: 14, column: 44 },
        { messageId: 'missing', line: 17, column: 44 },
        { messageId: 'missing', line: 20, column: 37 },
      ],
    },
    {
      name: 'Argo Rollout, List item, OpenShift Template object',
      code: yaml`
        kind: Rollout
        spec: {template: {metadata: {annotations: {init.hook.restore.velero.io/container-image: a}}, spec: {containers: []}}}
        ---
        kind: List
        items: [{kind: Pod, metadata: {annotations: {init.hook.restore.velero.io/container-image: a}}}]
        ---
        kind: Template
        objects: [{kind: Pod, metadata: {annotations: {init.hook.restore.velero.io/container-image: a}}}]
      `,
      errors: [
        { messageId: 'missing', line: 2, column: 44 },
        { messageId: 'missing', line: 5, column: 46, path: 'items[0].metadata.annotations["init.hook.restore.velero.io/container-image"]' },
        { messageId: 'missing', line: 8, column: 48, path: 'objects[0].metadata.annotations["init.hook.restore.velero.io/container-image"]' },
      ],
    },
  ],
})
