import rule from '../../src/rules/hook-annotation-not-string.js'
import { runRuleTests, yaml } from '../support/rule-tester.js'

runRuleTests(rule, {
  valid: [
    {
      name: 'quoted values of every shape',
      code: yaml`
        apiVersion: v1
        kind: Pod
        metadata:
          annotations:
            post.hook.restore.velero.io/command: '["/bin/sh", "-c", "echo hi"]'
            post.hook.restore.velero.io/exec-timeout: "30"
            post.hook.restore.velero.io/wait-for-ready: "true"
            pre.hook.backup.velero.io/command: |
              ["/bin/true"]
            pre.hook.backup.velero.io/timeout: 30s
            pre.hook.backup.velero.io/on-error: Fail
            init.hook.restore.velero.io/container-name: "yes"
      `,
    },
    {
      name: 'non-string values of keys outside the hook domains',
      code: yaml`
        kind: Pod
        metadata:
          annotations:
            velero.io/exclude-from-backup: true
            prometheus.io/port: 9090
      `,
    },
  ],
  invalid: [
    {
      name: 'unquoted flow sequence command (Pod)',
      code: yaml`
        apiVersion: v1
        kind: Pod
        metadata:
          name: p
          annotations:
            init.hook.restore.velero.io/command: ["/bin/sh", "-c", "echo hi"]
      `,
      errors: [
        {
          messageId: 'notString',
          line: 6,
          column: 42,
          message: `is a YAML sequence, not a string; kubectl and the API server reject the object, so no hook runs. Quote it: '["/bin/sh","-c","echo hi"]'.`,
          path: 'metadata.annotations["init.hook.restore.velero.io/command"]',
        },
      ],
    },
    {
      name: 'number timeout and bool wait-for-ready (Deployment)',
      code: yaml`
        apiVersion: apps/v1
        kind: Deployment
        metadata: {name: d}
        spec:
          template:
            metadata:
              annotations:
                post.hook.restore.velero.io/exec-timeout: 30
                post.hook.restore.velero.io/wait-for-ready: true
      `,
      errors: [
        { messageId: 'notString', line: 8, column: 51, message: "YAML number, not a string; kubectl and the API server reject the object, so no hook runs. Quote it: '30'." },
        { messageId: 'notString', line: 9, column: 53, message: "YAML boolean, not a string", path: 'spec.template.metadata.annotations["post.hook.restore.velero.io/wait-for-ready"]' },
      ],
    },
    {
      name: 'YAML 1.1 booleans kubectl reads (yes/on), in a CronJob',
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
                    post.hook.restore.velero.io/wait-for-ready: yes
      `,
      errors: [{ messageId: 'notString', line: 10, column: 57, message: "YAML boolean (YAML 1.1, as kubectl reads it), not a string; kubectl and the API server reject the object, so no hook runs. Quote it: 'yes'." }],
    },
    {
      name: 'YAML 1.1 numbers kubectl reads (1_000, 0b101) that YAML 1.2 keeps as strings',
      code: yaml`
        kind: Pod
        metadata:
          annotations:
            post.hook.restore.velero.io/command: '["/bin/true"]'
            post.hook.restore.velero.io/exec-timeout: 1_000
            post.hook.restore.velero.io/wait-timeout: 0b101
            post.hook.restore.velero.io/on-error: 10_s
      `,
      errors: [
        { messageId: 'notString', line: 5, column: 47, message: "YAML number (YAML 1.1, as kubectl reads it), not a string; kubectl and the API server reject the object, so no hook runs. Quote it: '1_000'." },
        { messageId: 'notString', line: 6, column: 47 },
      ],
    },
    {
      name: 'a key with no value and an explicit null',
      code: yaml`
        kind: Pod
        metadata:
          annotations:
            init.hook.restore.velero.io/command:
            pre.hook.backup.velero.io/command: null
      `,
      errors: [
        { messageId: 'nullValue', line: 4, column: 5, message: 'is empty (a YAML null), so Kubernetes rejects it or stores "" and Velero treats the setting as missing' },
        { messageId: 'nullValue', line: 5, column: 40, message: 'a YAML null' },
      ],
    },
    {
      name: 'a mapping value, in a StatefulSet',
      code: yaml`
        apiVersion: apps/v1
        kind: StatefulSet
        metadata: {name: s}
        spec:
          template:
            metadata:
              annotations:
                pre.hook.backup.velero.io/command: {run: backup}
      `,
      errors: [{ messageId: 'notString', line: 8, column: 44, message: 'YAML mapping' }],
    },
    {
      name: "a misspelt hook key and a controller's own metadata count too",
      code: yaml`
        apiVersion: apps/v1
        kind: DaemonSet
        metadata:
          name: d
          annotations:
            post.hook.backup.velero.io/timeout: 60
        spec:
          template:
            metadata:
              annotations:
                post.hook.restore.velro.io/exec-timeout: 60
      `,
      errors: [
        { messageId: 'notString', line: 6, column: 41, path: 'metadata.annotations["post.hook.backup.velero.io/timeout"]' },
        { messageId: 'notString', line: 11, column: 50 },
      ],
    },
    {
      name: 'List item and OpenShift Template object',
      code: yaml`
        apiVersion: v1
        kind: List
        items:
          - kind: Pod
            metadata:
              annotations:
                pre.hook.backup.velero.io/timeout: 30
        ---
        kind: Template
        apiVersion: template.openshift.io/v1
        objects:
          - kind: Job
            spec:
              template:
                metadata:
                  annotations:
                    post.hook.backup.velero.io/command: [a]
      `,
      errors: [
        { messageId: 'notString', line: 7, column: 44, path: 'items[0].metadata.annotations["pre.hook.backup.velero.io/timeout"]' },
        { messageId: 'notString', line: 17, column: 49, path: 'objects[0].spec.template.metadata.annotations["post.hook.backup.velero.io/command"]' },
      ],
    },
    {
      // yaml's own toJSON stringifies collection keys, whose text doubles with each level: the
      // message must not try to write such a value out.
      name: 'a mapping with a collection key: no quoted form suggested',
      code: yaml`
        kind: Pod
        metadata:
          annotations:
            pre.hook.backup.velero.io/command:
              ? ? ? ? ? ? ? ? ? ? ? ? ? ? ? ? ? ? ? ? ? ? ? ? ? ? ? ? ? ? ? ? ? ? ? ? ? ? ? ? x
      `,
      errors: [{ messageId: 'notStringLarge', line: 5, column: 7, message: 'is a YAML mapping, not a string; kubectl and the API server reject the object, so no hook runs. Write the value as one quoted string' }],
    },
    {
      name: 'a block mapping is suggested as one JSON string',
      code: yaml`
        kind: Pod
        metadata:
          annotations:
            pre.hook.backup.velero.io/command:
              a: [1, "two", null]
      `,
      errors: [{ messageId: 'notString', line: 5, column: 7, message: `Quote it: '{"a":[1,"two",null]}'.` }],
    },
  ],
})
