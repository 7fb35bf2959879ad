import rule from '../../src/rules/fs-backup-volume-unknown.js'
import { runRuleTests, yaml } from '../support/rule-tester.js'

runRuleTests(rule, {
  valid: [
    {
      name: 'every name is a volume of the pod, no spaces',
      code: yaml`
        apiVersion: apps/v1
        kind: StatefulSet
        metadata:
          name: db
        spec:
          template:
            metadata:
              annotations:
                backup.velero.io/backup-volumes: data,logs
                backup.velero.io/backup-volumes-excludes: cache
            spec:
              containers: [{name: db, image: postgres}]
              volumes:
                - name: data
                  persistentVolumeClaim: {claimName: db-data}
                - name: logs
                  emptyDir: {}
                - name: cache
                  emptyDir: {}
      `,
    },
    {
      name: 'empty parts (stray commas, an empty value) name nothing and do no harm',
      code: yaml`
        apiVersion: v1
        kind: Pod
        metadata:
          name: p
          annotations:
            backup.velero.io/backup-volumes: ",data,, ,"
            backup.velero.io/backup-volumes-excludes: ""
        spec:
          containers: [{name: c, image: i}]
          volumes: [{name: data, emptyDir: {}}]
      `,
    },
    {
      name: "a StatefulSet's volumeClaimTemplates give its Pods volumes of those names",
      code: yaml`
        apiVersion: apps/v1
        kind: StatefulSet
        metadata:
          name: db
        spec:
          template:
            metadata:
              annotations:
                backup.velero.io/backup-volumes: data,config
            spec:
              containers: [{name: db, image: postgres}]
              volumes: [{name: config, configMap: {name: db}}]
          volumeClaimTemplates:
            - metadata: {name: data}
              spec: {accessModes: [ReadWriteOnce]}
      `,
    },
    {
      name: 'a claim name next to its volume name does no harm',
      code: yaml`
        apiVersion: v1
        kind: Pod
        metadata:
          name: p
          annotations:
            backup.velero.io/backup-volumes: data,db-data
        spec:
          volumes: [{name: data, persistentVolumeClaim: {claimName: db-data}}]
      `,
    },
    {
      name: 'a spaced copy next to the exact name does no harm',
      code: yaml`
        apiVersion: v1
        kind: Pod
        metadata:
          name: p
          annotations:
            backup.velero.io/backup-volumes: data, data
        spec:
          containers: [{name: c, image: i}]
          volumes: [{name: data, emptyDir: {}}]
      `,
    },
    {
      name: 'volumes that cannot be known: no spec.volumes, a volume without a plain name, a parameter, Helm values',
      code: yaml`
        apiVersion: v1
        kind: Pod
        metadata:
          annotations: {backup.velero.io/backup-volumes: data}
        spec:
          containers: [{name: c, image: i}]
        ---
        apiVersion: v1
        kind: Pod
        metadata:
          annotations: {backup.velero.io/backup-volumes: data}
        spec:
          volumes: [{name: logs}, {emptyDir: {}}]
        ---
        apiVersion: v1
        kind: Pod
        metadata:
          annotations: {backup.velero.io/backup-volumes: data}
        spec:
          volumes: [{name: "\${VOLUME}"}]
        ---
        primary:
          podAnnotations:
            backup.velero.io/backup-volumes: data
      `,
    },
    {
      name: 'a parameter in the value, and a value that is not a string (another rule reports it)',
      code: yaml`
        apiVersion: v1
        kind: Pod
        metadata:
          annotations:
            backup.velero.io/backup-volumes: "\${VOLUMES}"
            backup.velero.io/backup-volumes-excludes: [tmp]
        spec:
          volumes: [{name: data}]
      `,
    },
    {
      name: "on a Deployment's own metadata the key is never read (fs-backup-annotation-on-controller says so)",
      code: yaml`
        apiVersion: apps/v1
        kind: Deployment
        metadata:
          annotations: {backup.velero.io/backup-volumes: nope}
        spec:
          template:
            spec:
              volumes: [{name: data}]
      `,
    },
  ],
  invalid: [
    {
      name: 'a misspelt volume name in backup-volumes',
      code: yaml`
        apiVersion: apps/v1
        kind: StatefulSet
        metadata:
          name: db
        spec:
          template:
            metadata:
              annotations:
                backup.velero.io/backup-volumes: data,log
            spec:
              containers: [{name: db, image: postgres}]
              volumes:
                - name: data
                  persistentVolumeClaim: {claimName: db-data}
                - name: logs
                  emptyDir: {}
      `,
      errors: [
        {
          messageId: 'unknown',
          line: 9,
          column: 42,
          message:
            '"backup.velero.io/backup-volumes" names "log", but this pod has no volume of that name, so Velero backs up no volume for it with file-system backup; name volumes of this pod: "data", "logs".',
          path: 'spec.template.metadata.annotations["backup.velero.io/backup-volumes"]',
        },
      ],
    },
    {
      name: 'a space after the comma: " logs" is not the volume "logs"',
      code: yaml`
        apiVersion: v1
        kind: Pod
        metadata:
          name: p
          annotations:
            backup.velero.io/backup-volumes: data, logs
        spec:
          containers: [{name: c, image: i}]
          volumes: [{name: data, emptyDir: {}}, {name: logs, emptyDir: {}}]
      `,
      errors: [
        {
          messageId: 'spaced',
          line: 6,
          column: 38,
          message:
            'Velero splits "backup.velero.io/backup-volumes" at commas and does not trim spaces, so " logs" is not the volume "logs" and that volume is not backed up with file-system backup; write "data,logs".',
        },
      ],
    },
    {
      name: 'excludes: unknown names exclude nothing, spaced names leave the volumes in',
      code: yaml`
        apiVersion: v1
        kind: Pod
        metadata:
          name: p
          annotations:
            backup.velero.io/backup-volumes-excludes: "tmp,cache , scratch,other"
        spec:
          containers: [{name: c, image: i}]
          volumes:
            - {name: cache, emptyDir: {}}
            - {name: scratch, emptyDir: {}}
      `,
      errors: [
        {
          messageId: 'unknown',
          line: 6,
          column: 47,
          message:
            '"backup.velero.io/backup-volumes-excludes" names "tmp", "other", but this pod has no volume of these names, so Velero leaves no volume out for them; name volumes of this pod: "cache", "scratch".',
        },
        {
          messageId: 'spaced',
          line: 6,
          column: 47,
          message:
            'so "cache ", " scratch" are not the volumes "cache", "scratch" and those volumes are not left out (with --default-volumes-to-fs-backup, they are backed up); write "tmp,cache,scratch,other".',
        },
      ],
    },
    {
      name: 'a StatefulSet with only volumeClaimTemplates',
      code: yaml`
        apiVersion: apps/v1
        kind: StatefulSet
        metadata:
          name: db
        spec:
          template:
            metadata:
              annotations:
                backup.velero.io/backup-volumes: db
            spec:
              containers: [{name: db, image: postgres}]
          volumeClaimTemplates:
            - metadata: {name: data}
      `,
      errors: [{ messageId: 'unknown', line: 9, column: 42, message: 'names "db", but this pod has no volume of that name, so Velero backs up no volume for it with file-system backup; name volumes of this pod: "data".' }],
    },
    {
      name: 'the claim name where the volume name belongs',
      code: yaml`
        apiVersion: v1
        kind: Pod
        metadata:
          name: p
          annotations:
            backup.velero.io/backup-volumes: db-data,logs
        spec:
          containers: [{name: c, image: i}]
          volumes:
            - name: data
              persistentVolumeClaim: {claimName: db-data}
            - name: logs
              emptyDir: {}
      `,
      errors: [
        {
          messageId: 'claim',
          line: 6,
          column: 38,
          message:
            '"backup.velero.io/backup-volumes" names "db-data", the claim name of volume "data", but Velero matches volume names, not claim names, so that volume is not backed up with file-system backup; write "data,logs".',
        },
      ],
    },
    {
      name: 'a pod with an empty volume list',
      code: yaml`
        apiVersion: batch/v1
        kind: CronJob
        spec:
          jobTemplate:
            spec:
              template:
                metadata:
                  annotations:
                    backup.velero.io/backup-volumes: data
                spec:
                  containers: [{name: job, image: busybox}]
                  volumes: []
      `,
      errors: [{ messageId: 'unknown', line: 9, column: 46, message: 'so Velero backs up no volume for it with file-system backup; the pod has no volumes: remove the annotation.' }],
    },
    {
      name: 'long and many names are bounded in the message',
      code:
        'apiVersion: v1\nkind: Pod\nmetadata:\n  annotations:\n    backup.velero.io/backup-volumes: ' +
        `${'x'.repeat(300)},${Array.from({ length: 14 }, (_, i) => `n${i}`).join(',')}\n` +
        `spec:\n  volumes:\n${Array.from({ length: 12 }, (_, i) => `    - name: v${i}-${'y'.repeat(100)}\n`).join('')}`,
      errors: [
        {
          messageId: 'unknown',
          line: 5,
          column: 38,
          message: `names "${'x'.repeat(39)}…", "n0", "n1", "n2", "n3", "n4", "n5", "n6", "n7", "n8" and 5 more, but this pod has no volume of these names`,
        },
      ],
    },
  ],
})
