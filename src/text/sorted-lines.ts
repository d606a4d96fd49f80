/** What a word list is asked: whether it holds a word. */
export type WordLookup = Pick<ReadonlySet<string>, 'has'>

/** Lines sorted by UTF-16 code unit (JavaScript's default sort), one word each, looked up by binary search. */
export class SortedLines implements WordLookup {
  private readonly starts: Uint32Array

  constructor(private readonly text: string) {
    const starts: number[] = []
    for (let at = 0; at < text.length; ) {
      const end = text.indexOf('\n', at)
      if (end !== at) starts.push(at)
      at = end < 0 ? text.length : end + 1
    }
    this.starts = Uint32Array.from(starts)
  }

  has(word: string): boolean {
    let low = 0
    let high = this.starts.length - 1
    while (low <= high) {
      const middle = (low + high) >> 1
      const order = this.compare(word, middle)
      if (order === 0) return true
      if (order < 0) high = middle - 1
      else low = middle + 1
    }
    return false
  }

  /** How `word` sorts against line `index`: negative before it, positive after, 0 equal. */
  private compare(word: string, index: number): number {
    const start = this.starts[index]
    let end = this.text.indexOf('\n', start)
    if (end < 0) end = this.text.length
    const length = Math.min(word.length, end - start)
    for (let offset = 0; offset < length; offset++) {
      const difference = word.charCodeAt(offset) - this.text.charCodeAt(start + offset)
      if (difference !== 0) return difference
    }
    return word.length - (end - start)
  }
}
