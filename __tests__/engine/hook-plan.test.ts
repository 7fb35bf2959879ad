/**
 * The hook plan: repositories (YAML) → the plan's JSON, one table per rule of
 * velero-plan-semantics.md §1–§3. Expected values are the JSON the `plan --format json` contract
 * shows, given as a subset: every key written in a case is compared (arrays element for element, so
 * their lengths too); keys a case leaves out are not. The first test checks one plan in full.
 */
import assert from 'node:assert/strict'
import { describe, it } from 'node:test'
import { buildHookPlan, hookPlanOf, planToJson } from '../../src/engine/hook-plan.js'
import { repoModelFromTexts } from '../../src/engine/repo-facts.js'
import { formatGoDuration } from '../../src/velero/go-values.js'
import { LATEST_RELEASE, parseVeleroVersion } from '../../src/velero/versions.js'
import { yaml } from '../support/rule-tester.js'

function planJson(files: Record<string, string>, velero?: string) {
  const parsed = velero === undefined ? undefined : parseVeleroVersion(velero)
  if (parsed && !parsed.ok) throw new Error(parsed.error)
  return planToJson(buildHookPlan(repoModelFromTexts(files), parsed?.version ?? LATEST_RELEASE))
}

/** `actual` cut down to the keys (and array lengths) `expected` has. */
function subset(actual: unknown, expected: unknown): unknown {
  if (Array.isArray(expected)) return Array.isArray(actual) ? actual.map((a, i) => (i < expected.length ? subset(a, expected[i]) : a)) : actual
  if (expected !== null && typeof expected === 'object') {
    if (actual === null || typeof actual !== 'object') return actual
    const out: Record<string, unknown> = {}
    for (const k of Object.keys(expected)) out[k] = subset((actual as Record<string, unknown>)[k], (expected as Record<string, unknown>)[k])
    return out
  }
  return actual
}

interface Case {
  name: string
  files: Record<string, string>
  velero?: string
  expected: unknown
}

function runCases(cases: readonly Case[]): void {
  for (const c of cases) {
    it(c.name, () => {
      const actual = planJson(c.files, c.velero)
      assert.deepEqual(subset(actual, c.expected), c.expected)
    })
  }
}

/** A Deployment in a namespace, with pod labels, annotations, containers and PVC claims. */
function deployment(name: string, ns: string | undefined, opts: { labels?: string; annotations?: string; containers?: string; claims?: string[]; kind?: string } = {}): string {
  const kind = opts.kind ?? 'Deployment'
  const volumes = (opts.claims ?? []).map((c, i) => `{name: v${i}, persistentVolumeClaim: {claimName: ${c}}}`).join(', ')
  const template = [
    `    metadata:`,
    `      labels: {${opts.labels ?? `app: ${name}`}}`,
    ...(opts.annotations ? [`      annotations: {${opts.annotations}}`] : []),
    `    spec:`,
    `      containers: [${opts.containers ?? '{name: app, image: nginx}'}]`,
    ...(volumes ? [`      volumes: [${volumes}]`] : []),
  ].join('\n')
  const metadata = ns === undefined ? `{name: ${name}}` : `{name: ${name}, namespace: ${ns}}`
  if (kind === 'CronJob') {
    const indented = template.replace(/^/gm, '        ')
    return `apiVersion: batch/v1\nkind: CronJob\nmetadata: ${metadata}\nspec:\n  schedule: "@daily"\n  jobTemplate:\n    spec:\n      template:\n${indented}\n`
  }
  return `apiVersion: ${kind === 'Job' ? 'batch/v1' : 'apps/v1'}\nkind: ${kind}\nmetadata: ${metadata}\nspec:\n  template:\n${template}\n`
}

function backup(name: string, spec: string, kind: 'Backup' | 'Schedule' = 'Backup'): string {
  const body = spec.replace(/^/gm, kind === 'Schedule' ? '    ' : '  ')
  const head = `apiVersion: velero.io/v1\nkind: ${kind}\nmetadata: {name: ${name}, namespace: velero}\nspec:\n`
  return kind === 'Schedule' ? `${head}  schedule: "0 1 * * *"\n  template:\n${body}\n` : `${head}${body}\n`
}

function restore(name: string, spec: string): string {
  return `apiVersion: velero.io/v1\nkind: Restore\nmetadata: {name: ${name}, namespace: velero}\nspec:\n${spec.replace(/^/gm, '  ')}\n`
}

const podOf = (ns: string | null, name: string) => ({ workload: { namespace: ns, name } })

