/**
 * The hook plan's text and Markdown forms (report/plan-*), on plans buildHookPlan makes of small
 * hand-written repositories: what each state of the plan reads like (defaults, hidden hooks,
 * certainty, shared-PVC pulls, notes, refused init containers), the collapsible section and the
 * byte limit with its note.
 */
import assert from 'node:assert/strict'
import { describe, it } from 'node:test'
import { buildHookPlan } from '../../src/engine/hook-plan.js'
import { repoModelFromTexts } from '../../src/engine/repo-facts.js'
import { formatPlan, PLAN_FORMATS } from '../../src/report/plan-format.js'
import { planMarkdownOf } from '../../src/report/plan-markdown.js'
import { formatPlanText } from '../../src/report/plan-text.js'
import { LATEST_RELEASE } from '../../src/velero/versions.js'
import { PLAN_REPO } from '../support/plan-repo.js'

const planOf = (files: Readonly<Record<string, string>>) => buildHookPlan(repoModelFromTexts(files), LATEST_RELEASE)
const V = { veleroVersion: 'v1.18.2' }

const STATES = {
  'apps.yaml': `apiVersion: apps/v1
kind: StatefulSet
metadata: {name: db, namespace: shop}
spec:
  template:
    metadata: {labels: {app: db}}
    spec:
      containers: [{name: postgres, image: postgres}]
      volumes: [{name: data, persistentVolumeClaim: {claimName: data}}]
---
apiVersion: apps/v1
kind: Deployment
metadata: {name: reader, namespace: shop}
spec:
  template:
    metadata:
      labels: {app: reader}
      annotations:
        init.hook.restore.velero.io/container-image: busybox
    spec:
      containers: [{name: r, image: busybox}]
      volumes: [{name: data, persistentVolumeClaim: {claimName: data}}]
---
apiVersion: batch/v1
kind: Job
metadata: {name: migrate, namespace: shop}
spec:
  template:
    metadata:
      labels: {app: db}
      annotations:
        init.hook.restore.velero.io/container-image: busybox
        init.hook.restore.velero.io/command: '["true"]'
    spec:
      restartPolicy: Never
      containers: [{name: m, image: busybox}]
`,
  'velero.yaml': `apiVersion: velero.io/v1
kind: Backup
metadata: {name: db-only, namespace: velero}
spec:
  includedNamespaces: [shop]
  labelSelector: {matchLabels: {app: db}}
---
apiVersion: velero.io/v1
kind: Restore
metadata: {name: from-elsewhere, namespace: velero}
spec:
  backupName: made-elsewhere
  hooks:
    resources:
      - name: bad-init
        labelSelector: {matchLabels: {app: db}}
        postHooks:
          - init:
              initContainers:
                - name: noimage
                  command: [sh]
---
apiVersion: velero.io/v1
kind: Restore
metadata: {name: nameless, namespace: velero}
spec: {}
`,
}

