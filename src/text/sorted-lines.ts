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
  /** The first line of each two-letter opening (`openingKey`), each found on first need (-1 before); made with `starts`. */
  private openings: Int32Array | undefined
  private asked = 0

  constructor(private readonly text: string) {}

  has(word: string): boolean {
    // Empty lines are no entries.
    if (word === '') return false
    if (this.starts && this.openings) return this.indexedHas(word, this.starts, this.openings)
    if (++this.asked === indexAfter) {
      this.starts = lineStarts(this.text)
      this.openings = new Int32Array((1 << 14) + 1).fill(-1)
    }
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

  /** A binary search among the lines that open as the word does: a hundredth of the list or less, some eight steps fewer. */
  private indexedHas(word: string, starts: Int32Array, openings: Int32Array): boolean {
    const key = openingKey(word, 0, word.length)
    let low = openings[key] >= 0 ? openings[key] : this.firstLineFrom(key, starts, openings)
    let high = (openings[key + 1] >= 0 ? openings[key + 1] : this.firstLineFrom(key + 1, starts, openings)) - 1
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

  /**
   * The first line whose opening key is `key` or more, searched for by key alone and kept: the lines' keys
   * come in order. Found as questions need them, a few hundred of 16,385, rather than each line's key
   * worked out when the lines are indexed (5 ms for 120,000 lines in a process that has not run the code).
   */
  private firstLineFrom(key: number, starts: Int32Array, openings: Int32Array): number {
    let low = 0
    let high = starts.length - 1
    while (low < high) {
      const middle = (low + high) >>> 1
      if (openingKey(this.text, starts[middle], starts[middle + 1] - 1) < key) low = middle + 1
      else high = middle
    }
    openings[key] = low
    return low
  }
}

/** Questions a list answers by scanning before it indexes its lines: more than one article asks of any list. */
const indexAfter = 2000

/**
 * A line's first two characters as one number that sorts as they do, so
 * that the lines of a sorted text come in order of their keys: each
 * character's code plus one, 0 for none; a first character past 125 (“~”,
 * accented letters) is 127 whatever it is, and then the second is not read,
 * nor is a second past 125 told from another.
 */
function openingKey(text: string, start: number, end: number): number {
  if (start >= end) return 0
  const first = Math.min(text.charCodeAt(start), 126) + 1
  if (first === 127) return 127 << 7
  return (first << 7) | (start + 1 < end ? Math.min(text.charCodeAt(start + 1), 126) + 1 : 0)
}

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
