import type {Root} from 'nlcst'
import {lineIndex, pointAt} from '../text/lines.js'
import {characterReference} from '../text/character-reference.js'

/**
 * A text of a page whose value is not its source: character references
 * (“&amp;” is “&”), a Windows line end, and in Markdown a backslash escape
 * (“\*”), the white space at a line's end before a break, and a continuation
 * line's indent or quotation mark (“> ”). With where each of the value's
 * characters starts and ends in the source.
 */
export interface PlacedText {
  /** Where the text starts in the source. */
  start: number
  length: number
  /** Each character's offset in the source, from `start`; then the source's length. */
  starts: Int32Array
  /** The offset just after each character in the source, from `start`. */
  ends: Int32Array
}

/**
 * The places of a text's characters in its source, or undefined when the
 * value is its source. The converters to nlcst place each word by its offset
 * in the value (the text's start plus its index), so after the first
 * reference, escape or line prefix of a text every word stood a few
 * characters early, and `--fix` wrote its fixes across the wrong characters.
 * Each character of the value is found in the source in order: a character
 * reference the value does not hold as written was decoded, and is told by
 * where the source and the value agree again after it (a name may be decoded
 * whole, “&notin;”, or by its longest known start, “&notit;” as “¬it;”, and
 * may give two characters, “&ThickSpace;”); any other source character the
 * value lacks is markup, and is passed over.
 */
export function placedText(start: number, value: string, source: string): PlacedText | undefined {
  if (value === source) return undefined
  const starts = new Int32Array(value.length + 1)
  const ends = new Int32Array(value.length)
  let at = 0
  for (let index = 0; index < value.length; ) {
    const reference = source[at] === '&' && value[index] !== '&' ? decodedReference(value, index, source, at) : undefined
    if (reference) {
      for (let unit = 0; unit < reference.units; unit++) {
        starts[index + unit] = at
        ends[index + unit] = at + reference.length
      }
      index += reference.units
      at += reference.length
      continue
    }
    // A character the source holds further on (past an escape's backslash, a line's trailing white space and the
    // next line's prefix); one it does not hold at all (no such text is known) stands where the source is read up to.
    const found = source.indexOf(value[index], at)
    const place = found === -1 || found - at > 200 ? Math.min(at, source.length) : found
    starts[index] = place
    ends[index] = Math.min(place + 1, source.length)
    at = found === -1 || found - at > 200 ? at + 1 : found + 1
    index++
  }
  starts[value.length] = source.length
  return {start, length: value.length, starts, ends}
}

/** A character reference at `at` in the source, as the value decoded it: the reference's length and the code units it gave. */
function decodedReference(value: string, index: number, source: string, at: number): {length: number; units: number} | undefined {
  const written = referenceHere.exec(source.slice(at, at + 40))
  if (!written) return undefined
  // The longest reading after which source and value agree again for a few characters (or both end).
  for (let length = written[0].length; length >= 2; length--) {
    for (let units = 1; units <= 2; units++) {
      const after = source.slice(at + length, at + length + 4)
      if (after === value.slice(index + units, index + units + after.length) && (after.length > 0 || index + units >= value.length || at + length >= source.length)) return {length, units}
    }
  }
  return undefined
}

/** A character reference at a text's start, its semicolon left out or not (“&copy 2024” is read too). */
const referenceHere = new RegExp(`^${characterReference};?`)

/**
 * Every node's place moved from its offset in a text's value to its offset in
 * the source: a start to where its first character starts, an end to where
 * its last character ends (a word before a Markdown line's trailing space
 * ends at the word).
 */
export function placeInSource(tree: Root, texts: readonly PlacedText[], lineStarts: readonly number[]): void {
  if (texts.length === 0) return
  const sorted = [...texts].sort((a, b) => a.start - b.start)
  const firsts = sorted.map((text) => text.start)
  type Point = {line: number; column: number; offset?: number}
  const moved = (point: Point, end: boolean): Point => {
    if (point.offset === undefined) return point
    const text = sorted[lineIndex(firsts, point.offset)]
    if (!text || point.offset < text.start || point.offset > text.start + text.length) return point
    const index = point.offset - text.start
    const offset = end && index > 0 ? text.ends[index - 1] : text.starts[index]
    return pointAt(lineStarts, text.start + offset)
  }
  const stack: Array<{position?: {start: Point; end: Point}; children?: unknown[]}> = [tree]
  while (stack.length > 0) {
    const node = stack.pop()!
    if (node.position) node.position = {start: moved(node.position.start, false), end: moved(node.position.end, true)}
    if (node.children) for (const child of node.children) stack.push(child as (typeof stack)[number])
  }
}
