import path from 'node:path'
import {packageRoot} from '../paths.js'
import {slipEvidenceNames} from './slips.js'
import {readTrees, treesScore, type TreesData} from './trees.js'

/** The trained slip detector copydesk ships, rebuilt by `npm run build:slip-detector`. */
export const slipDetectorFile = path.join(packageRoot, 'model', 'slip-detector.json')

export type SlipDetectorData = TreesData

let cached: SlipDetectorData | undefined

/** The detector's log-odds that a word is a slip, from its evidence (`slipSuspect`); the trees are read once per process. */
export function slipScore(evidence: number[], detector?: SlipDetectorData): number {
  return treesScore(evidence, detector ?? (cached ??= readTrees(slipDetectorFile, slipEvidenceNames, 'npm run build:slip-detector')))
}