describe('hook plan: the whole JSON of one plan', () => {
  it('has exactly the issue shape plus the added fields', () => {
    const files = {
      'app.yaml': yaml`
        apiVersion: apps/v1
        kind: Deployment
        metadata: {name: web, namespace: shop}
        spec:
          template:
            metadata:
              labels: {app: web}
              annotations: {pre.hook.backup.velero.io/command: '["/bin/freeze", "-f"]'}
            spec:
              containers: [{name: app, image: nginx}]
      `,
      'velero.yaml': yaml`
        apiVersion: velero.io/v1
        kind: Backup
        metadata: {name: nightly, namespace: velero}
        spec:
          includedNamespaces: [shop]
          hooks:
            resources:
            - name: sync
              pre:
              - exec: {command: [/bin/sync]}
              post:
              - exec: {container: app, command: [/bin/thaw], onError: Fail, timeout: 2m}
        ---
        apiVersion: velero.io/v1
        kind: Restore
        metadata: {name: back, namespace: velero}
        spec:
          backupName: nightly
          namespaceMapping: {shop: shop-copy}
          hooks:
            resources:
            - name: prep
              postHooks:
              - init:
                  initContainers:
                  - {name: warm, image: busybox, command: [sh, -c, "true"]}
              - exec: {command: [/bin/check], waitTimeout: 5m, waitForReady: true}
      `,
    }
    const workload = { kind: 'Deployment', namespace: 'shop', name: 'web', file: 'app.yaml', line: 3 }
    assert.deepEqual(planJson(files), {
      backups: [
        {
          kind: 'Backup',
          name: 'nightly',
          namespace: 'velero',
          file: 'velero.yaml',
          line: 3,
          pods: [
            {
              workload,
              certainty: 'yes',
              via: 'selector',
              sharedWith: null,
              pre: [
                {
                  source: 'annotation',
                  container: 'app',
                  command: ['/bin/freeze', '-f'],
                  onError: 'Continue',
                  timeout: '30s',
                  file: 'app.yaml',
                  line: 8,
                  defaulted: ['container', 'onError', 'timeout'],
                  hookName: null,
                  certainty: 'yes',
                },
              ],
              post: [
                {
                  source: 'spec',
                  container: 'app',
                  command: ['/bin/thaw'],
                  onError: 'Fail',
                  timeout: '2m0s',
                  file: 'velero.yaml',
                  line: 12,
                  defaulted: [],
                  hookName: 'sync',
                  certainty: 'yes',
                },
              ],
              hidden: [
                {
                  phase: 'pre',
                  source: 'spec',
                  container: 'app',
                  command: ['/bin/sync'],
                  onError: 'Continue',
                  timeout: '30s',
                  file: 'velero.yaml',
                  line: 10,
                  defaulted: ['container', 'onError', 'timeout'],
                  hookName: 'sync',
                  certainty: 'yes',
                },
              ],
            },
          ],
          invalid: null,
        },
      ],
      restores: [
        {
          name: 'back',
          namespace: 'velero',
          backup: 'nightly',
          file: 'velero.yaml',
          line: 16,
          source: { kind: 'Backup', name: 'nightly', namespace: 'velero', file: 'velero.yaml', line: 3 },
          pods: [
            {
              workload,
              certainty: 'yes',
              targetNamespace: 'shop-copy',
              initContainers: [
                {
                  source: 'spec',
                  name: 'warm',
                  image: 'busybox',
                  command: ['sh', '-c', 'true'],
                  file: 'velero.yaml',
                  line: 26,
                  defaulted: [],
                  hookName: 'prep',
                  certainty: 'yes',
                  invalid: null,
                  container: { name: 'warm', image: 'busybox', command: ['sh', '-c', 'true'] },
                },
              ],
              exec: [
                {
                  source: 'spec',
                  container: 'app',
                  command: ['/bin/check'],
                  onError: 'Continue',
                  execTimeout: '30s',
                  waitTimeout: '5m0s',
                  waitForReady: true,
                  file: 'velero.yaml',
                  line: 27,
                  defaulted: ['container', 'onError', 'execTimeout'],
                  hookName: 'prep',
                  certainty: 'yes',
                },
              ],
              hidden: [],
              notes: [],
            },
          ],
          invalid: null,
        },
      ],
    })
  })

  it('is plain JSON data (it survives JSON.stringify unchanged) and hookPlanOf shares one plan', () => {
    const repo = repoModelFromTexts({ 'a.yaml': deployment('web', 'shop'), 'b.yaml': backup('b', 'includedNamespaces: [shop]') })
    const json = planToJson(hookPlanOf(repo, LATEST_RELEASE))
    assert.deepEqual(JSON.parse(JSON.stringify(json)), json)
    assert.equal(hookPlanOf(repo, LATEST_RELEASE), hookPlanOf(repo, LATEST_RELEASE))
  })
})

