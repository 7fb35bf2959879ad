import rule from '../../src/rules/hook-invalid-on-error.js'
import { runRuleTests, yaml } from '../support/rule-tester.js'

runRuleTests(rule, {
  valid: [
    {
      name: 'Continue, Fail and an empty value (the default)',
      code: yaml`
        apiVersion: v1
        kind: Pod
        metadata:
          annotations:
            post.hook.restore.velero.io/on-error: Continue
            pre.hook.backup.velero.io/on-error: Fail
            post.hook.backup.velero.io/on-error: ""
      `,
    },
    {
      name: 'init hooks have no on-error; a legacy on-error Velero ignores',
      code: yaml`
        kind: Pod
        metadata:
          annotations:
            init.hook.restore.velero.io/on-error: whatever
            pre.hook.backup.velero.io/command: '["/bin/true"]'
            hook.backup.velero.io/on-error: fail
      `,
    },
  ],
  invalid: [
    {
      name: 'lower case fail (Pod)',
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
          messageId: 'caseOnly',
          line: 7,
          column: 41,
          message: 'Velero compares on-error exactly (case and spaces count), so "fail" is dropped and the hook behaves as Continue; write "Fail".',
          path: 'metadata.annotations["pre.hook.backup.velero.io/on-error"]',
        },
      ],
    },
    {
      name: 'unknown words and padded values (Deployment)',
      code: yaml`
        apiVersion: apps/v1
        kind: Deployment
        metadata: {name: d}
        spec:
          template:
            metadata:
              annotations:
                post.hook.restore.velero.io/on-error: Abort
                post.hook.backup.velero.io/on-error: " Continue"
      `,
      errors: [
        { messageId: 'invalid', line: 8, column: 47, message: 'Velero accepts only "Continue" or "Fail" here, so "Abort" is dropped and the hook behaves as Continue; write one of them.' },
        { messageId: 'caseOnly', line: 9, column: 46, message: 'write "Continue".' },
      ],
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
      errors: [{ messageId: 'caseOnly', line: 9, column: 41, message: 'write "Fail".', path: 'spec.template.metadata.annotations["hook.backup.velero.io/on-error"]' }],
    },
    {
      name: 'DaemonSet, Job, CronJob, ReplicaSet, ReplicationController, PodTemplate',
      code: yaml`
        kind: DaemonSet
        spec: {template: {metadata: {annotations: {pre.hook.backup.velero.io/on-error: stop}}}}
        ---
        kind: Job
        spec: {template: {metadata: {annotations: {pre.hook.backup.velero.io/on-error: stop}}}}
        ---
        kind: CronJob
        spec: {jobTemplate: {spec: {template: {metadata: {annotations: {pre.hook.backup.velero.io/on-error: stop}}}}}}
        ---
        kind: ReplicaSet
        spec: {template: {metadata: {annotations: {pre.hook.backup.velero.io/on-error: stop}}}}
        ---
        kind: ReplicationController
        spec: {template: {metadata: {annotations: {pre.hook.backup.velero.io/on-error: stop}}}}
        ---
        kind: PodTemplate
        template: {metadata: {annotations: {pre.hook.backup.velero.io/on-error: stop}}}
      `,
      errors: [
        { messageId: 'invalid', line: 2, column: 80 },
        { messageId: 'invalid', line: 5, column: 80 },
        { messageId: 'invalid', line: 8, column: 101, path: 'spec.jobTemplate.spec.template.metadata.annotations["pre.hook.backup.velero.io/on-error"]' },
        { messageId: 'invalid', line: 11, column: 80 },
        { messageId: 'invalid', line: 14, column: 80 },
        { messageId: 'invalid', line: 17, column: 73 },
      ],
    },
    {
      name: 'Argo Rollout, List item, OpenShift Template object',
      code: yaml`
        kind: Rollout
        spec:
          template:
            metadata: {annotations: {post.hook.restore.velero.io/on-error: continue}}
            spec: {containers: [{name: app}]}
        ---
        kind: List
        items:
          - kind: Pod
            metadata: {annotations: {post.hook.restore.velero.io/on-error: continue}}
        ---
        kind: Template
        objects:
          - kind: Pod
            metadata: {annotations: {post.hook.restore.velero.io/on-error: continue}}
      `,
      errors: [
        { messageId: 'caseOnly', line: 4, column: 68, message: 'write "Continue".' },
        { messageId: 'caseOnly', line: 10, column: 68, path: 'items[0].metadata.annotations["post.hook.restore.velero.io/on-error"]' },
        { messageId: 'caseOnly', line: 15, column: 68, path: 'objects[0].metadata.annotations["post.hook.restore.velero.io/on-error"]' },
      ],
    },
  ],
})
