/**
 * Optimal-string-alignment distance (Levenshtein plus adjacent transposition),
 * giving up early once it exceeds `limit`.
 */
export function editDistance(a: string, b: string, limit = Infinity): number {
  if (Math.abs(a.length - b.length) > limit) return limit + 1
  let previousPrevious: number[] = []
  let previous = Array.from({length: b.length + 1}, (_, index) => index)
  for (let i = 1; i <= a.length; i++) {
    const current = [i]
    let rowMinimum = i
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1
      let value = Math.min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + cost)
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) {
        value = Math.min(value, previousPrevious[j - 2] + 1)
      }
      current.push(value)
      rowMinimum = Math.min(rowMinimum, value)
    }
    if (rowMinimum > limit) return limit + 1
    previousPrevious = previous
    previous = current
  }
  return previous[b.length]
}

/**
 * A word and the strings one deletion makes of it, and, with `times` 2, two:
 * two words within that many edits share one of them, so look-alikes are
 * found through an index of these strings instead of comparing every pair.
 */
export function deletions(word: string, times: 1 | 2 = 1): Set<string> {
  const found = new Set([word])
  let last = [word]
  for (let round = 0; round < times; round++) {
    const next: string[] = []
    for (const shorter of last) for (let at = 0; at < shorter.length; at++) next.push(shorter.slice(0, at) + shorter.slice(at + 1))
    for (const variant of next) found.add(variant)
    last = next
  }
  return found
}
