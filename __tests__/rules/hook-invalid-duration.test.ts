import rule from '../../src/rules/hook-invalid-duration.js'
import { runRuleTests, yaml } from '../support/rule-tester.js'

runRuleTests(rule, {
  valid: [
    {
      name: 'Go durations, 0 and empty values',
      code: yaml`
        apiVersion: v1
        kind: Pod
        metadata:
          annotations:
            post.hook.restore.velero.io/exec-timeout: 1m30s
            post.hook.restore.velero.io/wait-timeout: "0"
            pre.hook.backup.velero.io/timeout: 300ms
            post.hook.backup.velero.io/timeout: ""
            hook.backup.velero.io/timeout: 2h
      `,
    },
    {
      name: 'keys Velero does not read as durations, and a legacy timeout Velero ignores',
      code: yaml`
        kind: Pod
        metadata:
          annotations:
            init.hook.restore.velero.io/timeout: 5 min
            post.hook.restore.velero.io/timeout: 30
            pre.hook.backup.velero.io/command: '["/bin/true"]'
            hook.backup.velero.io/timeout: 1d
      `,
    },
  ],
  invalid: [
    {
      name: 'a bare number (Pod)',
      code: yaml`
        apiVersion: v1
        kind: Pod
        metadata:
          name: p
          annotations:
            pre.hook.backup.velero.io/timeout: "30"
      `,
      errors: [
        {
          messageId: 'invalid',
          line: 6,
          column: 40,
          message: 'Velero cannot parse "30" as a duration (time: missing unit in duration "30"), so it ignores it and uses the 30s default; write "30s".',
          path: 'metadata.annotations["pre.hook.backup.velero.io/timeout"]',
        },
      ],
    },
    {
      name: 'days, spaces and words (Deployment)',
      code: yaml`
        apiVersion: apps/v1
        kind: Deployment
        metadata: {name: d}
        spec:
          template:
            metadata:
              annotations:
                post.hook.restore.velero.io/exec-timeout: 1d
                post.hook.restore.velero.io/wait-timeout: 5 min
                post.hook.backup.velero.io/timeout: 1h 30m
                hook.backup.velero.io/timeout: forever
      `,
      errors: [
        { messageId: 'invalid', line: 8, column: 51, message: '(time: unknown unit "d" in duration "1d"), so it ignores it and uses the 30s default; write "24h".' },
        { messageId: 'invalid', line: 9, column: 51, message: 'uses no limit (it waits for the container forever); write "5m".' },
        { messageId: 'invalid', line: 10, column: 45, message: 'write "1h30m".' },
        { messageId: 'invalid', line: 11, column: 40, message: 'write a number with a unit, e.g. "30s", "5m" or "1h".', path: 'spec.template.metadata.annotations["hook.backup.velero.io/timeout"]' },
      ],
    },
    {
      name: 'negative durations (StatefulSet)',
      code: yaml`
        apiVersion: apps/v1
        kind: StatefulSet
        metadata: {name: s}
        spec:
          template:
            metadata:
              annotations:
                post.hook.restore.velero.io/exec-timeout: -30s
                post.hook.restore.velero.io/wait-timeout: -1m
      `,
      errors: [
        { messageId: 'negative', line: 8, column: 51, message: 'Velero parses "-30s" as a negative timeout: v1.18 then runs the hook with no timeout at all, and later versions use 30s; use a positive duration such as "30s".' },
        { messageId: 'negativeWait', line: 9, column: 51, message: 'Velero parses "-1m" as a negative wait timeout, so the hook counts as expired at once and Velero records a hook error' },
      ],
    },
    {
      name: 'Velero test values "invalid" and "none"; upper-case unit (CronJob)',
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
                    pre.hook.backup.velero.io/timeout: invalid
                    post.hook.restore.velero.io/exec-timeout: none
                    post.hook.backup.velero.io/timeout: 30S
      `,
      errors: [
        { messageId: 'invalid', line: 10, column: 48, message: '(time: invalid duration "invalid")' },
        { messageId: 'invalid', line: 11, column: 55 },
        { messageId: 'invalid', line: 12, column: 49, message: 'unknown unit "S"' },
      ],
    },
    {
      name: 'prefixed timeout ignored in favour of the legacy hook is not checked; legacy one is',
      code: yaml`
        apiVersion: apps/v1
        kind: DaemonSet
        spec:
          template:
            metadata:
              annotations:
                hook.backup.velero.io/command: '["/bin/true"]'
                hook.backup.velero.io/timeout: "10"
                pre.hook.backup.velero.io/timeout: "10"
      `,
      errors: [{ messageId: 'invalid', line: 8, column: 40, message: 'write "10s".' }],
    },
    {
      name: 'Job, ReplicaSet, ReplicationController, PodTemplate, Rollout, List, Template',
      code: yaml`
        kind: Job
        spec: {template: {metadata: {annotations: {pre.hook.backup.velero.io/timeout: 1w}}}}
        ---
        kind: ReplicaSet
        spec: {template: {metadata: {annotations: {pre.hook.backup.velero.io/timeout: 1w}}}}
        ---
        kind: ReplicationController
        spec: {template: {metadata: {annotations: {pre.hook.backup.velero.io/timeout: 1w}}}}
        ---
        kind: PodTemplate
        template: {metadata: {annotations: {pre.hook.backup.velero.io/timeout: 1w}}}
        ---
        kind: Rollout
        spec: {template: {metadata: {annotations: {pre.hook.backup.velero.io/timeout: 1w}}, spec: {containers: []}}}
        ---
        kind: List
        items: [{kind: Pod, metadata: {annotations: {pre.hook.backup.velero.io/timeout: 1w}}}]
        ---
        kind: Template
        objects: [{kind: Pod, metadata: {annotations: {pre.hook.backup.velero.io/timeout: 1w}}}]
      `,
      errors: [
        { messageId: 'invalid', line: 2, column: 79 },
        { messageId: 'invalid', line: 5, column: 79 },
        { messageId: 'invalid', line: 8, column: 79 },
        { messageId: 'invalid', line: 11, column: 72, path: 'template.metadata.annotations["pre.hook.backup.velero.io/timeout"]' },
        { messageId: 'invalid', line: 14, column: 79 },
        { messageId: 'invalid', line: 17, column: 81, path: 'items[0].metadata.annotations["pre.hook.backup.velero.io/timeout"]' },
        { messageId: 'invalid', line: 20, column: 83, path: 'objects[0].metadata.annotations["pre.hook.backup.velero.io/timeout"]' },
      ],
    },
  ],
})
