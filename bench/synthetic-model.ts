/**
 * A synthetic repository for the cross-resource step (issue 12): 10,000 workloads in 50 namespaces,
 * 200 Backups and Schedules and 40 Restores that select them by namespace (names and globs), labels
 * (matchLabels, matchExpressions, orLabelSelectors) and resources, with spec hooks of their own. A
 * third of the workload files carry hook annotations (linted); the rest hold no Velero text, so the
 * pre-filter skips them and they are read for their facts alone, as in a real repository.
 *
 * Same bytes on every machine: the only randomness is bench/synthetic.ts's seeded PRNG.
 */
import { existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import path from 'node:path'
import { prng } from './synthetic.js'

export const MODEL_WORKLOADS = 10_000
export const MODEL_BACKUPS = 200
export const MODEL_RESTORES = 40
const NAMESPACES = 50
const WORKLOADS_PER_FILE = 10
const APPS = ['api', 'web', 'db', 'cache', 'queue', 'auth', 'search', 'billing', 'report', 'mail', 'etl', 'gateway']
const TIERS = ['front', 'back', 'data']
const GENERATOR_VERSION = 1

type Rand = () => number
const pick = <T>(rand: Rand, items: readonly T[]): T => items[Math.floor(rand() * items.length)]!
const ns = (i: number): string => `team-${i % NAMESPACES}`

function annotations(rand: Rand, app: string): string {
  if (rand() < 0.5) return ''
  return `
      annotations:
        pre.hook.backup.velero.io/container: ${app}
        pre.hook.backup.velero.io/command: '["/bin/sh", "-c", "sync"]'
        post.hook.restore.velero.io/command: '["/bin/sh", "-c", "echo restored"]'`
}

function workload(rand: Rand, i: number, hooked: boolean): string {
  const app = pick(rand, APPS)
  const kind = pick(rand, ['Deployment', 'Deployment', 'StatefulSet', 'DaemonSet'])
  return `apiVersion: apps/v1
kind: ${kind}
metadata:
  name: ${app}-${i}
  namespace: ${ns(i)}
  labels: {app: ${app}, team: ${ns(i)}}
spec:
  replicas: ${1 + Math.floor(rand() * 3)}
  selector:
    matchLabels: {app: ${app}, instance: "${i}"}
  template:
    metadata:
      labels:
        app: ${app}
        instance: "${i}"
        tier: ${pick(rand, TIERS)}${hooked ? annotations(rand, app) : ''}
    spec:
      initContainers:
        - name: init-${app}
          image: busybox:1.36
          command: ["/bin/sh", "-c", "true"]
      containers:
        - name: ${app}
          image: registry.example.com/${app}:v${i % 7}
          ports: [{containerPort: 8080}]
          volumeMounts:
            - {name: data, mountPath: /data}
        - name: ${app}-sidecar
          image: envoyproxy/envoy:v1.30
      volumes:
        - name: data
          persistentVolumeClaim: {claimName: ${app}-${i}-data}
`
}

function namespaceFilter(rand: Rand): string {
  const r = rand()
  if (r < 0.15) return 'includedNamespaces: ["*"]'
  if (r < 0.3) return `includedNamespaces: ["team-${Math.floor(rand() * 5)}*"]`
  const list = Array.from({ length: 1 + Math.floor(rand() * 3) }, () => ns(Math.floor(rand() * NAMESPACES)))
  return `includedNamespaces: [${list.join(', ')}]`
}

function labelFilter(rand: Rand, indent: string): string {
  const r = rand()
  if (r < 0.3) return ''
  if (r < 0.6) return `\n${indent}labelSelector: {matchLabels: {app: ${pick(rand, APPS)}}}`
  if (r < 0.8) return `\n${indent}labelSelector: {matchExpressions: [{key: tier, operator: In, values: [${pick(rand, TIERS)}, ${pick(rand, TIERS)}]}]}`
  return `\n${indent}orLabelSelectors: [{matchLabels: {app: ${pick(rand, APPS)}}}, {matchLabels: {tier: ${pick(rand, TIERS)}}}]`
}

function hookEntries(rand: Rand, indent: string, phase: 'backup' | 'restore'): string {
  const entries: string[] = []
  for (let e = 0; e < 1 + Math.floor(rand() * 3); e++) {
    const app = pick(rand, APPS)
    const resources = rand() < 0.1 ? `\n${indent}    includedResources: [deployments]` : rand() < 0.5 ? `\n${indent}    includedResources: [pods]` : ''
    const nsFilter = rand() < 0.5 ? `\n${indent}    includedNamespaces: [${ns(Math.floor(rand() * NAMESPACES))}]` : ''
    const hook =
      phase === 'backup'
        ? `pre:\n${indent}      - exec: {container: ${app}, command: [/bin/sh, -c, sync], onError: Fail, timeout: 30s}`
        : `postHooks:\n${indent}      - init: {initContainers: [{name: seed-${e}, image: busybox:1.36, command: [/bin/sh, -c, "true"]}]}\n${indent}      - exec: {container: ${app}, command: [/bin/sh, -c, "true"], waitTimeout: 5m}`
    entries.push(`${indent}  - name: h${e}${resources}${nsFilter}\n${indent}    labelSelector: {matchLabels: {app: ${app}}}\n${indent}    ${hook}`)
  }
  return `${indent}hooks:\n${indent}  resources:\n${entries.join('\n')}`
}

function backup(rand: Rand, i: number): string {
  const schedule = i % 2 === 1
  const indent = schedule ? '    ' : '  '
  const resources = rand() < 0.05 ? `\n${indent}includedResources: [deployments, statefulsets]` : ''
  const spec = `${indent}${namespaceFilter(rand)}${labelFilter(rand, indent)}${resources}\n${hookEntries(rand, indent, 'backup')}`
  if (!schedule) return `apiVersion: velero.io/v1\nkind: Backup\nmetadata: {name: backup-${i}, namespace: velero}\nspec:\n${spec}\n`
  return `apiVersion: velero.io/v1\nkind: Schedule\nmetadata: {name: schedule-${i}, namespace: velero}\nspec:\n  schedule: "0 ${i % 24} * * *"\n  template:\n${spec}\n`
}

function restore(rand: Rand, i: number): string {
  const from = 2 * Math.floor(rand() * (MODEL_BACKUPS / 2))
  const mapping = rand() < 0.3 ? `\n  namespaceMapping: {${ns(i)}: ${ns(i)}-restored}` : ''
  return `apiVersion: velero.io/v1\nkind: Restore\nmetadata: {name: restore-${i}, namespace: velero}\nspec:\n  backupName: backup-${from}\n  ${namespaceFilter(rand)}${mapping}\n${hookEntries(rand, '  ', 'restore')}\n`
}

/** Writes (or reuses) the repository under `root`; returns its directory. */
export function ensureModelRepo(root: string): string {
  const dir = path.join(root, 'repository-model')
  const stamp = path.join(dir, '.complete')
  const expected = `v${GENERATOR_VERSION} workloads=${MODEL_WORKLOADS} backups=${MODEL_BACKUPS} restores=${MODEL_RESTORES}`
  if (existsSync(stamp) && readFileSync(stamp, 'utf8') === expected) return dir
  rmSync(dir, { recursive: true, force: true })
  writeModelRepo(dir, { workloads: MODEL_WORKLOADS, backups: MODEL_BACKUPS, restores: MODEL_RESTORES })
  writeFileSync(stamp, expected)
  return dir
}

/** The repository at any size (tests use a small one): workload files under apps/, Velero objects under velero/. */
export function writeModelRepo(dir: string, size: { workloads: number; backups: number; restores: number }): void {
  const rand = prng(12)
  for (let f = 0; f * WORKLOADS_PER_FILE < size.workloads; f++) {
    const hooked = f % 3 === 0
    const docs: string[] = []
    for (let i = f * WORKLOADS_PER_FILE; i < Math.min(size.workloads, (f + 1) * WORKLOADS_PER_FILE); i++) docs.push(workload(rand, i, hooked))
    const sub = path.join(dir, 'apps', ns(f), String(Math.floor(f / 50)))
    mkdirSync(sub, { recursive: true })
    writeFileSync(path.join(sub, `workloads-${f}.yaml`), docs.join('---\n'))
  }
  mkdirSync(path.join(dir, 'velero'), { recursive: true })
  for (let f = 0; f * 10 < size.backups; f++) {
    const docs = Array.from({ length: Math.min(10, size.backups - f * 10) }, (_, k) => backup(rand, f * 10 + k))
    writeFileSync(path.join(dir, 'velero', `backups-${f}.yaml`), docs.join('---\n'))
  }
  for (let f = 0; f * 10 < size.restores; f++) {
    const docs = Array.from({ length: Math.min(10, size.restores - f * 10) }, (_, k) => restore(rand, f * 10 + k))
    writeFileSync(path.join(dir, 'velero', `restores-${f}.yaml`), docs.join('---\n'))
  }
}
