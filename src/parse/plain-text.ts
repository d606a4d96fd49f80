import type {Node} from 'unist'
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
  const parser = new ParseEnglish()
  const children: RootContent[] = []
  const lineStarts = lineStartOffsets(text)
  let previousEnd = 0

  for (const span of paragraphSpans(text)) {
    if (span.start > previousEnd) children.push(whiteSpace(text, previousEnd, span.start, lineStarts))
    const chunk = parser.parse(text.slice(span.start, span.end))
    const shift = {offset: span.start, line: lineIndex(lineStarts, span.start)}
    for (const child of chunk.children) {
      shiftPositions(child, shift)
      children.push(child)
    }
    previousEnd = span.end
  }

  if (previousEnd < text.length) children.push(whiteSpace(text, previousEnd, text.length, lineStarts))

  return {
    type: 'RootNode',
    children,
    position: {start: {line: 1, column: 1, offset: 0}, end: pointAt(lineStarts, text.length)}
  }
}

function whiteSpace(text: string, start: number, end: number, lineStarts: number[]): RootContent {
  return {
    type: 'WhiteSpaceNode',
    value: text.slice(start, end),
    position: {start: pointAt(lineStarts, start), end: pointAt(lineStarts, end)}
  }
}

/**
 * Chunks start at the beginning of a line, so only lines and offsets move.
 * The parser shares point objects between parents and children, so each
 * point is moved once.
 */
function shiftPositions(node: Node, shift: {offset: number; line: number}, moved = new Set<object>()): void {
  if (node.position) {
    for (const point of [node.position.start, node.position.end]) {
      if (moved.has(point)) continue
      moved.add(point)
      point.line += shift.line
      if (point.offset !== undefined) point.offset += shift.offset
    }
  }
  const children = (node as {children?: Node[]}).children
  if (children) for (const child of children) shiftPositions(child, shift, moved)
}
