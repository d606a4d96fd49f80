import {plausibleSubstitution} from '../text/keyboard.js'
import {wordClassName} from './word-classes.js'

/*
 * How a writer's hand slips, as a cost in nats (−log of how likely the slip
 * is, relative to typing the word right): the channel of the noisy-channel
 * ranking. The costs follow what lists of real misspellings show: letters
 * swapped (“recieve”, “i before e” above all), a doubled letter dropped or
 * added (“comissioned”, “millitary”) and a neighbouring key or a vowel for a
 * vowel are common; a vowel dropped or added where speech blurs it
 * (“happend”, “arguement”), and a consonant speech slurs (an n before a
 * consonant, an r after a vowel: “goverment”, “suprise”), less so; another
 * letter, and anything at the first letter, are rarer. Set on the tuning
 * half of a list of common misspellings (Wikipedia's), the natural
 * misspellings of the real-copy defect set and the misspellings `eval:real`
 * injects.
 */
const cost = {
  swap: 2,
  swappedVowels: 1,
  doubled: 2,
  nearSubstitution: 4,
  substitution: 7,
  insertion: 6,
  deletion: 6,
  vowelInsertion: 5,
  vowelDeletion: 5,
  firstLetter: 3,
  // A final -s typed on a word that has none: the writer meant a plural or a
  // possessive, and a slip seldom adds one (“torpedos” is “torpedoes”,
  // “countrys” is “country's”, neither “torpedo” nor “country”). Not on a
  // word that takes no ending (“justs” is “just”): there it is a letter like
  // any other.
  addedEnding: 8,
  // An n or m left out before a consonant, as speech slurs it (“goverment”, “enviroment”, “contigent”),
  // and an r after a vowel where speech that does not sound it drops it (“suprise”, “libary”, “execise”):
  // 140 of 150 such slips in the tuning half's sentences get their word first, 135 at the cost of any letter.
  slurred: 4,
  // A space left out between two words (“addedthey”, “astrategic”): pages
  // scraped or typed in haste run words together often.
  missingSpace: 4
}

/** Consonants that sound alike, voiced and unvoiced (“graduity” for “gratuity”): slips of the ear, as likely as a neighbouring key. */
const soundAlike = new Set(['dt', 'td', 'bp', 'pb', 'gk', 'kg', 'fv', 'vf', 'sz', 'zs', 'ck', 'kc', 'cs', 'sc'])
/** Word classes that never take a plural or a possessive -s. */
const endless = new Set(['adverb', 'preposition', 'conjunction', 'subordinator', 'determiner', 'modal', 'to'])
const consonant = /[b-df-hj-np-tv-z]/
const vowel = /[aeiou]/

/**
 * The cheapest way, in nats, that typing `intended` could have produced
 * `typed`: a weighted Damerau–Levenshtein distance.
 */
export function slipCost(typed: string, intended: string): number {
  if (intended.includes(' ')) return slipCost(typed, intended.replaceAll(' ', '')) + cost.missingSpace * (intended.split(' ').length - 1)
  const a = typed.toLowerCase()
  const b = intended.toLowerCase()
  const rows = a.length + 1
  const columns = b.length + 1
  const table: number[][] = Array.from({length: rows}, () => new Array<number>(columns).fill(0))
  const at = (index: number) => (index === 0 ? cost.firstLetter : 0)
  for (let i = 1; i < rows; i++) table[i][0] = table[i - 1][0] + cost.insertion + at(i - 1)
  for (let j = 1; j < columns; j++) table[0][j] = table[0][j - 1] + cost.deletion + at(j - 1)
  for (let i = 1; i < rows; i++) {
    for (let j = 1; j < columns; j++) {
      const x = a[i - 1]
      const y = b[j - 1]
      let best = table[i - 1][j - 1] + (x === y ? 0 : (plausibleSubstitution(y, x) || soundAlike.has(y + x) ? cost.nearSubstitution : cost.substitution) + at(j - 1))
      // An extra letter typed: cheap when it doubles its neighbour.
      best = Math.min(best, table[i - 1][j] + (x === a[i - 2] || x === b[j] ? cost.doubled : (vowel.test(x) ? cost.vowelInsertion : cost.insertion) + at(i - 1)))
      // A letter left out: cheap when the word doubles it.
      const dropped =
        y === b[j - 2] || y === b[j]
          ? cost.doubled
          : ((y === 'n' || y === 'm') && j > 1 && consonant.test(b[j] ?? '')) || (y === 'r' && vowel.test(b[j - 2] ?? '') && consonant.test(b[j] ?? ''))
            ? cost.slurred
            : (vowel.test(y) ? cost.vowelDeletion : cost.deletion) + at(j - 1)
      best = Math.min(best, table[i][j - 1] + dropped)
      // Two letters swapped: “ei” for “ie” is the commonest; a swap that moves the first letter is as rare as any slip there.
      if (i > 1 && j > 1 && x === b[j - 2] && a[i - 2] === y) best = Math.min(best, table[i - 2][j - 2] + (x + y === 'ie' || x + y === 'ei' ? cost.swappedVowels : cost.swap) + at(j - 2))
      table[i][j] = best
    }
  }
  const addedEnding = a.endsWith('s') && !b.endsWith('s') && !endless.has(wordClassName(b)) ? cost.addedEnding : 0
  return table[a.length][b.length] + addedEnding
}
