import retextReadability from 'retext-readability'
import {daleChall} from 'dale-chall'
import {spache} from 'spache'
import type {VFile} from 'vfile'
import {findingsRecorder} from '../../src/text/findings-recorder.js'
import type {Root, Sentence as SentenceNode, SentenceContent} from 'nlcst'
import {defineRule} from '../../src/rule.js'
import {toString} from 'nlcst-to-string'
import type {Article, Sentence} from '../../src/article/types.js'

interface Settings {
  maxWords: number
  minWords: number
  age: number
  threshold: number
}

/**
 * retext-readability looks each word of a judged sentence up in the
 * Dale–Chall and Spache lists of familiar words with Array#includes: 3,800
 * string comparisons for an unfamiliar word, half its running time on long
 * copy. The lists are the same module objects it imports, so each is given
 * an own `includes` that asks a Set — the same answers, in constant time.
 */
for (const list of [daleChall, spache] as string[][]) {
  const members = new Set(list)
  Object.defineProperty(list, 'includes', {value: (word: string) => members.has(word)})
}

/** Per option set, retext-readability's reason for each sentence it judged hard, or null. */
const verdictCaches = new Map<string, Map<string, string | null>>()

function verdictsFor(settings: Settings): Map<string, string | null> {
  const key = `${settings.age} ${settings.threshold}`
  let cache = verdictCaches.get(key)
  if (!cache) verdictCaches.set(key, (cache = new Map()))
  return cache
}

/** retext-readability, set up once per option set (it keeps no state between files). */
const checkers = new Map<string, (tree: Root, file: VFile) => void>()

function checkerFor(settings: Settings): (tree: Root, file: VFile) => void {
  const key = `${settings.age} ${settings.threshold}`
  let checker = checkers.get(key)
  if (!checker) {
    checker = retextReadability({age: settings.age, threshold: settings.threshold, minWords: 0}) as (tree: Root, file: VFile) => void
    checkers.set(key, checker)
  }
  return checker
}

/**
 * A word a defence reader knows whatever its length: a name or title
 * capitalised mid-sentence (Manekshaw, Raksha Mantri), an acronym (UNCLOS),
 * or a number or designation with digits (2,000, F-35).
 */
function familiar(text: string, initial: boolean): boolean {
  return /\d/.test(text) || /^\p{Lu}{2,}/u.test(text) || (!initial && /^\p{Lu}/u.test(text))
}

/**
 * The sentence as retext-readability should read it: names, acronyms and
 * numbers become “it”, a short word on every familiar-word list, so that
 * only the writing itself can make a sentence hard.
 */
function withFamiliarNames(sentence: Sentence, article: Article): SentenceNode {
  let initial = true
  const children: SentenceContent[] = sentence.node.children.map((child) => {
    if (child.type !== 'WordNode') return child
    const word = article.text.slice(child.position?.start.offset ?? 0, child.position?.end.offset ?? 0)
    const plain = familiar(word, initial)
    initial = false
    return plain ? {type: 'WordNode', children: [{type: 'TextNode', value: 'it'}]} : child
  })
  return {...sentence.node, children}
}

function endOf(sentence: Sentence): number {
  return sentence.start + sentence.text.trimEnd().length
}

/** “5 of the 7” from retext-readability's “… according to 5 out of 7 algorithms” (or “all 7”). */
function formulasAgreeing(reason: string): string {
  const some = /(\d+) out of (\d+)/.exec(reason)
  return some ? `${some[1]} of the ${some[2]}` : `all ${/all (\d+)/.exec(reason)?.[1] ?? 7}`
}

export default defineRule({
  meta: {
    id: 'readability',
    description: 'Sentences too long to follow, or long and hard to read by the standard readability formulas.',
    defaultSeverity: 'info'
  },

  check({article, options, report}) {
    const settings: Settings = {
      maxWords: Number(options.maxWords ?? 60),
      minWords: Number(options.minWords ?? 30),
      age: Number(options.age ?? 24),
      threshold: Number(options.threshold ?? 5 / 7)
    }
    const readability = checkerFor(settings)

    // The long sentences go to retext-readability together, in one tree: one walk per article.
    const judged: Array<{sentence: Sentence; words: number}> = []
    for (const sentence of article.sentences) {
      const role = article.paragraphs[sentence.paragraph].role
      if (role !== 'body' && role !== 'list-item') continue
      const words = article.words.slice(sentence.wordStart, sentence.wordEnd).filter((word) => word.stem !== '' && !/^\d/.test(word.stem)).length
      if (words > settings.maxWords) {
        report({
          reason: `This sentence runs to ${words} words; readers lose the thread long before the end. Consider splitting it.`,
          start: sentence.start,
          end: endOf(sentence)
        })
      } else if (words >= settings.minWords) {
        // Short sentences are left alone: the formulas judge long ones reliably, short ones by chance.
        judged.push({sentence, words})
      }
    }
    if (judged.length === 0) return
    // retext-readability's verdict on each sentence as it reads it, remembered:
    // an editor's next keystroke (and a long archive) repeats most sentences.
    const verdicts = verdictsFor(settings)
    const fresh: Array<{node: SentenceNode; key: string; start: number}> = []
    const keyed = judged.map((entry) => {
      const node = withFamiliarNames(entry.sentence, article)
      const key = toString(node)
      if (!verdicts.has(key)) fresh.push({node, key, start: entry.sentence.start})
      return {...entry, key}
    })
    if (fresh.length > 0) {
      const {file, found} = findingsRecorder()
      readability({type: 'RootNode', children: fresh.map(({node}) => ({type: 'ParagraphNode', children: [node]}))}, file)
      const reasons = new Map(found.map((verdict) => [verdict.start, verdict.reason]))
      if (verdicts.size > 20_000) verdicts.clear()
      for (const {key, start} of fresh) verdicts.set(key, reasons.get(start) ?? null)
    }
    for (const {sentence, words, key} of keyed) {
      const reason = verdicts.get(key)
      if (!reason) continue
      report({
        reason: `This ${words}-word sentence is hard to read: ${formulasAgreeing(reason)} readability formulas put it above a reading age of ${settings.age}, not counting names, acronyms and numbers as hard words. Consider splitting it or using plainer words.`,
        start: sentence.start,
        end: endOf(sentence)
      })
    }
  }
})
