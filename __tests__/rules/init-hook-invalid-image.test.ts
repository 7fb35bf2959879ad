import rule from '../../src/rules/init-hook-invalid-image.js'
import { runRuleTests, yaml } from '../support/rule-tester.js'

const DIGEST = `sha256:${'0123456789abcdef'.repeat(4)}`
const HEX64 = '0123456789abcdef'.repeat(4)
const CMD = `init.hook.restore.velero.io/command: '["/bin/true"]'`

// What Velero v1.18.2 does with the image (item_hook_handler.go: passed through unchecked), then what the
// API server (validateContainerOnlyForPod: strings.TrimSpace) and the kubelet (distribution/reference
// v0.6.0 ParseNormalizedNamed) do with the restored pod.
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
            ${CMD}
        ---
        kind: Pod
        metadata: {annotations: {init.hook.restore.velero.io/container-image: "localhost:5000/a/b:tag", ${CMD}}}
        ---
        kind: Pod
        metadata: {annotations: {init.hook.restore.velero.io/container-image: busybox, ${CMD}}}
        ---
        kind: Pod
        metadata: {annotations: {init.hook.restore.velero.io/container-image: "", ${CMD}}}
      `,
    },
    {
      name: 'a repository path of 255 characters behind a registry: the full name is longer, current kubelets accept it',
      code: yaml`
        kind: Pod
        metadata:
          annotations:
            init.hook.restore.velero.io/container-image: registry.example.com/${'a'.repeat(255)}:1.0
            ${CMD}
      `,
    },
    {
      name: 'no command: Velero (up to v1.18.2) panics before the API server sees the pod (init-hook-missing-command)',
      code: yaml`
        kind: Pod
        metadata:
          annotations:
            init.hook.restore.velero.io/container-image: "alpine "
        ---
        kind: Pod
        metadata:
          annotations:
            init.hook.restore.velero.io/container-image: Alpine
            init.hook.restore.velero.io/command: ""
      `,
    },
    {
      name: 'the name restore-wait: Velero deletes the hook container before the create (v1.17+), so its image never matters',
      code: yaml`
        kind: Pod
        metadata:
          annotations:
            init.hook.restore.velero.io/container-image: Alpine
            init.hook.restore.velero.io/container-name: restore-wait
            ${CMD}
      `,
    },
    {
      name: 'an invalid or duplicate name: the API server rejects the pod before the kubelet could refuse the image',
      code: yaml`
        kind: Pod
        metadata:
          annotations:
            init.hook.restore.velero.io/container-image: Alpine
            init.hook.restore.velero.io/container-name: Restore_Init
            ${CMD}
        ---
        kind: Pod
        metadata:
          annotations:
            init.hook.restore.velero.io/container-image: alpine latest
            init.hook.restore.velero.io/container-name: app
            ${CMD}
        spec:
          containers: [{name: app}]
      `,
    },
  ],
  invalid: [
    {
      name: 'upper case repository: the API server accepts the pod, the kubelet cannot parse the image (Pod)',
      code: yaml`
        apiVersion: v1
        kind: Pod
        metadata:
          name: p
          annotations:
            init.hook.restore.velero.io/container-image: Alpine:3.20
            ${CMD}
      `,
      errors: [
        {
          messageId: 'invalid',
          line: 6,
          column: 50,
          message:
            'Image "Alpine:3.20" is not a valid image reference (the repository name must be lower-case): the API server accepts the restored pod, but the kubelet cannot parse the image (InvalidImageName), so the pod stays stuck in Init; fix the reference.',
          path: 'metadata.annotations["init.hook.restore.velero.io/container-image"]',
        },
      ],
    },
    {
      name: 'leading or trailing Go whitespace: the API server rejects the pod (Deployment)',
      code: yaml`
        apiVersion: apps/v1
        kind: Deployment
        spec:
          template:
            metadata:
              annotations:
                init.hook.restore.velero.io/container-image: " alpine"
                ${CMD}
        ---
        kind: Pod
        metadata:
          annotations:
            init.hook.restore.velero.io/container-image: |
              alpine:3.20
            ${CMD}
        ---
        kind: Pod
        metadata:
          annotations:
            init.hook.restore.velero.io/container-image: "alpine\\u00a0"
            ${CMD}
        ---
        kind: Pod
        metadata:
          annotations:
            init.hook.restore.velero.io/container-image: "\\u0085alpine"
            ${CMD}
      `,
      errors: [
        {
          messageId: 'padded',
          line: 7,
          column: 54,
          message:
            'Image " alpine": it starts with a space, which the API server counts as whitespace, so it rejects the restored pod ("must not have leading or trailing whitespace") and Velero does not restore it; remove the whitespace.',
        },
        { messageId: 'padded', line: 13, column: 50, message: 'Image "alpine:3.20\\n": it ends with a line break, which' },
        { messageId: 'padded', line: 20, column: 50, message: 'Image "alpine\\u00a0": it ends with a no-break space (U+00A0), which' },
        { messageId: 'padded', line: 26, column: 50, message: 'Image "\\u0085alpine": it starts with a next-line character (U+0085), which' },
      ],
    },
    {
      name: 'a byte-order mark is not whitespace to the API server: the kubelet refuses the image',
      code: yaml`
        kind: Pod
        metadata:
          annotations:
            init.hook.restore.velero.io/container-image: "\\ufeffalpine"
            ${CMD}
      `,
      errors: [
        {
          messageId: 'invalid',
          line: 4,
          column: 50,
          message: 'Image "\\ufeffalpine" is not a valid image reference (it contains U+FEFF (a byte-order mark), which is not whitespace to the API server): the API server accepts',
        },
      ],
    },
    {
      name: 'a bare 64-hex string (an image ID) and a Docker Hub name whose library/ path is over 255 characters',
      code: yaml`
        kind: Pod
        metadata:
          annotations:
            init.hook.restore.velero.io/container-image: ${HEX64}
            ${CMD}
        ---
        kind: Pod
        metadata:
          annotations:
            init.hook.restore.velero.io/container-image: ${'a'.repeat(250)}
            ${CMD}
      `,
      errors: [
        { messageId: 'invalid', line: 4, column: 50, message: '(it is a bare 64-character hex string, which the kubelet refuses as a repository name (an image ID, not a name))' },
        { messageId: 'invalid', line: 10, column: 50, message: '(the repository path is 258 characters long (Docker Hub names count as "library/<name>"); the limit is 255)' },
      ],
    },
    {
      name: 'inner whitespace, empty tag, bad tag, short digest (StatefulSet, DaemonSet, Job, CronJob)',
      code: yaml`
        kind: StatefulSet
        spec: {template: {metadata: {annotations: {init.hook.restore.velero.io/container-image: alpine latest, ${CMD}}}}}
        ---
        kind: DaemonSet
        spec: {template: {metadata: {annotations: {init.hook.restore.velero.io/container-image: "alpine:", ${CMD}}}}}
        ---
        kind: Job
        spec: {template: {metadata: {annotations: {init.hook.restore.velero.io/container-image: "alpine:-bad", ${CMD}}}}}
        ---
        kind: CronJob
        spec: {jobTemplate: {spec: {template: {metadata: {annotations: {init.hook.restore.velero.io/container-image: a@sha256:abc, ${CMD}}}}}}}
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
        spec: {template: {metadata: {annotations: {init.hook.restore.velero.io/container-image: docker.io/Library/alpine, ${CMD}}}}}
        ---
        kind: ReplicationController
        spec: {template: {metadata: {annotations: {init.hook.restore.velero.io/container-image: docker.io/Library/alpine, ${CMD}}}}}
        ---
        kind: PodTemplate
        template: {metadata: {annotations: {init.hook.restore.velero.io/container-image: docker.io/Library/alpine, ${CMD}}}}
        ---
        kind: Rollout
        spec: {template: {metadata: {annotations: {init.hook.restore.velero.io/container-image: docker.io/Library/alpine, ${CMD}}}, spec: {containers: []}}}
        ---
        kind: List
        items: [{kind: Pod, metadata: {annotations: {init.hook.restore.velero.io/container-image: docker.io/Library/alpine, ${CMD}}}}]
        ---
        kind: Template
        objects: [{kind: Pod, metadata: {annotations: {init.hook.restore.velero.io/container-image: docker.io/Library/alpine, ${CMD}}}}]
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
