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
  /** The text as the parser read it. */
  value: string
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
 * may give two characters, “&ThickSpace;”); a carriage return the parser
 * read as a newline is that newline; what Markdown writes between a text's
 * characters (an escape's backslash, white space, a quotation's mark) is
 * passed over; a character found no other way is looked for a few places on.
 */
export function placedText(start: number, value: string, source: string): PlacedText | undefined {
  if (value === source) return undefined
  const starts = new Int32Array(value.length + 1)
  const ends = new Int32Array(value.length)
  let at = 0
  for (let index = 0; index < value.length; ) {
    const reference = source[at] === '&' ? decodedReference(value, index, source, at) : undefined
    if (reference) {
      for (let unit = 0; unit < reference.units; unit++) {
        starts[index + unit] = at
        ends[index + unit] = at + reference.length
      }
      index += reference.units
      at += reference.length
      continue
    }
    // A line end the parser wrote as a newline: a Windows one (“\r\n”) is its newline, a carriage return alone is itself.
    if (value[index] === '\n' && source[at] === '\r') {
      if (source[at + 1] !== '\n') {
        starts[index] = at
        ends[index] = at + 1
        index++
      }
      at++
      continue
    }
    // Past what Markdown writes around a text's characters: an escape's backslash, a line's trailing white space,
    // the next line's indent or quotation mark. Failing that, the character a few places on (the reading finds its
    // place again after one it could not read); else one for one (a parser's replacement of a character it refused).
    let place = at
    while (place < source.length && source[place] !== value[index] && skippable.has(source[place])) place++
    if (source[place] !== value[index]) {
      const ahead = source.slice(at, at + 16).indexOf(value[index])
      place = ahead >= 0 ? at + ahead : at
    }
    starts[index] = Math.min(place, source.length)
    ends[index] = Math.min(place + 1, source.length)
    at = place + 1
    index++
  }
  starts[value.length] = source.length
  return {start, value, length: value.length, starts, ends}
}

/** A character reference at `at` in the source, as the value decoded it: the reference's length and the code units it gave. */
function decodedReference(value: string, index: number, source: string, at: number): {length: number; units: number} | undefined {
  const written = referenceHere.exec(source.slice(at, at + 40))
  // Written as it stands in the value (“AT&T”, a Markdown text's literal “&amp;” in code): no reference was decoded.
  if (!written || value.startsWith(written[0], index)) return undefined
  // The longest reading after which source and value agree again for a few characters (or both end).
  for (let length = written[0].length; length >= 2; length--) {
    for (let units = 1; units <= 2; units++) {
      // Up to the next reference, whose character the value holds decoded (“&ldquo;I&rsquo;m”).
      const window = source.slice(at + length, at + length + 4)
      const next = window.indexOf('&')
      const after = next >= 0 ? window.slice(0, next) : window
      if (after === value.slice(index + units, index + units + after.length) && (after.length > 0 || next === 0 || index + units >= value.length || at + length >= source.length)) return {length, units}
    }
  }
  return undefined
}

/** The texts among a tree's nodes whose value is not their source, with their characters' places (`placedText`). */
export function textsNotAsWritten(nodes: Iterable<{type: string; value?: unknown; position?: {start: {offset?: number}; end: {offset?: number}}}>, document: string): PlacedText[] {
  const found: PlacedText[] = []
  for (const node of nodes) {
    const start = node.position?.start.offset
    const end = node.position?.end.offset
    if (node.type !== 'text' || typeof node.value !== 'string' || start === undefined || end === undefined) continue
    const placed = placedText(start, node.value, document.slice(start, end))
    if (placed) found.push(placed)
  }
  return found
}

/** A character reference in a text of the page: where it stands in the source, and the characters it stands for. */
export interface DecodedReference {
  start: number
  end: number
  value: string
}

/** The character references among texts whose value is not their source (`textsNotAsWritten`), in the order of the texts. */
export function referencesIn(texts: readonly PlacedText[], document: string): DecodedReference[] {
  const found: DecodedReference[] = []
  for (const text of texts) {
    for (let index = 0; index < text.length; ) {
      const start = text.start + text.starts[index]
      const end = text.start + text.ends[index]
      let units = 1
      while (index + units < text.length && text.starts[index + units] === text.starts[index]) units++
      if (document[start] === '&' && end - start > 1) found.push({start, end, value: text.value.slice(index, index + units)})
      index += units
    }
  }
  return found
}

/** What Markdown's syntax puts between a text's characters in the source (an escape, white space, a quotation's mark). */
const skippable = new Set(['\\', ' ', '\t', '>', '\r', '\n'])

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
