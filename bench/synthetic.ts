/**
 * A deterministic generator of synthetic repositories: the worst case for the engine. Every file is
 * a multi-document manifest of hooked Deployments, CronJobs, StatefulSets and Pods (plus the odd
 * Velero Restore), so every file passes the Velero pre-filter and must be parsed, modelled and
 * checked. Some documents carry real mistakes so the rules do their reporting work too.
 *
 * Same scale → same bytes, on every machine: the only randomness is a seeded PRNG.
 */
import { existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import path from 'node:path'

/** Files per 1× repository; 1× ≈ 3.3 MB, so 16× ≈ 53 MB, about the size of the typical corpus. */
export const FILES_PER_SCALE = 120
export const DOCUMENTS_PER_FILE = 12
/** Bump when the generated text changes, so cached repositories are rebuilt. */
const GENERATOR_VERSION = 1

/** mulberry32: tiny, fast, and the same sequence everywhere. */
export function prng(seed: number): () => number {
  let a = seed >>> 0
  return () => {
    a = (a + 0x6d2b79f5) >>> 0
    let t = a
    t = Math.imul(t ^ (t >>> 15), t | 1)
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61)
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296
  }
}

const WORDS = ['api', 'web', 'db', 'cache', 'queue', 'auth', 'search', 'billing', 'report', 'mail', 'etl', 'gateway']
const IMAGES = ['alpine:3.20', 'busybox:1.36', 'postgres:16.3', 'redis:7.2', 'nginx:1.27', 'registry.example.com/team/tool:v2.4.1']

function pick<T>(rand: () => number, items: readonly T[]): T {
  return items[Math.floor(rand() * items.length)]!
}

function hookAnnotations(rand: () => number, container: string, indent: string): string {
  const lines: string[] = []
  const mistake = rand()
  lines.push(`pre.hook.backup.velero.io/container: ${container}`)
  // ~1 in 10 documents has a mistake a rule reports (bad JSON, unknown key, bad duration, bad on-error).
  if (mistake < 0.03) lines.push(`pre.hook.backup.velero.io/command: '["/bin/sh", "-c", "pg_dump > /backup/db.sql"'`)
  else lines.push(`pre.hook.backup.velero.io/command: '["/bin/sh", "-c", "sync && fsfreeze --freeze /var/lib/data"]'`)
  lines.push(`pre.hook.backup.velero.io/timeout: ${mistake > 0.97 ? '5 minutes' : `${1 + Math.floor(rand() * 9)}m`}`)
  lines.push(`pre.hook.backup.velero.io/on-error: ${mistake > 0.06 && mistake < 0.08 ? 'Abort' : 'Fail'}`)
  lines.push(`post.hook.backup.velero.io/container: ${container}`)
  lines.push(`post.hook.backup.velero.io/command: '["/sbin/fsfreeze", "--unfreeze", "/var/lib/data"]'`)
  if (rand() < 0.5) {
    lines.push(`post.hook.restore.velero.io/command: '["/bin/sh", "-c", "psql < /backup/db.sql"]'`)
    lines.push(`post.hook.restore.velero.io/wait-timeout: 10m`)
    lines.push(`post.hook.restore.velero.io/exec-timeout: 2m`)
  }
  if (rand() < 0.5) {
    lines.push(`init.hook.restore.velero.io/container-image: ${pick(rand, IMAGES)}`)
    lines.push(`init.hook.restore.velero.io/container-name: restore-${container}`)
    const target = mistake > 0.1 && mistake < 0.15 ? '/var/lib/data/' : '/tmp/restored'
    lines.push(`init.hook.restore.velero.io/command: '["/bin/sh", "-c", "touch ${target}"]'`)
  }
  if (mistake > 0.08 && mistake < 0.1) lines.push(`pre.hook.backup.velero.io/comand: '["/bin/true"]'`)
  lines.push(`backup.velero.io/backup-volumes: data,config`)
  lines.push(`prometheus.io/scrape: "true"`)
  lines.push(`app.kubernetes.io/managed-by: synthetic-generator`)
  return lines.map((l) => `${indent}${l}`).join('\n')
}

function podSpec(rand: () => number, name: string, indent: string): string {
  const i = indent
  const env = Array.from({ length: 3 + Math.floor(rand() * 4) }, (_, k) => `${i}      - name: VAR_${k}\n${i}        value: "${WORDS[k % WORDS.length]}-${Math.floor(rand() * 1e6)}"`).join('\n')
  return `${i}containers:
${i}  - name: ${name}
${i}    image: ${pick(rand, IMAGES)}
${i}    args: ["--port=8080", "--log-level=info", "--data=/var/lib/data"]
${i}    ports:
${i}      - containerPort: 8080
${i}        name: http
${i}    env:
${env}
${i}    resources:
${i}      requests: {cpu: 100m, memory: 128Mi}
${i}      limits: {cpu: "1", memory: 512Mi}
${i}    volumeMounts:
${i}      - name: data
${i}        mountPath: /var/lib/data
${i}      - name: config
${i}        mountPath: /etc/${name}
${i}        readOnly: true
${i}  - name: ${name}-sidecar
${i}    image: ${pick(rand, IMAGES)}
${i}    command: ["/bin/sh", "-c", "while true; do sleep 3600; done"]
${i}volumes:
${i}  - name: data
${i}    persistentVolumeClaim:
${i}      claimName: ${name}-data
${i}  - name: config
${i}    configMap:
${i}      name: ${name}-config`
}

