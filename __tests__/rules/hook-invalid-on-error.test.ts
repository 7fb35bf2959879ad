import rule from '../../src/rules/hook-invalid-on-error.js'
import { runRuleTests, yaml } from '../support/rule-tester.js'

// Velero v1.18.2 (item_hook_handler.go, wait_exec_hook_handler.go, backup.go): anything but exactly
// Continue or Fail becomes "", which acts as Continue. Each case says what Velero then does.
runRuleTests(rule, {
  valid: [
    {
      name: 'Continue, Fail and an empty value (the default): Velero uses them as written',
      code: yaml`
        apiVersion: v1
        kind: Pod
        metadata:
          annotations:
            post.hook.restore.velero.io/command: '["/bin/true"]'
            post.hook.restore.velero.io/on-error: Continue
            pre.hook.backup.velero.io/command: '["/bin/true"]'
            pre.hook.backup.velero.io/on-error: Fail
            post.hook.backup.velero.io/command: '["/bin/true"]'
            post.hook.backup.velero.io/on-error: ""
      `,
    },
    {
      name: 'init hooks have no on-error; a legacy on-error Velero ignores (the prefixed pre hook wins)',
      code: yaml`
        kind: Pod
        metadata:
          annotations:
            init.hook.restore.velero.io/on-error: whatever
            pre.hook.backup.velero.io/command: '["/bin/true"]'
            hook.backup.velero.io/on-error: fail
      `,
    },
    {
      name: 'no command: Velero builds no hook and never reads on-error (hook-orphan-setting says so)',
      code: yaml`
        kind: Pod
        metadata:
          annotations:
            pre.hook.backup.velero.io/on-error: fail
            post.hook.restore.velero.io/on-error: Abort
            post.hook.restore.velero.io/container: redis
            post.hook.backup.velero.io/command: ""
            post.hook.backup.velero.io/on-error: CONTINUE
        spec:
          containers: [{name: redis}]
      `,
    },
    {
      name: 'a restore exec hook on a missing container: Velero discards it before on-error matters',
      code: yaml`
        kind: Pod
        metadata:
          annotations:
            post.hook.restore.velero.io/command: '["/bin/true"]'
            post.hook.restore.velero.io/container: cache
            post.hook.restore.velero.io/on-error: fail
        spec:
          containers: [{name: app}]
      `,
    },
  ],
  invalid: [
    {
      name: 'lower case fail on a pre-backup hook: Velero backs the pod up although the hook failed (Pod)',
      code: yaml`
        apiVersion: v1
        kind: Pod
        metadata:
          name: p
          annotations:
            pre.hook.backup.velero.io/command: '["/bin/true"]'
            pre.hook.backup.velero.io/on-error: fail
      `,
      errors: [
        {
          messageId: 'failBackup',
          line: 7,
          column: 41,
          message:
            'Velero compares on-error exactly (case and spaces count), so "fail" is dropped and the hook behaves as Continue: when it fails, Velero still backs up this pod, which "Fail" would skip; write "Fail".',
          path: 'metadata.annotations["pre.hook.backup.velero.io/on-error"]',
        },
      ],
    },
    {
      name: 'spellings of Continue behave as written: a notice (Deployment)',
      code: yaml`
        apiVersion: apps/v1
        kind: Deployment
        metadata: {name: d}
        spec:
          template:
            metadata:
              annotations:
                post.hook.restore.velero.io/command: '["/bin/true"]'
                post.hook.restore.velero.io/on-error: continue
                post.hook.backup.velero.io/command: '["/bin/true"]'
                post.hook.backup.velero.io/on-error: " Continue"
                pre.hook.backup.velero.io/command: '["/bin/true"]'
                pre.hook.backup.velero.io/on-error: CONTINUE
      `,
      errors: [
        {
          messageId: 'continueSpelling',
          line: 9,
          column: 47,
          severity: 'notice',
          message:
            'Velero compares on-error exactly (case and spaces count), so "continue" is dropped to the default, which is Continue: the hook behaves as written; write "Continue" so that readers agree with Velero.',
        },
        { messageId: 'continueSpelling', line: 11, column: 46, severity: 'notice', message: '" Continue" is dropped' },
        { messageId: 'continueSpelling', line: 13, column: 45, severity: 'notice', message: '"CONTINUE" is dropped' },
      ],
    },
    {
      name: 'a spelling of Fail on a restore exec hook with a wait timeout: Velero runs the hook after the wait expires',
      code: yaml`
        kind: Pod
        metadata:
          annotations:
            post.hook.restore.velero.io/command: '["/bin/true"]'
            post.hook.restore.velero.io/wait-timeout: 5m
            post.hook.restore.velero.io/on-error: Abort
      `,
      errors: [
        {
          messageId: 'failWait',
          line: 6,
          column: 43,
          message: 'so "Abort" is dropped and the hook behaves as Continue: when its wait-timeout expires, Velero still runs the hook, which "Fail" would skip; write "Fail".',
        },
      ],
    },
    {
      name: 'a spelling of Fail where Fail changes nothing: post-backup, and restore exec without a wait timeout (notices)',
      code: yaml`
        kind: Pod
        metadata:
          annotations:
            post.hook.backup.velero.io/command: '["/bin/true"]'
            post.hook.backup.velero.io/on-error: FAIL
            post.hook.restore.velero.io/command: '["/bin/true"]'
            post.hook.restore.velero.io/wait-timeout: "0"
            post.hook.restore.velero.io/on-error: fail
      `,
      errors: [
        {
          messageId: 'failSame',
          line: 5,
          column: 42,
          severity: 'notice',
          message: 'which here does the same as "Fail" (Velero only logs a failed post-backup hook); write "Fail" so that readers agree with Velero.',
        },
        {
          messageId: 'failSame',
          line: 8,
          column: 43,
          severity: 'notice',
          message: "(it is the pod's only restore exec hook, so there is nothing after it to stop)",
        },
      ],
    },
    {
      name: 'an unknown word: Velero acts as Continue, and what was meant is unclear (warning)',
      code: yaml`
        kind: Pod
        metadata:
          annotations:
            pre.hook.backup.velero.io/command: '["/bin/true"]'
            pre.hook.backup.velero.io/on-error: "yes"
      `,
      errors: [
        {
          messageId: 'unknown',
          line: 5,
          column: 41,
          severity: 'warning',
          message: 'Velero accepts only "Continue" or "Fail" here, so "yes" is dropped and the hook behaves as Continue; write one of them.',
        },
      ],
    },
    {
      name: 'a backup hook on a missing container still fails (no such container), so on-error matters',
      code: yaml`
        kind: Pod
        metadata:
          annotations:
            pre.hook.backup.velero.io/command: '["/bin/true"]'
            pre.hook.backup.velero.io/container: cache
            pre.hook.backup.velero.io/on-error: Fail.
        spec:
          containers: [{name: app}]
      `,
      errors: [{ messageId: 'failBackup', line: 6, column: 41 }],
    },
    {
      name: 'legacy on-error when the legacy hook is in use (StatefulSet)',
      code: yaml`
        apiVersion: apps/v1
        kind: StatefulSet
        metadata: {name: s}
        spec:
          template:
            metadata:
              annotations:
                hook.backup.velero.io/command: '["/bin/true"]'
                hook.backup.velero.io/on-error: FAIL
      `,
      errors: [{ messageId: 'failBackup', line: 9, column: 41, message: 'write "Fail".', path: 'spec.template.metadata.annotations["hook.backup.velero.io/on-error"]' }],
    },
    {
      name: 'DaemonSet, Job, CronJob, ReplicaSet, ReplicationController, PodTemplate',
      code: yaml`
        kind: DaemonSet
        spec: {template: {metadata: {annotations: {pre.hook.backup.velero.io/command: x, pre.hook.backup.velero.io/on-error: stop}}}}
        ---
        kind: Job
        spec: {template: {metadata: {annotations: {pre.hook.backup.velero.io/command: x, pre.hook.backup.velero.io/on-error: stop}}}}
        ---
        kind: CronJob
        spec: {jobTemplate: {spec: {template: {metadata: {annotations: {pre.hook.backup.velero.io/command: x, pre.hook.backup.velero.io/on-error: stop}}}}}}
        ---
        kind: ReplicaSet
        spec: {template: {metadata: {annotations: {pre.hook.backup.velero.io/command: x, pre.hook.backup.velero.io/on-error: stop}}}}
        ---
        kind: ReplicationController
        spec: {template: {metadata: {annotations: {pre.hook.backup.velero.io/command: x, pre.hook.backup.velero.io/on-error: stop}}}}
        ---
        kind: PodTemplate
        template: {metadata: {annotations: {pre.hook.backup.velero.io/command: x, pre.hook.backup.velero.io/on-error: stop}}}
      `,
      errors: [
        { messageId: 'failBackup', line: 2, column: 118 },
        { messageId: 'failBackup', line: 5, column: 118 },
        { messageId: 'failBackup', line: 8, column: 139, path: 'spec.jobTemplate.spec.template.metadata.annotations["pre.hook.backup.velero.io/on-error"]' },
        { messageId: 'failBackup', line: 11, column: 118 },
        { messageId: 'failBackup', line: 14, column: 118 },
        { messageId: 'failBackup', line: 17, column: 111 },
      ],
    },
    {
      name: 'Argo Rollout, List item, OpenShift Template object',
      code: yaml`
        kind: Rollout
        spec:
          template:
            metadata: {annotations: {post.hook.backup.velero.io/command: x, post.hook.backup.velero.io/on-error: continue}}
            spec: {containers: [{name: app}]}
        ---
        kind: List
        items:
          - kind: Pod
            metadata: {annotations: {post.hook.backup.velero.io/command: x, post.hook.backup.velero.io/on-error: continue}}
        ---
        kind: Template
        objects:
          - kind: Pod
            metadata: {annotations: {post.hook.backup.velero.io/command: x, post.hook.backup.velero.io/on-error: continue}}
      `,
      errors: [
        { messageId: 'continueSpelling', line: 4, column: 106, severity: 'notice', message: 'write "Continue"' },
        { messageId: 'continueSpelling', line: 10, column: 106, severity: 'notice', path: 'items[0].metadata.annotations["post.hook.backup.velero.io/on-error"]' },
        { messageId: 'continueSpelling', line: 15, column: 106, severity: 'notice', path: 'objects[0].metadata.annotations["post.hook.backup.velero.io/on-error"]' },
      ],
    },
  ],
})
