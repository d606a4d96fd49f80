import {scanSource} from '../text/shared-prefixes.js'
import {nameAtEnd, officeClaims, personName, readHonorifics, readRanks, withoutPossessive, type OfficeClaim} from './claims.js'
import {readOffices} from './offices.js'
import type {Article} from '../article/types.js'

/*
 * Who is who in one article: each rank or office written before a name
 * (“Lt Gen Anil Sharma”, “Defence Minister Rajnath Singh”), and the people
 * those mentions resolve to. Every rule that speaks about people reads the
 * same answer from the article annotations (`article.people()`).
 */

/** A rank or office written directly before a name. */
export interface TitledMention {
  /** Where the title starts and ends. */
  start: number
  end: number
  /** The title as written (“Lt. Gen.”), and its one name (“Lieutenant General”). */
  written: string
  title: string
  /** A military rank (ranks.yaml) or an office (offices.yaml). */
  kind: 'rank' | 'office'
  /** “former Defence Minister …”: a past post, not a title the person holds. */
  former: boolean
  /** A rank in an appositive after the name (“Mr Buratai, a lieutenant colonel,”), where copy writes it in lower case. */
  appositive?: boolean
  /**
   * An office set off from the name: after it, in an appositive (“Nakatani, Japan's Defence
   * Minister”), or before it across a comma or an honorific (“Minister of Defense, Mr. Gen Nakatani”).
   */
  separated?: boolean
  /** The name as written, possessive dropped (“Anil Sharma”, “Sharma”), and where it starts. */
  name: string
  nameStart: number
  family: string
}

/**
 * One person the article names with a title, and every titled mention that
 * resolves to them. The article alone cannot tell a given name that is also
 * a rank (“Gen Nakatani”) from the rank: such a mention reads as the rank
 * here, and a rule that knows the people records (person-title) sets it aside.
 */
export interface PersonInArticle {
  /** The fullest name the article gives (“Rakesh Kumar Singh Bhadauria”, else the family name alone). */
  name: string
  family: string
  mentions: TitledMention[]
}

interface TitleForms {
  /** Where a title followed by a name may start (`titleScan`), and a title, then a name, read there (sticky). */
  titleScan: RegExp
  titleAt: RegExp
  /** Every form of a rank or office, lower case, British spelling → its one name. */
  canonical: Map<string, string>
  /** The one names of ranks. */
  ranks: Set<string>
  /** A rank in full as an appositive (“, a lieutenant colonel,”), sticky: a name must end the text before it. */
  appositive: RegExp
}

let forms: TitleForms | undefined
let honorificSet: Set<string> | undefined
const honorifics = () => (honorificSet ??= new Set(readHonorifics()))

/** The ranks (ranks.yaml) and offices (offices.yaml) as one pattern, compiled once per process. */
function titleForms(): TitleForms {
  if (forms) return forms
  const canonical = new Map<string, string>()
  const written: string[] = []
  for (const rank of readRanks()) for (const form of [rank.full, ...rank.short]) canonical.set(form.toLowerCase(), rank.full) && written.push(form)
  for (const office of readOffices()) for (const form of office) canonical.set(form.toLowerCase().replace(/defense/g, 'defence'), office[0]) && written.push(form)
  // Titles as written (capitalised), so that the name pattern after them stays case-sensitive.
  // Abbreviations are written with and without full stops (“Lt Gen”, “Lt. Gen.”), and a
  // missing space after one is still the rank (“Lt.Gen”).
  const alternatives = written.sort((a, b) => b.length - a.length).map((form) => form.replace(/\s+/g, '\\.?\\s*').replace(/Defence/g, 'Defen[cs]e'))
  // Appositive ranks are written in full, in lower case or capitalised; what follows the rank ends the appositive
  // (“a colonel in the Army”), so “a major force” and “a general strike” are no ranks.
  const fullRanks = readRanks()
    .flatMap((rank) => [rank.full, rank.full.toLowerCase()])
    .sort((a, b) => b.length - a.length)
    .map((form) => form.replace(/\s+/g, '\\s+'))
  const appositive = new RegExp(
    `,\\s+an?\\s+(former\\s+|retired\\s+)?(${fullRanks.join('|')})(?![\\p{L}\\d])(?=\\s*[,;.)]|\\s+(?:in|of|with|from|who|and|at|serving)\\b)`,
    'uy'
  )
  forms = {titleScan: titleScan(alternatives), titleAt: new RegExp(`(${alternatives.join('|')})(?<![\\p{L}]\\1)\\.?\\s+(${personName})`, 'uy'), canonical, ranks: new Set(readRanks().map((rank) => rank.full)), appositive}
  return forms
}

