import rule from '../../src/rules/hook-command-not-array.js'
import { runRuleTests, yaml } from '../support/rule-tester.js'

runRuleTests(rule, {
  valid: [
    {
      name: 'a single program name and JSON arrays',
      code: yaml`
        apiVersion: v1
        kind: Pod
        metadata:
          annotations:
            pre.hook.backup.velero.io/command: /usr/bin/foo
            post.hook.backup.velero.io/command: '["/bin/sh", "-c", "sync && echo done"]'
            post.hook.restore.velero.io/command: >-
              ["/bin/sh", "-c", "echo restored"]
      `,
    },
    {
      name: 'commands starting with [ are hook-command-invalid-json business',
      code: yaml`
        kind: Pod
        metadata:
          annotations:
            pre.hook.backup.velero.io/command: "['/bin/sh', '-c', 'x y']"
            post.hook.backup.velero.io/command: ' ["a b"]'
            post.hook.restore.velero.io/command: |
              '["/bin/sh", "-c", "x y"]'
      `,
    },
    {
      name: 'a blank init command is init-hook-missing-command business; a legacy command Velero ignores',
      code: yaml`
        kind: Pod
        metadata:
          annotations:
            init.hook.restore.velero.io/container-image: alpine
            init.hook.restore.velero.io/command: "  "
            pre.hook.backup.velero.io/command: /bin/true
            hook.backup.velero.io/command: /usr/bin/fsfreeze -f /data
      `,
    },
    {
      name: 'no hook, or a container Velero does not find: nothing is executed, so the command is not judged',
      code: yaml`
        kind: Pod
        metadata:
          annotations:
            init.hook.restore.velero.io/command: /usr/bin/fsfreeze -f /data
            pre.hook.backup.velero.io/command: /usr/bin/fsfreeze -f /data
            pre.hook.backup.velero.io/container: cache
            post.hook.restore.velero.io/command: /usr/bin/fsfreeze -f /data
            post.hook.restore.velero.io/container: cache
        spec:
          containers: [{name: app}]
      `,
    },
    {
      name: 'an init hook whose pod never gets to run the command (panic, rejected name, bad image)',
      code: yaml`
        kind: Pod
        metadata:
          annotations:
            init.hook.restore.velero.io/container-image: Alpine
            init.hook.restore.velero.io/command: /usr/bin/fsfreeze -f /data
      `,
    },
  ],
  invalid: [
    {
      name: 'Velero test case: program with arguments in one string (Pod)',
      code: yaml`
        apiVersion: v1
        kind: Pod
        metadata:
          name: p
          annotations:
            init.hook.restore.velero.io/container-image: busy-box
            init.hook.restore.velero.io/command: /usr/bin/data-populator /user-data full
      `,
      errors: [
        {
          messageId: 'plain',
          line: 7,
          column: 42,
          severity: 'warning',
          message:
            `Velero runs this command as one program named "/usr/bin/data-populator /user-data full" (no word splitting, no shell), which fails; use the JSON-array form '["/usr/bin/data-populator","/user-data","full"]'.`,
          path: 'metadata.annotations["init.hook.restore.velero.io/command"]',
        },
      ],
    },
    {
      name: 'shell syntax is wrapped in /bin/sh -c (Deployment)',
      code: yaml`
        apiVersion: apps/v1
        kind: Deployment
        metadata: {name: d}
        spec:
          template:
            metadata:
              annotations:
                pre.hook.backup.velero.io/command: mysql -e "FLUSH TABLES WITH READ LOCK" && sync
      `,
      errors: [{ messageId: 'plain', line: 8, column: 44, message: `'["/bin/sh","-c","mysql -e \\"FLUSH TABLES WITH READ LOCK\\" && sync"]'` }],
    },
    {
      name: 'a literal block adds a trailing line break to the program name (StatefulSet)',
      code: yaml`
        apiVersion: apps/v1
        kind: StatefulSet
        metadata: {name: s}
        spec:
          template:
            metadata:
              annotations:
                post.hook.backup.velero.io/command: |
                  /usr/local/bin/resume
      `,
      errors: [{ messageId: 'plain', line: 8, column: 45, message: `one program named "/usr/local/bin/resume\\n" (no word splitting, no shell), which fails; use the JSON-array form '["/usr/local/bin/resume"]'.` }],
    },
    {
      name: 'a blank exec command still turns the hook on (DaemonSet, Job)',
      code: yaml`
        apiVersion: apps/v1
        kind: DaemonSet
        spec:
          template:
            metadata:
              annotations:
                post.hook.restore.velero.io/command: "   "
        ---
        apiVersion: batch/v1
        kind: Job
        spec:
          template:
            metadata:
              annotations:
                hook.backup.velero.io/command: " "
      `,
      errors: [
        { messageId: 'blank', line: 7, column: 46, message: 'This command is blank, yet it turns the hook on (replacing any spec hooks for this pod): Velero execs a program named by the blanks, which fails; give the command as a JSON array or remove the annotation.' },
        { messageId: 'blank', line: 15, column: 40, message: 'is blank' },
      ],
    },
    {
      name: 'every family: CronJob, ReplicaSet, ReplicationController, PodTemplate',
      code: yaml`
        kind: CronJob
        spec:
          jobTemplate:
            spec:
              template:
                metadata:
                  annotations:
                    post.hook.restore.velero.io/command: echo restored
        ---
        kind: ReplicaSet
        spec:
          template:
            metadata:
              annotations:
                pre.hook.backup.velero.io/command: fsfreeze -f /data
        ---
        kind: ReplicationController
        spec:
          template:
            metadata:
              annotations:
                post.hook.backup.velero.io/command: fsfreeze -u /data
        ---
        kind: PodTemplate
        template:
          metadata:
            annotations:
              hook.backup.velero.io/command: fsfreeze -f /data
      `,
      errors: [
        { messageId: 'plain', line: 8, column: 50, path: 'spec.jobTemplate.spec.template.metadata.annotations["post.hook.restore.velero.io/command"]' },
        { messageId: 'plain', line: 15, column: 44 },
        { messageId: 'plain', line: 22, column: 45 },
        { messageId: 'plain', line: 28, column: 38, message: `'["fsfreeze","-f","/data"]'` },
      ],
    },
    {
      name: 'Argo Rollout, List item, OpenShift Template object',
      code: yaml`
        apiVersion: argoproj.io/v1alpha1
        kind: Rollout
        spec:
          template:
            metadata:
              annotations:
                pre.hook.backup.velero.io/command: a b
            spec:
              containers: [{name: app, image: nginx}]
        ---
        kind: List
        items:
          - kind: Pod
            metadata:
              annotations:
                pre.hook.backup.velero.io/command: a b
        ---
        kind: Template
        objects:
          - kind: Deployment
            spec:
              template:
                metadata:
                  annotations:
                    pre.hook.backup.velero.io/command: a b
      `,
      errors: [
        { messageId: 'plain', line: 7, column: 44 },
        { messageId: 'plain', line: 16, column: 44, path: 'items[0].metadata.annotations["pre.hook.backup.velero.io/command"]' },
        { messageId: 'plain', line: 25, column: 48, path: 'objects[0].spec.template.metadata.annotations["pre.hook.backup.velero.io/command"]' },
      ],
    },
  ],
})
