import type {Root, RootContent, SentenceContent} from 'nlcst'
import type {Point} from 'unist'
import {ParseEnglish} from 'parse-english'
import {paragraphSpans} from './paragraphs.js'
import {lineIndex, lineStartOffsets, pointAt} from '../text/lines.js'

/**
 * Parse plain text into nlcst with the English parser, one paragraph per
 * paragraph span (see `paragraphSpans`), so that a headline on its own line is
 * never glued to the sentence below it.
 */
export function parsePlainText(text: string): Root {
  const parser = new ShiftingParser()
  const children: RootContent[] = []
  const lineStarts = lineStartOffsets(text)
  let previousEnd = 0

  for (const span of paragraphSpans(text)) {
    if (span.start > previousEnd) children.push(whiteSpace(text, previousEnd, span.start, lineStarts))
    parser.shift = {offset: span.start, line: lineIndex(lineStarts, span.start)}
    children.push(...parser.parse(text.slice(span.start, span.end)).children)
    previousEnd = span.end
  }

  if (previousEnd < text.length) children.push(whiteSpace(text, previousEnd, text.length, lineStarts))

  return {
    type: 'RootNode',
    children,
    position: {start: {line: 1, column: 1, offset: 0}, end: pointAt(lineStarts, text.length)}
  }
}

/** parse-latin's node kinds, by number, as a code unit's class. */
const kinds = ['', 'WhiteSpaceNode', 'PunctuationNode', 'WordNode', 'SymbolNode'] as const
type Kind = 1 | 2 | 3 | 4

/**
 * The English parser, with each chunk's positions placed where the chunk
 * stands in the text. Chunks start at the beginning of a line, so only lines
 * and offsets move.
 *
 * `tokenize` is parse-latin's first step, rewritten: parse-latin tests every
 * character against three large Unicode classes and copies each point twice,
 * the costliest part of parsing a long article. Here each UTF-16 code unit is
 * classed once per process, by asking parse-latin's own tokenizer about it
 * alone, and every point is made already in place. The nodes are the same,
 * field for field, and the later steps share their point objects between
 * parents and children as before (test/parse.test.ts compares the trees with
 * parse-english's on real copy and random text).
 */
class ShiftingParser extends ParseEnglish {
  shift = {offset: 0, line: 0}
  private static readonly classes = new Uint8Array(65536)

  private classOf(code: number): Kind {
    let kind = ShiftingParser.classes[code]
    if (kind === 0) {
      kind = kinds.indexOf(super.tokenize(String.fromCharCode(code))[0].type as (typeof kinds)[number])
      ShiftingParser.classes[code] = kind
    }
    return kind as Kind
  }

  override tokenize(value?: string | null): SentenceContent[] {
    const children: SentenceContent[] = []
    if (!value) return children
    let line = 1 + this.shift.line
    let column = 1
    let offset = this.shift.offset
    let start: Point = {line, column, offset}
    let from = 0
    let previousKind = 0
    let previous = -1
    const flush = (to: number) => {
      const text = value.slice(from, to)
      const type = kinds[previousKind]
      children.push(
        type === 'WordNode'
          ? {type, children: [{type: 'TextNode', value: text, position: {start, end: {line, column, offset}}}], position: {start, end: {line, column, offset}}}
          : ({type, value: text, position: {start, end: {line, column, offset}}} as SentenceContent)
      )
    }
    for (let index = 0; index < value.length; index++) {
      const code = value.charCodeAt(index)
      const kind = this.classOf(code)
      // Words and white space continue; so does a run of one punctuation
      // mark or symbol, and a surrogate half (an astral character).
      if (from < index && !(previousKind === kind && (kind === 3 || kind === 1 || code === previous || (code >= 0xd800 && code <= 0xdfff)))) {
        flush(index)
        from = index
        start = {line, column, offset}
      }
      if (code === 13 || (code === 10 && previous !== 13)) {
        line++
        column = 1
      } else if (code !== 10) column++
      offset++
      previousKind = kind
      previous = code
    }
    flush(value.length)
    return children
  }
}

function whiteSpace(text: string, start: number, end: number, lineStarts: number[]): RootContent {
  return {
    type: 'WhiteSpaceNode',
    value: text.slice(start, end),
    position: {start: pointAt(lineStarts, start), end: pointAt(lineStarts, end)}
  }
}

