import path from 'node:path'
import {readFileSync} from 'node:fs'
import {packageRoot} from '../paths.js'
import {slipEvidenceNames} from './slips.js'

/** The trained slip detector copydesk ships, rebuilt by `npm run build:slip-detector`. */
export const slipDetectorFile = path.join(packageRoot, 'model', 'slip-detector.json')

/** A leaf's score, or a split: [evidence index, threshold, tree at or below it, tree above it]. */
export type Tree = number | [number, number, Tree, Tree]

export interface SlipDetectorData {
  about: string
  /** The evidence the trees were trained on, in order (must match `slipEvidenceNames`). */
  evidence: string[]
  /** Log-odds of a slip before any tree speaks. */
  base: number
  trees: Tree[]
}

let cached: SlipDetectorData | undefined

/** The detector, read once per process. */
function slipDetector(): SlipDetectorData {
  if (!cached) {
    let data: SlipDetectorData
    try {
      data = JSON.parse(readFileSync(slipDetectorFile, 'utf8')) as SlipDetectorData
    } catch {
      throw new Error(`${slipDetectorFile}: not a slip detector (not valid JSON); run npm run build:slip-detector`)
    }
    if (!Array.isArray(data?.evidence) || data.evidence.join('\n') !== slipEvidenceNames.join('\n')) {
      throw new Error(`${slipDetectorFile}: trained on other evidence than copydesk computes; run npm run build:slip-detector`)
    }
    cached = data
  }
  return cached
}

/** The detector's log-odds that a word is a slip, from its evidence (`slipSuspect`). */
export function slipScore(evidence: number[], detector: SlipDetectorData = slipDetector()): number {
  let score = detector.base
  for (let tree of detector.trees) {
    while (typeof tree !== 'number') tree = evidence[tree[0]] <= tree[1] ? tree[2] : tree[3]
    score += tree
  }
  return score
}