/**
 * Where a title followed by a name may start, for the sticky pattern to
 * read: a pattern that opens with the forms' first letters (`scanSource`;
 * with a lookahead at its head the scan was twice as slow over an article).
 * It can match more than a title (“Crime Minister”: the rest of “Prime
 * Minister” after a C), never less, and the sticky pattern decides.
 */
function titleScan(alternatives: string[]): RegExp {
  return new RegExp(`(${scanSource(alternatives)})(?<![\\p{L}]\\1)\\.?\\s+\\p{Lu}`, 'gu')
}

/** “former” written right before a title: its length with the space after it, else 0. */
function formerBefore(text: string, at: number): number {
  return /(?<![\p{L}])former\s+$/u.exec(text.slice(Math.max(0, at - 24), at))?.[0].length ?? 0
}

/** A title's one name (“Lt. Gen.” → “Lieutenant General”), or undefined for words that are no rank or office. */
export function canonicalTitle(written: string): string | undefined {
  return titleForms().canonical.get(written.toLowerCase().replace(/\./g, ' ').replace(/\s+/g, ' ').trim().replace(/defense/g, 'defence'))
}

/** A name that opens with a function word is a sentence going on. */
const functionWord = /^(?:And|But|Or|The|An|In|On|At|As|It|He|She|They|We|His|Her|Its|Their|This|That|These|Those|So|Yet|If|When|While|After|Before|Well|Now|Yes|Thank)\b/

/** Two offices written back to back before a name (“Secretary of Defense Secretary General James Mattis”): one is a slip. */
export interface StackedTitles {
  start: number
  end: number
  first: string
  second: string
  name: string
}

let lastRead: {text: string; mentions: TitledMention[]; stacked: StackedTitles[]} | undefined

/**
 * Each title followed by a name. An office before a rank (“Chief of Defence
 * Staff General NS Raja Subramani”) is read as the rank and its name: the
 * match starts again at the rank, so the rank is not taken for a given name.
 * An office before another office is no such pair: it is noted as stacked.
 */
function readTitles(text: string): {mentions: TitledMention[]; stacked: StackedTitles[]} {
  // The annotations and a rule may ask about the same article: read once.
  if (lastRead?.text === text) return lastRead
  const {titleScan, titleAt, ranks} = titleForms()
  const mentions: TitledMention[] = []
  const stacked: StackedTitles[] = []
  titleScan.lastIndex = 0
  for (let hit = titleScan.exec(text); hit; hit = titleScan.exec(text)) {
    titleAt.lastIndex = hit.index
    const match = titleAt.exec(text)
    if (!match) {
      titleScan.lastIndex = hit.index + 1
      continue
    }
    titleScan.lastIndex = match.index + match[0].length
    const former = formerBefore(text, match.index)
    const nameStart = match.index + match[0].length - match[2].length
    titleAt.lastIndex = nameStart
    const next = titleAt.exec(text)
    if (next) {
      const [first, second] = [canonicalTitle(match[1]), canonicalTitle(next[1])]
      // On one line: a headline that ends with an office, above a line that opens with one, is two lines.
      const between = text.slice(match.index, nameStart)
      // A full stop after an office's last word, no abbreviation, ends a sentence (“… Secretary of State. Ambassador Hare said …”).
      const sentenceEnd = text[match.index + match[1].length] === '.' && /\p{L}{5}$/u.test(match[1])
      if (!former && first && second && !ranks.has(first) && !ranks.has(second) && !/[\n\r]/.test(between) && !sentenceEnd) {
        stacked.push({start: match.index, end: nameStart + next[1].length, first: match[1], second: next[1], name: withoutPossessive(next[2])})
      }
      // An office before a rank is the office of the person the rank names (“Chief of Defence Staff General NS Raja Subramani”).
      if (first && second && !ranks.has(first) && ranks.has(second) && !/[\n\r]/.test(between) && !sentenceEnd && !functionWord.test(next[2])) {
        const name = withoutPossessive(next[2])
        mentions.push({start: match.index, end: match.index + match[1].length, written: match[1], title: first, kind: 'office', former: former > 0, name, nameStart: next.index + next[0].length - next[2].length, family: name.split(/\s+/).at(-1)!})
      }
      titleScan.lastIndex = nameStart
      continue
    }
    // A title that ends a sentence is no title of the next one's first word (“… the Vice President. And …”).
    if (functionWord.test(match[2])) continue
    const title = canonicalTitle(match[1])
    if (!title) continue
    const name = withoutPossessive(match[2])
    const kind = ranks.has(title) ? 'rank' : 'office'
    mentions.push({start: match.index, end: match.index + match[1].length, written: match[1], title, kind, former: former > 0, name, nameStart, family: name.split(/\s+/).at(-1)!})
  }
  // Appositive ranks, where an article has any, join the titled mentions in reading order.
  const appositives = appositiveRanks(text)
  if (appositives.length > 0) {
    mentions.push(...appositives)
    mentions.sort((a, b) => a.start - b.start)
  }
  lastRead = {text, mentions, stacked}
  return lastRead
}

