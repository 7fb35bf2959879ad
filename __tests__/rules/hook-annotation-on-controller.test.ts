import rule from '../../src/rules/hook-annotation-on-controller.js'
import { runRuleTests, yaml } from '../support/rule-tester.js'

runRuleTests(rule, {
  valid: [
    {
      name: "kustomize commonAnnotations: the same key and value on the pod template, which Velero reads",
      code: yaml`
        apiVersion: apps/v1
        kind: Deployment
        metadata:
          name: web
          annotations:
            post.hook.backup.velero.io/command: '["/bin/true"]'
            post.hook.backup.velero.io/on-error: Fail
        spec:
          template:
            metadata:
              annotations:
                post.hook.backup.velero.io/command: '["/bin/true"]'
                post.hook.backup.velero.io/on-error: Fail
            spec:
              containers:
                - name: web
                  image: nginx
      `,
    },
    {
      name: 'hooks on a Pod',
      code: yaml`
        apiVersion: v1
        kind: Pod
        metadata:
          annotations:
            pre.hook.backup.velero.io/command: '["/bin/true"]'
      `,
    },
    {
      name: 'hooks in the pod template of a Deployment',
      code: yaml`
        apiVersion: apps/v1
        kind: Deployment
        metadata:
          name: d
          annotations:
            deployment.kubernetes.io/revision: "3"
            backup.velero.io/backup-volumes: data
        spec:
          template:
            metadata:
              annotations:
                pre.hook.backup.velero.io/command: '["/bin/true"]'
      `,
    },
    {
      name: 'a List and a Template carry no annotations themselves',
      code: yaml`
        apiVersion: v1
        kind: List
        items:
          - kind: Pod
            metadata:
              annotations:
                pre.hook.backup.velero.io/command: '["/bin/true"]'
      `,
    },
  ],
  invalid: [
    {
      name: 'the pod template carries the key with another value: the own copy is still never read',
      code: yaml`
        apiVersion: apps/v1
        kind: Deployment
        metadata:
          name: web
          annotations:
            post.hook.backup.velero.io/on-error: Fail
        spec:
          template:
            metadata:
              annotations:
                post.hook.backup.velero.io/on-error: Continue
            spec:
              containers:
                - name: web
                  image: nginx
      `,
      errors: [{ messageId: 'move', line: 6, column: 5 }],
    },
    {
      name: "Deployment's own metadata",
      code: yaml`
        apiVersion: apps/v1
        kind: Deployment
        metadata:
          name: d
          annotations:
            pre.hook.backup.velero.io/command: '["/bin/true"]'
            pre.hook.backup.velero.io/container: app
        spec:
          template:
            spec:
              containers: [{name: app, image: nginx}]
      `,
      errors: [
        {
          messageId: 'move',
          line: 6,
          column: 5,
          message: `Velero reads hook annotations only from Pods, so "pre.hook.backup.velero.io/command" on this Deployment's own metadata is never read; move it to spec.template.metadata.annotations.`,
          path: 'metadata.annotations["pre.hook.backup.velero.io/command"]',
        },
        { messageId: 'move', line: 7, column: 5, message: '"pre.hook.backup.velero.io/container"' },
      ],
    },
    {
      name: 'StatefulSet, DaemonSet, ReplicaSet, ReplicationController and Job',
      code: yaml`
        apiVersion: apps/v1
        kind: StatefulSet
        metadata:
          annotations: {post.hook.backup.velero.io/command: x}
        spec: {template: {spec: {containers: []}}}
        ---
        kind: DaemonSet
        metadata:
          annotations: {post.hook.restore.velero.io/command: x}
        spec: {template: {}}
        ---
        kind: ReplicaSet
        metadata:
          annotations: {init.hook.restore.velero.io/container-image: x}
        spec: {template: {}}
        ---
        kind: ReplicationController
        metadata:
          annotations: {hook.backup.velero.io/command: x}
        spec: {template: {}}
        ---
        kind: Job
        metadata:
          annotations: {pre.hook.backup.velero.io/timeout: 1m}
        spec: {template: {}}
      `,
      errors: [
        { messageId: 'move', line: 4, column: 17, message: "this StatefulSet's own metadata is never read; move it to spec.template.metadata.annotations." },
        { messageId: 'move', line: 9, column: 17, message: 'DaemonSet' },
        { messageId: 'move', line: 14, column: 17, message: 'ReplicaSet' },
        { messageId: 'move', line: 19, column: 17, message: 'ReplicationController' },
        { messageId: 'move', line: 24, column: 17, message: "this Job's own metadata is never read; move it to spec.template.metadata.annotations." },
      ],
    },
    {
      name: 'CronJob points at the job template',
      code: yaml`
        apiVersion: batch/v1
        kind: CronJob
        metadata:
          annotations:
            pre.hook.backup.velero.io/command: '["/bin/true"]'
        spec:
          jobTemplate:
            spec:
              template:
                spec:
                  containers: [{name: app, image: busybox}]
      `,
      errors: [{ messageId: 'move', line: 5, column: 5, message: 'move it to spec.jobTemplate.spec.template.metadata.annotations.' }],
    },
    {
      name: 'a workload with no pod template yet still gets the template path',
      code: yaml`
        apiVersion: apps/v1
        kind: Deployment
        metadata:
          annotations:
            post.hook.restore.velero.io/command: '["/bin/true"]'
      `,
      errors: [{ messageId: 'move', line: 5, column: 5, message: 'move it to spec.template.metadata.annotations.' }],
    },
    {
      name: 'PodTemplate points at template.metadata.annotations',
      code: yaml`
        apiVersion: v1
        kind: PodTemplate
        metadata:
          annotations:
            post.hook.restore.velero.io/command: '["/bin/true"]'
        template:
          spec:
            containers: [{name: app, image: busybox}]
      `,
      errors: [{ messageId: 'move', line: 5, column: 5, message: 'move it to template.metadata.annotations.' }],
    },
    {
      name: 'Argo Rollout with a pod template',
      code: yaml`
        apiVersion: argoproj.io/v1alpha1
        kind: Rollout
        metadata:
          annotations:
            pre.hook.backup.velero.io/command: '["/bin/true"]'
        spec:
          template:
            spec:
              containers: [{name: app, image: nginx}]
      `,
      errors: [{ messageId: 'move', line: 5, column: 5, message: "this Rollout's own metadata is never read; move it to spec.template.metadata.annotations." }],
    },
    {
      name: "a Schedule's spec.template is a Backup spec, not a pod template",
      code: yaml`
        apiVersion: velero.io/v1
        kind: Schedule
        metadata:
          name: daily
          annotations:
            pre.hook.backup.velero.io/command: '["/bin/true"]'
        spec:
          schedule: "0 1 * * *"
          template:
            includedNamespaces: [app]
      `,
      errors: [
        {
          messageId: 'noPods',
          line: 6,
          column: 5,
          message: 'Velero reads hook annotations only from Pods, so "pre.hook.backup.velero.io/command" on this Schedule is never read; put it on the Pods that should run the hook.',
        },
      ],
    },
    {
      name: 'Service, Namespace and misspelt keys',
      code: yaml`
        apiVersion: v1
        kind: Service
        metadata:
          annotations:
            post.hook.restore.velro.io/command: x
        ---
        apiVersion: v1
        kind: Namespace
        metadata:
          annotations:
            pre.hook.backup.velero.io/command: x
      `,
      errors: [
        { messageId: 'noPods', line: 5, column: 5, message: 'on this Service is never read' },
        { messageId: 'noPods', line: 11, column: 5, message: 'on this Namespace is never read' },
      ],
    },
    {
      name: 'List item and OpenShift Template object',
      code: yaml`
        apiVersion: v1
        kind: List
        items:
          - apiVersion: apps/v1
            kind: Deployment
            metadata:
              annotations:
                pre.hook.backup.velero.io/command: x
            spec:
              template: {}
        ---
        apiVersion: template.openshift.io/v1
        kind: Template
        objects:
          - apiVersion: apps.openshift.io/v1
            kind: DeploymentConfig
            metadata:
              annotations:
                post.hook.backup.velero.io/command: x
            spec:
              template:
                spec:
                  containers: [{name: app, image: nginx}]
      `,
      errors: [
        { messageId: 'move', line: 8, column: 9, message: 'move it to items[0].spec.template.metadata.annotations.', path: 'items[0].metadata.annotations["pre.hook.backup.velero.io/command"]' },
        { messageId: 'move', line: 19, column: 9, message: "this DeploymentConfig's own metadata is never read; move it to objects[0].spec.template.metadata.annotations." },
      ],
    },
  ],
})
