import {defineRule} from '../../src/rule.js'
import {officialNameIndex, type OfficialNameIndex} from '../../src/knowledge/official-names.js'
import {inOfficialContext} from '../../src/knowledge/context.js'
import type {NameSlip, NameSlipIndex} from '../../src/knowledge/name-slips.js'
import {nameSlipIndex} from '../../src/knowledge/known-names.js'
import {variantPairs} from '../../src/language/variants.js'
import {loadSpeller, type Speller} from '../../src/language/dictionary.js'
import {generalEnglish} from '../../src/model/general-english.js'

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
    slips: nameSlipIndex(settings.officialNames),
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
    for (const occurrence of resource.names.inLowerCase(article.prose)) {
      report({
        reason: `“${occurrence.form}” is the name “${occurrence.entry.name}” in lower case; a proper name keeps its capitals.`,
        start: occurrence.start,
        end: occurrence.end,
        expected: [occurrence.entry.name],
        note: `Source: ${occurrence.entry.source}.`
      })
    }
    const pairs = variantPairs()
    const isWord = (word: string) => resource.speller.correct(word)
    const variants = (one: string, other: string) => pairs.get(one)?.counterpart === other
    for (const slip of resource.slips.find(article.prose, isWord, variants)) {
      // A listed form of the name, right or wrong, was judged above.
      if (occurrences.some((occurrence) => occurrence.start < slip.end && slip.start < occurrence.end)) continue
      if (anotherTerm(slip)) continue
      // A word a letter away is the slip, and its fix that word's: the rest of the name, and any markup among its
      // words (“<a>National</a> Capitol Region”), stay as written.
      const word = slip.slip === 'word' ? article.prose.indexOf(slip.actual, slip.start) : -1
      const alone = word >= 0 && word + slip.actual.length <= slip.end
      const written = slip.written.replace(/\s+/g, ' ')
      report({
        reason:
          slip.slip === 'glued'
            ? `“${slip.actual}” runs two words of the name “${slip.fixed}” together.`
            : slip.slip === 'lower'
              ? `“${written}” is the name “${slip.fixed}” in lower case; this article capitalises it elsewhere, as a proper name takes.`
              : `“${written}” is one slip from the name “${slip.fixed}”: “${slip.actual}” where the name has “${slip.expected}”.`,
        start: alone ? word : slip.start,
        end: alone ? word + slip.actual.length : slip.end,
        expected: [alone ? slip.expected : slip.fixed]
      })
    }
  }
})

/**
 * Whether a word a letter away from a term's own makes, with the term's
 * other words, a phrase general English says about as often: a term of the
 * same family, not a slip of it (“Public Affairs Office”, the office, beside
 * the acronym table's “public affairs officer”, who heads it; Fort McCoy, in
 * the first set of unseen articles). The term's word must be a decade
 * likelier there (“Combined Join Task Force” is a slip of “joint”). A proper
 * name's every letter counts (“Department of Veteran Affairs”), and a word
 * general English lacks tells nothing (“Striker Brigade Combat Team”).
 */
function anotherTerm(slip: NameSlip): boolean {
  if (!slip.name || slip.name.proper) return false
  const general = generalEnglish()
  const {words, at} = slip.name
  const written = slip.actual.toLowerCase()
  if (general.id(written) === undefined || general.id(words[at]) === undefined) return false
  const context = {previous2: words[at - 2] ?? '', previous: words[at - 1] ?? '', next: words[at + 1] ?? '', next2: words[at + 2] ?? ''}
  return general.lead(context, written, words[at]) < 1
}

