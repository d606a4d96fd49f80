import {defineRule} from '../../src/rule.js'
import {defaultOfficialNamesFile, officialNameIndex, readOfficialNames, type OfficialNameIndex} from '../../src/knowledge/official-names.js'
import {inOfficialContext} from '../../src/knowledge/context.js'
import {NameSlipIndex, type KnownName} from '../../src/knowledge/name-slips.js'
import {readAcronymTable} from '../../src/knowledge/acronym-table.js'
import {variantPairs} from '../../src/language/variants.js'
import {loadSpeller, type Speller} from '../../src/language/dictionary.js'
import {ruleDataPath} from '../../src/paths.js'

const dialectName = {'en-GB': 'British', 'en-US': 'American'} as const

interface Resource {
  names: OfficialNameIndex
  /** The official names and the names the acronym table spells out, for names written with one word slipped. */
  slips: NameSlipIndex
  speller: Speller
}

export default defineRule<Resource>({
  meta: {
    id: 'official-name',
    description: 'A programme, exercise, unit, ship, weapon or organisation written in a known wrong form of its official name.',
    defaultSeverity: 'warning',
    supersedes: ['spelling-variant', 'spelling', 'acronym'],
    fixable: true
  },

  load: async (settings) => ({
    names: officialNameIndex(settings.officialNames),
    slips: slipIndex(settings.officialNames),
    speller: await loadSpeller(settings.dialect)
  }),

  check({article, resource, report}) {
    const occurrences = resource.names.find(article)
    for (const occurrence of occurrences) {
      if (occurrence.canonical || !inOfficialContext(article, occurrence)) continue
      const {entry} = occurrence
      const spelling = entry.spelling ? ` (the name itself uses ${dialectName[entry.spelling]} spelling)` : ''
      report({
        reason: `The official name is “${entry.name}”${spelling}; “${occurrence.form}” is a wrong form.`,
        start: occurrence.start,
        end: occurrence.end,
        expected: [entry.name],
        note: `Source: ${entry.source}.`
      })
    }
    const pairs = variantPairs()
    const isWord = (word: string) => resource.speller.correct(word)
    const variants = (one: string, other: string) => pairs.get(one)?.counterpart === other
    for (const slip of resource.slips.find(article.text, isWord, variants)) {
      // A listed form of the name, right or wrong, was judged above.
      if (occurrences.some((occurrence) => occurrence.start < slip.end && slip.start < occurrence.end)) continue
      report({
        reason:
          slip.slip === 'glued'
            ? `“${slip.actual}” runs two words of the name “${slip.fixed}” together.`
            : `“${slip.written}” is one slip from the name “${slip.fixed}”: “${slip.actual}” where the name has “${slip.expected}”.`,
        start: slip.start,
        end: slip.end,
        expected: [slip.fixed]
      })
    }
  }
})

const slipIndexes = new Map<string, NameSlipIndex>()

/** The names a slip is measured against, indexed once per process and list of files. */
function slipIndex(extraFiles: readonly string[]): NameSlipIndex {
  const key = extraFiles.join('\n')
  let index = slipIndexes.get(key)
  if (!index) {
    const words = (name: string) => (name.match(/[\p{L}\p{N}]+/gu) ?? []).map((word) => word.toLowerCase())
    const names: KnownName[] = [defaultOfficialNamesFile, ...extraFiles].flatMap(readOfficialNames).map((entry) => ({words: words(entry.name), proper: true}))
    for (const expansions of readAcronymTable(ruleDataPath('acronym', 'acronyms.tsv')).values()) {
      // “combined joint task force” is a term; “Space Systems Command” a name.
      for (const expansion of expansions) names.push({words: words(expansion), proper: /^\p{Lu}/u.test(expansion)})
    }
    index = new NameSlipIndex(names)
    slipIndexes.set(key, index)
  }
  return index
}
