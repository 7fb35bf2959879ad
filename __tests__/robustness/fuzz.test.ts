/**
 * The fuzz properties (fuzz-properties.ts) at CI size: a few thousand cases in all, with a fixed
 * seed per property so a failure reproduces; `npm run fuzz` runs the same ones at ≥ 100,000.
 */
import { describe, it } from 'node:test'
import fc from 'fast-check'
import { loadSeeds, PROPERTIES } from './fuzz-properties.js'

const seeds = loadSeeds()

describe('fuzz (CI size)', () => {
  PROPERTIES.forEach((p, i) => {
    it(`${p.name} (${p.ciRuns} cases)`, () => {
      fc.assert(p.make('ci', seeds), { numRuns: p.ciRuns, seed: 0x5eed + i, includeErrorInReport: true })
    })
  })
})
