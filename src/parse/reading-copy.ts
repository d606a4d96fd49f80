import type {Root} from 'nlcst'
import type {ArticleFormat} from './article.js'
import type {DecodedReference} from './source-places.js'
import {placedLeaves} from './placed-leaves.js'

/**
 * A Markdown or HTML page as its reader reads it, for the rules: its source
 * with the character references of its texts written as the characters they
 * stand for (“&ldquo;” as “, “&rsquo;” as ’), and the inline markup between a
 * paragraph's words left out (“Secretary of <em>Defense</em> Jim Mattis”,
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
type Edit = DecodedReference

/**
 * The reading copy of a page (`tree`, its parse), or undefined when it reads as
 * written. A reference stays as written where its character would change how the
 * page parses: markup's own characters (“&lt;”, “&amp;”), ASCII punctuation that
 * Markdown reads as syntax (“&#42;”), and in Markdown white space, which decides
 * what its emphasis marks do; plain letters and digits written as references
 * gain a reader nothing and stay too. Markup stays where it is more than a word's
 * dress (`inlineEdits`).
 */
export function readingCopy(source: string, tree: Root, references: readonly DecodedReference[], format: ArticleFormat): ReadingCopy | undefined {
  const edits = [...references.filter(({value}) => writable(value, format)), ...inlineEdits(tree, source)].sort((a, b) => a.start - b.start)
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

function writable(value: string, format: ArticleFormat): boolean {
  for (const char of value) {
    if (char === '"' || char === "'") continue
    if (char.charCodeAt(0) < 128) return false
    if (format === 'markdown' && /\s/u.test(char)) return false
  }
  return true
}

/**
 * The markup between two of a paragraph's words or marks, each stretch of
 * it: tags, emphasis marks, a link's brackets and address; and its line
 * breaks of the source, written as spaces. Left as written
 * (`keptMarkup`): what holds a line break (a `<br>`, Markdown's hard break,
 * a newline); comments, where copydesk's control comments live; and code,
 * which the reader sees but no rule reads (left out, its words would leave
 * two spaces side by side).
 */
function inlineEdits(tree: Root, source: string): Edit[] {
  const edits: Edit[] = []
  for (const paragraph of tree.children) {
    if (paragraph.type !== 'ParagraphNode') continue
    let last: number | undefined
    for (const {type, start, end} of placedLeaves(paragraph)) {
      if (last !== undefined && start > last && !keptMarkup.test(source.slice(last, start))) edits.push({start: last, end: start, value: ''})
      // A line break inside a paragraph is a space to its reader: a phrase wrapped over two lines of the source is one
      // phrase. Not where a bar ends or opens the line: a table's rows written with bars are lines of their own.
      // (A Windows line end's carriage return is no part of the white space: the parsers read “\r\n” as its newline.)
      if (type === 'WhiteSpaceNode' && softBreak.test(source.slice(start, end))) {
        const from = source[start - 1] === '\r' && last === start - 1 ? start - 1 : start
        if (source[from - 1] !== '|' && source[end] !== '|') edits.push({start: from, end, value: ' '})
      }
      last = Math.max(last ?? end, end)
    }
  }
  return edits
}

const keptMarkup = /[\r\n`]|<!--|<(?:br|code|kbd|samp)\b/i
/** A newline, with the spaces around it, between two words of a paragraph (not a quotation's “> ” or a list's indent: those stay). */
const softBreak = /^[ \t]*\r?\n[ \t]*$/