function labels(name: string, indent: string): string {
  return `${indent}app.kubernetes.io/name: ${name}\n${indent}app.kubernetes.io/part-of: synthetic\n${indent}tier: backend`
}

function deployment(rand: () => number, name: string): string {
  return `apiVersion: apps/v1
kind: Deployment
metadata:
  name: ${name}
  namespace: team-${pick(rand, WORDS)}
  labels:
${labels(name, '    ')}
spec:
  replicas: ${1 + Math.floor(rand() * 5)}
  selector:
    matchLabels:
      app.kubernetes.io/name: ${name}
  template:
    metadata:
      labels:
${labels(name, '        ')}
      annotations:
${hookAnnotations(rand, name, '        ')}
    spec:
${podSpec(rand, name, '      ')}
`
}

function cronJob(rand: () => number, name: string): string {
  return `apiVersion: batch/v1
kind: CronJob
metadata:
  name: ${name}
  namespace: team-${pick(rand, WORDS)}
spec:
  schedule: "${Math.floor(rand() * 60)} ${Math.floor(rand() * 24)} * * *"
  concurrencyPolicy: Forbid
  jobTemplate:
    spec:
      backoffLimit: 2
      template:
        metadata:
          labels:
${labels(name, '            ')}
          annotations:
${hookAnnotations(rand, name, '            ')}
        spec:
          restartPolicy: OnFailure
${podSpec(rand, name, '          ')}
`
}

function pod(rand: () => number, name: string): string {
  return `apiVersion: v1
kind: Pod
metadata:
  name: ${name}
  labels:
${labels(name, '    ')}
  annotations:
${hookAnnotations(rand, name, '    ')}
spec:
${podSpec(rand, name, '  ')}
`
}

function statefulSet(rand: () => number, name: string): string {
  return deployment(rand, name).replace('kind: Deployment', 'kind: StatefulSet').replace('  replicas:', `  serviceName: ${name}\n  replicas:`)
}

function restore(rand: () => number, name: string): string {
  return `apiVersion: velero.io/v1
kind: Restore
metadata:
  name: ${name}
  namespace: velero
spec:
  backupName: nightly-${Math.floor(rand() * 1000)}
  hooks:
    resources:
      - name: ${name}-hooks
        includedNamespaces: [team-${pick(rand, WORDS)}]
        postHooks:
          - init:
              initContainers:
                - name: restore-seed
                  image: ${pick(rand, IMAGES)}
                  command: ["/bin/sh", "-c", "cp -a /seed/. /data/"]
              timeout: 10m
          - exec:
              container: ${name}
              command: ["/bin/sh", "-c", "echo restored"]
              onError: ${rand() < 0.05 ? 'Ignore' : 'Continue'}
              execTimeout: 1m
              waitTimeout: 5m
`
}

const KINDS = [deployment, cronJob, pod, statefulSet, deployment, cronJob, pod]

export function syntheticFile(seed: number): string {
  const rand = prng(seed)
  const docs: string[] = [`# Synthetic manifest ${seed}: generated by bench/synthetic.ts (worst case: every document is hooked).\n`]
  for (let d = 0; d < DOCUMENTS_PER_FILE; d++) {
    const name = `${pick(rand, WORDS)}-${seed}-${d}`
    const make = d === DOCUMENTS_PER_FILE - 1 && seed % 4 === 0 ? restore : pick(rand, KINDS)
    docs.push(make(rand, name))
  }
  return docs.join('---\n')
}

/**
 * Writes (or reuses) the repository at `scale` under `root` and returns its directory. Files are
 * spread over nested directories like a real repository (apps/<team>/<n>/…).
 */
export function ensureSyntheticRepo(root: string, scale: number): string {
  const dir = path.join(root, `synthetic-${scale}x`)
  const stamp = path.join(dir, '.complete')
  const expected = `v${GENERATOR_VERSION} files=${FILES_PER_SCALE * scale} docs=${DOCUMENTS_PER_FILE}`
  if (existsSync(stamp) && readFileSync(stamp, 'utf8') === expected) return dir
  rmSync(dir, { recursive: true, force: true })
  for (let i = 0; i < FILES_PER_SCALE * scale; i++) {
    const sub = path.join(dir, 'apps', WORDS[i % WORDS.length]!, String(Math.floor(i / 40)))
    mkdirSync(sub, { recursive: true })
    writeFileSync(path.join(sub, `manifest-${i}.${i % 5 === 0 ? 'yml' : 'yaml'}`), syntheticFile(i + 1))
  }
  writeFileSync(stamp, expected)
  return dir
}
