import type {Position} from 'unist'

/** A piece of a block of Markdown or HTML: text, or an inline element with its own pieces. */
interface Piece {
  type: string
  value?: string
  position?: Position
  children?: readonly unknown[]
}

/**
 * A block's pieces in lines, cut at its line breaks (HTML's “<br>”,
 * Markdown's hard break): a caption and its credit (“INS Tamal sails out of
 * Mumbai harbour.<br>Photo: Indian Navy”) are two lines on the page, as they
 * are two lines of plain text, and the line roles judge each on its own; read
 * as one, the caption's words went with the credit. A break inside a sentence
 * (the text before it ends with no stop, the text after it opens in small
 * letters: a line wrapped by hand) stays in its line. The breaks cut at are
 * left out, and a line of white space alone is none.
 */
export function linesAtBreaks<P extends Piece>(pieces: readonly P[], isBreak: (piece: P) => boolean): P[][] {
  if (!pieces.some(isBreak)) return [[...pieces]]
  const lines: P[][] = []
  let line: P[] = []
  for (let index = 0; index < pieces.length; index++) {
    const piece = pieces[index]
    if (isBreak(piece) && !insideSentence(textOf(line), firstLetterAfter(pieces, index + 1))) {
      lines.push(line)
      line = []
    } else {
      line.push(piece)
    }
  }
  lines.push(line)
  return lines.filter((pieces) => textOf(pieces).trim() !== '')
}

/** Whether a line break between two texts stands inside a sentence: no stop before it, a small letter (or a bracket) after it. */
function insideSentence(before: string, after: string | undefined): boolean {
  return after !== undefined && /^[\p{Ll}(]/u.test(after) && !/[.!?:;"”’)\]]\s*$/u.test(before)
}

/** The first character that is not white space in the pieces from `from` on. */
function firstLetterAfter(pieces: readonly Piece[], from: number): string | undefined {
  for (let index = from; index < pieces.length; index++) {
    const text = textOf([pieces[index]]).trimStart()
    if (text !== '') return text[0]
  }
  return undefined
}

/** The text the pieces hold, their elements' text included. */
function textOf(pieces: readonly Piece[]): string {
  let text = ''
  const stack: Piece[] = [...pieces].reverse()
  while (stack.length > 0) {
    const piece = stack.pop()!
    if (typeof piece.value === 'string' && piece.type !== 'comment') text += piece.value
    if (piece.children) for (let index = piece.children.length - 1; index >= 0; index--) stack.push(piece.children[index] as Piece)
  }
  return text
}
