import rule from '../../src/rules/hook-command-invalid-json.js'
import { runRuleTests, yaml } from '../support/rule-tester.js'

runRuleTests(rule, {
  valid: [
    {
      name: 'valid JSON arrays of strings, including a literal block with a trailing newline',
      code: yaml`
        apiVersion: v1
        kind: Pod
        metadata:
          annotations:
            init.hook.restore.velero.io/container-image: alpine
            init.hook.restore.velero.io/command: '["/bin/sh", "-c", "echo hi"]'
            post.hook.restore.velero.io/command: '[]'
            pre.hook.backup.velero.io/command: |
              ["/sbin/fsfreeze", "--freeze", "/data"]
            post.hook.backup.velero.io/command: '["a", null]'
      `,
    },
    {
      name: 'plain strings are hook-command-not-array business',
      code: yaml`
        kind: Pod
        metadata:
          annotations:
            pre.hook.backup.velero.io/command: /sbin/fsfreeze --freeze /data
            post.hook.backup.velero.io/command: /bin/true
      `,
    },
    {
      name: 'legacy command that Velero ignores because the prefixed one is set',
      code: yaml`
        kind: Pod
        metadata:
          annotations:
            pre.hook.backup.velero.io/command: '["/bin/true"]'
            hook.backup.velero.io/command: "['/bin/true']"
      `,
    },
    {
      name: 'no hook, or a container Velero does not find: nothing is executed, so the command is not judged',
      code: yaml`
        kind: Pod
        metadata:
          annotations:
            init.hook.restore.velero.io/command: '[\'/bin/true\']'
            pre.hook.backup.velero.io/command: '[\'/bin/true\']'
            pre.hook.backup.velero.io/container: cache
            post.hook.restore.velero.io/command: '[\'/bin/true\']'
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
            init.hook.restore.velero.io/command: '[\'/bin/true\']'
      `,
    },
  ],
  invalid: [
    {
      name: 'single quotes (velero#4718), on a Pod',
      code: yaml`
        apiVersion: v1
        kind: Pod
        metadata:
          name: db
          annotations:
            pre.hook.backup.velero.io/command: "['/sbin/fsfreeze', '--freeze', '/var/lib/mysql']"
      `,
      errors: [
        {
          messageId: 'invalidJson',
          line: 6,
          column: 40,
          message:
            `Velero will not parse this command as a JSON array because it uses single quotes; JSON strings need double quotes; it will exec one program named "['/sbin/fsfreeze', '--freeze', '/var/lib/mysql']" and fail. Write it as ["/sbin/fsfreeze","--freeze","/var/lib/mysql"].`,
          path: 'metadata.annotations["pre.hook.backup.velero.io/command"]',
        },
      ],
    },
    {
      name: 'smart quotes and trailing comma, in a Deployment',
      code: yaml`
        apiVersion: apps/v1
        kind: Deployment
        metadata: {name: d}
        spec:
          template:
            metadata:
              annotations:
                post.hook.restore.velero.io/command: '[“/bin/sh”, “-c”, “echo hi”]'
                post.hook.backup.velero.io/command: '["/bin/sh", "-c", "sync",]'
      `,
      errors: [
        { messageId: 'invalidJson', line: 8, column: 46, message: 'typographic (smart) quotes' },
        { messageId: 'invalidJson', line: 9, column: 45, message: 'it has a trailing comma before ]; it will exec one program named "[\\"/bin/sh\\", \\"-c\\", \\"sync\\",]" and fail. Write it as ["/bin/sh","-c","sync"].' },
      ],
    },
    {
      name: 'raw line break inside a JSON string (folded into the value by a block scalar), in a StatefulSet',
      code: yaml`
        apiVersion: apps/v1
        kind: StatefulSet
        metadata: {name: s}
        spec:
          template:
            metadata:
              annotations:
                pre.hook.backup.velero.io/command: |
                  ["/bin/bash", "-c", "psql -c 'CHECKPOINT;'
                  sync"]
      `,
      errors: [{ messageId: 'invalidJson', line: 8, column: 44, message: 'a string in it contains a raw line break (write \\n instead)' }],
    },
    {
      name: 'non-string elements, in a CronJob',
      code: yaml`
        apiVersion: batch/v1
        kind: CronJob
        metadata: {name: c}
        spec:
          jobTemplate:
            spec:
              template:
                metadata:
                  annotations:
                    pre.hook.backup.velero.io/command: '["sleep", 10]'
                    post.hook.backup.velero.io/command: '[true]'
      `,
      errors: [
        {
          messageId: 'notStrings',
          line: 10,
          column: 48,
          message: 'because not every element is a string; it will exec one program named "[\\"sleep\\", 10]" and fail. Quote every element, e.g. ["sleep","10"].',
          path: 'spec.jobTemplate.spec.template.metadata.annotations["pre.hook.backup.velero.io/command"]',
        },
        { messageId: 'notStrings', line: 11, column: 49, message: 'Quote every element, e.g. ["true"].' },
      ],
    },
    {
      name: 'whitespace before [ (Job, DaemonSet)',
      code: yaml`
        apiVersion: batch/v1
        kind: Job
        spec:
          template:
            metadata:
              annotations:
                init.hook.restore.velero.io/container-image: alpine
                init.hook.restore.velero.io/command: ' ["/bin/true"]'
        ---
        apiVersion: apps/v1
        kind: DaemonSet
        spec:
          template:
            metadata:
              annotations:
                post.hook.restore.velero.io/command: >-

                  ["/bin/true"]
      `,
      errors: [
        { messageId: 'leadingSpace', line: 8, column: 46, message: 'This command starts with whitespace before "[", so Velero does not parse it as JSON and execs one program named " [\\"/bin/true\\"]"; remove the leading whitespace.' },
        { messageId: 'leadingSpace', line: 16, column: 46, message: 'starts with whitespace before "["' },
      ],
    },
    {
      name: 'a JSON array wrapped in an extra pair of quotes by a block scalar (Helm values corpus case)',
      code: yaml`
        apiVersion: v1
        kind: Pod
        metadata:
          annotations:
            post.hook.restore.velero.io/command: |
              '["/bin/bash", "-c", "pg_restore -d postgres /scratch/backup.psql"]'
            pre.hook.backup.velero.io/command: '"[\\"/bin/true\\"]"'
      `,
      errors: [
        {
          messageId: 'wrapped',
          line: 5,
          column: 42,
          message:
            'This command is wrapped in an extra pair of quotes, so it does not start with "[" and Velero execs one program named "\'[\\"/bin/bash\\", \\"-c\\", \\"pg_restore -d postgres /scratch/backup.psql\\"]\'\\n"; remove the outer quotes (the YAML quoting is enough).',
          path: 'metadata.annotations["post.hook.restore.velero.io/command"]',
        },
        { messageId: 'wrapped', line: 7, column: 40, message: 'wrapped in an extra pair of quotes' },
      ],
    },
    {
      name: 'Velero test case [foobarbaz, ReplicaSet/ReplicationController/PodTemplate',
      code: yaml`
        kind: ReplicaSet
        spec:
          template:
            metadata:
              annotations:
                init.hook.restore.velero.io/command: '[foobarbaz'
                init.hook.restore.velero.io/container-image: busy-box
        ---
        kind: ReplicationController
        spec:
          template:
            metadata:
              annotations:
                hook.backup.velero.io/command: '[blarg'
        ---
        kind: PodTemplate
        template:
          metadata:
            annotations:
              post.hook.backup.velero.io/command: '[["a"]]'
      `,
      errors: [
        { messageId: 'invalidJson', line: 6, column: 46, message: 'it is not valid JSON' },
        { messageId: 'invalidJson', line: 14, column: 40, message: 'Write valid JSON: double-quoted strings, no trailing comma.' },
        { messageId: 'notStrings', line: 20, column: 43, message: 'not every element is a string' },
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
                pre.hook.backup.velero.io/command: "['a']"
            spec:
              containers: [{name: app, image: nginx}]
        ---
        kind: List
        items:
          - kind: Pod
            metadata:
              annotations:
                pre.hook.backup.velero.io/command: "['a']"
        ---
        kind: Template
        objects:
          - kind: Pod
            metadata:
              annotations:
                pre.hook.backup.velero.io/command: "['a']"
      `,
      errors: [
        { messageId: 'invalidJson', line: 7, column: 44 },
        { messageId: 'invalidJson', line: 16, column: 44, path: 'items[0].metadata.annotations["pre.hook.backup.velero.io/command"]' },
        { messageId: 'invalidJson', line: 23, column: 44, path: 'objects[0].metadata.annotations["pre.hook.backup.velero.io/command"]' },
      ],
    },
  ],
})
