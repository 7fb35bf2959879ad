import rule from '../../src/rules/hook-invalid-duration.js'
import { runRuleTests, yaml } from '../support/rule-tester.js'

runRuleTests(rule, {
  valid: [
    {
      name: 'Go durations, a zero wait-timeout (no limit) and empty values',
      code: yaml`
        apiVersion: v1
        kind: Pod
        metadata:
          annotations:
            post.hook.restore.velero.io/command: '["/bin/true"]'
            post.hook.restore.velero.io/exec-timeout: 1m30s
            post.hook.restore.velero.io/wait-timeout: "0"
            pre.hook.backup.velero.io/command: '["/bin/true"]'
            pre.hook.backup.velero.io/timeout: 300ms
            post.hook.backup.velero.io/command: '["/bin/true"]'
            post.hook.backup.velero.io/timeout: ""
      `,
    },
    {
      name: 'keys Velero does not read as durations, a legacy timeout Velero ignores, and settings of hooks with no command',
      code: yaml`
        kind: Pod
        metadata:
          annotations:
            init.hook.restore.velero.io/timeout: 5 min
            post.hook.restore.velero.io/timeout: 30
            pre.hook.backup.velero.io/command: '["/bin/true"]'
            hook.backup.velero.io/timeout: 1d
            post.hook.backup.velero.io/timeout: 1w
            post.hook.restore.velero.io/exec-timeout: "0"
      `,
    },
    {
      name: 'Velero v1.18.2: a timeout over 4h is used as written',
      code: yaml`
        kind: Pod
        metadata:
          annotations:
            pre.hook.backup.velero.io/command: '["/bin/true"]'
            pre.hook.backup.velero.io/timeout: 6h
            hook.backup.velero.io/command: '["/bin/true"]'
      `,
    },
    {
      name: 'Velero main: exactly 4h is not capped; a long wait-timeout is not an exec timeout',
      velero: 'main',
      code: yaml`
        kind: Pod
        metadata:
          annotations:
            post.hook.restore.velero.io/command: '["/bin/true"]'
            post.hook.restore.velero.io/exec-timeout: 4h
            post.hook.restore.velero.io/wait-timeout: 12h
            hook.backup.velero.io/command: '["/bin/true"]'
            hook.backup.velero.io/timeout: 240m
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
            pre.hook.backup.velero.io/command: '["/bin/true"]'
            pre.hook.backup.velero.io/timeout: "30"
      `,
      errors: [
        {
          messageId: 'invalid',
          line: 7,
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
                post.hook.restore.velero.io/command: '["/bin/true"]'
                post.hook.restore.velero.io/exec-timeout: 1d
                post.hook.restore.velero.io/wait-timeout: 5 min
                post.hook.backup.velero.io/command: '["/bin/true"]'
                post.hook.backup.velero.io/timeout: 1h 30m
                hook.backup.velero.io/command: '["/bin/true"]'
                hook.backup.velero.io/timeout: forever
      `,
      errors: [
        { messageId: 'invalid', line: 9, column: 51, message: '(time: unknown unit "d" in duration "1d"), so it ignores it and uses the 30s default; write "24h".' },
        { messageId: 'invalid', line: 10, column: 51, message: 'uses no limit (it waits for the container forever); write "5m".' },
        { messageId: 'invalid', line: 12, column: 45, message: 'write "1h30m".' },
        { messageId: 'invalid', line: 14, column: 40, message: 'write a number with a unit, e.g. "30s", "5m" or "1h".', path: 'spec.template.metadata.annotations["hook.backup.velero.io/timeout"]' },
      ],
    },
    {
      name: 'zero exec timeouts are the 30s default, not "no timeout", on every version',
      code: yaml`
        kind: Pod
        metadata:
          annotations:
            post.hook.restore.velero.io/command: '["/bin/true"]'
            post.hook.restore.velero.io/exec-timeout: "0"
            pre.hook.backup.velero.io/command: '["/bin/true"]'
            pre.hook.backup.velero.io/timeout: 0s
            post.hook.backup.velero.io/command: '["/bin/true"]'
            post.hook.backup.velero.io/timeout: -0s
      `,
      errors: [
        {
          messageId: 'zero',
          line: 5,
          column: 47,
          message:
            'Velero reads "0" as zero and replaces it with its 30s default, so the hook is stopped after 30s rather than left without a timeout; write the time the hook needs, such as "5m".',
        },
        { messageId: 'zero', line: 7, column: 40, message: '"0s" as zero' },
        { messageId: 'zero', line: 9, column: 41, message: '"-0s" as zero' },
      ],
    },
    {
      name: 'Velero main: zero is the 30s default there too',
      velero: 'main',
      code: yaml`
        kind: Pod
        metadata:
          annotations:
            hook.backup.velero.io/command: '["/bin/true"]'
            hook.backup.velero.io/timeout: 0m
      `,
      errors: [{ messageId: 'zero', line: 5, column: 36 }],
    },
    {
      name: 'Velero v1.18.2: negative exec timeouts mean no timeout at all; negative wait timeouts expire at once (StatefulSet)',
      code: yaml`
        apiVersion: apps/v1
        kind: StatefulSet
        metadata: {name: s}
        spec:
          template:
            metadata:
              annotations:
                post.hook.restore.velero.io/command: '["/bin/true"]'
                post.hook.restore.velero.io/exec-timeout: -30s
                post.hook.restore.velero.io/wait-timeout: -1m
      `,
      errors: [
        {
          messageId: 'negativeNone',
          line: 9,
          column: 51,
          message:
            'Velero v1.18.2 reads "-30s" as a negative timeout and runs the hook with no timeout at all (Velero main uses 30s instead); write the time the hook needs, such as "5m".',
        },
        { messageId: 'negativeWait', line: 10, column: 51, message: 'Velero parses "-1m" as a negative wait timeout, so the hook counts as expired at once and Velero records a hook error' },
      ],
    },
    {
      name: 'Velero v1.14: a negative backup hook timeout means no timeout',
      velero: '1.14.0',
      code: yaml`
        kind: Pod
        metadata:
          annotations:
            pre.hook.backup.velero.io/command: '["/bin/true"]'
            pre.hook.backup.velero.io/timeout: -5m
      `,
      errors: [{ messageId: 'negativeNone', line: 5, column: 40, message: 'Velero v1.14.0 reads "-5m" as a negative timeout and runs the hook with no timeout at all' }],
    },
    {
      name: 'Velero main: a negative exec timeout becomes 30s, a negative wait timeout still expires at once',
      velero: 'main',
      code: yaml`
        kind: Pod
        metadata:
          annotations:
            post.hook.restore.velero.io/command: '["/bin/true"]'
            post.hook.restore.velero.io/exec-timeout: -30s
            post.hook.restore.velero.io/wait-timeout: -1s
      `,
      errors: [
        { messageId: 'negativeDefault', line: 5, column: 47, message: 'Velero main replaces the negative timeout "-30s" with its 30s default; write the time the hook needs, such as "5m".' },
        { messageId: 'negativeWait', line: 6, column: 47 },
      ],
    },
    {
      name: 'Velero main: exec timeouts over 4h are capped at 4h',
      velero: 'main',
      code: yaml`
        kind: Pod
        metadata:
          annotations:
            pre.hook.backup.velero.io/command: '["/bin/true"]'
            pre.hook.backup.velero.io/timeout: 4h0m0.000000001s
            post.hook.restore.velero.io/command: '["/bin/true"]'
            post.hook.restore.velero.io/exec-timeout: 24h
      `,
      errors: [
        { messageId: 'overCap', line: 5, column: 40, message: 'Velero main caps hook timeouts at 4h, so "4h0m0.000000001s" becomes 4h; write "4h" or less, or make the hook faster.' },
        { messageId: 'overCap', line: 7, column: 47, message: '"24h" becomes 4h' },
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
                    pre.hook.backup.velero.io/command: '["/bin/true"]'
                    pre.hook.backup.velero.io/timeout: invalid
                    post.hook.restore.velero.io/command: '["/bin/true"]'
                    post.hook.restore.velero.io/exec-timeout: none
                    post.hook.backup.velero.io/command: '["/bin/true"]'
                    post.hook.backup.velero.io/timeout: 30S
      `,
      errors: [
        { messageId: 'invalid', line: 11, column: 48, message: '(time: invalid duration "invalid")' },
        { messageId: 'invalid', line: 13, column: 55 },
        { messageId: 'invalid', line: 15, column: 49, message: 'unknown unit "S"' },
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
        spec: {template: {metadata: {annotations: {pre.hook.backup.velero.io/command: x, pre.hook.backup.velero.io/timeout: 1w}}}}
        ---
        kind: ReplicaSet
        spec: {template: {metadata: {annotations: {pre.hook.backup.velero.io/command: x, pre.hook.backup.velero.io/timeout: 1w}}}}
        ---
        kind: ReplicationController
        spec: {template: {metadata: {annotations: {pre.hook.backup.velero.io/command: x, pre.hook.backup.velero.io/timeout: 1w}}}}
        ---
        kind: PodTemplate
        template: {metadata: {annotations: {pre.hook.backup.velero.io/command: x, pre.hook.backup.velero.io/timeout: 1w}}}
        ---
        kind: Rollout
        spec: {template: {metadata: {annotations: {pre.hook.backup.velero.io/command: x, pre.hook.backup.velero.io/timeout: 1w}}, spec: {containers: []}}}
        ---
        kind: List
        items: [{kind: Pod, metadata: {annotations: {pre.hook.backup.velero.io/command: x, pre.hook.backup.velero.io/timeout: 1w}}}]
        ---
        kind: Template
        objects: [{kind: Pod, metadata: {annotations: {pre.hook.backup.velero.io/command: x, pre.hook.backup.velero.io/timeout: 1w}}}]
      `,
      errors: [
        { messageId: 'invalid', line: 2, column: 117 },
        { messageId: 'invalid', line: 5, column: 117 },
        { messageId: 'invalid', line: 8, column: 117 },
        { messageId: 'invalid', line: 11, column: 110, path: 'template.metadata.annotations["pre.hook.backup.velero.io/timeout"]' },
        { messageId: 'invalid', line: 14, column: 117 },
        { messageId: 'invalid', line: 17, column: 119, path: 'items[0].metadata.annotations["pre.hook.backup.velero.io/timeout"]' },
        { messageId: 'invalid', line: 20, column: 121, path: 'objects[0].metadata.annotations["pre.hook.backup.velero.io/timeout"]' },
      ],
    },
  ],
})
