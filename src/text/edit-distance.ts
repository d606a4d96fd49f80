/** Three rows of the distance table, reused by every call: the rules compare many short words, and a table per call was most of the cost. */
let rows = new Int32Array(3 * 64)

/**
 * Whether two strings at most one letter apart in length are at most one
 * edit apart: one pass from the first difference, no table. Most callers ask
 * just this (is a word one slip from another), of many pairs.
 */
function withinOneEdit(a: string, b: string): boolean {
  const shorter = Math.min(a.length, b.length)
  let at = 0
  while (at < shorter && a.charCodeAt(at) === b.charCodeAt(at)) at++
  if (a.length !== b.length) return a.length > b.length ? sameFrom(a, at + 1, b, at) : sameFrom(a, at, b, at + 1)
  if (at === a.length || sameFrom(a, at + 1, b, at + 1)) return true
  return a.charCodeAt(at) === b.charCodeAt(at + 1) && a.charCodeAt(at + 1) === b.charCodeAt(at) && sameFrom(a, at + 2, b, at + 2)
}

/** Whether `a` from `i` on is `b` from `j` on. */
function sameFrom(a: string, i: number, b: string, j: number): boolean {
  if (a.length - i !== b.length - j) return false
  for (; i < a.length; i++, j++) if (a.charCodeAt(i) !== b.charCodeAt(j)) return false
  return true
}

/**
 * Optimal-string-alignment distance (Levenshtein plus adjacent transposition),
 * giving up early once it exceeds `limit`.
 */
export function editDistance(a: string, b: string, limit = Infinity): number {
  if (Math.abs(a.length - b.length) > limit) return limit + 1
  if (limit <= 1) return limit < 1 ? (a === b ? 0 : 1) : withinOneEdit(a, b) ? (a === b ? 0 : 1) : 2
  const width = b.length + 1
  if (rows.length < 3 * width) rows = new Int32Array(6 * width)
  // Offsets of the row before the previous one, the previous row and the current row.
  let [twoBack, previous, current] = [0, width, 2 * width]
  for (let j = 0; j < width; j++) rows[previous + j] = j
  for (let i = 1; i <= a.length; i++) {
    const letter = a.charCodeAt(i - 1)
    rows[current] = i
    let rowMinimum = i
    for (let j = 1; j < width; j++) {
      const other = b.charCodeAt(j - 1)
      let value = Math.min(rows[previous + j] + 1, rows[current + j - 1] + 1, rows[previous + j - 1] + (letter === other ? 0 : 1))
      if (i > 1 && j > 1 && letter === b.charCodeAt(j - 2) && a.charCodeAt(i - 2) === other) value = Math.min(value, rows[twoBack + j - 2] + 1)
      rows[current + j] = value
      if (value < rowMinimum) rowMinimum = value
    }
    if (rowMinimum > limit) return limit + 1
    ;[twoBack, previous, current] = [previous, current, twoBack]
  }
  return rows[previous + b.length]
}

/**
 * A word and the strings one deletion makes of it, and, with `times` 2, two:
 * two words within that many edits share one of them, so look-alikes are
 * found through an index of these strings instead of comparing every pair.
 */
export function deletions(word: string, times: 1 | 2 = 1): Set<string> {
  const found = new Set([word])
  // Each string with where the deletion that made it was: the next is made there or after, since one before it
  // would make a string made already (the same two letters left out in the other order).
  let last = [word]
  let from = [0]
  for (let round = 0; round < times; round++) {
    const next: string[] = []
    const nextFrom: number[] = []
    last.forEach((shorter, index) => {
      for (let at = from[index]; at < shorter.length; at++) {
        next.push(shorter.slice(0, at) + shorter.slice(at + 1))
        nextFrom.push(at)
      }
    })
    for (const variant of next) found.add(variant)
    last = next
    from = nextFrom
  }
  return found
}

/**
 * Whether two words of one length differ only in which letter is doubled
 * (“Batallion” and “Battalion”, “Phillipines” and “Philippines”): a slip
 * made from memory of a word's double letter, two edits apart though it is
 * one mistake. Each word, one letter of a double taken out, is the same word.
 */
export function doubleMoved(a: string, b: string): boolean {
  if (a.length !== b.length || a === b) return false
  // Allocation-free: the spelling rule asks this of every common word a name might misspell.
  for (let k = 1; k < a.length; k++) {
    if (a.charCodeAt(k) !== a.charCodeAt(k - 1)) continue
    for (let m = 1; m < b.length; m++) {
      if (b.charCodeAt(m) === b.charCodeAt(m - 1) && sameWithout(a, k, b, m)) return true
    }
  }
  return false
}

/** Whether `a` without its letter at `skipA` is `b` without its letter at `skipB` (both strings one length). */
function sameWithout(a: string, skipA: number, b: string, skipB: number): boolean {
  let i = 0
  let j = 0
  while (i < a.length && j < b.length) {
    if (i === skipA) i++
    if (j === skipB) j++
    if (i >= a.length || j >= b.length) break
    if (a.charCodeAt(i) !== b.charCodeAt(j)) return false
    i++
    j++
  }
  return true
}
