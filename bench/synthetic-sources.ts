/**
 * A deterministic repository of Helm charts and Kustomize overlays for the charts-and-overlays
 * stage: CHARTS charts (three templates, a helper, hooks through toYaml, .Values and literals;
 * every fourth with a ci/ value set) and OVERLAYS overlays over OVERLAYS / 2 shared bases
 * (commonAnnotations with hooks, a strategic-merge patch, namePrefix). A few hooks are wrong, so
 * findings are made and mapped back to their source lines as in a real run.
 */
import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import path from 'node:path'

export const CHARTS = 40
export const OVERLAYS = 40
/** Bump when the generated text changes, so a cached repository is rebuilt. */
const GENERATOR_VERSION = 1

const l = (...lines: string[]): string => `${lines.join('\n')}\n`

function chart(i: number): Record<string, string> {
  const dir = `charts/chart-${i}`
  const wrong = i % 5 === 0
  const files: Record<string, string> = {
    [`${dir}/Chart.yaml`]: l('apiVersion: v2', `name: chart-${i}`, 'version: 0.1.0'),
    [`${dir}/values.yaml`]: l(
      'replicas: 2',
      'image: nginx:1.27',
      `container: ${wrong ? 'ap' : 'app'}`,
      'podAnnotations:',
      `  pre.hook.backup.velero.io/command: '["/bin/sh", "-c", "sync"]'`,
      `  pre.hook.backup.velero.io/timeout: ${wrong ? '5 minutes' : '5m'}`,
      '  post.hook.backup.velero.io/command: \'["/bin/true"]\'',
      'cache:',
      '  onError: Fail',
    ),
    [`${dir}/templates/_helpers.tpl`]: l(
      '{{- define "chart.labels" -}}',
      'app.kubernetes.io/name: {{ .Chart.Name }}',
      'app.kubernetes.io/instance: {{ .Release.Name }}',
      '{{- end }}',
    ),
    [`${dir}/templates/deployment.yaml`]: l(
      'apiVersion: apps/v1',
      'kind: Deployment',
      'metadata:',
      '  name: {{ .Release.Name }}-app',
      '  labels: {{- include "chart.labels" . | nindent 4 }}',
      'spec:',
      '  replicas: {{ .Values.replicas }}',
      '  selector:',
      '    matchLabels: {{- include "chart.labels" . | nindent 6 }}',
      '  template:',
      '    metadata:',
      '      labels: {{- include "chart.labels" . | nindent 8 }}',
      '      annotations:',
      '        pre.hook.backup.velero.io/container: {{ .Values.container }}',
      '        {{- toYaml .Values.podAnnotations | nindent 8 }}',
      '    spec:',
      '      containers:',
      '        - name: app',
      '          image: {{ .Values.image }}',
    ),
    [`${dir}/templates/statefulset.yaml`]: l(
      'apiVersion: apps/v1',
      'kind: StatefulSet',
      'metadata:',
      '  name: {{ .Release.Name }}-cache',
      'spec:',
      '  serviceName: cache',
      '  selector: {matchLabels: {app: cache}}',
      '  template:',
      '    metadata:',
      '      labels: {app: cache}',
      '      annotations:',
      `        pre.hook.backup.velero.io/command: '["redis-cli", "save"]'`,
      '        pre.hook.backup.velero.io/on-error: {{ .Values.cache.onError }}',
      '    spec:',
      '      containers:',
      '        - name: redis',
      '          image: redis:7',
    ),
    [`${dir}/templates/service.yaml`]: l('apiVersion: v1', 'kind: Service', 'metadata:', '  name: {{ .Release.Name }}', 'spec:', '  ports:', '    - port: 80'),
  }
  if (i % 4 === 0) files[`${dir}/ci/prod-values.yaml`] = l('replicas: 3', 'cache:', `  onError: ${wrong ? 'fail' : 'Continue'}`)
  return files
}