describe('hook plan: which pods a Backup takes (§1.2)', () => {
  runCases([
    {
      name: 'namespaces sorted, then names; a Backup that takes nothing has "pods": []',
      files: {
        'a.yaml': [deployment('zeta', 'a'), deployment('alpha', 'b'), deployment('beta', 'a')].join('---\n'),
        'b.yaml': [backup('all', 'includedNamespaces: ["*"]'), backup('none', 'includedNamespaces: [other]')].join('---\n'),
      },
      expected: { backups: [{ name: 'all', pods: [podOf('a', 'beta'), podOf('a', 'zeta'), podOf('b', 'alpha')] }, { name: 'none', pods: [] }] },
    },
    {
      name: 'the label selector reads the pod template labels, not the Deployment labels',
      files: {
        'a.yaml': deployment('web', 'shop', { labels: 'tier: front' }).replace('metadata: {name: web, namespace: shop}', 'metadata: {name: web, namespace: shop, labels: {app: web}}'),
        'b.yaml': [backup('by-app', 'labelSelector: {matchLabels: {app: web}}'), backup('by-tier', 'orLabelSelectors: [{matchLabels: {x: y}}, {matchLabels: {tier: front}}]')].join('---\n'),
      },
      expected: { backups: [{ name: 'by-app', pods: [] }, { name: 'by-tier', pods: [podOf('shop', 'web')] }] },
    },
    {
      name: 'resource filters that leave out pods, excluded namespaces and the exclude label take nothing',
      files: {
        'a.yaml': [deployment('web', 'shop'), deployment('skip', 'shop', { labels: 'velero.io/exclude-from-backup: "true"' })].join('---\n'),
        'b.yaml': [
          backup('deploys', 'includedResources: [deployments]'),
          backup('no-shop', 'excludedNamespaces: [shop]'),
          backup('scoped', 'includedNamespaceScopedResources: [pods]'),
        ].join('---\n'),
      },
      expected: { backups: [{ name: 'deploys', pods: [] }, { name: 'no-shop', pods: [] }, { name: 'scoped', pods: [podOf('shop', 'web')] }] },
    },
    {
      name: 'a workload without a namespace is taken with certainty unknown, and listed last',
      files: { 'a.yaml': [deployment('loose', undefined), deployment('web', 'shop')].join('---\n'), 'b.yaml': backup('b', 'includedNamespaces: [shop]') },
      expected: { backups: [{ pods: [{ ...podOf('shop', 'web'), certainty: 'yes' }, { ...podOf(null, 'loose'), certainty: 'unknown' }] }] },
    },
    {
      name: 'templated pod labels make a label selector unknown',
      files: { 'a.yaml': deployment('web', 'shop', { labels: 'app: "{{ .Values.app }}"' }), 'b.yaml': backup('b', 'labelSelector: {matchLabels: {app: web}}') },
      expected: { backups: [{ pods: [{ ...podOf('shop', 'web'), certainty: 'unknown' }] }] },
    },
    {
      name: 'a Backup namespace glob is literal up to v1.17',
      velero: '1.17',
      files: { 'a.yaml': deployment('web', 'app-1'), 'b.yaml': backup('b', 'includedNamespaces: ["app-*"]') },
      expected: { backups: [{ pods: [] }] },
    },
    {
      name: 'a Backup namespace glob is expanded from v1.18',
      velero: '1.18',
      files: { 'a.yaml': deployment('web', 'app-1'), 'b.yaml': backup('b', 'includedNamespaces: ["app-*"]') },
      expected: { backups: [{ pods: [podOf('app-1', 'web')] }] },
    },
    {
      name: 'a Schedule is planned as the Backups its template makes',
      files: {
        'a.yaml': deployment('web', 'shop'),
        's.yaml': backup('daily', 'includedNamespaces: [shop]\nhooks:\n  resources:\n  - name: h\n    pre: [{exec: {command: [a]}}]', 'Schedule'),
      },
      expected: { backups: [{ kind: 'Schedule', name: 'daily', pods: [{ ...podOf('shop', 'web'), pre: [{ source: 'spec', command: ['a'], hookName: 'h' }] }] }] },
    },
  ])
})

