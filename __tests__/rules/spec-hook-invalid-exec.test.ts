import rule from '../../src/rules/spec-hook-invalid-exec.js'
import { runRuleTests, yaml } from '../support/rule-tester.js'

runRuleTests(rule, {
  valid: [
    {
      name: 'the docs examples: Restore exec hooks, Backup pre/post, Schedule template hooks',
      code: yaml`
        apiVersion: velero.io/v1
        kind: Restore
        metadata: {name: r, namespace: velero}
        spec:
          hooks:
            resources:
              - name: restore-hook-1
                postHooks:
                  - exec:
                      container: postgres
                      command: [/bin/bash, -c, "while ! pg_isready; do sleep 1; done"]
                      execTimeout: 1m
                      waitTimeout: 5m
                      onError: Fail
                      waitForReady: true
                  - init:
                      initContainers: [{name: i, image: alpine, command: [x]}]
        ---
        apiVersion: velero.io/v1
        kind: Backup
        metadata: {name: b}
        spec:
          hooks:
            resources:
              - name: h
                pre:
                  - exec: {container: db, command: [/sbin/fsfreeze, --freeze, /data], onError: Continue, timeout: 30s}
                post:
                  - exec: {command: [/sbin/fsfreeze, --unfreeze, /data]}
        ---
        apiVersion: velero.io/v1
        kind: Schedule
        metadata: {name: s}
        spec:
          schedule: "0 1 * * *"
          template:
            hooks:
              resources:
                - name: h
                  pre:
                    - exec: {command: [/bin/true], timeout: 30m}
      `,
    },
    {
      name: 'a Backup has no execTimeout/waitForReady checks; a non-Velero Backup kind is ignored',
      code: yaml`
        apiVersion: velero.io/v1
        kind: Backup
        spec:
          hooks:
            resources:
              - name: h
                pre: [{exec: {command: [x], waitForReady: maybe}}]
        ---
        apiVersion: stash.appscode.com/v1
        kind: Backup
        spec:
          hooks:
            resources:
              - pre: [{exec: {}}]
      `,
    },
  ],
  invalid: [
    {
      name: 'Restore exec hook without a command',
      code: yaml`
        apiVersion: velero.io/v1
        kind: Restore
        metadata: {name: r}
        spec:
          hooks:
            resources:
              - name: h
                postHooks:
                  - exec:
                      container: app
                      onError: Continue
      `,
      errors: [
        {
          messageId: 'missingCommand',
          line: 10,
          column: 15,
          message: 'This exec hook has no command, so the API server rejects the Restore (command is required); add command as a list of strings.',
          path: 'spec.hooks.resources[0].postHooks[0].exec.command',
        },
      ],
    },
    {
      name: 'Backup: a string command, an empty list, a number element',
      code: yaml`
        apiVersion: velero.io/v1
        kind: Backup
        spec:
          hooks:
            resources:
              - name: h
                pre:
                  - exec:
                      command: /sbin/fsfreeze --freeze /data
                  - exec:
                      command: []
                post:
                  - exec:
                      command: [sleep, 10]
      `,
      errors: [
        {
          messageId: 'commandNotList',
          line: 9,
          column: 24,
          message: 'command must be a list of strings; the API server rejects the Backup. Write it as ["/bin/sh", "-c", "…"].',
          path: 'spec.hooks.resources[0].pre[0].exec.command',
        },
        { messageId: 'emptyCommand', line: 11, column: 24, message: 'command is an empty list, so the API server rejects the Backup (at least one element is required)', path: 'spec.hooks.resources[0].pre[1].exec.command' },
        { messageId: 'commandElement', line: 14, column: 32, message: 'Every command element must be a string; the API server rejects the Backup. Quote this element.', path: 'spec.hooks.resources[0].post[0].exec.command' },
      ],
    },
    {
      name: 'onError not Continue or Fail',
      code: yaml`
        apiVersion: velero.io/v1
        kind: Restore
        spec:
          hooks:
            resources:
              - name: h
                postHooks:
                  - exec: {command: [x], onError: fail}
                  - exec: {command: [x], onError: Abort}
      `,
      errors: [
        { messageId: 'onError', line: 8, column: 43, message: 'onError "fail" is not Continue or Fail, so the API server rejects the Restore; write "Fail".', path: 'spec.hooks.resources[0].postHooks[0].exec.onError' },
        { messageId: 'onError', line: 9, column: 43, message: 'write "Continue" or "Fail".' },
      ],
    },
    {
      name: 'durations Go cannot parse, a number, a negative duration',
      code: yaml`
        apiVersion: velero.io/v1
        kind: Restore
        spec:
          hooks:
            resources:
              - name: h
                postHooks:
                  - exec:
                      command: [x]
                      execTimeout: 5 min
                      waitTimeout: 30
                  - exec:
                      command: [x]
                      waitTimeout: -1m
      `,
      errors: [
        {
          messageId: 'duration',
          line: 10,
          column: 28,
          message: 'execTimeout "5 min" is not a Go duration (time: unknown unit " min" in duration "5 min"), so Velero cannot decode this Restore; write e.g. "30s" or "5m".',
          path: 'spec.hooks.resources[0].postHooks[0].exec.execTimeout',
        },
        { messageId: 'durationType', line: 11, column: 28, message: 'waitTimeout must be a duration string such as "30s", so the API server rejects the Restore; quote it with a unit.' },
        { messageId: 'negative', line: 14, column: 28, message: 'waitTimeout "-1m" is negative, which disables the timeout (v1.18) or expires the wait at once; use a positive duration.' },
      ],
    },
    {
      name: 'waitForReady that is not a bool',
      code: yaml`
        apiVersion: velero.io/v1
        kind: Restore
        spec:
          hooks:
            resources:
              - name: h
                postHooks:
                  - exec: {command: [x], waitForReady: "true"}
      `,
      errors: [{ messageId: 'waitForReady', line: 8, column: 48, message: 'waitForReady must be true or false; the API server rejects the Restore otherwise.', path: 'spec.hooks.resources[0].postHooks[0].exec.waitForReady' }],
    },
    {
      name: 'a Schedule: hooks under spec.template.hooks',
      code: yaml`
        apiVersion: velero.io/v1
        kind: Schedule
        metadata: {name: daily}
        spec:
          schedule: "@daily"
          template:
            hooks:
              resources:
                - name: h
                  pre:
                    - exec:
                        command: [x]
                        timeout: 1d
                  post:
                    - exec: {}
      `,
      errors: [
        { messageId: 'duration', line: 13, column: 26, message: 'timeout "1d" is not a Go duration (time: unknown unit "d" in duration "1d"), so Velero cannot decode this Schedule', path: 'spec.template.hooks.resources[0].pre[0].exec.timeout' },
        { messageId: 'missingCommand', line: 15, column: 21, message: 'This exec hook has no command, so the API server rejects the Schedule', path: 'spec.template.hooks.resources[0].post[0].exec.command' },
      ],
    },
    {
      name: 'a Backup inside a List and inside an OpenShift Template',
      code: yaml`
        apiVersion: v1
        kind: List
        items:
          - apiVersion: velero.io/v1
            kind: Backup
            spec:
              hooks:
                resources:
                  - name: h
                    pre: [{exec: {command: [], timeout: 30s}}]
        ---
        apiVersion: template.openshift.io/v1
        kind: Template
        objects:
          - apiVersion: velero.io/v1
            kind: Backup
            spec:
              hooks:
                resources:
                  - name: h
                    post: [{exec: {command: [x], onError: continue}}]
      `,
      errors: [
        { messageId: 'emptyCommand', line: 10, column: 36, path: 'items[0].spec.hooks.resources[0].pre[0].exec.command' },
        { messageId: 'onError', line: 21, column: 51, message: 'write "Continue".', path: 'objects[0].spec.hooks.resources[0].post[0].exec.onError' },
      ],
    },
  ],
})
