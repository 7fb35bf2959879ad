import rule from '../../src/rules/hook-command-unsplit-array.js'
import { runRuleTests, yaml } from '../support/rule-tester.js'

// Velero v1.18.2 (parseStringToCommand, item_hook_handler.go) uses the JSON array's elements as the argv,
// unsplit and without a shell: each case says which program Velero then execs.
runRuleTests(rule, {
  valid: [
    {
      name: 'one argument per element (Velero execs redis-cli with SAVE, /bin/sh with -c and a script)',
      code: yaml`
        apiVersion: v1
        kind: Pod
        metadata:
          annotations:
            pre.hook.backup.velero.io/command: '["redis-cli", "SAVE"]'
            post.hook.restore.velero.io/command: '["/bin/sh", "-c", "echo hi > /tmp/x"]'
            init.hook.restore.velero.io/container-image: alpine
            init.hook.restore.velero.io/command: '["/bin/true", ""]'
        spec:
          containers: [{name: app}]
      `,
    },
    {
      name: 'plain strings and strings that are not JSON are other rules (hook-command-not-array, hook-command-invalid-json)',
      code: yaml`
        kind: Pod
        metadata:
          annotations:
            pre.hook.backup.velero.io/command: redis-cli SAVE
            post.hook.backup.velero.io/command: "['redis-cli SAVE']"
            post.hook.restore.velero.io/command: '[]'
      `,
    },
    {
      name: 'no hook, or a container Velero does not find: nothing is executed',
      code: yaml`
        kind: Pod
        metadata:
          annotations:
            init.hook.restore.velero.io/command: '["redis-cli SAVE"]'
            pre.hook.backup.velero.io/command: '["redis-cli SAVE"]'
            pre.hook.backup.velero.io/container: cache
            post.hook.restore.velero.io/command: '[""]'
            post.hook.restore.velero.io/container: cache
        spec:
          containers: [{name: app}]
      `,
    },
    {
      name: 'an init container that never starts (an image the kubelet refuses)',
      code: yaml`
        kind: Pod
        metadata:
          annotations:
            init.hook.restore.velero.io/container-image: Alpine
            init.hook.restore.velero.io/command: '["/bin/sh -c echo hi"]'
      `,
    },
  ],
  invalid: [
    {
      name: 'one string holding the whole command line: Velero execs a program named "redis-cli SAVE" (Pod)',
      code: yaml`
        apiVersion: v1
        kind: Pod
        metadata:
          name: redis
          annotations:
            pre.hook.backup.velero.io/command: '["redis-cli SAVE"]'
        spec:
          containers: [{name: redis}]
      `,
      errors: [
        {
          messageId: 'spaces',
          line: 6,
          column: 40,
          message:
            'The program of this command, "redis-cli SAVE", holds whitespace: Velero splits no array element and runs no shell, so it execs one program with that whole name, which fails; write \'["redis-cli","SAVE"]\'.',
          path: 'metadata.annotations["pre.hook.backup.velero.io/command"]',
        },
      ],
    },
    {
      name: 'every family: restore exec, post-backup, legacy, init (a shell line, a program with its flag)',
      code: yaml`
        apiVersion: apps/v1
        kind: Deployment
        spec:
          template:
            metadata:
              annotations:
                post.hook.restore.velero.io/command: '["/bin/sh -c echo hi"]'
                post.hook.backup.velero.io/command: '["/bin/sh -c", "echo hi"]'
                hook.backup.velero.io/command: '["fsfreeze --freeze /data"]'
                init.hook.restore.velero.io/container-image: alpine
                init.hook.restore.velero.io/command: '[" /bin/true"]'
            spec:
              containers: [{name: app}]
      `,
      errors: [
        { messageId: 'spaces', line: 7, column: 46, message: `write '["/bin/sh","-c","echo hi"]'.` },
        { messageId: 'spaces', line: 8, column: 45, message: `write '["/bin/sh","-c","echo hi"]'.` },
        { messageId: 'spaces', line: 9, column: 40, message: `write '["fsfreeze","--freeze","/data"]'.` },
        { messageId: 'spaces', line: 11, column: 46, message: `The program of this command, " /bin/true", holds whitespace` },
      ],
    },
    {
      name: 'only empty strings, or an empty program before the arguments (StatefulSet, Job)',
      code: yaml`
        kind: StatefulSet
        spec: {template: {metadata: {annotations: {pre.hook.backup.velero.io/command: '[""]'}}}}
        ---
        kind: Job
        spec: {template: {metadata: {annotations: {post.hook.restore.velero.io/command: '["", "/bin/true"]'}}}}
        ---
        kind: Pod
        metadata: {annotations: {post.hook.backup.velero.io/command: '["  ", null]'}}
      `,
      errors: [
        {
          messageId: 'empty',
          line: 2,
          column: 79,
          message: 'The program of this command (its first element) is empty, so Velero execs a program named "", which fails; give the program to run as the first element.',
        },
        { messageId: 'empty', line: 5, column: 81, message: `drop the empty elements: '["/bin/true"]'.` },
        { messageId: 'empty', line: 8, column: 62, message: 'is blank, so Velero execs a program named "  "' },
      ],
    },
  ],
})