describe('hook plan: pods pulled in by a shared PVC (§1.2, X19)', () => {
  const files = {
    'a.yaml': [
      deployment('db', 'shop', { labels: 'app: db', claims: ['data'] }),
      deployment('reader', 'shop', { labels: 'app: reader', claims: ['data', 'logs'] }),
      deployment('shipper', 'shop', { labels: 'app: shipper', claims: ['logs'] }),
      deployment('lonely', 'shop', { labels: 'app: lonely', claims: ['other'] }),
      deployment('elsewhere', 'prod', { labels: 'app: elsewhere', claims: ['data'] }),
    ].join('---\n'),
    'b.yaml': backup('db', 'labelSelector: {matchLabels: {app: db}}'),
  }
  const pulled = (name: string, claimName: string, by: string) => ({ ...podOf('shop', name), via: 'shared-pvc', certainty: 'yes', sharedWith: { claimName, workload: { name: by } } })
  runCases([
    {
      name: 'since v1.15 a pod mounting a claim of a taken pod comes in too, transitively, in the same namespace only',
      velero: '1.15',
      files,
      expected: { backups: [{ pods: [{ ...podOf('shop', 'db'), via: 'selector', sharedWith: null }, pulled('reader', 'data', 'db'), pulled('shipper', 'logs', 'reader')] }] },
    },
    { name: 'up to v1.14 only the selected pods', velero: '1.14', files, expected: { backups: [{ pods: [{ ...podOf('shop', 'db'), via: 'selector' }] }] } },
    {
      name: 'no PVCs in the backup, no side door',
      files: { ...files, 'b.yaml': backup('db', 'labelSelector: {matchLabels: {app: db}}\nincludedResources: [pods]') },
      expected: { backups: [{ pods: [podOf('shop', 'db')] }] },
    },
  ])
})

describe('hook plan: backup hooks on one pod (§1.3–§1.5)', () => {
  const twoEntries = yaml`
    hooks:
      resources:
      - name: first
        pre: [{exec: {command: [one]}}, {exec: {command: [two]}}]
        post: [{exec: {command: [three]}}]
      - name: second
        labelSelector: {matchLabels: {app: web}}
        pre: [{exec: {command: [four]}}]
      - name: never
        labelSelector: {matchLabels: {app: other}}
        pre: [{exec: {command: [five]}}]
      - name: deployments
        includedResources: [deployments]
        pre: [{exec: {command: [six]}}]
      - name: no-exec
        pre: [{}]
  `
  const pre = (...commands: string[]) => commands.map((c) => ({ source: 'spec', command: [c] }))
  runCases([
    {
      name: 'every matching entry runs, in spec order; a selector or a resource filter that misses drops the entry',
      files: { 'a.yaml': deployment('web', 'shop'), 'b.yaml': backup('b', twoEntries) },
      expected: { backups: [{ pods: [{ pre: pre('one', 'two', 'four'), post: pre('three'), hidden: [] }] }] },
    },
    {
      name: 'a pre annotation hides the spec pre hooks only',
      files: { 'a.yaml': deployment('web', 'shop', { annotations: 'pre.hook.backup.velero.io/command: x' }), 'b.yaml': backup('b', twoEntries) },
      expected: {
        backups: [
          {
            pods: [
              {
                pre: [{ source: 'annotation', command: ['x'] }],
                post: pre('three'),
                hidden: [
                  { phase: 'pre', command: ['one'] },
                  { phase: 'pre', command: ['two'] },
                  { phase: 'pre', command: ['four'] },
                ],
              },
            ],
          },
        ],
      },
    },
    {
      name: 'a post annotation hides the spec post hooks only',
      files: { 'a.yaml': deployment('web', 'shop', { annotations: 'post.hook.backup.velero.io/command: "[\\"y\\", \\"z\\"]"' }), 'b.yaml': backup('b', twoEntries) },
      expected: { backups: [{ pods: [{ pre: pre('one', 'two', 'four'), post: [{ source: 'annotation', command: ['y', 'z'] }], hidden: [{ phase: 'post', command: ['three'] }] }] }] },
    },
    {
      name: 'the legacy unprefixed annotation is a pre hook (never post), read only without the prefixed one',
      files: {
        'a.yaml': [
          deployment('legacy', 'shop', { annotations: 'hook.backup.velero.io/command: old, hook.backup.velero.io/container: side' }),
          deployment('both', 'shop', { annotations: 'hook.backup.velero.io/command: old, pre.hook.backup.velero.io/command: new' }),
          deployment('empty', 'shop', { annotations: 'hook.backup.velero.io/command: old, pre.hook.backup.velero.io/command: ""' }),
        ].join('---\n'),
        'b.yaml': backup('b', 'includedNamespaces: [shop]'),
      },
      expected: {
        backups: [
          {
            pods: [
              { ...podOf('shop', 'both'), pre: [{ command: ['new'] }], post: [] },
              { ...podOf('shop', 'empty'), pre: [{ command: ['old'] }], post: [] },
              { ...podOf('shop', 'legacy'), pre: [{ command: ['old'], container: 'side', defaulted: ['onError', 'timeout'] }], post: [] },
            ],
          },
        ],
      },
    },
    {
      name: 'annotation commands as Velero parses them: JSON arrays, anything else one argument',
      files: {
        'a.yaml': deployment('web', 'shop', { annotations: `pre.hook.backup.velero.io/command: "/bin/sh -c 'x'", post.hook.backup.velero.io/command: "['a']"` }),
        'b.yaml': backup('b', ''),
      },
      expected: { backups: [{ pods: [{ pre: [{ command: ["/bin/sh -c 'x'"] }], post: [{ command: ["['a']"] }] }] }] },
    },
    {
      name: 'the default container is the first container; a hook namespace selector on an unnamespaced pod is unknown',
      files: {
        'a.yaml': deployment('web', undefined, { containers: '{name: main, image: a}, {name: side, image: b}' }),
        'b.yaml': backup('b', 'hooks:\n  resources:\n  - name: h\n    includedNamespaces: [shop]\n    pre: [{exec: {command: [a]}}, {exec: {container: side, command: [b]}}]'),
      },
      expected: {
        backups: [
          {
            pods: [
              {
                certainty: 'unknown',
                pre: [
                  { container: 'main', defaulted: ['container', 'onError', 'timeout'], certainty: 'unknown' },
                  { container: 'side', defaulted: ['onError', 'timeout'], certainty: 'unknown' },
                ],
              },
            ],
          },
        ],
      },
    },
  ])
})

