import { readFileSync } from 'node:fs'
import fg from '/work/wt-plumb/node_modules/fast-glob/out/index.js'
import { mayHoldFacts, factsText } from '/work/wt-plumb/src/engine/skipped-facts.ts'
import { bytesHaveVeleroHint } from '/work/wt-plumb/src/engine/velero-hint.ts'
import { parseManifestStream } from '/work/wt-plumb/src/yaml/parse.ts'
import { buildDocumentModel } from '/work/wt-plumb/src/engine/model.ts'
import { extractDocumentFacts } from '/work/wt-plumb/src/engine/repo-facts.ts'
import { threadCpuMs } from '/work/wt-plumb/bench/stats.ts'
const dir = '/tmp/plumb/general'
const files = (await fg(['**/*.yaml', '**/*.yml'], { cwd: dir })) as string[]
const bufs = files.map((f) => readFileSync(`${dir}/${f}`))
for (let pass = 0; pass < 3; pass++) {
  let t = threadCpuMs()!
  const texts: string[] = []
  for (const b of bufs) { if (bytesHaveVeleroHint(b) || !mayHoldFacts(b)) continue; const x = factsText(b); if (x) texts.push(x) }
  const tMask = threadCpuMs()! - t; t = threadCpuMs()!
  const parsed = texts.map((x) => { const s = parseManifestStream(x); return { s, docs: [...s.documents] } })
  const tParse = threadCpuMs()! - t; t = threadCpuMs()!
  const models = parsed.map((p) => p.docs.map((d, i) => d.errors.length ? undefined : buildDocumentModel(d, i)))
  const tModel = threadCpuMs()! - t; t = threadCpuMs()!
  parsed.forEach((p, k) => p.docs.forEach((d, i) => { const m = models[k]![i]; if (m) extractDocumentFacts('f', d, m, p.s.lineCounter) }))
  const tFacts = threadCpuMs()! - t
  console.log({ files: texts.length, chars: texts.reduce((n, x) => n + x.length, 0), nonblank: texts.reduce((n, x) => n + x.replace(/\n+/g, '\n').length, 0), tMask, tParse, tModel, tFacts })
}
