/** What render injects for an init hook with an image and no command depends on the Velero version. */
import assert from 'node:assert/strict'
import { describe, it } from 'node:test'
import { renderText } from '../../src/render/render-text.js'
import { parseVeleroVersion } from '../../src/velero/versions.js'

const POD = [
  'apiVersion: v1',
  'kind: Pod',
  'metadata:',
  '  name: db',
  '  annotations:',
  '    init.hook.restore.velero.io/container-image: alpine:3.20',
  'spec:',
  '  containers:',
  '    - name: db',
  '      image: postgres:16',
  '',
].join('\n')

const version = (text: string) => {
  const parsed = parseVeleroVersion(text)
  assert.ok(parsed.ok, text)
  return parsed.version
}

describe('render follows the targeted Velero version', () => {
  it('up to 1.18.2 Velero panics on an init hook without a command: the pod is left unchanged', () => {
    const result = renderText('pod.yaml', POD, { volumeMounts: 'none', veleroVersion: version('1.18.2') })
    assert.equal(result.output, undefined)
    assert.ok(result.notes.length > 0)
  })

  it("on main Velero injects the container with no command (the image's entrypoint runs)", () => {
    const result = renderText('pod.yaml', POD, { volumeMounts: 'none', veleroVersion: version('main') })
    assert.ok(result.output?.includes('initContainers:'), result.output)
    assert.match(result.output!, /- name: velero-restore-init-0\n\s+image: alpine:3\.20\n/)
    assert.doesNotMatch(result.output!, /command:/)
  })
})