describe('hook plan: backup timeouts and on-error as Velero applies them (§1.7, §4 row 2)', () => {
  const spec = yaml`
    hooks:
      resources:
      - name: h
        pre:
        - exec: {command: [a]}
        - exec: {command: [b], timeout: 0s, onError: Fail}
        - exec: {command: [c], timeout: -5s, onError: Continue}
        - exec: {command: [d], timeout: 5h}
        - exec: {command: [e], timeout: 90s}
  `
  const files = { 'a.yaml': deployment('web', 'shop'), 'b.yaml': backup('b', spec) }
  const hook = (command: string, timeout: string, onError: string, defaulted: string[]) => ({ command: [command], timeout, onError, defaulted })
  runCases([
    {
      name: 'v1.18.2: 0 is 30s, a negative timeout is none, no cap; onError defaults to Continue',
      velero: '1.18.2',
      files,
      expected: {
        backups: [
          {
            pods: [
              {
                pre: [
                  hook('a', '30s', 'Continue', ['container', 'onError', 'timeout']),
                  hook('b', '30s', 'Fail', ['container', 'timeout']),
                  hook('c', 'none', 'Continue', ['container']),
                  hook('d', '5h0m0s', 'Continue', ['container', 'onError']),
                  hook('e', '1m30s', 'Continue', ['container', 'onError']),
                ],
              },
            ],
          },
        ],
      },
    },
    {
      name: 'main: ≤0 is 30s and over 4h is 4h',
      velero: 'main',
      files,
      expected: {
        backups: [
          {
            pods: [
              {
                pre: [
                  hook('a', '30s', 'Continue', ['container', 'onError', 'timeout']),
                  hook('b', '30s', 'Fail', ['container', 'timeout']),
                  hook('c', '30s', 'Continue', ['container', 'timeout']),
                  hook('d', '4h0m0s', 'Continue', ['container', 'onError', 'timeout']),
                  hook('e', '1m30s', 'Continue', ['container', 'onError']),
                ],
              },
            ],
          },
        ],
      },
    },
    {
      name: 'annotation values: an unparsable timeout is the default, a misspelt on-error acts as Continue',
      files: {
        'a.yaml': deployment('web', 'shop', { annotations: 'pre.hook.backup.velero.io/command: a, pre.hook.backup.velero.io/timeout: 1d, pre.hook.backup.velero.io/on-error: fail' }),
        'b.yaml': backup('b', ''),
      },
      expected: { backups: [{ pods: [{ pre: [{ source: 'annotation', timeout: '30s', onError: 'Continue', defaulted: ['container', 'onError', 'timeout'] }] }] }] },
    },
  ])

  it('formats durations as Go prints them', () => {
    const cases: [bigint, string][] = [
      [0n, '0s'],
      [1n, '1ns'],
      [1500n, '1.5µs'],
      [300_000_000n, '300ms'],
      [45_000_000_000n, '45s'],
      [90_000_000_000n, '1m30s'],
      [3_600_000_000_000n, '1h0m0s'],
      [3_723_500_000_000n, '1h2m3.5s'],
      [-2_000_000_000n, '-2s'],
    ]
    for (const [ns, text] of cases) assert.equal(formatGoDuration(ns), text)
  })
})

