import type {Root, RootContent} from 'nlcst'
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

/**
 * The English parser, with each chunk's positions moved to where the chunk
 * stands in the text. Chunks start at the beginning of a line, so only lines
 * and offsets move. Every point of the tree is made by \`tokenize\` (the
 * parser's later steps share those objects between parents and children), so
 * the points are moved there, each exactly once: a word shares its start
 * with its text node, and has an end of its own.
 */
class ShiftingParser extends ParseEnglish {
  shift = {offset: 0, line: 0}

  override tokenize(value?: string | null) {
    const nodes = super.tokenize(value)
    const {offset, line} = this.shift
    if (offset === 0 && line === 0) return nodes
    const move = (point: {line: number; offset?: number}) => {
      point.line += line
      if (point.offset !== undefined) point.offset += offset
    }
    for (const node of nodes) {
      if (!node.position) continue
      move(node.position.start)
      move(node.position.end)
      if (node.type === 'WordNode') for (const child of node.children) if (child.position) move(child.position.end)
    }
    return nodes
  }
}

function whiteSpace(text: string, start: number, end: number, lineStarts: number[]): RootContent {
  return {
    type: 'WhiteSpaceNode',
    value: text.slice(start, end),
    position: {start: pointAt(lineStarts, start), end: pointAt(lineStarts, end)}
  }
}

