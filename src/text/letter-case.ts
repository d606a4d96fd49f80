/**
 * Whether a word opens with a capital, a small letter, or a character that
 * has no case (a digit, a symbol, a letter of a caseless script). Asked of
 * every word by several rules, so plain ASCII letters are settled by their
 * code without a Unicode pattern.
 */
export function initialCase(word: string): 'upper' | 'lower' | 'none' {
  const code = word.charCodeAt(0)
  if (code >= 97 && code <= 122) return 'lower'
  if (code >= 65 && code <= 90) return 'upper'
  if (code < 128) return 'none'
  const first = String.fromCodePoint(word.codePointAt(0)!)
  if (first !== first.toUpperCase()) return 'lower'
  return first !== first.toLowerCase() ? 'upper' : 'none'
}
