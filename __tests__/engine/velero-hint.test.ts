import assert from 'node:assert/strict'
import { describe, it } from 'node:test'
import fc from 'fast-check'
import { bytesHaveVeleroHint, hasVeleroHint } from '../../src/engine/velero-hint.js'

/**
 * What the pre-filter means, written as one RegExp: the anchor words in three casings, the rest of
 * each pattern in any case. The scanner must answer exactly this, on text and on bytes.
 */
const REFERENCE =
  /velero|Velero|VELERO|(?:hook|Hook|HOOK)[sS]?\.(?:[bB][aA][cC][kK][uU][pP]|[rR][eE][sS][tT][oO][rR][eE])|(?:[bB][aA][cC][kK][uU][pP]|[rR][eE][sS][tT][oO][rR][eE])\.[a-zA-Z]{4,8}\.[iI][oO]\/|\b[vV][a-zA-Z]{3,6}[oO]\.[iI][oO]\//

const both = (text: string): boolean => {
  const onText = hasVeleroHint(text)
  assert.equal(bytesHaveVeleroHint(Buffer.from(text)), onText, `bytes and text disagree on ${JSON.stringify(text)}`)
  assert.equal(bytesHaveVeleroHint(new Uint8Array(Buffer.from(text))), onText, 'a plain Uint8Array answers like a Buffer')
  return onText
}

describe('the Velero pre-filter', () => {
  const hints: [string, string][] = [
    ['the word in a comment', '# backed up by Velero\nkind: ConfigMap\n'],
    ['a hook key', 'pre.hook.backup.velero.io/command: x'],
    ['a file-system backup key alone', 'metadata:\n  annotations:\n    backup.velero.io/backup-volumes-excludes: cache\n'],
    ['an upper-case env name', 'env: [{name: VELERO_NAMESPACE}]'],
    ['a hook key with the domain misspelt', 'pre.hook.backup.velro.io/command: x'],
    ['a misspelt domain with no "hook"', 'init.hooks.restore.valero.io/container-image: x'],
    ['backup.<word>.io/', 'backup.velerro.io/backup-volumes: data'],
    ['restore.<word>.io/ in upper case', 'RESTORE.VELARO.IO/x: y'],
    ['v…o.io/ after a non-word character', 'x: vlero.io/foo'],
    ['hooks.restore in any case', 'HOOKS.Restore'],
    ['at the very start', 'velero'],
    ['at the very end', 'x: ["backup.abcd.io/"'],
    ['after multi-byte UTF-8', 'é😀vlero.io/'],
    // Keys spelt with the escapes of a double-quoted YAML (or JSON) scalar.
    ['a hook key with \\x escapes', '"pre.h\\x6fok.backup.v\\x65lero.io/command": x'],
    ['\\u and \\U escapes', '{"\\u0076elero": 1, "b": "\\U00000076elero"}'],
    ['an escaped slash after a misspelt domain', '"pre.h\\x6fok.x.vlero.io\\/command": x'],
    ['an escaped line break inside a word', 'a: "pre.h\\x6fok.backup.ve\\\n    lero.io/command"'],
    ['an escape after multi-byte UTF-8', 'é😀"\\x76elero"'],
  ]
  for (const [name, text] of hints) it(`finds ${name}`, () => assert.equal(both(text), true))

  const none: [string, string][] = [
    ['a webhook configuration', 'kind: ValidatingWebhookConfiguration\nwebhooks: [{name: a.b.io}]\n'],
    ['kubernetes.io annotations', 'app.kubernetes.io/name: x\nhelm.sh/hook: pre-install\n'],
    ['v…o.io/ inside a word', 'xvlero.io/foo'],
    ['v…o.io/ after a word character in another script', 'é_vlero.io/'],
    ['a domain word too long', 'backup.abcdefghi.io/'],
    ['a domain word too short', 'restore.abc.io/'],
    ['hook without .backup/.restore', 'hooks: []\nposthook.exec: x'],
    ['mixed-case anchor words (no Kubernetes key can be written so)', 'vElErO HoOk.backup'],
    ['an empty file', ''],
    ['escapes that spell nothing', 'a: "\\x41\\u0042 \\/ C:\\\\path\\\\to"'],
    ['an escaped backslash before x', 'a: "ve\\\\x6cero"'],
  ]
  for (const [name, text] of none) it(`ignores ${name}`, () => assert.equal(both(text), false))

  it('answers as the reference pattern on text made of its pieces, on text and bytes alike', () => {
    const piece = fc.constantFrom(
      'velero', 'Velero', 'VELERO', 'vElErO', 'hook', 'Hook', 'HOOK', 'hOoK', 's', 'S', '.', '.io/', '.IO/', '.Io/',
      'backup', 'BACKUP', 'Restore', 'restore', 'v', 'V', 'o', 'O', 'abc', 'abcdefgh', 'x', '_', '-', ' ', '\n', 'é', '😀', '\u00ff',
    )
    fc.assert(
      fc.property(fc.array(piece, { maxLength: 12 }), (pieces) => {
        const text = pieces.join('')
        assert.equal(both(text), REFERENCE.test(text), JSON.stringify(text))
      }),
      { numRuns: 5000 },
    )
  })
})