describe('the hook plan as text', () => {
  const text = formatPlanText(planOf(STATES), V)

  it('says how a pod came in when the Backup\'s labels miss it (a PVC shared with a taken pod)', () => {
    assert.ok(text.includes('  - Deployment shop/reader (apps.yaml:13)\n      taken because it mounts PVC data of StatefulSet shop/db (apps.yaml:3), although the Backup\'s labels miss it\n      no hooks\n'), text)
  })

  it('marks what the repository cannot tell, and explains it once at the end', () => {
    assert.ok(text.includes('  - StatefulSet shop/db (apps.yaml:3), target namespace shop, certainty unknown\n'), text)
    assert.match(text, /\n\ncertainty unknown: the repository cannot tell whether Velero takes the pod, or whether the hook selects it .+\n$/)
    assert.doesNotMatch(formatPlanText(planOf(PLAN_REPO), V), /certainty unknown/)
  })

  it('marks a hook whose selection the repository cannot tell', () => {
    const files = {
      'web.yaml': 'apiVersion: v1\nkind: Pod\nmetadata:\n  name: web\n  namespace: shop\n  labels: {app: "{{ .Values.app }}"}\nspec:\n  containers: [{name: app, image: nginx}]\n',
      'b.yaml': 'apiVersion: velero.io/v1\nkind: Backup\nmetadata: {name: b}\nspec:\n  hooks:\n    resources:\n      - name: h\n        labelSelector: {matchLabels: {app: web}}\n        pre: [{exec: {command: [sync]}}]\n',
    }
    const out = formatPlanText(planOf(files), V)
    assert.ok(out.includes('  - Pod shop/web (web.yaml:4)\n      pre  1. spec hook "h" (b.yaml:9): container app (default), command ["sync"], onError Continue (default), timeout 30s (default), certainty unknown\n'), out)
    assert.match(out, /\n\ncertainty unknown: /)
  })

  it('shows an init container Velero refuses, and what it does to the Restore', () => {
    assert.ok(
      text.includes(
        '      init 1. spec hook "bad-init" (velero.yaml:20): name noimage, image (none), command ["sh"]; Velero refuses it (',
      ),
      text,
    )
    assert.match(text, /: the Restore fails validation and restores nothing\n/)
  })

  it("names a Velero-generated init container name as the default, and a Job's pod and a pod Velero panics on", () => {
    assert.match(text, /- Job shop\/migrate \(apps\.yaml:26\), target namespace shop, certainty unknown\n {6}note: a Job's pod: Velero restores it as an orphan/)
    assert.match(text, /init 1\. annotation \(apps\.yaml:32\): name velero-restore-init-<random> \(default\), image busybox, command \["true"\]/)
    assert.match(text, /note: its init annotation has an image but no command: Velero panics on it and does not restore this pod, so no hook reaches it\n/)
  })

  it('says when a Restore names no backup, and that Velero refuses it', () => {
    assert.match(
      text,
      /\nRestore velero\/nameless \(velero\.yaml:\d+\), names no backupName or scheduleName\n {2}Velero refuses this Restore: Restore nameless \(velero\.yaml:\d+\) names neither backupName nor scheduleName, so Velero fails its validation; nothing below runs until it is fixed\n {2}restores no pod of this repository\n/,
    )
  })
})

describe('a Backup, Schedule or Restore Velero refuses (invalid)', () => {
  const files = {
    'w.yaml': 'apiVersion: v1\nkind: Pod\nmetadata: {name: web, namespace: shop, labels: {app: web}}\nspec:\n  containers: [{name: app, image: nginx}]\n',
    'b.yaml':
      'apiVersion: velero.io/v1\nkind: Backup\nmetadata: {name: b, namespace: velero}\nspec:\n  labelSelector: {matchLabels: {app: web}}\n  orLabelSelectors: [{matchLabels: {app: web}}]\n  hooks:\n    resources:\n      - name: h\n        pre: [{exec: {command: [sync]}}]\n',
    's.yaml':
      'apiVersion: velero.io/v1\nkind: Schedule\nmetadata: {name: s, namespace: velero}\nspec:\n  schedule: "@daily"\n  template:\n    labelSelector: {matchLabels: {app: web}}\n    orLabelSelectors: [{matchLabels: {app: x}}]\n',
  }
  const plan = planOf(files)

  it('text: says so under the object, before the pods it would take once fixed', () => {
    const out = formatPlanText(plan, V)
    assert.match(
      out,
      /\nBackup velero\/b \(b\.yaml:3\)\n {2}Velero refuses this Backup: Backup b \(b\.yaml:3\) sets both labelSelector and orLabelSelectors, so Velero fails its validation; nothing below runs until it is fixed\n {2}- Pod shop\/web \(w\.yaml:3\)\n {6}pre {2}1\. spec hook "h"/,
    )
    assert.match(out, /\nSchedule velero\/s \(s\.yaml:3\)\n {2}Velero refuses the Backups of this Schedule: .*; nothing below runs until it is fixed\n/)
  })

  it('markdown: a quoted line under the heading, manifest text escaped', () => {
    const md = planMarkdownOf(plan, V).markdown
    assert.ok(
      md.includes(
        '### Backup velero/b · b.yaml:3\n\n> **Velero refuses this Backup:** Backup b \\(b.yaml:3\\) sets both labelSelector and orLabelSelectors, so Velero fails its validation; nothing below runs until it is fixed.\n\n| Pod |',
      ),
      md,
    )
  })

  it('a valid Backup has no such line', () => {
    assert.doesNotMatch(formatPlanText(planOf(PLAN_REPO), V), /refuses/)
  })
})

describe('the hook plan as Markdown', () => {
  it('is a collapsible section for the job summary, HTML apart from the Markdown by blank lines', () => {
    const { markdown, complete } = planMarkdownOf(planOf(PLAN_REPO), { ...V, collapsible: true })
    assert.equal(complete, true)
    assert.match(markdown, /^<details>\n<summary>Hook plan for Velero v1\.18\.2: 1 Backup, 1 Schedule, 1 Restore<\/summary>\n\n#### Backup velero\/nightly /)
    assert.match(markdown, /\|\n\n<\/details>\n$/)
    assert.doesNotMatch(markdown, /\n\n\n/)
  })

  it('stops at the byte limit with a note saying how much is shown and where the rest is', () => {
    const files: Record<string, string> = { ...PLAN_REPO }
    for (let i = 0; i < 200; i++) files[`velero/b${i}.yaml`] = PLAN_REPO['velero/nightly.yaml']!.replace('name: nightly', `name: b${i}`)
    const plan = planOf(files)
    const full = planMarkdownOf(plan, { ...V, collapsible: true })
    assert.ok(Buffer.byteLength(full.markdown) > 50_000)
    const cut = planMarkdownOf(plan, { ...V, collapsible: true, limitBytes: 8192, elsewhere: 'the plan file plan.json' })
    assert.equal(cut.complete, false)
    assert.ok(Buffer.byteLength(cut.markdown) <= 8192, String(Buffer.byteLength(cut.markdown)))
    const m = /\n> \*\*The hook plan is cut short here:\*\* (\d+) of 203 Backups, Schedules and Restores are shown in full\. The whole plan is in the plan file plan\.json\.\n\n<\/details>\n$/.exec(cut.markdown)
    assert.ok(m, cut.markdown.slice(-400))
    const headings = cut.markdown.match(/^#### /gm)?.length ?? 0
    assert.ok(Number(m[1]) >= 1 && Number(m[1]) <= headings, `${m[1]} shown, ${headings} headings`)
  })

  it('names the charts and overlays whose pods it does not show', () => {
    const md = planMarkdownOf(planOf(PLAN_REPO), { ...V, unrendered: ['charts/shop', 'overlays/prod'] }).markdown
    assert.match(md, /\n\nNot in the plan: the pods of the Helm charts and Kustomize overlays in charts\/shop, overlays\/prod, which were not rendered/)
  })
})

describe('formatPlan', () => {
  it('has text, json and markdown, each ending with a newline', () => {
    assert.deepEqual(PLAN_FORMATS, ['text', 'json', 'markdown'])
    const plan = planOf(PLAN_REPO)
    for (const format of PLAN_FORMATS) assert.match(formatPlan(format, plan, V), /[^\n]\n$/, format)
    assert.deepEqual(Object.keys(JSON.parse(formatPlan('json', plan, V))), ['backups', 'restores'])
  })
})
