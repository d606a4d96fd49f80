import {defineRule} from '../../src/rule.js'
import {readWordList, readYamlData} from '../../src/text/data-files.js'
import {stem, stopwords} from '../../src/text/stem.js'
import {ruleDataPath} from '../../src/paths.js'
import type {Article, Paragraph, Sentence} from '../../src/article/types.js'

interface SignalKind {
  name: string
  describe: string
  words: Set<string>
  phrases: RegExp
}

interface Resource {
  domain: Set<string>
  /** Occurrences per million words of general English: frequent words say little about a passage's subject. */
  frequencies: Map<string, number>
  kinds: SignalKind[]
  contacts: RegExp[]
}

interface Passage {
  start: number
  end: number
  text: string
  /** Content words: stemmed key, surface form, and weight (rarer words weigh more). */
  tokens: Array<{key: string; word: string; weight: number}>
}

/**
 * Shares are of a passage's content words weighted by rarity, so that
 * “frigate” counts for more than “people”. Set on the clean articles in
 * test/fixtures/clean and checked with npm run eval:claims.
 */
const thresholds = {
  /** Below this share of on-subject weight, a passage has changed subject. */
  offSubject: 0.12,
  /** A passage with a strong genre signal is kept only when at least this share is on subject. */
  onSubjectForGenre: 0.7,
  /** Signal words needed, as a count and as a share of the passage's content words. */
  signalHits: 3,
  signalShare: 0.08,
  /** Content words a passage needs before its subject can be judged. */
  minTokens: 10
}

/** Weight of a word never seen in general English: as rare as the rarest listed. */
const unseenPerMillion = 0.01

export default defineRule<Resource>({
  meta: {
    id: 'off-topic',
    description: 'A paragraph or run of sentences that leaves the article’s subject, sells something, or preaches.',
    defaultSeverity: 'error',
    supersedes: ['spelling', 'real-word', 'superlative', 'readability', 'acronym', 'spelling-variant', 'official-name', 'quote-balance', 'repeated-word', 'duplicate'],
    fixable: false
  },

  load: () => loadResource(),

  check({article, resource, report}) {
    const body = article.paragraphs.filter((paragraph) => paragraph.role === 'body' || paragraph.role === 'list-item')
    for (const paragraph of body) {
      const rest = restVocabulary(article, paragraph)
      const sentences = article.sentences.slice(paragraph.sentenceStart, paragraph.sentenceEnd)
      const whole = passage(article.text, paragraph.start, paragraph.end, resource.frequencies)
      const wholeVerdict = judge(whole, rest, resource)
      // The longest run of trailing sentences that does not belong: a sermon
      // or advert appended to a real paragraph.
      let tail: {found: Passage; verdict: string; sentences: number} | undefined
      for (let from = 1; from < sentences.length - 1; from++) {
        const found = passage(article.text, sentences[from].start, endOf(sentences), resource.frequencies)
        const verdict = judge(found, rest, resource)
        if (verdict) {
          tail = {found, verdict, sentences: sentences.length - from}
          break
        }
      }
      // A one-sentence lead-in to an off-topic passage of three sentences or
      // more ("…reflects not only cooperation but also a deeper human need")
      // belongs to the passage.
      const leadIn = tail && sentences.length - tail.sentences === 1 && tail.sentences >= 3
      // Sentences before the tail that are not about the story belong to it too.
      const headOffSubject = tail && subjectShare(passage(article.text, paragraph.start, tail.found.start, resource.frequencies), rest, resource) < 0.5
      const flagged = wholeVerdict && (!tail || leadIn || headOffSubject) ? {found: whole, verdict: wholeVerdict} : tail
      if (!flagged) continue
      report({
        reason: `${flagged.verdict}; delete it, or move it to a story of its own.`,
        start: flagged.found.start,
        end: flagged.found.end,
        expected: ['']
      })
    }
  }
})

function endOf(sentences: Sentence[]): number {
  return sentences[sentences.length - 1].end
}

