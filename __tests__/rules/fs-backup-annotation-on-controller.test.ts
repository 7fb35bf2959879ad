import rule from '../../src/rules/fs-backup-annotation-on-controller.js'
import { runRuleTests, yaml } from '../support/rule-tester.js'

runRuleTests(rule, {
  valid: [
    {
      name: 'backup-volumes in the pod template of a Deployment, where the Pods get it',
      code: yaml`
        apiVersion: apps/v1
        kind: Deployment
        metadata:
          name: db
        spec:
          template:
            metadata:
              annotations:
                backup.velero.io/backup-volumes: data
            spec:
              containers:
                - name: db
                  image: postgres:16
              volumes:
                - name: data
                  persistentVolumeClaim: {claimName: db-data}
      `,
    },
    {
      name: 'on a Pod',
      code: yaml`
        apiVersion: v1
        kind: Pod
        metadata:
          name: p
          annotations:
            backup.velero.io/backup-volumes: data
            backup.velero.io/backup-volumes-excludes: cache
      `,
    },
    {
      name: "kustomize commonAnnotations: the same key and value on the pod template, which Velero reads",
      code: yaml`
        apiVersion: apps/v1
        kind: StatefulSet
        metadata:
          name: db
          annotations:
            backup.velero.io/backup-volumes: data
        spec:
          template:
            metadata:
              annotations:
                backup.velero.io/backup-volumes: data
            spec:
              containers: [{name: db, image: postgres}]
      `,
    },
    {
      name: 'other Velero keys and hook keys on the Deployment are for other rules',
      code: yaml`
        apiVersion: apps/v1
        kind: Deployment
        metadata:
          name: d
          annotations:
            backup.velero.io/backup-volume: data
            pre.hook.backup.velero.io/command: '["/bin/true"]'
            velero.io/exclude-from-backup: "true"
        spec:
          template: {}
      `,
    },
    {
      name: 'Helm values: podAnnotations end up on the Pods',
      code: yaml`
        primary:
          podAnnotations:
            backup.velero.io/backup-volumes: data
      `,
    },
  ],
  invalid: [
    {
      name: "backup-volumes on a Deployment's own metadata",
      code: yaml`
        apiVersion: apps/v1
        kind: Deployment
        metadata:
          name: db
          annotations:
            backup.velero.io/backup-volumes: data
        spec:
          template:
            spec:
              containers:
                - name: db
                  image: postgres:16
              volumes:
                - name: data
                  persistentVolumeClaim: {claimName: db-data}
      `,
      errors: [
        {
          messageId: 'move',
          line: 6,
          column: 5,
          message:
            'Velero reads "backup.velero.io/backup-volumes" only from Pods, so on this Deployment\'s own metadata it is never read and the volumes it names are not backed up with file-system backup; move it to spec.template.metadata.annotations.',
          path: 'metadata.annotations["backup.velero.io/backup-volumes"]',
        },
      ],
    },
    {
      name: 'excludes on the workload: with --default-volumes-to-fs-backup the volumes are backed up anyway',
      code: yaml`
        apiVersion: apps/v1
        kind: DaemonSet
        metadata:
          name: agent
          annotations:
            backup.velero.io/backup-volumes-excludes: scratch
        spec:
          template:
            spec:
              containers: [{name: agent, image: busybox}]
      `,
      errors: [
        {
          messageId: 'move',
          line: 6,
          column: 5,
          message: "this DaemonSet's own metadata it is never read and with --default-volumes-to-fs-backup the volumes it names are backed up anyway; move it to spec.template.metadata.annotations.",
        },
      ],
    },
    {
      name: 'StatefulSet, ReplicaSet, Job, CronJob and PodTemplate, with or without a template yet',
      code: yaml`
        kind: StatefulSet
        metadata:
          annotations: {backup.velero.io/backup-volumes: data}
        spec: {template: {spec: {containers: []}}}
        ---
        kind: ReplicaSet
        metadata:
          annotations: {backup.velero.io/backup-volumes: data}
        ---
        kind: Job
        metadata:
          annotations: {backup.velero.io/backup-volumes: data}
        spec: {template: {}}
        ---
        kind: CronJob
        metadata:
          annotations: {backup.velero.io/backup-volumes: data}
        spec: {jobTemplate: {spec: {template: {}}}}
        ---
        kind: PodTemplate
        metadata:
          annotations: {backup.velero.io/backup-volumes: data}
        template: {}
      `,
      errors: [
        { messageId: 'move', line: 3, column: 17, message: "StatefulSet's own metadata" },
        { messageId: 'move', line: 8, column: 17, message: 'move it to spec.template.metadata.annotations.' },
        { messageId: 'move', line: 12, column: 17, message: "this Job's own metadata" },
        { messageId: 'move', line: 17, column: 17, message: 'move it to spec.jobTemplate.spec.template.metadata.annotations.' },
        { messageId: 'move', line: 22, column: 17, message: 'move it to template.metadata.annotations.' },
      ],
    },
    {
      name: 'an Argo Rollout and a List item',
      code: yaml`
        apiVersion: argoproj.io/v1alpha1
        kind: Rollout
        metadata:
          annotations:
            backup.velero.io/backup-volumes: data
        spec:
          template:
            spec:
              containers: [{name: app, image: nginx}]
        ---
        apiVersion: v1
        kind: List
        items:
          - kind: Deployment
            metadata:
              annotations:
                backup.velero.io/backup-volumes-excludes: tmp
            spec:
              template: {}
      `,
      errors: [
        { messageId: 'move', line: 5, column: 5, message: "this Rollout's own metadata" },
        { messageId: 'move', line: 17, column: 9, message: 'move it to items[0].spec.template.metadata.annotations.', path: 'items[0].metadata.annotations["backup.velero.io/backup-volumes-excludes"]' },
      ],
    },
    {
      name: 'the pod template has the key with another value: that one counts',
      code: yaml`
        apiVersion: apps/v1
        kind: Deployment
        metadata:
          name: db
          annotations:
            backup.velero.io/backup-volumes: data,logs
        spec:
          template:
            metadata:
              annotations:
                backup.velero.io/backup-volumes: data
            spec:
              containers: [{name: db, image: postgres}]
      `,
      errors: [
        {
          messageId: 'conflict',
          line: 6,
          column: 5,
          message:
            'Velero reads "backup.velero.io/backup-volumes" only from Pods, so this Deployment\'s own value is never read; the pod template\'s own value "data" is what counts: merge the two in spec.template.metadata.annotations and delete this one.',
        },
      ],
    },
    {
      name: 'the pod template has the key with a value that is not a string',
      code: yaml`
        apiVersion: apps/v1
        kind: Deployment
        metadata:
          annotations:
            backup.velero.io/backup-volumes: data
        spec:
          template:
            metadata:
              annotations:
                backup.velero.io/backup-volumes: [data]
      `,
      errors: [{ messageId: 'conflict', line: 5, column: 5, message: "the pod template's own value (not a string) is what counts" }],
    },
    {
      name: 'objects without Pods: a PersistentVolumeClaim, a Namespace, a Schedule',
      code: yaml`
        apiVersion: v1
        kind: PersistentVolumeClaim
        metadata:
          name: data
          annotations:
            backup.velero.io/backup-volumes: data
        ---
        apiVersion: v1
        kind: Namespace
        metadata:
          annotations:
            backup.velero.io/backup-volumes-excludes: cache
        ---
        apiVersion: velero.io/v1
        kind: Schedule
        metadata:
          annotations:
            backup.velero.io/backup-volumes: data
        spec:
          template:
            includedNamespaces: [app]
      `,
      errors: [
        {
          messageId: 'noPods',
          line: 6,
          column: 5,
          message:
            'Velero reads "backup.velero.io/backup-volumes" only from Pods, so on this PersistentVolumeClaim it is never read and the volumes it names are not backed up with file-system backup; put it on the Pods whose volumes it names.',
        },
        { messageId: 'noPods', line: 12, column: 5, message: 'on this Namespace it is never read and with --default-volumes-to-fs-backup' },
        { messageId: 'noPods', line: 18, column: 5, message: 'on this Schedule it is never read' },
      ],
    },
  ],
})