/** Ranks given after a name as an appositive (“Mr Buratai, a lieutenant colonel, …”), a usage of Nigerian and wire copy. */
function appositiveRanks(text: string): TitledMention[] {
  const {appositive} = titleForms()
  const mentions: TitledMention[] = []
  // Where “, a” or “, an” stands, the rank is read (sticky): the list of ranks is not tried at every comma.
  const openings = /,\s+an?\s/g
  for (let opening = openings.exec(text); opening; opening = openings.exec(text)) {
    appositive.lastIndex = opening.index
    const match = appositive.exec(text)
    if (!match) continue
    openings.lastIndex = match.index + match[0].length
    // The name ends where the comma stands: read it from the few words before.
    const from = Math.max(0, match.index - 60)
    const named = nameAtEnd(text.slice(from, match.index))
    if (!named) continue
    // “Mr Buratai”: the honorific is no given name; “In Kandahar”: a sentence going on.
    const words = withoutPossessive(named[1]).split(/\s+/)
    while (words.length > 1 && honorifics().has(words[0].replace(/\.$/, ''))) words.shift()
    if (functionWord.test(words[0])) continue
    const title = canonicalTitle(match[2])
    if (!title) continue
    const name = words.join(' ')
    const start = match.index + match[0].length - match[2].length
    const nameStart = from + named.index + named[1].lastIndexOf(name)
    mentions.push({start, end: start + match[2].length, written: match[2], title, kind: 'rank', former: match[1]?.trim() === 'former', appositive: true, name, nameStart, family: words.at(-1)!})
  }
  return mentions
}

/** Each rank or office written before a name, in the order they come. */
export function titledMentions(text: string): TitledMention[] {
  return readTitles(text).mentions
}

/**
 * Every titled mention of an article: each title written before a name, and
 * each office set off from its name (`separated`), so that the rules that
 * speak about people, and the story's comparison, read one list.
 */
