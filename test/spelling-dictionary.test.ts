import {describe, expect, it} from 'vitest'
import {unified} from 'unified'
import retextEnglish from 'retext-english'
import retextSpell from 'retext-spell'
import {VFile} from 'vfile'
import {hunspellKnows, loadDictionary, loadSpeller} from '../src/language/dictionary.js'
import {parsePlainText} from '../src/parse/plain-text.js'
import {annotate} from '../src/article/plugin.js'
import type {Dialect} from '../src/types.js'
// @ts-expect-error: untyped script module
import {cleanArticles} from '../scripts/real-copy.js'

/** The start offsets of the words retext-spell, with the dialect's Hunspell dictionary, calls unknown. */
async function retextSpellUnknown(text: string, dialect: Dialect): Promise<Set<number>> {
  const processor = unified().use(retextEnglish).use(retextSpell, {dictionary: await loadDictionary(dialect), ignoreLiteral: false, max: 1})
  const file = new VFile({value: text})
  await processor.run(processor.parse(text), file)
  return new Set(file.messages.filter((message) => message.source === 'retext-spell' && message.ruleId !== 'overflow').map((message) => (message.place && 'start' in message.place ? message.place.start.offset! : -1)))
}

describe('the spelling rule’s dictionary check', () => {
  // Every word of the real-copy set, and the kinds of word retext-spell treats
  // specially: hyphenated parts, numbers, clock times, apostrophes, capitals,
  // ordinals, and misspellings.
  const text = [
    ...(cleanArticles() as Array<{text: string}>).map((article) => article.text),
    'The F-16s and B-1B’s flew at 10:30am on the 21st, in the mid-2020s; the ’90s were quiet. NATO’s HQ, the Pentagon’s recieved goverment report.'
  ].join('\n\n')
  const words = annotate(parsePlainText(text), text).words

  it.each(['en-GB', 'en-US', 'en-AU'] as Dialect[])('calls unknown exactly the words retext-spell does (%s)', async (dialect) => {
    const unknown = await retextSpellUnknown(text, dialect)
    const speller = await loadSpeller(dialect)
    expect(unknown.size).toBeGreaterThan(100)
    const disagreements = words.filter((word) => hunspellKnows(word, speller) === unknown.has(word.start)).map((word) => word.text)
    expect(disagreements).toEqual([])
  })
})
