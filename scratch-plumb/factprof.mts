import { readFileSync } from 'node:fs'
import fg from '/work/wt-plumb/node_modules/fast-glob/out/index.js'
import { parseManifestStream } from '/work/wt-plumb/src/yaml/parse.js'
import { buildDocumentModel } from '/work/wt-plumb/src/engine/model.js'
import { extractDocumentFacts } from '/work/wt-plumb/src/engine/repo-facts.js'
const dir = '/tmp/velero-hooks-bench/synthetic-1x'
const files = (await fg(['**/*.yaml', '**/*.yml'], { cwd: dir })).map((f: string) => [f, readFileSync(`${dir}/${f}`, 'utf8')] as const)
const prepared = files.map(([f, t]) => { const s = parseManifestStream(t); const docs = [...s.documents]; return { f, s, docs: docs.map((d, i) => [d, buildDocumentModel(d, i)] as const) } })
const t0 = performance.now()
for (let pass = 0; pass < 20; pass++) for (const p of prepared) for (const [d, m] of p.docs) extractDocumentFacts(p.f, d, m, p.s.lineCounter)
console.log(((performance.now() - t0) / 20).toFixed(0), 'ms per pass')