describe('hook plan: which pods a Restore restores (§2.2, §3)', () => {
  const workloads = [
    deployment('web', 'shop', { labels: 'app: web' }),
    deployment('api', 'shop', { labels: 'app: api' }),
    deployment('batch', 'shop', { kind: 'Job' }),
    deployment('nightly', 'shop', { kind: 'CronJob' }),
    deployment('other', 'prod'),
  ].join('---\n')
  runCases([
    {
      name: 'the source Backup’s pods that the Restore’s filters take; CronJob templates never, Job templates with a note',
      files: {
        'a.yaml': workloads,
        'b.yaml': [backup('shop', 'includedNamespaces: [shop]'), restore('r', 'backupName: shop\nexcludedNamespaces: [prod]')].join('---\n'),
      },
      expected: {
        restores: [
          {
            backup: 'shop',
            source: { kind: 'Backup', name: 'shop' },
            pods: [
              { ...podOf('shop', 'api'), notes: [] },
              { ...podOf('shop', 'batch'), notes: ['job-template'] },
              { ...podOf('shop', 'web'), notes: [] },
            ],
          },
        ],
      },
    },
    {
      name: 'Restore label selectors and resource filters',
      files: {
        'a.yaml': workloads,
        'b.yaml': [
          backup('shop', 'includedNamespaces: [shop]'),
          restore('by-label', 'backupName: shop\nlabelSelector: {matchLabels: {app: web}}'),
          restore('no-pods', 'backupName: shop\nincludedResources: [deployments]'),
        ].join('---\n'),
      },
      expected: { restores: [{ name: 'by-label', pods: [podOf('shop', 'web')] }, { name: 'no-pods', pods: [] }] },
    },
    {
      name: 'from a Schedule by scheduleName, and by the name of a Backup it made',
      files: {
        'a.yaml': workloads,
        'b.yaml': [
          backup('daily', 'includedNamespaces: [prod]', 'Schedule'),
          restore('by-schedule', 'scheduleName: daily'),
          restore('by-backup', 'backupName: daily-20250101010101'),
        ].join('---\n'),
      },
      expected: {
        restores: [
          { name: 'by-schedule', backup: 'daily', source: { kind: 'Schedule', name: 'daily' }, pods: [{ ...podOf('prod', 'other'), certainty: 'yes' }] },
          { name: 'by-backup', backup: 'daily-20250101010101', source: { kind: 'Schedule', name: 'daily' }, pods: [{ ...podOf('prod', 'other'), certainty: 'yes' }] },
        ],
      },
    },
    {
      name: 'a backup made elsewhere: every workload its filters take, with certainty unknown; no backup named: nothing',
      files: { 'a.yaml': workloads, 'b.yaml': [restore('outside', 'backupName: made-by-cli\nincludedNamespaces: [prod]'), restore('nameless', 'includedNamespaces: [prod]')].join('---\n') },
      expected: {
        restores: [
          { backup: 'made-by-cli', source: null, invalid: null, pods: [{ ...podOf('prod', 'other'), certainty: 'unknown' }] },
          { backup: null, source: null, pods: [], invalid: 'Restore nameless (b.yaml:10) names neither backupName nor scheduleName, so Velero fails its validation' },
        ],
      },
    },
    {
      name: 'the target namespace follows namespaceMapping',
      files: { 'a.yaml': workloads, 'b.yaml': [backup('all', ''), restore('r', 'backupName: all\nnamespaceMapping: {shop: shop-2}')].join('---\n') },
      expected: {
        restores: [
          {
            pods: [
              { ...podOf('prod', 'other'), targetNamespace: 'prod' },
              { ...podOf('shop', 'api'), targetNamespace: 'shop-2' },
              { ...podOf('shop', 'batch'), targetNamespace: 'shop-2' },
              { ...podOf('shop', 'web'), targetNamespace: 'shop-2' },
            ],
          },
        ],
      },
    },
  ])
})

