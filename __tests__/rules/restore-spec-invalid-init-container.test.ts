import rule from '../../src/rules/restore-spec-invalid-init-container.js'
import { runRuleTests, yaml } from '../support/rule-tester.js'

runRuleTests(rule, {
  valid: [
    {
      name: 'the docs example: name, image, command and volumeMounts; Velero test case command [""] passes',
      code: yaml`
        apiVersion: velero.io/v1
        kind: Restore
        metadata: {name: r, namespace: velero}
        spec:
          backupName: b
          hooks:
            resources:
              - name: restore-hook-1
                includedNamespaces: [app]
                postHooks:
                  - init:
                      initContainers:
                        - name: restore-hook-init1
                          image: alpine:latest
                          volumeMounts:
                            - mountPath: /restores/pvc1-vm
                              name: pvc1-vm
                          command: ["/bin/ash", "-c", "echo -n \\"FOOBARBAZ\\" >> /restores/pvc1-vm/foobarbaz"]
                        - name: restore-hook-init2
                          image: alpine:latest
                          command: [""]
                          args: ["a", null]
                      timeout: 5m
                  - exec:
                      command: ["/bin/true"]
      `,
    },
    {
      name: 'Go json matches field names case-insensitively',
      code: yaml`
        apiVersion: velero.io/v1
        kind: Restore
        spec:
          hooks:
            resources:
              - name: h
                postHooks:
                  - init:
                      initContainers:
                        - {Name: i, IMAGE: alpine, Command: [/bin/true]}
      `,
    },
    {
      name: 'Backups and Schedules have no init hooks; a Restore of another API group is not Velero',
      code: yaml`
        apiVersion: velero.io/v1
        kind: Backup
        spec:
          hooks:
            resources:
              - name: h
                pre: [{exec: {command: [/bin/true]}}]
        ---
        apiVersion: example.com/v1
        kind: Restore
        spec:
          hooks:
            resources:
              - postHooks: [{init: {initContainers: [{}]}}]
      `,
    },
  ],
  invalid: [
    {
      name: 'Velero test case: no command',
      code: yaml`
        apiVersion: velero.io/v1
        kind: Restore
        metadata: {name: r}
        spec:
          hooks:
            resources:
              - name: h
                postHooks:
                  - init:
                      initContainers:
                        - name: restore-init-container-1
                          image: nginx
      `,
      errors: [
        {
          messageId: 'missing',
          line: 11,
          column: 19,
          message:
            'This init container has no command, so Velero fails the whole Restore validation (FailedValidation) and restores nothing; add command.',
          path: 'spec.hooks.resources[0].postHooks[0].init.initContainers[0]',
        },
      ],
    },
    {
      name: 'no name, empty image, empty command list',
      code: yaml`
        apiVersion: velero.io/v1
        kind: Restore
        spec:
          hooks:
            resources:
              - name: h
                postHooks:
                  - init:
                      initContainers:
                        - image: ""
                          command: []
      `,
      errors: [
        { messageId: 'missing', line: 10, column: 19, message: 'has no name', path: 'spec.hooks.resources[0].postHooks[0].init.initContainers[0]' },
        { messageId: 'missing', line: 10, column: 19, message: 'has no image' },
        {
          messageId: 'emptyCommand',
          line: 11,
          column: 28,
          message: 'command is empty, so Velero fails the whole Restore validation (FailedValidation) and restores nothing; give the command to run.',
          path: 'spec.hooks.resources[0].postHooks[0].init.initContainers[0].command',
        },
      ],
    },
    {
      name: 'type mismatches Go json cannot decode',
      code: yaml`
        apiVersion: velero.io/v1
        kind: Restore
        spec:
          hooks:
            resources:
              - name: h
                postHooks:
                  - init:
                      initContainers:
                        - name: init
                          image: 5
                          command: echo hi
                          args: --verbose
                        - name: init2
                          image: alpine
                          command: ["sleep", 10]
                          args: [1]
      `,
      errors: [
        { messageId: 'wrongType', line: 11, column: 26, message: 'image must be a string; Velero cannot decode it and fails the whole Restore validation (FailedValidation).' },
        { messageId: 'wrongType', line: 12, column: 28, message: 'command must be a list of strings', path: 'spec.hooks.resources[0].postHooks[0].init.initContainers[0].command' },
        { messageId: 'wrongType', line: 13, column: 25, message: 'args must be a list of strings' },
        { messageId: 'wrongType', line: 16, column: 38, message: 'every command element must be a string' },
        { messageId: 'wrongType', line: 17, column: 26, message: 'every args element must be a string', path: 'spec.hooks.resources[0].postHooks[0].init.initContainers[1].args' },
      ],
    },
    {
      name: 'an invalid DNS-1123 name passes Velero but not the API server',
      code: yaml`
        apiVersion: velero.io/v1
        kind: Restore
        spec:
          hooks:
            resources:
              - name: h
                postHooks:
                  - init:
                      initContainers:
                        - name: Restore_Init
                          image: alpine
                          command: [/bin/true]
      `,
      errors: [
        {
          messageId: 'badName',
          line: 10,
          column: 25,
          message: 'Init container name "Restore_Init" is not a valid DNS-1123 label',
          path: 'spec.hooks.resources[0].postHooks[0].init.initContainers[0].name',
        },
      ],
    },
    {
      name: 'an entry that is not a mapping; a second resource; a Restore inside a List',
      code: yaml`
        apiVersion: v1
        kind: List
        items:
          - apiVersion: velero.io/v1
            kind: Restore
            spec:
              hooks:
                resources:
                  - name: a
                  - name: b
                    postHooks:
                      - init:
                          initContainers:
                            - alpine
      `,
      errors: [
        {
          messageId: 'notMap',
          line: 14,
          column: 23,
          message: 'This init container is not a mapping, so Velero fails the Restore validation (FailedValidation); write a container with name, image and command.',
          path: 'items[0].spec.hooks.resources[1].postHooks[0].init.initContainers[0]',
        },
      ],
    },
  ],
})
