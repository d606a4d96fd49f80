import type {Position} from 'unist'
import {chunkStarts, longParagraph} from './plain-text.js'
import {pointAt} from '../text/lines.js'

/** What a block of Markdown or HTML holds: text and inline elements, with their places. */
interface Inline {
  type: string
  value?: string
  position?: Position
}

/**
 * The children of a long block (a paragraph of thousands of lines, a 500 KB
 * HTML paragraph) in groups a few thousand characters long, each ending
 * where a sentence ends: each group is turned into nlcst on its own, as the
 * converters cost the square of a block's length and overflow the stack on
 * a long one. A long run of text is first cut where the plain-text parser
 * would cut it (see `chunkStarts`); text whose value is not its source
 * (escapes, character references) is left whole, as its pieces could not be placed.
 */
export function groupsOfLongBlock<Piece extends Inline>(children: readonly Piece[], lineStarts: readonly number[]): Piece[][] {
  const pieces: Piece[] = []
  for (const child of children) {
    const from = child.position?.start.offset
    const value = child.type === 'text' ? (child.value ?? '') : ''
    if (from !== undefined && value.length > longParagraph && child.position?.end.offset === from + value.length) {
      const starts = chunkStarts(value)
      starts.forEach((at, index) => {
        const to = starts[index + 1] ?? value.length
        pieces.push({type: 'text', value: value.slice(at, to), position: {start: pointAt(lineStarts, from + at), end: pointAt(lineStarts, from + to)}} as Piece)
      })
    } else pieces.push(child)
  }
  const groups: Piece[][] = []
  let group: Piece[] = []
  let size = 0
  for (const piece of pieces) {
    group.push(piece)
    size += piece.position ? (piece.position.end.offset ?? 0) - (piece.position.start.offset ?? 0) : (piece.value?.length ?? 1)
    // A group ends after a sentence's end once it is long enough, or after any piece when far too long.
    const sentenceEnds = piece.type === 'text' && /[.!?]["”’)]?\s+$/u.test(piece.value ?? '')
    if ((size >= longParagraph / 2 && sentenceEnds) || size >= 4 * longParagraph || group.length >= 1000) {
      groups.push(group)
      group = []
      size = 0
    }
  }
  if (group.length > 0) groups.push(group)
  return groups
}

/** Where a group of pieces starts and ends, from the first and last that have a place. */
export function spanOf(pieces: readonly Inline[]): Position | undefined {
  const start = pieces.find((piece) => piece.position)?.position?.start
  const end = [...pieces].reverse().find((piece) => piece.position)?.position?.end
  return start && end ? {start, end} : undefined
}