function base(b: number): Record<string, string> {
  const dir = `deploy/bases/base-${b}`
  return {
    [`${dir}/kustomization.yaml`]: l('resources:', '  - deployment.yaml', '  - service.yaml', 'labels:', '  - pairs:', `      team: team-${b}`),
    [`${dir}/deployment.yaml`]: l(
      'apiVersion: apps/v1',
      'kind: Deployment',
      'metadata:',
      '  name: web',
      'spec:',
      '  selector: {matchLabels: {app: web}}',
      '  template:',
      '    metadata:',
      '      labels: {app: web}',
      '      annotations:',
      `        pre.hook.backup.velero.io/command: '["/bin/sh", "-c", "sync"]'`,
      '    spec:',
      '      containers:',
      '        - name: web',
      '          image: nginx:1.27',
    ),
    [`${dir}/service.yaml`]: l('apiVersion: v1', 'kind: Service', 'metadata:', '  name: web', 'spec:', '  ports:', '    - port: 80'),
  }
}

function overlay(o: number): Record<string, string> {
  const dir = `deploy/overlays/overlay-${o}`
  const wrong = o % 5 === 0
  return {
    [`${dir}/kustomization.yaml`]: l(
      'resources:',
      `  - ../../bases/base-${Math.floor(o / 2)}`,
      `namePrefix: o${o}-`,
      'commonAnnotations:',
      `  post.hook.backup.velero.io/command: '["/bin/true"]'`,
      `  post.hook.backup.velero.io/on-error: ${wrong ? 'fail' : 'Fail'}`,
      'patches:',
      '  - path: patch.yaml',
    ),
    [`${dir}/patch.yaml`]: l(
      'apiVersion: apps/v1',
      'kind: Deployment',
      'metadata:',
      '  name: web',
      'spec:',
      '  template:',
      '    metadata:',
      '      annotations:',
      `        pre.hook.backup.velero.io/container: ${wrong ? 'webb' : 'web'}`,
    ),
  }
}

export function sourcesRepoFiles(charts = CHARTS, overlays = OVERLAYS): Record<string, string> {
  const files: Record<string, string> = {}
  for (let i = 0; i < charts; i++) Object.assign(files, chart(i))
  for (let b = 0; b < Math.ceil(overlays / 2); b++) Object.assign(files, base(b))
  for (let o = 0; o < overlays; o++) Object.assign(files, overlay(o))
  return files
}

/** Writes (or reuses) the repository under `root` and returns its directory. */
export function ensureSourcesRepo(root: string, charts = CHARTS, overlays = OVERLAYS): string {
  const dir = path.join(root, `sources-${charts}c-${overlays}o`)
  const stamp = path.join(dir, '.complete')
  const expected = `v${GENERATOR_VERSION}`
  if (existsSync(stamp) && readFileSync(stamp, 'utf8') === expected) return dir
  rmSync(dir, { recursive: true, force: true })
  for (const [file, text] of Object.entries(sourcesRepoFiles(charts, overlays))) {
    mkdirSync(path.dirname(path.join(dir, file)), { recursive: true })
    writeFileSync(path.join(dir, file), text)
  }
  writeFileSync(stamp, expected)
  return dir
}

/** The renders our run makes on that repository, for the floor: helm's arguments per value set, and the overlay directories. */
export function plainRenders(dir: string): { helm: string[][]; kustomize: string[] } {
  const helm: string[][] = []
  const kustomize: string[] = []
  for (const name of readdirSync(path.join(dir, 'charts')).sort()) {
    helm.push(['template', '--', 'release-name', `./charts/${name}`])
    const ci = `charts/${name}/ci/prod-values.yaml`
    if (existsSync(path.join(dir, ci))) helm.push(['template', `--values=${ci}`, '--', 'release-name', `./charts/${name}`])
  }
  for (const name of readdirSync(path.join(dir, 'deploy', 'overlays')).sort()) kustomize.push(`deploy/overlays/${name}`)
  return { helm, kustomize }
}
