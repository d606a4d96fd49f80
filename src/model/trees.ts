import {readFileSync} from 'node:fs'

/** A leaf's score, or a split: [evidence index, threshold, tree at or below it, tree above it]. */
export type Tree = number | [number, number, Tree, Tree]

/** Boosted trees as a build script writes them (scripts/boosted-trees.js): log-odds of a yes. */
export interface TreesData {
  about: string
  /** The evidence the trees were trained on, in order. */
  evidence: string[]
  /** Log-odds of a yes before any tree speaks. */
  base: number
  trees: Tree[]
}

/**
 * Trees from a file, checked against the evidence copydesk computes now: trees
 * trained on other evidence would read each number as another, so they are
 * refused with the command that rebuilds them.
 */
export function readTrees(file: string, evidence: readonly string[], rebuild: string): TreesData {
  let data: TreesData
  try {
    data = JSON.parse(readFileSync(file, 'utf8')) as TreesData
  } catch {
    throw new Error(`${file}: not valid JSON; run ${rebuild}`)
  }
  if (!Array.isArray(data?.evidence) || data.evidence.join('\n') !== evidence.join('\n')) {
    throw new Error(`${file}: trained on other evidence than copydesk computes; run ${rebuild}`)
  }
  return data
}

/** The trees' log-odds for one case's evidence. */
export function treesScore(evidence: readonly number[], data: TreesData): number {
  let score = data.base
  for (let tree of data.trees) {
    while (typeof tree !== 'number') tree = evidence[tree[0]] <= tree[1] ? tree[2] : tree[3]
    score += tree
  }
  return score
}
