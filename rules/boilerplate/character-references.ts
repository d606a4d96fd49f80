/**
 * Character references of HTML left in plain text by a scraper or a copy
 * from a page's source (“Jammu and Kashmir&#039;s”, “&nbsp;We”): the page's
 * code, where the reader should see the character. In Markdown and HTML they
 * are the format's own way to write a character, and stay.
 */

import {characterReference} from '../../src/text/character-reference.js'

/** A reference: a name, or a number in decimal or hexadecimal, then its semicolon. */
const reference = new RegExp(`${characterReference};`, 'g')

/**
 * The named references a page's text carries, with the character each
 * stands for; a no-break space is written as a space, as plain text has it.
 * (A name not listed is left alone: “&c;” may be a writer's own.)
 */
const named: Readonly<Record<string, string>> = {
  nbsp: ' ', amp: '&', quot: '"', apos: "'", lt: '<', gt: '>',
  lsquo: '‘', rsquo: '’', ldquo: '“', rdquo: '”', sbquo: '‚', bdquo: '„',
  ndash: '–', mdash: '—', hellip: '…', bull: '•', middot: '·', deg: '°',
  copy: '©', reg: '®', trade: '™', pound: '£', euro: '€', yen: '¥', cent: '¢', sect: '§', para: '¶',
  laquo: '«', raquo: '»', times: '×', divide: '÷', frac12: '½', frac14: '¼', frac34: '¾', eacute: 'é', egrave: 'è', aacute: 'á', oacute: 'ó', uuml: 'ü', ouml: 'ö', auml: 'ä', ccedil: 'ç', ntilde: 'ñ'
}

export interface LeftReference {
  start: number
  end: number
  /** The reference as written (“&#039;”). */
  actual: string
  /** The character it stands for (“'”). */
  character: string
}

/** The character references in a plain text that stand for a character (numbers from 32, skipping the controls). */
export function leftReferences(text: string): LeftReference[] {
  const found: LeftReference[] = []
  // Most texts have no ampersand: looked for first.
  if (!text.includes('&')) return found
  for (const match of text.matchAll(reference)) {
    const [actual, name, decimal, hexadecimal] = match
    const code = decimal !== undefined ? Number(decimal) : hexadecimal !== undefined ? Number.parseInt(hexadecimal, 16) : undefined
    const character = name !== undefined ? named[name] : code !== undefined && code >= 32 && code <= 0x10ffff && !(code >= 0x7f && code < 0xa0) && !(code >= 0xd800 && code <= 0xdfff) ? (code === 0xa0 ? ' ' : String.fromCodePoint(code)) : undefined
    if (character !== undefined) found.push({start: match.index, end: match.index + actual.length, actual, character})
  }
  return found
}
