import type {ArticleFormat} from './article.js'
import type {DecodedReference} from './source-places.js'

/**
 * A page's source with the character references of its text written as the
 * characters they stand for (“&ldquo;” as “, “&rsquo;” as ’), and where each
 * offset of the copy stands in the source. The rules read the copy: a check
 * that looks at a character and its neighbours (a quotation's marks, a dash's
 * spaces, a dateline's capitals) sees the page as its reader does, where the
 * source's “&rdquo;” is seven characters of no mark. Messages are placed in
 * the source, so `--fix` and an editor's quick fix edit the reference itself.
 */
export interface ReadingCopy {
  value: string
  /** Where an offset of the copy stands in the source: a reference's character starts where the reference does, and ends where it ends. */
  sourceOffset(offset: number): number
}

/**
 * The reading copy of a source whose texts hold `references`, or undefined
 * when none can be written as a character. A reference stays as written where
 * its character would change how the page parses: markup's own characters
 * (“&lt;”, “&amp;”), ASCII punctuation that Markdown reads as syntax (“&#42;”),
 * and in Markdown white space, which decides what its emphasis marks do. Plain
 * letters and digits written as references gain a reader nothing and stay too.
 */
export function readingCopy(source: string, references: readonly DecodedReference[], format: ArticleFormat): ReadingCopy | undefined {
  const decoded = references.filter(({value}) => writable(value, format))
  if (decoded.length === 0) return undefined
  const parts: string[] = []
  // For each decoded reference: where its characters end in the copy, and how far the copy then stands behind the source.
  const copyEnds = new Int32Array(decoded.length)
  const sourceEnds = new Int32Array(decoded.length)
  let copied = 0
  let behind = 0
  decoded.forEach(({start, end, value}, index) => {
    parts.push(source.slice(copied, start), value)
    copied = end
    behind += end - start - value.length
    copyEnds[index] = end - behind
    sourceEnds[index] = end
  })
  parts.push(source.slice(copied))
  return {
    value: parts.join(''),
    sourceOffset(offset) {
      // The last reference whose characters end at or before `offset`, by binary search.
      let low = 0
      let high = decoded.length - 1
      while (low <= high) {
        const middle = (low + high) >> 1
        if (copyEnds[middle] <= offset) low = middle + 1
        else high = middle - 1
      }
      const next = decoded[low]
      // Inside the characters of the next reference (a reference may stand for two, “&ThickSpace;”): its end.
      if (next && offset > copyEnds[low] - next.value.length) return sourceEnds[low]
      return high < 0 ? offset : offset + (sourceEnds[high] - copyEnds[high])
    }
  }
}

function writable(value: string, format: ArticleFormat): boolean {
  for (const char of value) {
    if (char === '"' || char === "'") continue
    if (char.charCodeAt(0) < 128) return false
    if (format === 'markdown' && /\s/u.test(char)) return false
  }
  return true
}
