import nspell from 'nspell'
import type {Dialect} from '../types.js'

export type Speller = ReturnType<typeof nspell>

const spellers = new Map<Dialect, Promise<Speller>>()

/** The Hunspell affix and word files of a dialect, as the dictionary packages ship them. */
export async function loadDictionary(dialect: Dialect): Promise<{aff: Uint8Array; dic: Uint8Array}> {
  const {default: dictionary} = dialect === 'en-US' ? await import('dictionary-en') : dialect === 'en-AU' ? await import('dictionary-en-au') : await import('dictionary-en-gb')
  return dictionary
}

/**
 * The Hunspell dictionary for a dialect, built once per process (building one
 * takes about 200 ms; checking a word afterwards takes microseconds).
 */
export function loadSpeller(dialect: Dialect): Promise<Speller> {
  let speller = spellers.get(dialect)
  if (!speller) {
    speller = loadDictionary(dialect).then((dictionary) =>
      // The dictionary packages ship Uint8Arrays; nspell reads them as text.
      nspell({aff: Buffer.from(dictionary.aff), dic: Buffer.from(dictionary.dic)})
    )
    spellers.set(dialect, speller)
  }
  return speller
}
