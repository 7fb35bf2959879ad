import rule from '../../src/rules/init-hook-missing-command.js'
import { runRuleTests, yaml } from '../support/rule-tester.js'

runRuleTests(rule, {
  valid: [
    {
      name: 'image and JSON command',
      code: yaml`
        apiVersion: v1
        kind: Pod
        metadata:
          name: p
          annotations:
            init.hook.restore.velero.io/container-image: alpine:3.20
            init.hook.restore.velero.io/command: '["/bin/true"]'
        spec:
          containers: [{name: app, image: nginx}]
      `,
    },
    {
      name: 'no init hook at all',
      code: yaml`
        kind: Pod
        metadata:
          annotations:
            pre.hook.backup.velero.io/command: '["/bin/true"]'
      `,
    },
  ],
  invalid: [
    {
      name: 'image without command',
      code: yaml`
        apiVersion: v1
        kind: Pod
        metadata:
          name: p
          annotations:
            init.hook.restore.velero.io/container-image: alpine:3.20
        spec:
          containers: [{name: app, image: nginx}]
      `,
      errors: [{ line: 6, column: 5, message: 'panics', path: 'metadata.annotations["init.hook.restore.velero.io/container-image"]' }],
    },
    {
      name: 'empty command in a Deployment template',
      code: yaml`
        apiVersion: apps/v1
        kind: Deployment
        metadata: {name: d}
        spec:
          template:
            metadata:
              annotations:
                init.hook.restore.velero.io/container-image: alpine:3.20
                init.hook.restore.velero.io/command: ""
            spec:
              containers: [{name: app, image: nginx}]
      `,
      errors: [{ line: 9, column: 46, message: 'is empty' }],
    },
    {
      name: 'blank command',
      code: yaml`
        kind: Pod
        metadata:
          annotations:
            init.hook.restore.velero.io/container-image: alpine
            init.hook.restore.velero.io/command: "   "
      `,
      errors: [{ line: 5, message: 'blank' }],
    },
  ],
})
