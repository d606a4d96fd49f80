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
  if (code < 128) return 'none'
  const first = String.fromCodePoint(text.codePointAt(index)!)
  if (first !== first.toUpperCase()) return 'lower'
  return first !== first.toLowerCase() ? 'upper' : 'none'
}

/**
 * Whether a character code is a letter or a digit, ASCII by its code and others by their Unicode class (not a number: no character).
 * The class of a code beyond ASCII is kept once asked: the pattern and the string made for it cost a
 * microsecond, and a story's curly quotes and dashes are asked again and again (the line classifier's
 * scan of the real-copy clean set spent half its time on its 2,000 such characters).
 */
export function letterOrDigit(code: number): boolean {
  if (code < 128) return (code >= 48 && code <= 57) || (code >= 65 && code <= 90) || (code >= 97 && code <= 122)
  classesBeyondAscii ??= new Uint8Array(65536)
  let known = classesBeyondAscii[code]
  if (known === 0) classesBeyondAscii[code] = known = /[\p{L}\p{N}]/u.test(String.fromCharCode(code)) ? 2 : 1
  return known === 2
}
/** For each UTF-16 code unit beyond ASCII: 0 not asked yet, 1 neither a letter nor a digit, 2 one of them. */
let classesBeyondAscii: Uint8Array | undefined

/**
 * Whether a small letter runs into a capital anywhere in a text: ASCII
 * letters by their codes, others by the pattern on the few characters there
 * (the pattern over a whole paragraph tries both classes at every character).
 * Two patterns of plain characters read a line first, at a third of the
 * loop's cost: a small ASCII letter before a capital one says yes, and a
 * line all in ASCII that has none says no; the loop reads only from the
 * first character beyond ASCII (a pair can start just before it).
 */
export function smallIntoCapital(text: string): boolean {
  if (asciiSmallIntoCapital.test(text)) return true
  const beyond = beyondAscii.exec(text)
  if (!beyond) return false
  for (let index = Math.max(0, beyond.index - 1); index + 1 < text.length; index++) {
    const code = text.charCodeAt(index)
    if (code >= 97 && code <= 122) {
      const next = text.charCodeAt(index + 1)
      if ((next >= 65 && next <= 90) || (next >= 128 && /^\p{Lu}/u.test(text.slice(index + 1, index + 3)))) return true
    } else if (code >= 128 && /^\p{Ll}\p{Lu}/u.test(text.slice(index, index + 4))) return true
  }
  return false
}

const asciiSmallIntoCapital = /[a-z][A-Z]/
const beyondAscii = /[^\0-\x7f]/

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
