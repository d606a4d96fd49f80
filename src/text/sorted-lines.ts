/** What a word list is asked: whether it holds a word. */
export type WordLookup = Pick<ReadonlySet<string>, 'has'>

/**
 * Lines sorted by UTF-16 code unit (JavaScript's default sort), one word
 * each, looked up by binary search over the text itself: each step lands in
 * the middle of the range, widens to the line there and compares. Nothing is
 * built when the list loads (an index of 100,000 line starts cost every
 * start about 5 ms, more than one article's look-ups), and callers remember
 * their answers. A list asked often (a long run, an archive) indexes its
 * line starts once it has answered `indexAfter` questions: a search then
 * compares whole lines and no longer scans for their ends, at a third of the
 * cost.
 */
export class SortedLines implements WordLookup {
  /** Where each line starts, and one past the text's end; built on the `indexAfter`-th question. */
  private starts: Int32Array | undefined
  private asked = 0

  constructor(private readonly text: string) {}

  has(word: string): boolean {
    // Empty lines are no entries.
    if (word === '') return false
    if (this.starts) return this.indexedHas(word, this.starts)
    if (++this.asked === indexAfter) this.starts = lineStarts(this.text)
    const {text} = this
    let low = 0
    let high = text.length
    while (low < high) {
      const middle = (low + high) >> 1
      const start = middle === 0 ? 0 : text.lastIndexOf('\n', middle - 1) + 1
      let end = text.indexOf('\n', start)
      if (end < 0) end = text.length
      const order = compare(word, text, start, end)
      if (order === 0) return true
      if (order < 0) high = start
      else low = end + 1
    }
    return false
  }

  private indexedHas(word: string, starts: Int32Array): boolean {
    let low = 0
    let high = starts.length - 2
    while (low <= high) {
      const middle = (low + high) >>> 1
      const start = starts[middle]
      const order = compare(word, this.text, start, starts[middle + 1] - 1)
      if (order === 0) return true
      if (order < 0) high = middle - 1
      else low = middle + 1
    }
    return false
  }
}

/** Questions a list answers by scanning before it indexes its lines: more than one article asks of any list. */
const indexAfter = 2000

/** Where each line of a text starts, then one past its end (as if the text ended with a newline): line `i` is `text.slice(starts[i], starts[i + 1] - 1)`. */
export function lineStarts(text: string): Int32Array {
  // The lines are counted first, and their starts written straight into an array of that size: growing an array
  // of numbers and copying it cost twice as much on a list of 180,000 words.
  let lines = 0
  for (let at = 0; at < text.length; lines++) {
    const newline = text.indexOf('\n', at)
    at = newline < 0 ? text.length : newline + 1
  }
  const starts = new Int32Array(lines + 1)
  for (let at = 0, line = 0; at < text.length; line++) {
    starts[line] = at
    const newline = text.indexOf('\n', at)
    at = newline < 0 ? text.length : newline + 1
  }
  starts[lines] = text.endsWith('\n') || text.length === 0 ? text.length : text.length + 1
  return starts
}

/** How `word` sorts against the line `text[start, end)`: negative before it, positive after, 0 equal. */
export function compare(word: string, text: string, start: number, end: number): number {
  const length = Math.min(word.length, end - start)
  for (let offset = 0; offset < length; offset++) {
    const difference = word.charCodeAt(offset) - text.charCodeAt(start + offset)
    if (difference !== 0) return difference
  }
  return word.length - (end - start)
}
