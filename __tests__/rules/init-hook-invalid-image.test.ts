import rule from '../../src/rules/init-hook-invalid-image.js'
import { runRuleTests, yaml } from '../support/rule-tester.js'

const DIGEST = `sha256:${'0123456789abcdef'.repeat(4)}`

runRuleTests(rule, {
  valid: [
    {
      name: 'valid references and an empty image (init-hook-missing-image business)',
      code: yaml`
        apiVersion: v1
        kind: Pod
        metadata:
          annotations:
            init.hook.restore.velero.io/container-image: registry.example.com/org/app@${DIGEST}
        ---
        kind: Pod
        metadata: {annotations: {init.hook.restore.velero.io/container-image: "localhost:5000/a/b:tag"}}
        ---
        kind: Pod
        metadata: {annotations: {init.hook.restore.velero.io/container-image: busybox}}
        ---
        kind: Pod
        metadata: {annotations: {init.hook.restore.velero.io/container-image: ""}}
      `,
    },
  ],
  invalid: [
    {
      name: 'upper case repository (Pod)',
      code: yaml`
        apiVersion: v1
        kind: Pod
        metadata:
          name: p
          annotations:
            init.hook.restore.velero.io/container-image: Alpine:3.20
      `,
      errors: [
        {
          messageId: 'invalid',
          line: 6,
          column: 50,
          message:
            'Image "Alpine:3.20" is not a valid image reference (the repository name must be lower-case), so the kubelet cannot pull it (InvalidImageName) and the restored pod stays stuck in Init; fix the reference.',
          path: 'metadata.annotations["init.hook.restore.velero.io/container-image"]',
        },
      ],
    },
    {
      name: 'leading whitespace makes the API server reject the pod (Deployment)',
      code: yaml`
        apiVersion: apps/v1
        kind: Deployment
        spec:
          template:
            metadata:
              annotations:
                init.hook.restore.velero.io/container-image: " alpine"
      `,
      errors: [
        {
          messageId: 'padded',
          line: 7,
          column: 54,
          message: 'Image " alpine" has leading or trailing whitespace, so the API server rejects the restored pod and Velero does not restore it; remove the whitespace.',
        },
      ],
    },
    {
      name: 'inner whitespace, empty tag, bad tag, short digest (StatefulSet, DaemonSet, Job, CronJob)',
      code: yaml`
        kind: StatefulSet
        spec: {template: {metadata: {annotations: {init.hook.restore.velero.io/container-image: alpine latest}}}}
        ---
        kind: DaemonSet
        spec: {template: {metadata: {annotations: {init.hook.restore.velero.io/container-image: "alpine:"}}}}
        ---
        kind: Job
        spec: {template: {metadata: {annotations: {init.hook.restore.velero.io/container-image: "alpine:-bad"}}}}
        ---
        kind: CronJob
        spec: {jobTemplate: {spec: {template: {metadata: {annotations: {init.hook.restore.velero.io/container-image: a@sha256:abc}}}}}}
      `,
      errors: [
        { messageId: 'invalid', line: 2, column: 89, message: '(it contains whitespace)' },
        { messageId: 'invalid', line: 5, column: 89, message: '(the tag "" is not valid' },
        { messageId: 'invalid', line: 8, column: 89, message: '(the tag "-bad" is not valid' },
        { messageId: 'invalid', line: 11, column: 110, message: '(the digest is not valid', path: 'spec.jobTemplate.spec.template.metadata.annotations["init.hook.restore.velero.io/container-image"]' },
      ],
    },
    {
      name: 'ReplicaSet, ReplicationController, PodTemplate, Rollout, List, Template',
      code: yaml`
        kind: ReplicaSet
        spec: {template: {metadata: {annotations: {init.hook.restore.velero.io/container-image: docker.io/Library/alpine}}}}
        ---
        kind: ReplicationController
        spec: {template: {metadata: {annotations: {init.hook.restore.velero.io/container-image: docker.io/Library/alpine}}}}
        ---
        kind: PodTemplate
        template: {metadata: {annotations: {init.hook.restore.velero.io/container-image: docker.io/Library/alpine}}}
        ---
        kind: Rollout
        spec: {template: {metadata: {annotations: {init.hook.restore.velero.io/container-image: docker.io/Library/alpine}}, spec: {containers: []}}}
        ---
        kind: List
        items: [{kind: Pod, metadata: {annotations: {init.hook.restore.velero.io/container-image: docker.io/Library/alpine}}}]
        ---
        kind: Template
        objects: [{kind: Pod, metadata: {annotations: {init.hook.restore.velero.io/container-image: docker.io/Library/alpine}}}]
      `,
      errors: [
        { messageId: 'invalid', line: 2, column: 89, message: 'lower-case' },
        { messageId: 'invalid', line: 5, column: 89 },
        { messageId: 'invalid', line: 8, column: 82 },
        { messageId: 'invalid', line: 11, column: 89 },
        { messageId: 'invalid', line: 14, column: 91, path: 'items[0].metadata.annotations["init.hook.restore.velero.io/container-image"]' },
        { messageId: 'invalid', line: 17, column: 93 },
      ],
    },
  ],
})
