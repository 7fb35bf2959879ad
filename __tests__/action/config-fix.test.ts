/**
 * The committed bundle reads the repository's .velero-hooks.yaml and applies `fix: true`, as the CLI does.
 */
import assert from 'node:assert/strict'
import { describe, it } from 'node:test'
import { runAction } from '../support/run-action.js'

const DEPLOYMENT = `apiVersion: apps/v1
kind: Deployment
metadata:
  name: orders
  annotations:
    # Velero never reads this: it belongs in the pod template.
    pre.hook.backup.velero.io/command: '["/bin/sync"]'
spec:
  selector: {matchLabels: {app: orders}}
  template:
    metadata:
      labels: {app: orders}
    spec:
      containers:
        - name: app
          image: orders:1.0
`

const VENDORED = `apiVersion: v1
kind: Pod
metadata:
  name: third-party
  annotations:
    post.hook.restore.velero.io/on-error: abort
    post.hook.restore.velero.io/command: '["/bin/true"]'
spec:
  containers: [{name: app, image: x:1}]
`

describe('action: configuration file and fix', () => {
  it('applies the configuration file: excluded paths and rule levels', async () => {
    const run = await runAction({
      files: {
        'k8s/orders.yaml': DEPLOYMENT,
        'vendor/chart/pod.yaml': VENDORED,
        '.velero-hooks.yaml': 'rules:\n  hook-annotation-on-controller: warning\nexclude:\n  - path: vendor/**\n',
      },
    })
    assert.equal(run.code, 0, run.stdout + run.stderr)
    assert.equal(run.outputs.errors, '0')
    assert.equal(run.outputs.warnings, '1')
    const warnings = run.annotations.filter((a) => a.command === 'warning' && a.properties.file)
    assert.deepEqual(warnings.map((a) => [a.properties.file, a.properties.line, a.properties.title]), [
      ['k8s/orders.yaml', '7', 'velero-hooks: hook-annotation-on-controller'],
    ])
  })

  it('refuses an invalid configuration file with its position', async () => {
    const run = await runAction({ files: { 'a.yaml': DEPLOYMENT, '.velero-hooks.yaml': 'rules:\n  no-such-rule: off\n' } })
    assert.equal(run.code, 1)
    assert.match(run.stdout, /::error::velero-hooks: .*\.velero-hooks\.yaml:2:3: unknown rule id "no-such-rule"/)
  })

  it('fix: true moves the annotations into the pod template, keeps the comment, and reports what is left', async () => {
    const run = await runAction({ files: { 'k8s/orders.yaml': DEPLOYMENT }, inputs: { fix: 'true' }, collect: ['k8s/orders.yaml'] })
    assert.equal(run.code, 0, run.stdout + run.stderr)
    assert.equal(run.outputs.fixed, 'k8s/orders.yaml')
    assert.equal(run.outputs.errors, '0')
    const fixed = run.collected['k8s/orders.yaml']!
    assert.match(fixed, /template:\n    metadata:\n      labels: \{app: orders\}\n      annotations:\n        # Velero never reads this: it belongs in the pod template\.\n        pre\.hook\.backup\.velero\.io\/command: '\["\/bin\/sync"\]'/)
  })
})