export function articleMentions(article: Article): TitledMention[] {
  // The prose: a name in a link's title, a page's script or front matter is nobody the story speaks of.
  const text = article.prose
  const titled = titledMentions(text)
  const separated: TitledMention[] = []
  for (const claim of officeClaims(article)) {
    // An office inside a titled mention (its title and name) is that mention.
    if (titled.some((mention) => claim.start < mention.nameStart + mention.name.length && mention.start < claim.end)) continue
    // “Vice Chief of the Air Staff”, “Deputy Minister of Defence”: a capitalised word before the office makes it another.
    if (/(?<![\p{L}])(?!(?:The|A|An)\s)\p{Lu}\p{L}*(?<!['’]s) +$/u.test(text.slice(Math.max(0, claim.start - 24), claim.start))) continue
    const named = claim.nameStart < claim.start ? appositiveOffice(text, claim, titled) : nameAfterOffice(text, claim, titled)
    if (!named) continue
    // The office as written, without the “former” that marks it.
    const former = claim.former ? /^former\s+/i.exec(claim.text)?.[0].length ?? 0 : 0
    separated.push({start: claim.start + former, end: claim.end, written: claim.text.slice(former), title: claim.office, kind: 'office', former: claim.former, separated: true, name: named.name, nameStart: named.nameStart, family: named.name.split(/\s+/).at(-1)!})
  }
  return separated.length === 0 ? titled : [...titled, ...separated].sort((a, b) => a.start - b.start)
}

/** What may stand between a name's comma and the office of its appositive: “the”, “Japan’s”, capitalised words, “former”, “for”, “and”. */
const appositiveLead = /^,\s+(?:(?:the|a|an)\s+)?(?:\p{Lu}[\p{L}]*['’]s\s+)?(?:(?:\p{Lu}[\p{L}]*|former)\s+(?:(?:of|for|and|the)\s+)*)*$/u
/** What ends an appositive office: punctuation, a verb of saying, another office (“and”, “of”), the end. */
const appositiveEnd = /^(?:\s*[,.;:()]|\s+(?:said|says|told|and|of)(?![\p{L}])|\s*$)/u
/** What ends a name set off after its office: punctuation, a verb of saying, the end. */
const nameEnd = /^(?:\s*[,.;:()]|\s+(?:said|says|told)(?![\p{L}])|\s*$)/u

/**
 * An office in an appositive after a name (“General Nakatani, Japan’s Special
 * Advisor for National Security and former Defence Minister.”): only
 * capitalised words and a few small ones between the comma and the office,
 * and the appositive ends after it. “India and Sri Lanka, Raksha Mantri
 * underscored” is a list and a sentence going on, not an appositive, and “I
 * was in Vietnam, and the Prime Minister …” another clause.
 */
function appositiveOffice(text: string, claim: OfficeClaim, titled: readonly TitledMention[]): {name: string; nameStart: number} | undefined {
  // “the Secretary of State, the President, …”: a name after “of” ends an office's name, not a person's.
  if (/(?<![\p{L}])(?:of|for|the)\s+$/u.test(text.slice(Math.max(0, claim.nameStart - 5), claim.nameStart))) return undefined
  if (!appositiveLead.test(text.slice(claim.nameStart + claim.name.length, claim.start)) || !appositiveEnd.test(text.slice(claim.end, claim.end + 12))) return undefined
  // “Admiral Krishna Swaminathan, Chief of the Naval Staff”: the name is the titled mention's.
  return titledWithin(titled, claim) ?? claim
}

/** The titled mention that starts inside a claim's name (“Gen” of “Mr. Gen Nakatani”), if any. */
function titledWithin(titled: readonly TitledMention[], claim: OfficeClaim): TitledMention | undefined {
  const end = claim.nameStart + claim.name.length
  return titled.find((mention) => mention.start >= claim.nameStart && mention.start < end)
}

/**
 * A name after an office across a comma or an honorific (“Defence Secretary,
 * Ben Wallace said”, “the Defence Minister of Japan Mr Shinjiro Koizumi”):
 * the name of a titled mention that opens it (“Minister of Defense, Mr. Gen
 * Nakatani”), else a name of two words or more after an honorific or ending
 * its clause (“Chief of the Army Staff, Nepali Army and will …” names no one).
 */
function nameAfterOffice(text: string, claim: OfficeClaim, titled: readonly TitledMention[]): {name: string; nameStart: number} | undefined {
  const end = claim.nameStart + claim.name.length
  // “Mr. President, Henry Cabot Lodge, your Ambassador …”: an office after an honorific is someone addressed.
  const before = /(\p{L}+)\.?\s+$/u.exec(text.slice(Math.max(0, claim.start - 12), claim.start))
  if (before && honorifics().has(before[1])) return undefined
  // A name that opens with a rank is that titled mention's name, in full (“Minister of Defense, Mr. Gen Nakatani”).
  // A name that opens with an office is another person's (“In his welcome to Raksha Mantri, President Dissanayake recalled”).
  const titledName = titledWithin(titled, claim)
  if (titledName) return titledName.kind === 'rank' ? titledName : undefined
  const words = claim.name.split(/\s+/)
  const isHonorific = (word: string) => honorifics().has(word.replace(/\.$/, ''))
  if (words.length < 2 || words.slice(1).some(isHonorific)) return undefined
  return text.slice(claim.end, claim.nameStart).split(/[\s,]+/).some(isHonorific) || nameEnd.test(text.slice(end, end + 12)) ? claim : undefined
}

/** Where a mention's title starts as written with its “former” (“former Defence Minister”), and that text. */
export function withFormer(text: string, mention: TitledMention): {start: number; text: string} {
  const former = mention.former ? /(?<![\p{L}])former\s+$/iu.exec(text.slice(Math.max(0, mention.start - 16), mention.start)) : null
  const start = former ? mention.start - former[0].length : mention.start
  return {start, text: text.slice(start, mention.end)}
}

/** Offices written back to back before a name. */
export function stackedTitles(text: string): StackedTitles[] {
  return readTitles(text).stacked
}

/**
 * Whether two names can be one person's: the same family name, and given
 * names that agree, or initials that stand for them (“RKS Bhadauria” and
 * “Rakesh Kumar Singh Bhadauria”, “A. Sharma” and “Anil Sharma”), a middle
 * name left out (“Anil Sharma”, “Anil Kumar Sharma”). Two first names
 * spelled out differently (“Anil”, “Arun”) are two people.
 */
export function sameGivenNames(one: string, other: string): boolean {
  // “Shri Rajnath Singh” and “Shri Rajesh Kumar Singh”: an honorific is no given name.
  const given = (name: string) => name.split(/\s+/).slice(0, -1).filter((word) => !honorifics().has(word.replace(/\.$/, '')))
  const [a, b] = [given(one), given(other)]
  if (a.length === 0 || b.length === 0 || a.join(' ') === b.join(' ')) return true
  const spelledOut = (word: string) => /^\p{Lu}\p{Ll}/u.test(word)
  if (spelledOut(a[0]) && spelledOut(b[0]) && a[0] !== b[0]) return false
  // “A.P.”, “AP” and “Amar Preet” give the same initials.
  const initials = (words: string[]) => words.map((word) => (spelledOut(word) ? word[0] : word.replace(/[^\p{Lu}]/gu, ''))).join('')
  const [x, y] = [initials(a), initials(b)]
  return x.startsWith(y) || y.startsWith(x)
}

/**
 * The people an article names with a title. Mentions with given names or
 * initials that agree are one person; two given names with one family name
 * are two people (“Air Chief Marshal A.P. Singh” and “Defence Minister
 * Rajnath Singh”). A title before the family name alone joins the only
 * person of that name; when the article names several, it joins the one
 * named last before it with that same title, else the only one with a title
 * of the same kind (a rank, an office), and otherwise nobody: a message that
 * mixes up two people is worse than none. A family name the article never
 * gives in full is one person.
 */
export function resolvePeople(text: string, mentions: readonly TitledMention[]): PersonInArticle[] {
  const people: PersonInArticle[] = []
  const byFamily = new Map<string, PersonInArticle[]>()
  for (const mention of mentions) {
    if (!mention.name.includes(' ')) continue
    // A name the article also gives with one more word at its end is that person's, the family name left off
    // (“Lieutenant General Ahmed Sharif” for Ahmed Sharif Chaudhry).
    const longer = people.find((candidate) => candidate.name.startsWith(mention.name + ' ') && !candidate.name.slice(mention.name.length + 1).includes(' '))
    if (longer) {
      longer.mentions.push(mention)
      continue
    }
    const namesakes = byFamily.get(mention.family) ?? []
    let person = namesakes.find((candidate) => candidate.mentions.some((other) => other.name.includes(' ') && sameGivenNames(other.name, mention.name)))
    if (!person) {
      person = {name: mention.name, family: mention.family, mentions: []}
      people.push(person)
      byFamily.set(mention.family, [...namesakes, person])
    }
    person.mentions.push(mention)
    if (mention.name.length > person.name.length) person.name = mention.name
  }
  // Where each person is named in full, with a title or without one, for the family names that need a choice.
  const namedAt = new Map<PersonInArticle, number[]>()
  const placesOf = (person: PersonInArticle) => {
    let places = namedAt.get(person)
    if (!places) {
      places = []
      for (const written of new Set(person.mentions.filter((mention) => mention.name.includes(' ')).map((mention) => mention.name))) {
        for (let at = text.indexOf(written); at >= 0; at = text.indexOf(written, at + written.length)) places.push(at)
      }
      namedAt.set(person, places)
    }
    return places
  }
  const bare = new Map<string, PersonInArticle>()
  for (const mention of mentions) {
    if (mention.name.includes(' ')) continue
    const namesakes = byFamily.get(mention.family)
    if (!namesakes) {
      let person = bare.get(mention.family)
      if (!person) {
        person = {name: mention.family, family: mention.family, mentions: []}
        bare.set(mention.family, person)
        people.push(person)
      }
      person.mentions.push(mention)
      continue
    }
    // Among several, only one the article already gives this title can be meant: the nearest named before.
    let chosen = namesakes.length === 1 ? namesakes[0] : undefined
    if (!chosen) {
      let nearest = -1
      for (const person of namesakes) {
        if (!person.mentions.some((other) => other.title === mention.title)) continue
        for (const at of placesOf(person)) {
          if (at < mention.start && at > nearest) {
            nearest = at
            chosen = person
          }
        }
      }
    }
    // Else the only one the article gives a title of the same kind: a rank is a serving officer's, not a minister's.
    if (!chosen) {
      const sameKind = namesakes.filter((person) => person.mentions.some((other) => other.kind === mention.kind))
      if (sameKind.length === 1) chosen = sameKind[0]
    }
    chosen?.mentions.push(mention)
  }
  for (const person of people) person.mentions.sort((a, b) => a.start - b.start)
  return people
}
