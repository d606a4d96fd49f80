import nspell from 'nspell'
import type {Dialect} from '../types.js'

export type Speller = ReturnType<typeof nspell>

const spellers = new Map<Dialect, Promise<Speller>>()

/**
 * The Hunspell dictionary for a dialect, built once per process (building one
 * takes about 200 ms; checking a word afterwards takes microseconds).
 */
export function loadSpeller(dialect: Dialect): Promise<Speller> {
  let speller = spellers.get(dialect)
  if (!speller) {
    speller = (dialect === 'en-US' ? import('dictionary-en') : import('dictionary-en-gb')).then(({default: dictionary}) =>
      // The dictionary packages ship Uint8Arrays; nspell reads them as text.
      nspell({aff: Buffer.from(dictionary.aff), dic: Buffer.from(dictionary.dic)})
    )
    spellers.set(dialect, speller)
  }
  return speller
}
