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
  const {roots, feature, threshold, below, above, leaf} = flatTrees(data)
  let score = data.base
  for (let tree = 0; tree < roots.length; tree++) {
    let node = roots[tree]
    while (feature[node] >= 0) node = evidence[feature[node]] <= threshold[node] ? below[node] : above[node]
    score += leaf[node]
  }
  return score
}

/**
 * The trees as flat arrays of nodes (a split's evidence index, or -1 for a
 * leaf; its threshold; its branches; a leaf's score): walked with no nested
 * arrays to follow or types to test, several times faster than the JSON's
 * own shape for the furniture detector's hundreds of lines an article.
 */
interface FlatTrees {
  roots: Int32Array
  feature: Int32Array
  threshold: Float64Array
  below: Int32Array
  above: Int32Array
  leaf: Float64Array
}

const flattened = new WeakMap<TreesData, FlatTrees>()

function flatTrees(data: TreesData): FlatTrees {
  let flat = flattened.get(data)
  if (!flat) {
    const nodes: Array<{feature: number; threshold: number; below: number; above: number; leaf: number}> = []
    const add = (tree: Tree): number => {
      const at = nodes.push({feature: -1, threshold: 0, below: -1, above: -1, leaf: 0}) - 1
      if (typeof tree === 'number') nodes[at].leaf = tree
      else Object.assign(nodes[at], {feature: tree[0], threshold: tree[1], below: add(tree[2]), above: add(tree[3])})
      return at
    }
    const roots = Int32Array.from(data.trees, add)
    flat = {
      roots,
      feature: Int32Array.from(nodes, (node) => node.feature),
      threshold: Float64Array.from(nodes, (node) => node.threshold),
      below: Int32Array.from(nodes, (node) => node.below),
      above: Int32Array.from(nodes, (node) => node.above),
      leaf: Float64Array.from(nodes, (node) => node.leaf)
    }
    flattened.set(data, flat)
  }
  return flat
}
