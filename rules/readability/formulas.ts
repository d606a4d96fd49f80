import {automatedReadability} from 'automated-readability'
import {colemanLiau} from 'coleman-liau'
import {daleChall} from 'dale-chall'
import {daleChallFormula, daleChallGradeLevel} from 'dale-chall-formula'
import {flesch} from 'flesch'
import {gunningFog} from 'gunning-fog'
import {smogFormula} from 'smog-formula'
import {spache} from 'spache'
import {spacheFormula} from 'spache-formula'
import {syllable} from 'syllable'

/**
 * The seven readability formulas retext-readability applies to a sentence,
 * with the same counts and the same age conversions, so its verdicts and
 * ours agree (test/readability-formulas.test.ts holds them to that on real
 * copy). We count for ourselves because retext-readability walks every word
 * with unist-util-visit and counts its syllables afresh: a third of the rule
 * set's time on a long article. Here what a word contributes is worked out
 * once per process and remembered.
 */

interface WordFacts {
  syllables: number
  /** Starts in lower case (a proper noun is not a complex word for Gunning fog). */
  lowerInitial: boolean
  /** The lower-case form, for the familiar-word lists. */
  caseless: string
  onSpacheList: boolean
  onDaleChallList: boolean
}

const daleChallWords = new Set(daleChall)
const spacheWords = new Set(spache)
const factsOf = new Map<string, WordFacts>()
/** A bound on the memo: an archive's vocabulary grows without end, the facts cost little to work out again. */
const maxRemembered = 200_000

function facts(word: string): WordFacts {
  let found = factsOf.get(word)
  if (!found) {
    if (factsOf.size >= maxRemembered) factsOf.clear()
    const caseless = word.toLowerCase()
    found = {
      syllables: syllable(word),
      lowerInitial: word.charCodeAt(0) === caseless.charCodeAt(0),
      caseless,
      onSpacheList: spacheWords.has(caseless),
      onDaleChallList: daleChallWords.has(caseless)
    }
    factsOf.set(word, found)
  }
  return found
}

const gradeToAge = (grade: number) => Math.round(grade + 5)
const fleschToAge = (score: number) => 20 - Math.floor(score / 10)
const smogToAge = (score: number) => Math.ceil(Math.sqrt(score) + 2.5)

/** How many of the seven formulas put a sentence of these words above a reading age. */
export function formulasAbove(words: readonly string[], age: number): {above: number; formulas: number} {
  const familiar = new Set<string>()
  const easy = new Set<string>()
  let letters = 0
  let syllables = 0
  let polysyllabic = 0
  let complexPolysyllabic = 0
  for (const word of words) {
    const known = facts(word)
    letters += word.length
    syllables += known.syllables
    if (known.syllables >= 3) {
      polysyllabic++
      if (known.lowerInitial) complexPolysyllabic++
    }
    if (known.onSpacheList) familiar.add(known.caseless)
    if (known.onDaleChallList) easy.add(known.caseless)
  }
  const counts = {
    character: letters,
    complexPolysillabicWord: complexPolysyllabic,
    difficultWord: words.length - easy.size,
    letter: letters,
    polysillabicWord: polysyllabic,
    sentence: 1,
    syllable: syllables,
    unfamiliarWord: words.length - familiar.size,
    word: words.length
  }
  const ages = [
    gradeToAge(automatedReadability(counts)),
    gradeToAge(colemanLiau(counts)),
    gradeToAge(daleChallGradeLevel(daleChallFormula(counts))[1]),
    fleschToAge(flesch(counts)),
    gradeToAge(gunningFog(counts)),
    smogToAge(smogFormula(counts)),
    gradeToAge(spacheFormula(counts))
  ]
  return {above: ages.filter((value) => value > age).length, formulas: ages.length}
}