function loadResource(): Resource {
  const file = ruleDataPath('off-topic', 'signals.yaml')
  const data = readYamlData(file) as {kinds?: Array<Record<string, unknown>>; contacts?: unknown}
  if (!Array.isArray(data?.kinds) || !Array.isArray(data?.contacts)) throw new Error(`${file}: expected “kinds” and “contacts” lists`)
  const kinds = data.kinds.map((kind) => {
    const {name, describe, words, phrases} = kind as {name: string; describe: string; words: string[]; phrases: string[]}
    if (typeof name !== 'string' || typeof describe !== 'string' || !Array.isArray(words) || !Array.isArray(phrases)) {
      throw new Error(`${file}: each kind needs name, describe, words and phrases`)
    }
    const escaped = phrases.map((phrase) => phrase.replace(/[.*+?^${}()|[\]\\]/g, '\\$&').replace(/'/g, "['’]"))
    return {name, describe, words: new Set(words.map(stem)), phrases: new RegExp(`(?<![\\p{L}])(?:${escaped.join('|')})(?![\\p{L}])`, 'giu')}
  })
  const contacts = (data.contacts as string[]).map((pattern) => new RegExp(pattern, 'gu'))
  return {
    domain: new Set(readWordList(ruleDataPath('off-topic', 'domain.txt')).map(stem)),
    frequencies: new Map(
      readWordList(ruleDataPath('off-topic', 'word-frequencies.txt')).map((line) => {
        const [word, perMillion] = line.split(' ')
        return [word, Number(perMillion)] as const
      })
    ),
    kinds,
    contacts
  }
}

/**
 * A passage and its content words: not function words, and not names — a new
 * name in a paragraph is normal news, not a change of subject. Each word
 * weighs its surprisal in general English (−log of its frequency).
 */
function passage(text: string, start: number, end: number, frequencies: Map<string, number>): Passage {
  const value = text.slice(start, end)
  const tokens: Passage['tokens'] = []
  for (const match of value.matchAll(/[\p{L}][\p{L}'’-]*/gu)) {
    const word = match[0]
    const lower = word.toLowerCase().replace(/['’]s$/, '')
    if (lower.length < 3 || stopwords.has(lower)) continue
    if (/^\p{Lu}/u.test(word) && !/(?:^|[.!?:]\s+|[“"‘(]\s*)$/u.test(value.slice(0, match.index))) continue
    tokens.push({key: stem(word), word, weight: Math.log(1e6 / (frequencies.get(lower) ?? unseenPerMillion))})
  }
  return {start, end: start + value.trimEnd().length, text: value, tokens}
}

/** Stems used anywhere in the article except this paragraph (leave one out). */
function restVocabulary(article: Article, paragraph: Paragraph): Set<string> {
  const rest = new Set<string>()
  for (const other of article.paragraphs) {
    if (other === paragraph) continue
    for (const match of other.text.matchAll(/[\p{L}][\p{L}'’-]*/gu)) rest.add(stem(match[0]))
  }
  return rest
}

/** The share of a passage's content weight that belongs to the article's subject (1 when it has no content words). */
function subjectShare(text: Passage, rest: Set<string>, resource: Resource): number {
  const weight = text.tokens.reduce((sum, token) => sum + token.weight, 0)
  if (weight === 0) return 1
  return text.tokens.filter(({key}) => rest.has(key) || resource.domain.has(key)).reduce((sum, token) => sum + token.weight, 0) / weight
}

/** Why a passage does not belong, or undefined when it does. */
function judge(text: Passage, rest: Set<string>, resource: Resource): string | undefined {
  const total = text.tokens.length
  if (total === 0) return undefined
  const onSubject = subjectShare(text, rest, resource)

  const contacts = resource.contacts.reduce((count, pattern) => count + [...text.text.matchAll(pattern)].length, 0)
  const signals = resource.kinds.map((kind) => {
    const words = text.tokens.filter(({key}) => kind.words.has(key)).map(({word}) => word)
    kind.phrases.lastIndex = 0
    const phrases = [...text.text.matchAll(kind.phrases)].map((match) => match[0])
    return {kind, hits: words.length + phrases.length, examples: [...new Set([...words, ...phrases].map((example) => example.toLowerCase()))].slice(0, 3)}
  })
  const [strongest] = [...signals].sort((a, b) => b.hits - a.hits)

  const selling = signals.filter(({kind}) => kind.name === 'appeal' || kind.name === 'promotion').reduce((sum, signal) => sum + signal.hits, 0)
  if (contacts > 0 && selling > 0) {
    return `This passage ${describe(signals, 'appeal', 'promotion')} and gives contact details: it is promotion, not reporting`
  }
  if (strongest.hits >= thresholds.signalHits && strongest.hits / total >= thresholds.signalShare && onSubject < thresholds.onSubjectForGenre) {
    const promoted = promotedName(text, rest)
    return `This passage ${strongest.kind.describe} (${strongest.examples.map((example) => `“${example}”`).join(', ')})${promoted ? ` and promotes ${promoted}, who is not part of the story` : ''}, instead of reporting the story`
  }
  if (total >= thresholds.minTokens && onSubject < thresholds.offSubject) {
    const newTerms = [...new Set(text.tokens.filter(({key}) => !rest.has(key) && !resource.domain.has(key)).map(({word}) => word.toLowerCase()))].slice(0, 4)
    return `This passage changes subject: almost none of its words belong to the article's subject, and it turns to ${newTerms.map((term) => `“${term}”`).join(', ')}`
  }
  return undefined
}

function describe(signals: Array<{kind: SignalKind; hits: number}>, ...names: string[]): string {
  const present = signals.filter(({kind, hits}) => names.includes(kind.name) && hits > 0).map(({kind}) => kind.describe)
  return present.length ? present.join(' and ') : 'advertises'
}

/** A name the passage repeats that the rest of the article never mentions. */
function promotedName(text: Passage, rest: Set<string>): string | undefined {
  const counts = new Map<string, number>()
  for (const match of text.text.matchAll(/\b\p{Lu}[\p{L}]+(?:\s+\p{Lu}[\p{L}]+)+/gu)) {
    // "From Sant Rampal" at a sentence start: the name starts after the capitalised function word.
    const name = match[0].replace(/^(\p{L}+)\s+/u, (first, word: string) => (stopwords.has(word.toLowerCase()) ? '' : first))
    if (name.split(/\s+/).some((part) => rest.has(stem(part)))) continue
    counts.set(name, (counts.get(name) ?? 0) + 1)
  }
  const [best] = [...counts].sort((a, b) => b[1] - a[1])
  return best && best[1] >= 2 ? best[0] : undefined
}
