import type {Position} from 'unist'
import type {ArticleFormat} from './article.js'
import type {DecodedReference} from './source-places.js'

/**
 * A Markdown or HTML page as its reader reads it, for the rules: its source
 * with the character references of its texts written as the characters they
 * stand for (“&ldquo;” as “, “&rsquo;” as ’), the tags and marks of its
 * inline markup left out (“Secretary of <em>Defense</em> Jim Mattis”,
 * “**REDSTONE ARSENAL**, Ala.”, “[personal](https://…) data”), and a
 * paragraph's line breaks written as the spaces they are. A check that
 * looks at a character and its neighbours (a quotation's marks, a dateline's
 * capitals, a name's words) then sees what the page shows, where the source's
 * “&rdquo;” is seven characters of no mark and a tag splits a name in two.
 * The copy is parsed as the page is; messages are placed back in the source,
 * so `--fix` and an editor's quick fix edit what is written there.
 */
export interface ReadingCopy {
  value: string
  /**
   * Where an offset of the copy stands in the source, as a range's `start`
   * (where the next character starts: after markup left out) or `end` (where
   * the last one ends: before it). A reference's character starts where the
   * reference starts and ends where it ends.
   */
  sourceOffset(offset: number, side: 'start' | 'end'): number
  /** Whether markup was left out inside a range of the copy (not at its ends): a fix that rewrites the range would rewrite the markup. */
  hidesMarkup(start: number, end: number): boolean
}

/** A change the copy makes: the source from `start` to `end` written as `value` (empty for markup left out). */
export type CopyEdit = DecodedReference

/**
 * The reading copy of a page, or undefined when it reads as written: its
 * `references` decoded (`writable`) and the tags or marks of its inline
 * `markup` left out and its paragraphs' line breaks written as spaces
 * (each parser finds them: `inlineHtmlEdits`, `inlineMarkdownEdits` and
 * `softBreaks`). The parser then parses the copy in the page's place.
 */
export function readingCopy(source: string, references: readonly DecodedReference[], markup: readonly CopyEdit[], format: ArticleFormat): ReadingCopy | undefined {
  const edits = decodable(withoutOverlaps([...references.map((reference) => ({...reference, reference: true})), ...markup]), source, format)
  if (edits.length === 0) return undefined
  const parts: string[] = []
  // The copy's stretches with characters in them, in order: where each starts in the copy and in the source, and for
  // a reference's characters where it ends in the source (-1: a stretch copied as written).
  const copyStarts: number[] = []
  const sourceStarts: number[] = []
  const sourceEnds: number[] = []
  // Where in the copy markup was left out.
  const hidden: number[] = []
  let copied = 0
  let length = 0
  const stretch = (sourceStart: number, text: string, sourceEnd: number) => {
    if (text.length === 0) return
    parts.push(text)
    copyStarts.push(length)
    sourceStarts.push(sourceStart)
    sourceEnds.push(sourceEnd)
    length += text.length
  }
  for (const {start, end, value} of edits) {
    stretch(copied, source.slice(copied, start), -1)
    if (value === '') hidden.push(length)
    else stretch(start, value, end)
    copied = end
  }
  stretch(copied, source.slice(copied), -1)
  /** The stretch holding the copy's character at `offset`. */
  const stretchAt = (offset: number) => {
    let low = 0
    let high = copyStarts.length - 1
    while (low <= high) {
      const middle = (low + high) >> 1
      if (copyStarts[middle] <= offset) low = middle + 1
      else high = middle - 1
    }
    return high
  }
  return {
    value: parts.join(''),
    sourceOffset(offset, side) {
      if (side === 'start' ? offset >= length : offset <= 0) return side === 'start' ? source.length : 0
      const character = side === 'start' ? offset : offset - 1
      const index = stretchAt(character)
      if (sourceEnds[index] >= 0) return side === 'start' ? sourceStarts[index] : sourceEnds[index]
      return sourceStarts[index] + character - copyStarts[index] + (side === 'start' ? 0 : 1)
    },
    hidesMarkup(start, end) {
      let low = 0
      let high = hidden.length
      while (low < high) {
        const middle = (low + high) >> 1
        if (hidden[middle] <= start) low = middle + 1
        else high = middle
      }
      return low < hidden.length && hidden[low] < end
    }
  }
}

