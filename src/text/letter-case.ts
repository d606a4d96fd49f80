/**
 * Whether a word opens with a capital, a small letter, or a character that
 * has no case (a digit, a symbol, a letter of a caseless script). Asked of
 * every word by several rules, so plain ASCII letters are settled by their
 * code without a Unicode pattern.
 */
export function initialCase(word: string): 'upper' | 'lower' | 'none' {
  return caseAt(word, 0)
}

/** `initialCase` of the character at `index` of a text, read where it stands. */
export function caseAt(text: string, index: number): 'upper' | 'lower' | 'none' {
  const code = text.charCodeAt(index)
  if (code >= 97 && code <= 122) return 'lower'
  if (code >= 65 && code <= 90) return 'upper'
  // (Also before the text's start, where there is no character: a code of NaN.)
  if (!(code >= 128)) return 'none'
  const first = String.fromCodePoint(text.codePointAt(index)!)
  if (first !== first.toUpperCase()) return 'lower'
  return first !== first.toLowerCase() ? 'upper' : 'none'
}

/**
 * Whether a character code is a letter or a digit, ASCII by its code and others by their Unicode class (not a number: no character).
 */
export function letterOrDigit(code: number): boolean {
  if (code < 128) return (code >= 48 && code <= 57) || (code >= 65 && code <= 90) || (code >= 97 && code <= 122)
  return (classBeyondAscii(code) & letterOrDigitBit) !== 0
}

/**
 * The class of a UTF-16 code unit beyond ASCII, as bits: kept once asked, as the patterns and the string
 * made for them cost a microsecond, and a story's curly quotes and dashes are asked again and again (the
 * line classifier's scan of the real-copy clean set spent half its time on its 2,000 such characters). A
 * surrogate alone is no letter: a character beyond the basic plane is asked of the patterns.
 */
function classBeyondAscii(code: number): number {
  classesBeyondAscii ??= new Uint8Array(65536)
  let known = classesBeyondAscii[code]
  if (known === 0) {
    const character = String.fromCharCode(code)
    known = askedBit | (/[\p{L}\p{N}]/u.test(character) ? letterOrDigitBit : 0) | (/\p{Ll}/u.test(character) ? smallBit : 0) | (/\p{Lu}/u.test(character) ? capitalBit : 0)
    classesBeyondAscii[code] = known
  }
  return known
}
/** For each UTF-16 code unit beyond ASCII: 0 not asked yet, or `askedBit` and the bits of its classes. */
let classesBeyondAscii: Uint8Array | undefined
const askedBit = 1
const letterOrDigitBit = 2
const smallBit = 4
const capitalBit = 8

/**
 * Whether a small letter runs into a capital anywhere in a text: ASCII
 * letters by their codes, others by their kept class (`classBeyondAscii`;
 * a pattern over a whole paragraph tries both classes at every character).
 * Two patterns of plain characters read the text: a small ASCII letter
 * before a capital one says yes; then each character beyond ASCII that may
 * be a letter is asked of its classes with the characters beside it. A
 * story's curly quotes and dashes (general punctuation, U+2000–U+206F, has
 * no letter) are not: a loop over every character from the first of them
 * cost a line with one a microsecond.
 */
export function smallIntoCapital(text: string): boolean {
  if (asciiSmallIntoCapital.test(text)) return true
  mayBeLetterBeyondAscii.lastIndex = 0
  for (let found = mayBeLetterBeyondAscii.exec(text); found; found = mayBeLetterBeyondAscii.exec(text)) {
    if (smallIntoCapitalAt(text, found.index - 1) || smallIntoCapitalAt(text, found.index)) return true
  }
  return false
}

const asciiSmallIntoCapital = /[a-z][A-Z]/
/** A UTF-16 code unit beyond ASCII and the general punctuation. */
const mayBeLetterBeyondAscii = /[^\0-\x7f\u2000-\u206f]/g

/** Whether the character at `index` of a text is a small letter and the next a capital. */
function smallIntoCapitalAt(text: string, index: number): boolean {
  if (index < 0 || index + 1 >= text.length) return false
  const code = text.charCodeAt(index)
  if (code < 128) return code >= 97 && code <= 122 && capitalAt(text, index + 1)
  return surrogate(code) ? /^\p{Ll}\p{Lu}/u.test(text.slice(index, index + 4)) : (classBeyondAscii(code) & smallBit) !== 0 && capitalAt(text, index + 1)
}

/** Whether the character at `index` of a text is a capital letter. */
function capitalAt(text: string, index: number): boolean {
  const code = text.charCodeAt(index)
  if (code < 128) return code >= 65 && code <= 90
  return surrogate(code) ? /^\p{Lu}/u.test(text.slice(index, index + 2)) : (classBeyondAscii(code) & capitalBit) !== 0
}

/** Whether a UTF-16 code unit is half of a character beyond the basic plane. */
function surrogate(code: number): boolean {
  return code >= 0xd800 && code <= 0xdfff
}

/** Whether a word is all capitals: ASCII letters by their codes, others by the pattern. */
export function allCapitals(word: string): boolean {
  for (let index = 0; index < word.length; index++) {
    const code = word.charCodeAt(index)
    if (code >= 128) return /^\p{Lu}+$/u.test(word)
    if (code < 65 || code > 90) return false
  }
  return word.length > 0
}

/** The capital letters of a text, in order (“A.P.” and “Amar Preet” give “AP”); ASCII letters are settled by their code. */
export function capitals(text: string): string {
  let found = ''
  for (const character of text) {
    const code = character.charCodeAt(0)
    if (code < 128 ? code >= 65 && code <= 90 : character !== character.toLowerCase() && character === character.toUpperCase()) found += character
  }
  return found
}
