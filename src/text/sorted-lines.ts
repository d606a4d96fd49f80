/** What a word list is asked: whether it holds a word. */
export type WordLookup = Pick<ReadonlySet<string>, 'has'>

/**
 * Lines sorted by UTF-16 code unit (JavaScript's default sort), one word
 * each, looked up by binary search over the text itself: each step lands in
 * the middle of the range, widens to the line there and compares. Nothing is
 * built when the list loads (an index of 100,000 line starts cost every
 * start about 10 ms), and callers remember their answers.
 */
export class SortedLines implements WordLookup {
  constructor(private readonly text: string) {}

  has(word: string): boolean {
    // Empty lines are no entries.
    if (word === '') return false
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
}

/** How `word` sorts against the line `text[start, end)`: negative before it, positive after, 0 equal. */
function compare(word: string, text: string, start: number, end: number): number {
  const length = Math.min(word.length, end - start)
  for (let offset = 0; offset < length; offset++) {
    const difference = word.charCodeAt(offset) - text.charCodeAt(start + offset)
    if (difference !== 0) return difference
  }
  return word.length - (end - start)
}