describe('hook plan: restore init containers (§2.4)', () => {
  const hooks = yaml`
    backupName: all
    namespaceMapping: {shop: shop-2}
    hooks:
      resources:
      - name: source-ns
        includedNamespaces: [shop]
        postHooks:
        - init: {initContainers: [{name: never, image: i, command: [x]}]}
      - name: target-ns
        includedNamespaces: [shop-2]
        postHooks:
        - init: {initContainers: [{name: a, image: i, command: [x]}, {name: b, image: i, command: [x]}]}
        - exec: {command: [e]}
        - init: {initContainers: [{name: c, image: i, command: [x]}]}
      - name: by-created-label
        labelSelector: {matchLabels: {velero.io/restore-name: r}}
        postHooks:
        - init: {initContainers: [{name: never-either, image: i, command: [x]}]}
      - name: everywhere
        postHooks:
        - init: {initContainers: [{name: d, image: i, volumeMounts: [{name: data, mountPath: /d}]}]}
  `
  runCases([
    {
      name: 'every matching entry, in resources, postHooks and initContainers order; matched on the target namespace and the backed-up labels',
      files: { 'a.yaml': deployment('web', 'shop'), 'b.yaml': [backup('all', ''), restore('r', hooks)].join('---\n') },
      expected: {
        restores: [
          {
            pods: [
              {
                initContainers: [
                  { source: 'spec', name: 'a', hookName: 'target-ns', invalid: null },
                  { source: 'spec', name: 'b', hookName: 'target-ns' },
                  { source: 'spec', name: 'c', hookName: 'target-ns' },
                  {
                    source: 'spec',
                    name: 'd',
                    image: 'i',
                    command: [],
                    invalid: "it doesn't have Command, Name or Image field",
                    container: { name: 'd', image: 'i', volumeMounts: [{ name: 'data', mountPath: '/d' }] },
                  },
                ],
                hidden: [],
              },
            ],
          },
        ],
      },
    },
    {
      name: 'an annotation init container hides every spec init hook, and not the spec exec hooks',
      files: {
        'a.yaml': deployment('web', 'shop', { annotations: 'init.hook.restore.velero.io/container-image: busybox, init.hook.restore.velero.io/command: "[\\"prep\\"]"' }),
        'b.yaml': [backup('all', ''), restore('r', hooks)].join('---\n'),
      },
      expected: {
        restores: [
          {
            pods: [
              {
                initContainers: [
                  { source: 'annotation', name: 'velero-restore-init-0', image: 'busybox', command: ['prep'], defaulted: ['name'], container: { name: 'velero-restore-init-0', image: 'busybox', command: ['prep'] } },
                ],
                exec: [{ source: 'spec', command: ['e'] }],
                hidden: [
                  { family: 'init', hookName: 'target-ns' },
                  { family: 'init', hookName: 'target-ns' },
                  { family: 'init', hookName: 'everywhere' },
                ],
              },
            ],
          },
        ],
      },
    },
    {
      name: 'an init annotation without a command: up to v1.18.2 Velero panics and the pod is not restored',
      velero: '1.18',
      files: { 'a.yaml': deployment('web', 'shop', { annotations: 'init.hook.restore.velero.io/container-image: busybox' }), 'b.yaml': [backup('all', ''), restore('r', hooks)].join('---\n') },
      expected: { restores: [{ pods: [{ initContainers: [], exec: [], notes: ['init-command-panics'] }] }] },
    },
    {
      name: 'an init annotation without a command on main: the image entrypoint',
      velero: 'main',
      files: { 'a.yaml': deployment('web', 'shop', { annotations: 'init.hook.restore.velero.io/container-image: busybox' }), 'b.yaml': [backup('all', ''), restore('r', hooks)].join('---\n') },
      expected: { restores: [{ pods: [{ initContainers: [{ source: 'annotation', command: [], container: { name: 'velero-restore-init-0', image: 'busybox' } }], exec: [{ command: ['e'] }], notes: [] }] }] },
    },
  ])
})

