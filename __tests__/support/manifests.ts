/** Generated manifests with findings at known lines (hand-written here; no corpus content). */

const POD_LINES = 12

/**
 * `count` Pods in one multi-document file. 'error': an invalid on-error value (hook-invalid-on-error)
 * on line 8 of each document; 'warning': a command that is not a JSON array (hook-command-not-array)
 * on line 7. Returns the text and the finding line of each Pod.
 */
export function pods(count: number, kind: 'error' | 'warning', prefix = 'p'): { text: string; lines: number[] } {
  const docs: string[] = []
  const lines: number[] = []
  for (let i = 0; i < count; i++) {
    const command = kind === 'warning' ? `echo hello-${i}` : `'["/bin/true"]'`
    const onError = kind === 'error' ? `Abort${i}` : 'Fail'
    docs.push(
      [
        '---',
        'apiVersion: v1',
        'kind: Pod',
        'metadata:',
        `  name: ${prefix}${i}`,
        '  annotations:',
        `    pre.hook.backup.velero.io/command: ${command}`,
        `    pre.hook.backup.velero.io/on-error: ${onError}`,
        'spec:',
        '  containers:',
        '    - name: app',
        '      image: nginx',
      ].join('\n'),
    )
    lines.push(i * POD_LINES + (kind === 'error' ? 8 : 7))
  }
  return { text: `${docs.join('\n')}\n`, lines }
}

/** A Helm-style template that mentions Velero: one template-skipped notice. */
export const TEMPLATE_WITH_HOOK = 'metadata:\n  annotations:\n    pre.hook.backup.velero.io/command: {{ .Values.backupCommand | quote }}\n'

export const CLEAN_POD = [
  'apiVersion: v1',
  'kind: Pod',
  'metadata:',
  '  name: clean',
  '  annotations:',
  `    pre.hook.backup.velero.io/command: '["/bin/true"]'`,
  'spec:',
  '  containers:',
  '    - name: app',
  '      image: nginx',
  '',
].join('\n')
