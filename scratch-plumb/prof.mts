import { readFileSync } from 'node:fs'
import fg from '/work/wt-plumb/node_modules/fast-glob/out/index.js'
import { factBearingText, mayHoldFacts } from '/work/wt-plumb/src/engine/skipped-facts.js'
import { factsOfText } from '/work/wt-plumb/src/engine/repo-facts.js'
import { bytesHaveVeleroHint } from '/work/wt-plumb/src/engine/velero-hint.js'
const dir = process.argv[2]!
const files = await fg(['**/*.yaml', '**/*.yml'], { cwd: dir })
let kept = 0, n = 0, tMask = 0, tFacts = 0
const rows: [number, number, string][] = []
for (const f of files) {
  const b = readFileSync(`${dir}/${f}`)
  if (bytesHaveVeleroHint(b) || !mayHoldFacts(b)) continue
  n++
  const t0 = performance.now()
  const text = factBearingText(b.toString('utf8'))
  const t1 = performance.now()
  if (text !== undefined) { factsOfText(f, text); kept += text.length }
  const t2 = performance.now()
  tMask += t1 - t0; tFacts += t2 - t1
  rows.push([t2 - t1, text?.replace(/\n\n+/g, '\n').length ?? 0, f])
}
console.log({ n, kept, tMask, tFacts })
rows.sort((a, b) => b[0] - a[0]); console.log(rows.slice(0, 12))