/** Edits in the source's order, each starting after the one before ends (parsers may place misnested markup across each other). */
function withoutOverlaps(edits: CopyEdit[]): CopyEdit[] {
  let end = 0
  return edits.sort((a, b) => a.start - b.start || a.end - b.end).filter((edit) => edit.start >= end && ((end = edit.end), true))
}

/** The edits, less the references that cannot be written as their characters (`writable`), each judged by the character that follows it in the copy. */
function decodable(edits: Array<CopyEdit & {reference?: boolean}>, source: string, format: ArticleFormat): CopyEdit[] {
  return edits.filter((edit, index) => {
    if (!edit.reference) return true
    // After the markup the copy leaves out right after it (“&lt;<b>p</b>” reads “<p” in the copy).
    let next = index + 1
    let at = edit.end
    while (edits[next]?.start === at && edits[next].value === '') at = edits[next++].end
    return writable(edit, source[at] ?? '', format)
  })
}

/**
 * Whether a reference can be written as its character without changing how
 * the page parses. Not markup's own characters where the parser would read
 * them as markup (“&lt;” before a letter opens a tag, “&amp;” before one a
 * reference: “AT&amp;T” stays, “Facebook &amp; Twitter” is read as “&”); in
 * Markdown, no ASCII punctuation (“&#42;”) nor white space, which decides what
 * its emphasis marks do. Plain letters and digits written as references gain
 * a reader nothing and stay too.
 */
function writable({value}: DecodedReference, next: string, format: ArticleFormat): boolean {
  for (const char of value) {
    if (char === '"' || char === "'") continue
    if (format === 'html' && ((char === '&' && !/[\p{L}\p{N}#]/u.test(next)) || (char === '<' && !/[\p{L}/!?]/u.test(next)) || char === '>')) continue
    if (char.charCodeAt(0) < 128) return false
    if (format === 'markdown' && /\s/u.test(char)) return false
  }
  return true
}

/**
 * The line breaks in a text of a paragraph, from `start` to `end` of the
 * source, each with the spaces around it written as one space: to its reader
 * a phrase wrapped over two lines of the source is one phrase. Not in a table
 * written with bars (a line with a bar on either side of the break), whose
 * rows are lines of their own. The parsers give texts whose source holds no
 * markup between their characters (not a quotation's “> ”).
 */
export function softBreaks(document: string, start: number, end: number): CopyEdit[] {
  const edits: CopyEdit[] = []
  const text = document.slice(start, end)
  if (!text.includes('\n')) return edits
  for (const found of text.matchAll(softBreak)) {
    const from = start + found.index
    const to = from + found[0].length
    const lineBefore = document.slice(document.lastIndexOf('\n', from - 1) + 1, from)
    const newline = document.indexOf('\n', to)
    const lineAfter = document.slice(to, newline < 0 ? document.length : newline)
    if (!lineBefore.includes('|') && !lineAfter.includes('|')) edits.push({start: from, end: to, value: ' '})
  }
  return edits
}

/**
 * The markup around a node's children (an element's start and end tags,
 * emphasis's marks, a link's brackets and address), as edits that leave it
 * out, each piece that `written` accepts: none for a node with no children or
 * no place.
 */
export function markupAround(node: {position?: Position; children: ReadonlyArray<{position?: Position}>}, document: string, written: (markup: string) => boolean = () => true): CopyEdit[] {
  const start = node.position?.start.offset
  const end = node.position?.end.offset
  const first = node.children[0]?.position?.start.offset
  const last = node.children.at(-1)?.position?.end.offset
  if (start === undefined || end === undefined || first === undefined || last === undefined) return []
  return [
    {start, end: first, value: ''},
    {start: last, end, value: ''}
  ].filter((edit) => edit.end > edit.start && written(document.slice(edit.start, edit.end)))
}

/** The elements whose tags dress a paragraph's words (emphasis, links, spans), which the reading copy leaves out. */
export const dressElements = new Set(['a', 'abbr', 'b', 'bdi', 'bdo', 'cite', 'data', 'dfn', 'em', 'font', 'i', 'ins', 'mark', 'small', 'span', 'strong', 'time', 'u', 'var'])
/** A start or end tag of one of them, as written (its attributes' quoted values holding any character). */
export const dressTag = new RegExp(`^</?(?:${[...dressElements].join('|')})(?:\\s(?:[^<>"']|"[^"]*"|'[^']*')*)?/?>$`, 'i')

/** A line break, with the spaces around it. */
const softBreak = /[ \t]*\r?\n[ \t]*/g