describe('hook plan: restore exec hooks (§2.5, §4 row 10)', () => {
  const hooks = yaml`
    backupName: all
    hooks:
      resources:
      - name: first
        postHooks:
        - exec: {container: side, command: [s1]}
        - exec: {command: [m1], execTimeout: 1m, waitTimeout: 0s, onError: Fail}
      - name: created-labels
        labelSelector: {matchLabels: {velero.io/restore-name: r, velero.io/backup-name: all}}
        postHooks:
        - exec: {container: side, command: [s2], waitForReady: true, waitTimeout: 10m}
        - exec: {command: [m2], waitForReady: false}
      - name: other-restore
        labelSelector: {matchLabels: {velero.io/restore-name: someone-else}}
        postHooks:
        - exec: {command: [never]}
  `
  const files = { 'a.yaml': deployment('web', 'shop', { containers: '{name: main, image: a}, {name: side, image: b}' }), 'b.yaml': [backup('all', ''), restore('r', hooks)].join('---\n') }
  runCases([
    {
      name: 'grouped by container in resources/postHooks order; the created pod’s labels match; values as Velero applies them',
      velero: '1.13',
      files,
      expected: {
        restores: [
          {
            pods: [
              {
                exec: [
                  { container: 'side', command: ['s1'], waitTimeout: 'none', waitForReady: false, defaulted: ['onError', 'execTimeout', 'waitTimeout', 'waitForReady'] },
                  { container: 'side', command: ['s2'], waitTimeout: '10m0s', waitForReady: true, defaulted: ['onError', 'execTimeout'] },
                  { container: 'main', command: ['m1'], onError: 'Fail', execTimeout: '1m0s', waitTimeout: 'none', defaulted: ['container', 'waitForReady'] },
                  { container: 'main', command: ['m2'], waitForReady: false, defaulted: ['container', 'onError', 'execTimeout', 'waitTimeout'] },
                ],
              },
            ],
          },
        ],
      },
    },
    {
      name: 'waitForReady is ignored before v1.13',
      velero: '1.12',
      files,
      expected: { restores: [{ pods: [{ exec: [{ command: ['s1'] }, { command: ['s2'], waitForReady: false, defaulted: ['onError', 'execTimeout', 'waitForReady'] }, { command: ['m1'] }, { command: ['m2'] }] }] }] },
    },
    {
      name: 'the exec annotation hides the spec exec hooks; wait-for-ready and timeouts read from it',
      files: {
        ...files,
        'a.yaml': deployment('web', 'shop', {
          containers: '{name: main, image: a}, {name: side, image: b}',
          annotations: 'post.hook.restore.velero.io/command: x, post.hook.restore.velero.io/wait-for-ready: "true", post.hook.restore.velero.io/exec-timeout: 2m, post.hook.restore.velero.io/on-error: Fail',
        }),
      },
      expected: {
        restores: [
          {
            pods: [
              {
                exec: [{ source: 'annotation', container: 'main', command: ['x'], onError: 'Fail', execTimeout: '2m0s', waitTimeout: 'none', waitForReady: true, defaulted: ['container', 'waitTimeout'] }],
                hidden: [
                  { family: 'exec', hookName: 'first' },
                  { family: 'exec', hookName: 'first' },
                  { family: 'exec', hookName: 'created-labels' },
                  { family: 'exec', hookName: 'created-labels' },
                ],
              },
            ],
          },
        ],
      },
    },
    {
      name: 'a selector on the backup-name label of a schedule’s backup is unknown',
      files: {
        'a.yaml': deployment('web', 'shop'),
        'b.yaml': [
          backup('daily', '', 'Schedule'),
          restore('r', 'scheduleName: daily\nhooks:\n  resources:\n  - name: h\n    labelSelector: {matchLabels: {velero.io/backup-name: daily-x}}\n    postHooks: [{exec: {command: [a]}}]'),
        ].join('---\n'),
      },
      expected: { restores: [{ pods: [{ exec: [{ command: ['a'], certainty: 'unknown' }] }] }] },
    },
  ])
})

describe('hook plan: objects Velero refuses before any hook runs', () => {
  runCases([
    {
      name: 'both selectors, a hook selector Velero cannot use, both backupName and scheduleName, an init container ValidateContainer refuses',
      files: {
        'a.yaml': deployment('web', 'shop'),
        'b.yaml': [
          backup('both', 'labelSelector: {matchLabels: {app: web}}\norLabelSelectors: [{matchLabels: {app: web}}]'),
          backup('bad-hook', 'hooks:\n  resources:\n  - name: h\n    labelSelector: {matchExpressions: [{key: app, operator: Exists, values: [x]}]}\n    pre: [{exec: {command: [a]}}]'),
          restore('two-sources', 'backupName: both\nscheduleName: daily'),
          restore('bad-init', 'backupName: both\nhooks:\n  resources:\n  - name: h\n    postHooks: [{init: {initContainers: [{name: x, image: busybox, command: "echo"}]}}]'),
          restore('fine', 'backupName: both\nhooks:\n  resources:\n  - name: h\n    postHooks: [{init: {initContainers: [{Name: x, IMAGE: busybox, command: [echo]}]}}]'),
        ].join('---\n'),
      },
      expected: {
        backups: [
          { name: 'both', invalid: 'Backup both (b.yaml:3) sets both labelSelector and orLabelSelectors, so Velero fails its validation', pods: [podOf('shop', 'web')] },
          { name: 'bad-hook', invalid: 'Backup bad-hook (b.yaml:10) has a hook "h" whose labelSelector Velero cannot use (operator Exists on "app" takes no values, b.yaml:15), so Velero fails it' },
        ],
        restores: [
          { name: 'two-sources', invalid: 'Restore two-sources (b.yaml:20) names both backupName and scheduleName, so Velero fails its validation' },
          { name: 'bad-init', invalid: 'Restore bad-init (b.yaml:27) fails validation, so Velero restores nothing with it: its init container at b.yaml:33 is refused (its command is not a list of strings, so it does not decode as a container)' },
          { name: 'fine', invalid: null, pods: [{ initContainers: [{ name: 'x', image: 'busybox', invalid: null }] }] },
        ],
      },
    },
  ])
})
