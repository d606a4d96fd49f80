// Gradient-boosted decision trees for a yes/no question (logistic loss), the
// learner behind the slip detector (scripts/train-slip-detector.js). Each
// feature is cut at up to `bins - 1` quantiles and split points are chosen
// from per-bin sums of gradients, so a tree costs one pass over the examples
// per level. Deterministic: the same examples give the same trees.

/**
 * @param {Array<{features: number[], label: 0 | 1, weight: number}>} examples
 * @param {{trees?: number, depth?: number, rate?: number, bins?: number, minWeight?: number, progress?: (done: number, total: number) => void}} options
 * @returns {{base: number, trees: Array<number | [number, number, unknown, unknown]>}} leaf values already scaled by the rate
 */
export function trainBoostedTrees(examples, {trees = 300, depth = 3, rate = 0.1, bins = 32, minWeight = 2, progress} = {}) {
  const count = examples.length
  const width = examples[0].features.length
  const cuts = Array.from({length: width}, (_, feature) => quantileCuts(examples.map((example) => example.features[feature]), bins))
  const binned = examples.map((example) => Uint8Array.from(example.features, (value, feature) => binOf(cuts[feature], value)))
  const weightOf = (label) => examples.reduce((sum, example) => sum + (example.label === label ? example.weight : 0), 0)
  const base = Math.log(weightOf(1) / weightOf(0))
  const scores = new Float64Array(count).fill(base)
  const gradients = new Float64Array(count)
  const hessians = new Float64Array(count)
  const all = examples.map((_, index) => index)
  const forest = []

  function grow(indices, level) {
    let gradient = 0
    let hessian = 0
    for (const index of indices) {
      gradient += gradients[index]
      hessian += hessians[index]
    }
    const leaf = (-gradient / (hessian + 1)) * rate
    if (level >= depth) return {leaf}
    const gradientSums = new Float64Array(width * bins)
    const hessianSums = new Float64Array(width * bins)
    for (const index of indices) {
      const row = binned[index]
      for (let feature = 0; feature < width; feature++) {
        gradientSums[feature * bins + row[feature]] += gradients[index]
        hessianSums[feature * bins + row[feature]] += hessians[index]
      }
    }
    let best
    for (let feature = 0; feature < width; feature++) {
      let leftGradient = 0
      let leftHessian = 0
      for (let bin = 0; bin < cuts[feature].length; bin++) {
        leftGradient += gradientSums[feature * bins + bin]
        leftHessian += hessianSums[feature * bins + bin]
        const rightGradient = gradient - leftGradient
        const rightHessian = hessian - leftHessian
        if (leftHessian < minWeight || rightHessian < minWeight) continue
        const gain = leftGradient ** 2 / (leftHessian + 1) + rightGradient ** 2 / (rightHessian + 1) - gradient ** 2 / (hessian + 1)
        if (gain > 0 && (!best || gain > best.gain)) best = {gain, feature, bin}
      }
    }
    if (!best) return {leaf}
    const below = []
    const above = []
    for (const index of indices) (binned[index][best.feature] <= best.bin ? below : above).push(index)
    return {feature: best.feature, threshold: cuts[best.feature][best.bin], below: grow(below, level + 1), above: grow(above, level + 1)}
  }

  for (let round = 0; round < trees; round++) {
    for (let index = 0; index < count; index++) {
      const probability = 1 / (1 + Math.exp(-scores[index]))
      gradients[index] = (probability - examples[index].label) * examples[index].weight
      hessians[index] = probability * (1 - probability) * examples[index].weight
    }
    const tree = grow(all, 0)
    forest.push(compact(tree))
    for (let index = 0; index < count; index++) scores[index] += evaluate(tree, examples[index].features)
    progress?.(round + 1, trees)
  }
  return {base, trees: forest}
}

/** Up to `bins - 1` distinct cut points at evenly spaced quantiles. */
function quantileCuts(values, bins) {
  const sorted = Float64Array.from(values).sort()
  const cuts = new Set()
  for (let step = 1; step < bins; step++) cuts.add(sorted[Math.floor((step / bins) * (sorted.length - 1))])
  return [...cuts]
}

/** The first bin whose cut the value does not exceed (the last bin past every cut). */
function binOf(cuts, value) {
  let bin = 0
  while (bin < cuts.length && value > cuts[bin]) bin++
  return bin
}

function evaluate(tree, features) {
  while (!('leaf' in tree)) tree = features[tree.feature] <= tree.threshold ? tree.below : tree.above
  return tree.leaf
}

/** The shipped form: a leaf is its value, a split is [feature, threshold, below, above]. */
function compact(tree) {
  return 'leaf' in tree ? Number(tree.leaf.toPrecision(6)) : [tree.feature, tree.threshold, compact(tree.below), compact(tree.above)]
}
