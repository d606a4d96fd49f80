import {defineRule} from '../../src/rule.js'
import {wholeWords} from '../../src/text/whole-words.js'
import {readPeople, type Person} from '../../src/knowledge/people.js'
import {loadSpeller, type Speller} from '../../src/language/dictionary.js'
import {canonicalOffice, officeForms} from '../../src/knowledge/offices.js'
import {nameAtEnd, readRanks, type Rank} from '../../src/knowledge/claims.js'
import {canonicalTitle, sameGivenNames, stackedTitles, titledMentions, withFormer, type TitledMention} from '../../src/knowledge/mentions.js'
import {learnedProfiles} from '../../src/model/profiles.js'
import {editDistance} from '../../src/text/edit-distance.js'
import {allCapitals, capitals, initialCase} from '../../src/text/letter-case.js'
import {readWordList} from '../../src/text/data-files.js'
import {ruleDataPath} from '../../src/paths.js'
import type {Article} from '../../src/article/types.js'

interface Resource {
  /** People whose given name is also a rank abbreviation, with that rank's full form. */
  lookalikes: Array<{person: Person; rank: Rank; pattern: RegExp}>
  /**
   * Japanese people on record, whose names copy writes in two orders: by their name given name first
   * (“Gen Nakatani”), one pattern for all those names, and their family names as written.
   */
  japanese: {byName: Map<string, Person>; givenFirst: RegExp; families: Set<string>}
  /** The dictionary, to tell a given name from an English word. */
  speller: Speller
  /** Given names that are also ranks (“Gen” for Gen Nakatani): not ranks when they precede that family name. */
  lookalikeNames: Set<string>
  /** Current office by family name, from the records and from profiles learned from the archive. */
  /** Family names on record, lower-cased, with their written form: a name in lower case is still theirs. */
  families: Map<string, string>
  /** The people on record by family name, the titles (ranks and offices, by their one name) each has held, and their roles. */
  recorded: Map<string, OnRecordWithRoles[]>
  /** The people on record with a family name of four letters or more, by each title they have held: the candidates for a name one slip from theirs. */
  byTitle: Map<string, OnRecordWithRoles[]>
  /** Each country of the records, with a pattern for the words that name it (countries.tsv): read on first need. */
  countries: () => Map<string, RegExp>
  /** Each US state's forms (postal code, AP abbreviation, name: “ND”, “N.D.”, “North Dakota”), by every one of them. */
  states: () => Map<string, string[]>
  /** Each rank's tier (ranks.yaml): general, field, junior or enlisted. */
  tiers: Map<string, string>
  /** By family name: every person on record with it (two Singhs stay two people), with the offices they held when. */
  currentOffice: Map<string, OnRecord[]>
  /** The same people by every word of their names (“Xi Jinping” under Xi and Jinping): worked out on first need. */
  officeByNameWord: () => Map<string, OnRecord[]>
  /** The house style's spelling: American copy puts full stops after abbreviated ranks (“Maj. Gen.”), British copy does not. */
  dialect: string
}

/** A person on record, the titles they have held, and each role's titles, rank and dates (YYYY-MM). */
interface OnRecordWithRoles {
  person: Person
  /** The family name in lower case, for comparing with names as written. */
  familyLower: string
  /** The first given name on record (“Peter”), and the first word of the name the person goes by (“Pete”). */
  givenFirst: string
  nameFirst: string
  titles: Set<string>
  roles: Array<{titles: string[]; offices: string[]; rank?: string; from?: string; to?: string}>
  /** The forms of the offices held, by their words in any order (“defence secretary state”): a form with its words shuffled is a slip. Worked out on first need. */
  officeWords: () => Map<string, string[]>
  /** Every word of those forms (“defence”, “secretary”, “state”). */
  officeVocabulary: () => Set<string>
}

/**
 * Adds a value to the list kept under a key: pushed, not copied with one more
 * (a desk's file of 40,000 people sharing a title took 35 s to index).
 */
function listUnder<K, V>(map: Map<K, V[]>, key: K, value: V): void {
  const list = map.get(key)
  if (list) list.push(value)
  else map.set(key, [value])
}

/** People on record with a family name of four letters or more, by each title they have held. */
function byTitle(everyone: OnRecordWithRoles[]): Map<string, OnRecordWithRoles[]> {
  const map = new Map<string, OnRecordWithRoles[]>()
  for (const entry of everyone) {
    if (entry.person.family.length < 4) continue
    for (const title of entry.titles) listUnder(map, title, entry)
  }
  return map
}

/** A value worked out on first need and kept: most articles name no legislator and no bare family name on record. */
function once<T>(make: () => T): () => T {
  let value: T | undefined
  return () => (value ??= make())
}

/** How a check hands the rule a finding. */
type Report = (finding: {reason: string; start: number; end: number; expected: string[]}) => void

/** A person on record and the offices they held, `from`/`to` as YYYY-MM (none: open-ended). */
interface OnRecord {
  person: string
  /** The country of the office (people records only). */
  country?: string
  source: string
  offices: Array<{office: string; from?: string; to?: string}>
}

/** A Japanese name written family name first in capitals, the Japanese government's style: “KAMIKAWA Yoko”. */
// The check for a letter before comes after the capitals (src/text/whole-words.ts says why).
const familyFirst = /(\p{Lu}{3,})(?<![\p{L}]\1)\s+(\p{Lu}\p{Ll}+)(?![\p{L}])/gu

function looksLikeName(capitals: string): boolean {
  // Acronyms (NATO, ASEAN) are short or lack vowels; romanised names alternate.
  return capitals.length >= 4 && capitals.replace(/[^AEIOU]/g, '').length / capitals.length >= 0.4
}

export default defineRule<Resource>({
  meta: {
    id: 'person-title',
    description: 'Wrong or inconsistent titles of people: a given name read as a rank (“General Nakatani” for Gen Nakatani).',
    defaultSeverity: 'warning',
    // A person's name in lower case is this rule's finding, not a typo.
    supersedes: ['spelling', 'real-word'],
    fixable: false
  },

  load: async (settings) => {
    const ranks = readRanks()
    const people = readPeople(settings.people)
    // A given name that is also a rank's abbreviation (“Gen”): looked up by one map, not every rank per person.
    const rankByShort = new Map(ranks.flatMap((rank) => rank.short.map((short) => [short.toLowerCase(), rank] as const)))
    const lookalikes: Resource['lookalikes'] = []
    for (const person of people) {
      const rank = rankByShort.get(person.given.toLowerCase())
      if (rank) lookalikes.push({person, rank, pattern: new RegExp(`\\b${rank.full}\\s+${person.family}\\b`, 'g')})
    }
    const currentOffice: Resource['currentOffice'] = new Map()
    const record = (family: string, entry: OnRecord) => {
      const list = currentOffice.get(family) ?? []
      // The newsroom records replace what the archive learned about the same person.
      currentOffice.set(family, [...list.filter((other) => other.person !== entry.person && other.person !== family), entry])
    }
    for (const profile of learnedProfiles(settings.model)) {
      record(profile.family, {person: profile.family, source: `${profile.articles} articles in the archive`, offices: [{office: profile.office}]})
    }
    const families = new Map<string, string>()
    const recorded: Resource['recorded'] = new Map()
    for (const person of people) {
      if (person.family.length >= 4) families.set(person.family.toLowerCase(), person.family)
      const roles = person.roles.map((role) => {
        const offices = roleOffices(role)
        const rank = role.rank?.replace(/\s*\(.*\)$/, '')
        const titles = [...offices, canonicalOffice(role.official ?? ''), rank ? canonicalTitle(rank) : undefined].filter((title): title is string => title !== undefined)
        return {from: role.from, to: role.to, rank, offices, titles}
      })
      const offices = roles.flatMap((role) => role.offices.map((office) => ({office, from: role.from, to: role.to})))
      if (offices.length > 0) record(person.family, {person: person.name, country: person.country, source: 'the newsroom records', offices})
      const entry: OnRecordWithRoles = {person, familyLower: person.family.toLowerCase(), givenFirst: person.given.split(/\s+/)[0], nameFirst: person.name.split(/\s+/)[0], titles: new Set(roles.flatMap((role) => role.titles)), roles, officeWords: once(() => officeFormsByWords(person, roles)), officeVocabulary: once(() => new Set([...entry.officeWords().keys()].flatMap((key) => key.split(' '))))}
      listUnder(recorded, person.family, entry)
    }
    return {
      families,
      recorded,
      byTitle: byTitle([...recorded.values()].flat()),
      countries: once(
        () =>
          new Map(
            readWordList(ruleDataPath('person-title', 'countries.tsv')).map((line) => {
              const [country, ...words] = line.split('\t')
              return [country, new RegExp(wholeWords([country, ...words].map((word) => word.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')).join('|')), 'u')] as const
            })
          )
      ),
      states: once(() => new Map(readWordList(ruleDataPath('person-title', 'us-states.tsv')).flatMap((line) => line.split('\t').map((form, _, forms) => [form, forms] as const)))),
      tiers: new Map(ranks.flatMap((rank) => (rank.tier ? [[rank.full, rank.tier] as const] : []))),
      currentOffice,
      officeByNameWord: once(() => {
        const index = new Map<string, OnRecord[]>()
        for (const entry of [...currentOffice.values()].flat()) {
          for (const word of new Set(entry.person.split(/\s+/))) listUnder(index, word, entry)
        }
        return index
      }),
      lookalikes,
      japanese: japaneseNames(people.filter((person) => person.country === 'Japan')),
      speller: await loadSpeller(settings.dialect),
      dialect: settings.dialect,
      lookalikeNames: new Set(lookalikes.map(({person}) => `${person.given} ${person.family}`))
    }
  },

  check({article, resource, report}) {
    // One message per defect: the first check to see a title reports it, and a range inside or
    // across one already reported (an office of two stacked ones) is the same slip.
    const reported: Array<{start: number; end: number}> = []
    const once = (finding: {reason: string; start: number; end: number; expected: string[]; note?: string}) => {
      if (reported.some(({start, end}) => finding.start < end && start < finding.end)) return
      reported.push(finding)
      report(finding)
    }
    // The records speak of the time the article was written: its latest date, else now (read when a check needs it).
    let month: string | undefined
    const when = () => (month ??= articleMonth(article.prose))
    // Most articles name no Japanese person on record: the pattern for their names is not run over them.
    const leads = wordLeads(article, resource)
    if (leads.japanese) nameOrder(article.prose, resource, once)
    conflictingTitles(article, resource, when, once)
    for (const {start, end, first, second, name} of stackedTitles(article.prose)) {
      once({
        reason: `“${article.prose.slice(start, end)}” gives ${name} two titles in a row, “${first}” and “${second}”: one of them is a slip; keep the one that is ${name}'s.`,
        start,
        end,
        expected: [first, second]
      })
    }
    againstTheRecord(article, resource, when, once)
    rankAgainstRecord(article, resource, when, once)
    partyLabels(article.prose, resource, when, once)
    shuffledOffices(article, leads.recordedFamilies, resource, once)
    mixedStops(article.prose, resource, once)
    titleTwice(article, leads.initials, once)
    lowerCaseNames(article.prose, resource, once)
    misspeltNames(article, resource, once)
    for (const {person, rank, pattern} of resource.lookalikes) {
      pattern.lastIndex = 0
      for (const match of article.prose.matchAll(pattern)) {
        const role = person.roles.find((candidate) => !candidate.to)
        once({
          reason: `“${match[0]}” reads ${person.given}, ${person.family}'s given name, as the rank ${rank.full}${role ? ` (${person.name} is ${person.country ? `${person.country}'s ` : ''}${role.title})` : ''}: write “${person.name}”.`,
          start: match.index,
          end: match.index + match[0].length,
          expected: [person.name],
          note: person.note
        })
      }
    }
  }
})

/** Where the checks that start from a capitalised word start, found in one pass over those words. */
interface WordLeads {
  /** A Japanese person on record is named by family name (as written). */
  japanese: boolean
  /** Words of two to five capitals (initials of a title or an organisation), by their index. */
  initials: number[]
  /** Capitalised words that are a family name on record, by their index. */
  recordedFamilies: number[]
}

/** Each capitalised word (the annotations list them) is looked at once, for every check that starts from one. */
function wordLeads({words, capitalised}: Article, {japanese, recorded}: Resource): WordLeads {
  const leads: WordLeads = {japanese: false, initials: [], recordedFamilies: []}
  for (const index of capitalised) {
    const {stem, text} = words[index]
    if (recorded.has(stem)) leads.recordedFamilies.push(index)
    if (!leads.japanese && japanese.families.has(stem)) leads.japanese = true
    if (text.length >= 2 && text.length <= 5 && allCapitals(text)) leads.initials.push(index)
  }
  return leads
}

/** Japanese people on record, found given name first by one pattern (one per person would read a long article once each). */
function japaneseNames(people: Person[]): Resource['japanese'] {
  const byName = new Map(people.map((person) => [`${person.given} ${person.family}`, person] as const))
  const names = [...byName.keys()].sort((a, b) => b.length - a.length).map((name) => name.replace(/[.*+?^${}()|[\]\\]/g, '\\$&').replace(/ /g, '\\s+'))
  // With no Japanese person on record, a pattern that cannot match.
  return {byName, givenFirst: new RegExp(names.length > 0 ? wholeWords(names.join('|')) : '(?!)', 'gu'), families: new Set(people.map((person) => person.family))}
}

/**
 * Japanese names in one article should follow one order. Names in capitals,
 * family name first (“KAMIKAWA Yoko”), and names on record written given
 * name first (“Gen Nakatani”) are counted by person; the less used order is
 * flagged with the other as the fix (given name first on a tie, the English
 * convention).
 */
function nameOrder(text: string, {japanese, speller}: Resource, report: Report): void {
  japanese.givenFirst.lastIndex = 0
  const givenFirst = [...text.matchAll(japanese.givenFirst)].map((match) => ({match, person: japanese.byName.get(match[0].replace(/\s+/g, ' '))!}))
  const givenPeople = new Set(givenFirst.map(({person}) => person.family))
  // Most articles name no Japanese person on record: nothing to compare with names in capitals.
  if (givenPeople.size === 0) return
  familyFirst.lastIndex = 0
  // “ASEAN Defence” is an acronym before a word, not a name: given names are not dictionary words.
  const capitals = [...text.matchAll(familyFirst)].filter((match) => looksLikeName(match[1]) && !speller.correct(match[2].toLowerCase()))
  const capitalPeople = new Set(capitals.map((match) => match[1]))
  if (capitalPeople.size === 0) return
  if (capitalPeople.size > givenPeople.size) {
    for (const {match, person} of givenFirst) {
      report({
        reason: `“${match[0]}” puts the given name first, but this article writes other Japanese names family name first in capitals (${[...capitalPeople].map((name) => `“${name}”`).join(', ')}): use one order.`,
        start: match.index,
        end: match.index + match[0].length,
        expected: [`${person.family.toUpperCase()} ${person.given}`]
      })
    }
  } else {
    for (const match of capitals) {
      const family = match[1][0] + match[1].slice(1).toLowerCase()
      report({
        reason: `“${match[0]}” puts the family name first, in capitals, but this article writes other Japanese names given name first (${[...givenPeople].map((name) => `“${name}”`).join(', ')}): use one order.`,
        start: match.index,
        end: match.index + match[0].length,
        expected: [`${match[2]} ${family}`]
      })
    }
  }
}

/** Whether a title ends on a word in small letters and opens the full one, whatever its case: “Army chief” of “Army Chief of Staff”. */
function describedShort(written: string, full: string): boolean {
  return /\s\p{Ll}[\p{L}-]*$/u.test(written) && full.toLowerCase().startsWith(written.toLowerCase() + ' ')
}

/**
 * One person, two ranks or two offices in one article (“Lt Gen Kumar” and
 * later “Maj Gen Kumar”): the title the article uses less is flagged, with
 * the more usual one as the fix. Articles that report a promotion or an
 * earlier post (“promoted”, “former”) are left alone. Who is who comes from
 * the article annotations: two people who share a family name are two.
 */
function conflictingTitles(article: Article, resource: Resource, when: () => string, report: Report): void {
  const {text} = article
  for (const person of article.people()) {
    // “Gen Nakatani” is a name, not a rank; “former” is a past post.
    const usable = person.mentions.filter((mention) => !mention.former && !resource.lookalikeNames.has(`${mention.written} ${mention.name}`))
    // A rank and an office are held at once (“General Maxwell Taylor”, later “Ambassador Taylor”): a title conflicts with its own kind only.
    const family = person.family
    // The person by the fullest name the article gives (“Xi Jinping”, not “Jinping”).
    const who = person.name
    // A photo's credit names its photographer by the rank of the day the photo was taken, maybe years before the
    // story: credits are held to each other (“Photo By Cpl. …” over “(… photo by Sgt. …)”), not to the story.
    const credited = usable.filter((mention) => photographer(text, mention.start))
    const groups = credited.length === 0 ? [usable] : [usable.filter((mention) => !credited.includes(mention)), credited]
    for (const group of groups) for (const kind of ['rank', 'office'] as const) {
      const list = group.filter((mention) => mention.kind === kind)
      if (new Set(list.map((mention) => mention.title)).size < 2) continue
      // A change the story reports near the person (“promoted”, “appointed”) explains two titles.
      // Two ranks are explained only by a change of rank: an appointment to an office leaves the rank as it was.
      if (list.some((mention) => reportsChange(text.slice(Math.max(0, mention.start - 160), mention.end + 200), kind === 'rank'))) continue
      // Offices the records give the one person of that name at the article's date (Deputy Prime
      // Minister and Defence Minister, President and General Secretary): each is right. A name
      // written family name first (“Xi Jinping”) ends with the given name.
      const onRecord = (resource.officeByNameWord().get(family) ?? []).filter((entry) => list.every((mention) => sameGivenName(mention.name, entry.person)))
      if (onRecord.length === 1 && list.every((mention) => heldAt(onRecord[0], when()).includes(mention.title))) continue
      // The last words of a rank are its form of address (“Sergeant” for a Technical Sergeant,
      // “General” for a Lieutenant General), and a rank's class is left off (“Private” for a
      // Private First Class, “Sergeant” for a Sergeant First Class): one person, one title still.
      const fullest = list.map((mention) => mention.title).sort((a, b) => b.length - a.length)[0]
      const addressed = fullest.replace(/\s+(?:First|Second|Third)\s+Class$/, '')
      // And a description in small letters that opens the full title is its short form (“Army chief” for the Army Chief
      // of Staff, The Korea Herald).
      const fullestWritten = list.find((mention) => mention.title === fullest)?.written ?? fullest
      if (list.every((mention) => [fullest, addressed].some((form) => form === mention.title || form.endsWith(' ' + mention.title)) || describedShort(mention.written, fullestWritten))) continue
      const counts = new Map<string, number>()
      for (const mention of list) counts.set(mention.title, (counts.get(mention.title) ?? 0) + 1)
      if (counts.size < 2) continue
      const [usual, usualCount] = [...counts].sort((a, b) => b[1] - a[1])[0]
      if (usualCount !== list.length - usualCount) {
        const usualWritten = writtenMost(list, usual)
        for (const mention of list.filter((item) => item.title !== usual)) {
          report({
            reason: `This article calls ${who} “${mention.written}” here and “${usualWritten}” ${usualCount === 1 ? 'elsewhere' : `${usualCount} times elsewhere`}: one person, one title, unless the story reports a change.`,
            start: mention.start,
            end: mention.end,
            expected: [inCaseOf(mention, usualWritten)]
          })
        }
        continue
      }
      // No majority (once each). The records decide when they know the person and give one of the two
      // titles: the other is flagged. Else the later title is the suspect, and the fix offers the
      // earlier one, as the article wrote it when it introduced the person, then the later one.
      const titles = recordedTitles(person.name, family, resource, text, when)
      const first = list[0]
      for (const mention of list.slice(1).filter((item) => item.title !== first.title)) {
        const [suspect, other] = titles?.has(mention.title) && !titles.has(first.title) ? [first, mention] : [mention, first]
        const recorded = titles?.has(other.title) && !titles.has(suspect.title)
        report({
          reason: recorded
            ? `This article calls ${who} “${suspect.written}” here but “${other.written}” on line ${article.lineOf(other.start)}, and the people records give ${who} the title ${other.title}: one person, one title, unless the story reports a change.`
            : `This article calls ${who} “${suspect.written}” here but “${other.written}” on line ${article.lineOf(other.start)}: one person, one title, unless the story reports a change. Check which is right.`,
          start: suspect.start,
          end: suspect.end,
          expected: recorded ? [inCaseOf(suspect, other.written)] : [inCaseOf(suspect, other.written), suspect.written]
        })
      }
    }
  }
}

/** Whether a mention is a photo's credit (“Photo By Tech. Sgt. …”, “(U.S. Air Force photo by Senior Airman …”). */
function photographer(text: string, start: number): boolean {
  return /\b(?:photo(?:graph)?|image|video)s?\s+(?:by|courtesy(?:\s+of)?)\s*:?\s*$/iu.test(text.slice(Math.max(0, start - 24), start))
}

/** A party label after a name, as US copy writes it: “(R-ND)”, “(R-N.D.)”, “, R-N.D.,”, “(D-North Dakota)”. */
const partyLabel = /(?:\(\s*|,\s+)([DRI])\.?\s*[-–,]\s*([A-Z][A-Za-z.]*(?:\s[A-Z][a-z]+)?)\s*(?=\)|,)/gu
const parties: Record<string, string> = {D: 'a Democrat', R: 'a Republican', I: 'an independent'}

/**
 * A legislator's party label that the records contradict (“Sen. John Hoeven
 * (D-ND)” for a Republican): the party, or the state, of the role held at the
 * article's date, else of the latest one before it.
 */
function partyLabels(text: string, resource: Resource, when: () => string, report: Report): void {
  // Most articles name no legislator: one cheap test first.
  if (!/[(,]\s*[DRI]\.?\s*[-–,]\s*[A-Z]/.test(text)) return
  partyLabel.lastIndex = 0
  for (const match of text.matchAll(partyLabel)) {
    const forms = resource.states().get(match[2])
    if (!forms) continue
    const named = nameAtEnd(text.slice(Math.max(0, match.index - 60), match.index + (match[0].startsWith(',') ? 1 : 0)), '\\s*,?')
    if (!named) continue
    const name = named[1]
    const entry = recordOf(name, name.split(/\s+/).at(-1)!, resource, text)
    if (!entry) continue
    const seat = roleAt(
      entry.person.roles.filter((role) => role.party && role.state),
      when()
    )
    const state = forms[0]
    if (!seat || (seat.party === match[1] && seat.state === state)) continue
    const start = match.index + match[0].indexOf(match[1])
    const end = match.index + match[0].lastIndexOf(match[2]) + match[2].length
    const written = text.slice(start, end)
    // The fix writes the recorded state the way the label wrote its own (postal code, AP abbreviation or name).
    const recordedState = seat.state === state ? match[2] : (resource.states().get(seat.state!)?.[forms.indexOf(match[2])] ?? seat.state!)
    const fixed = seat.party + written.slice(1, written.length - match[2].length) + recordedState
    report({
      reason:
        seat.party !== match[1]
          ? `“${written}” labels ${entry.person.name} ${parties[match[1]]}, but the people records list ${entry.person.name} as ${parties[seat.party!]} (${seat.title} for ${seat.state}): check the party.`
          : `“${written}” gives ${entry.person.name} the state ${match[2]}, but the people records list ${entry.person.name} as ${seat.title} for ${seat.state}: check the state.`,
      start,
      end,
      expected: [fixed]
    })
  }
}

/** A person's offices in every form (the title, the formal one, offices.yaml's), by their words in any order. */
function officeFormsByWords(person: Person, roles: OnRecordWithRoles['roles']): Map<string, string[]> {
  const byWords = new Map<string, string[]>()
  person.roles.forEach((role, index) => {
    for (const form of [role.official, role.title, ...roles[index].offices.flatMap(officeForms)]) {
      if (!form) continue
      const key = wordsInAnyOrder(form)
      byWords.set(key, [...new Set([...(byWords.get(key) ?? []), form])])
    }
  })
  return byWords
}

/** An office's words in order, lower case, British spelling, without “of”, “for”, “the” and “and”. */
function officeWordsOf(office: string): string[] {
  return office
    .toLowerCase()
    .replace(/defense/g, 'defence')
    .split(/[\s,]+/)
    .filter((word) => word && !/^(?:of|for|the|and)$/.test(word))
}

/** An office's last post with its portfolio before it: “Acting Secretary of Defense” → “Acting Defense Secretary”. */
function portfolioFirst(office: string): string {
  const parts = /^(.*?)(\p{Lu}\p{Ll}+) (?:of|for) (?:the )?(\p{Lu}[\p{L}' ]*)$/u.exec(office)
  return parts ? `${parts[1]}${parts[3]} ${parts[2]}` : office
}

/** The same words in alphabetical order: forms whose words are shuffled share it. */
function wordsInAnyOrder(office: string): string {
  return officeWordsOf(office).sort().join(' ')
}

const connectors = new Set(['of', 'for', 'the', 'and'])

/**
 * An office written with its words out of order before the name of a person
 * on record who held it (“State Secretary for Defense Michael Fallon” for
 * the Secretary of State for Defence): no office of that name exists, and
 * the recorded form is the fix. A form offices.yaml knows is never flagged.
 */
function shuffledOffices({text, words}: Article, recordedFamilies: readonly number[], resource: Resource, report: Report): void {
  for (const index of recordedFamilies) {
    if (index < 3) continue
    const people = resource.recorded.get(words[index].stem)!
    const given = words[index - 1]
    const entry = people.find(({givenFirst, nameFirst}) => givenFirst === given.text || nameFirst === given.text)
    if (!entry || entry.officeWords().size === 0) continue
    // The capitalised words (and “of”, “for”, “the”, “and”) right before the name, with nothing but spaces between.
    let first = index - 1
    while (first > 0 && /^\s+$/.test(text.slice(words[first - 1].end, words[first].start)) && (/^\p{Lu}/u.test(words[first - 1].text) || connectors.has(words[first - 1].text))) first--
    const last = index - 2
    if (last - first < 2) continue
    // A run with a word no office of the person's has is none of them shuffled: runs that start after the last such word are tried.
    const vocabulary = entry.officeVocabulary()
    let outside = first - 1
    for (let at = first; at <= last; at++) {
      const word = words[at].text.toLowerCase().replace(/defense/g, 'defence')
      if (!connectors.has(word) && !vocabulary.has(word)) outside = at
    }
    // The longest run of those words whose words, in any order, are an office the person held.
    for (let at = first; at <= last - 2; at++) {
      if (!/^\p{Lu}/u.test(words[at].text)) continue
      const office = text.slice(words[at].start, words[last].end)
      if (canonicalOffice(office)) break
      if (at <= outside) continue
      const forms = entry.officeWords().get(wordsInAnyOrder(office))
      if (!forms) continue
      // The words in a recorded form's order (“The Defence Secretary”) are that form, and so are a form's with its
      // portfolio before its post, as English shortens an office (“Acting Defense Secretary” for Acting Secretary of
      // Defense, “Deputy Prime Minister and Defence Minister” for … Minister for Defence).
      const written = officeWordsOf(office).join(' ')
      if (forms.some((form) => officeWordsOf(form).join(' ') === written || officeWordsOf(portfolioFirst(form)).join(' ') === written)) break
      const recorded = forms[0]
      const fix = /Defense/.test(office) ? recorded.replace(/Defence/g, 'Defense') : recorded
      report({
        reason: `“${office}” is no office's name: ${entry.person.name} held the office ${recorded} (people records); its words are out of order.`,
        start: words[at].start,
        end: words[last].end,
        expected: [fix]
      })
      break
    }
  }
}

/** How the article most often writes a title (“Spc. 3”, for Specialist 3). */
function writtenMost(mentions: TitledMention[], title: string): string {
  const counts = new Map<string, number>()
  for (const mention of mentions) if (mention.title === title) counts.set(mention.written, (counts.get(mention.written) ?? 0) + 1)
  return [...counts].sort((a, b) => b[1] - a[1])[0]?.[0] ?? title
}

/** A fix for a rank written in lower case in an appositive (“a lieutenant colonel”) stays in lower case. */
function inCaseOf(mention: TitledMention, fix: string): string {
  return mention.appositive && /^\p{Ll}/u.test(mention.written) ? fix.toLowerCase() : fix
}

/**
 * The one recorded person a name can be, if there is one. A bare family name
 * is theirs only in an article that names their country or gives their name
 * in full somewhere: the records' only Abbas, a Nigerian admiral, is not the
 * “President Abbas” of a speech.
 */
function recordOf(name: string, family: string, resource: Resource, text: string): OnRecordWithRoles | undefined {
  const matches = (resource.recorded.get(family) ?? []).filter(({person}) => sameGivenName(name, person.name))
  if (matches.length !== 1) return undefined
  const {person} = matches[0]
  const namedInFull = () => text.includes(person.name) || text.includes(`${person.given.split(/\s+/)[0]} ${person.family}`)
  return name.includes(' ') || namesCountry(text, person.country, resource) || namedInFull() ? matches[0] : undefined
}

let countriesNamed: {text: string; named: Map<string, boolean>} | undefined

/** Whether an article names a country (its name, adjective or capital: countries.tsv); a country the table lacks counts as named. */
function namesCountry(text: string, country: string | undefined, resource: Resource): boolean {
  const pattern = country ? resource.countries().get(country) : undefined
  if (!country || !pattern) return true
  if (countriesNamed?.text !== text) countriesNamed = {text, named: new Map()}
  let named = countriesNamed.named.get(country)
  if (named === undefined) countriesNamed.named.set(country, (named = pattern.test(text)))
  return named
}

/**
 * The titles (ranks and offices, by their one name) the records give the one
 * recorded person a name can be: those of the roles held in the article's
 * month, else every title they have held.
 */
function recordedTitles(name: string, family: string, resource: Resource, text: string, when: () => string): Set<string> | undefined {
  const entry = recordOf(name, family, resource, text)
  if (!entry) return undefined
  const month = when()
  const held = entry.roles.filter((role) => heldIn(role, month))
  return held.length > 0 ? new Set(held.flatMap((role) => role.titles)) : entry.titles
}

/**
 * The rank the records give a person in a month: that of a role held then,
 * else of the latest role before it (ranks are kept in retirement); none
 * before their first recorded role, when the records do not know it.
 */
function recordedRank(entry: OnRecordWithRoles, month: string): {rank: string; role: string} | undefined {
  const held = roleAt(
    entry.roles.filter((role) => role.rank),
    month
  )
  if (!held?.rank) return undefined
  return {rank: held.rank, role: entry.person.roles[entry.roles.indexOf(held)].title}
}

/**
 * A rank a whole tier away from the one the records give the person at the
 * article's date (“Mr Buratai, a lieutenant colonel” for Lieutenant General
 * Tukur Buratai). One step within a tier may be a promotion the records have
 * not caught up with, and is left alone.
 */
function rankAgainstRecord(article: Article, resource: Resource, when: () => string, report: Report): void {
  for (const person of article.people()) {
    const ranks = person.mentions.filter((mention) => mention.kind === 'rank' && !mention.former)
    if (ranks.length === 0) continue
    const entry = recordOf(person.name, person.family, resource, article.prose)
    if (!entry) continue
    const recorded = recordedRank(entry, when())
    if (!recorded) continue
    const recordedTier = resource.tiers.get(recorded.rank)
    for (const mention of ranks) {
      const tier = resource.tiers.get(mention.title)
      if (!tier || !recordedTier || tier === recordedTier || resource.lookalikeNames.has(`${mention.written} ${mention.name}`)) continue
      const fix = inCaseOf(mention, recorded.rank)
      report({
        reason: `This article calls ${person.name} “${article.text.slice(mention.start, mention.end)}”, but the people records give ${entry.person.name} the rank ${recorded.rank} (as ${recorded.role}): a whole tier apart, more than a promotion the records could have missed. Check the rank.`,
        start: mention.start,
        end: mention.end,
        expected: [fix]
      })
    }
  }
}

/**
 * A name one slip from a person on record who held the title it follows
 * (“Gen Rawatt” when the records have General Rawat), or a given name one
 * slip from the recorded one of the only person with that family name
 * (“Micheal Smith”): the recorded spelling is the fix.
 */
function misspeltNames(article: Article, resource: Resource, report: Report): void {
  for (const {name: fullName, mentions} of article.people()) {
    // A person's mentions repeat a title and a name: the records are searched once for each pair.
    const nearByTitle = new Map<string, OnRecordWithRoles[]>()
    for (const {title, name, nameStart, family} of mentions) {
      const words = name.split(/\s+/)
      const familyStart = nameStart + name.lastIndexOf(family)
      const lower = family.toLowerCase()
      if (!resource.families.has(lower)) {
        if (family.length < 4) continue
        const limit = family.length >= 7 ? 2 : 1
        // Given names or initials that are not the record's are another person's (“Lt Gen DP Pandey” is not Manoj Pande);
        // a short family name alone (“President Moon”) is too little to go on.
        const givenNamed = fullName.includes(' ')
        const key = `${title}\t${family}`
        let near = nearByTitle.get(key)
        if (!near) {
          near = (resource.byTitle.get(title) ?? []).filter(
            ({person, familyLower}) => editDistance(familyLower, lower, limit) <= limit && (givenNamed ? sameGivenNames(fullName, person.name) : family.length >= 5)
          )
          nearByTitle.set(key, near)
        }
        const families = [...new Set(near.map(({person}) => person.family))]
        if (families.length === 1) {
          report({
            reason: `“${family}” is spelled “${families[0]}” in the records of ${near[0].person.name}, who held the title ${title}: check the name.`,
            start: familyStart,
            end: familyStart + family.length,
            expected: [families[0]]
          })
        }
        continue
      }
      const given = words.length === 2 ? words[0] : undefined
      const same = resource.recorded.get(family) ?? []
      if (!given || given.length < 4 || same.length !== 1) continue
      // The name the person goes by is right too: “Pete Hegseth”, whose given name is Peter.
      const {givenFirst: recordedGiven, nameFirst: goesBy} = same[0]
      if (given !== recordedGiven && given !== goesBy && editDistance(given.toLowerCase(), recordedGiven.toLowerCase(), 1) === 1 && given.length >= recordedGiven.length - 1) {
        report({
          reason: `“${given} ${family}”: the records write ${same[0].person.name}; check the given name.`,
          start: nameStart,
          end: nameStart + given.length,
          expected: [recordedGiven]
        })
      }
    }
  }
}

/** Titles written before a name; in lower case they still introduce one. */
const titleBeforeName = /(president|prime minister|defence minister|defense minister|foreign minister|minister|secretary|general|admiral|chancellor|senator|governor|mr|ms|mrs|dr)(?<![\p{L}]\1)\.?\s+(\p{Ll}[\p{Ll}'’-]{3,})(?![\p{L}])/giu

/**
 * A person on record written in lower case after a title (“president trump”,
 * “defence minister marles”): the capitalised name is the fix, with the title
 * capitalised as it stands before a name.
 */
function lowerCaseNames(text: string, resource: Resource, report: Report): void {
  titleBeforeName.lastIndex = 0
  for (const match of text.matchAll(titleBeforeName)) {
    // The name itself in lower case (the pattern ignores case to find titles in any case).
    const family = /^\p{Ll}/u.test(match[2]) ? resource.families.get(match[2]) : undefined
    if (!family) continue
    const title = match[1].replace(/(^|\s)\p{Ll}/gu, (letter) => letter.toUpperCase())
    report({
      reason: `“${match[0]}” names ${family} in lower case: a person's name, and the title before it, take capitals.`,
      start: match.index,
      end: match.index + match[0].length,
      expected: [`${title}${match[0].slice(match[1].length, match[0].length - match[2].length)}${family}`]
    })
  }
}

/** Words that report a change of post: two titles for one person are then history, not a slip. */
const changeWords = /\b(?:promot(?:ed|ions?)\b|elevat|successor|demot|appoint|took over|takes over|taking over|handed over|hands over|relinquish|retir|former|previously (?:served|was|held|commanded|headed|led)|earlier served|nominat|named as|assumed (?:the )?(?:office|command|charge)|was made)/i
// “Succeeds General Pande”, “succeeded him”: succession, not success (“can’t succeed without maintenance”).
const succession = /\b[Ss]ucceed(?:s|ed|ing)?\s+(?:\p{Lu}|him\b|her\b|the\s+(?:outgoing|retiring|late)\b)/u
/** Words that report a change of rank: taking up an office (“assumed the appointment”), or retiring, leaves the rank as it was. */
const rankChangeWords = /\b(?:promot(?:ed|ions?)\b|elevat|demot|former|previously (?:served|was|held|commanded|headed|led)|earlier served|was made)/i
function reportsChange(text: string, ranksOnly: boolean): boolean {
  if (ranksOnly) return rankChangeWords.test(text)
  return changeWords.test(text) || succession.test(text)
}

/** The offices a person on record holds in a month (YYYY-MM). */
function heldAt(entry: OnRecord, when: string): string[] {
  return [...new Set(entry.offices.filter((office) => heldIn(office, when)).map(({office}) => office))]
}

/** Whether a role or an office, `from`/`to` as YYYY-MM (none: open-ended), is held in a month. */
function heldIn({from, to}: {from?: string; to?: string}, month: string): boolean {
  return (!from || from <= month) && (!to || month < to)
}

/** The role (newest first) held in a month, else the latest one begun before it: a rank is kept in retirement, a party past a term. */
function roleAt<T extends {from?: string; to?: string}>(roles: T[], month: string): T | undefined {
  return roles.find((role) => heldIn(role, month)) ?? roles.find(({from}) => !from || from <= month)
}

/** The offices a role names: its title, each office of a title that joins two (“Deputy Prime Minister and Minister for Defence”), or its official form. */
function roleOffices(role: {title: string; official?: string}): string[] {
  const parts = role.title.split(/\s+and\s+(?=\p{Lu})/u)
  const offices = [role.title, ...(parts.length > 1 ? parts : [])].map((form) => canonicalOffice(form)).filter((office): office is string => office !== undefined)
  const official = canonicalOffice(role.official ?? '')
  return offices.length > 0 ? [...new Set(offices)] : official ? [official] : []
}

/**
 * An office the article gives a person on record that is not their current
 * one (“Special Advisor for National Security” for a sitting Defence
 * Minister), or “former” for the office they hold now.
 */
function againstTheRecord(article: Article, resource: Resource, when: () => string, report: Report): void {
  for (const person of article.people()) {
    // A bare family name is the person the article names in full elsewhere: “Ambassador Smith” after “Ambassador
    // Julianne Smith” is no General Eric Smith (in the eleventh set of unseen articles).
    const fullNames = person.mentions.map((mention) => mention.name).filter((name) => name.includes(' '))
    for (const mention of person.mentions) {
      if (mention.kind !== 'office') continue
      // The person the name can be: given names or initials that agree, or a bare
      // family name that only one person on record has.
      const candidates = (resource.currentOffice.get(mention.family) ?? []).filter(
        (entry) =>
          sameGivenName(mention.name, entry.person) &&
          fullNames.every((name) => sameGivenName(name, entry.person)) &&
          (mention.name.includes(' ') || namesCountry(article.prose, entry.country, resource))
      )
      if (candidates.length !== 1) continue
      // A person may hold several offices at once (President and Chairman of the Central Military Commission).
      const held = heldAt(candidates[0], when())
      if (held.length === 0) continue
      const contradicts = mention.former ? held.includes(mention.title) : !held.includes(mention.title)
      if (!contradicts) continue
      const offices = mention.former ? mention.title : held.join(' and ')
      const written = withFormer(article.prose, mention)
      report({
        reason: `“${written.text}”, but ${candidates[0].person} is ${offices} according to ${candidates[0].source}.`,
        start: written.start,
        end: mention.end,
        expected: mention.former ? [mention.title] : held
      })
    }
  }
}

/**
 * Whether a name as written can be the recorded person: a bare family name
 * can, and so can a full name whose given names or initials agree
 * (“Rajnath Singh”, “R. Singh”); “AP Singh” is someone else.
 */
function sameGivenName(written: string, recorded: string): boolean {
  const given = written.split(/\s+/).slice(0, -1).filter((word) => !/^\p{Ll}/u.test(word))
  if (given.length === 0) return true
  const recordedGiven = recorded.split(/\s+/).slice(0, -1)
  if (recordedGiven.length === 0) return true
  if (given.join(' ') === recordedGiven.join(' ')) return true
  const initials = capitals(given.join(''))
  return initials === capitals(recordedGiven.join('')).slice(0, initials.length)
}

const months = ['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec']
/** A day and a month, or a month and a day, just before a year (“5 May ”, “May 5, ”, “Sept. 30, ”). */
const dateBefore = /\b(?:(\d{1,2})\s+)?(jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.?\s+(?:(\d{1,2}),?\s+)?$/i

/**
 * The month an article speaks from, YYYY-MM: the latest full date it gives
 * (“May 5, 2025”, “5 May 2025”, “2025-05-05”) that is not in the future;
 * this month when it gives none.
 */
export function articleMonth(text: string, today = new Date()): string {
  const now = `${today.getFullYear()}-${String(today.getMonth() + 1).padStart(2, '0')}`
  let latest = ''
  const consider = (year: string, month: number) => {
    const found = `${year}-${String(month).padStart(2, '0')}`
    if (month >= 1 && month <= 12 && found <= now && found > latest) latest = found
  }
  // Found from the years: a pattern that starts with a month's name would be tried at every letter of the text.
  for (const year of text.matchAll(/\b(?:19|20)\d{2}\b/g)) {
    const date = dateBefore.exec(text.slice(Math.max(0, year.index - 24), year.index))
    if (date && (date[1] || date[3])) consider(year[0], months.indexOf(date[2].toLowerCase()) + 1)
    const numeric = /^-(\d{2})-\d{2}\b/.exec(text.slice(year.index + 4, year.index + 10))
    if (numeric) consider(year[0], Number(numeric[1]))
  }
  return latest || now
}

/**
 * An abbreviated rank with a full stop after one of its abbreviations and
 * not after another (“Maj. Gen Charles Rodriguez”): a slip of the hand, as
 * copy writes all of a rank's abbreviations one way. The fix that comes first
 * follows the article's other abbreviated ranks, else the house style's
 * spelling (American copy writes the stops).
 */
function mixedStops(text: string, {dialect}: Resource, report: Report): void {
  const ranks = titledMentions(text).filter((mention) => mention.kind === 'rank')
  // Most articles put no full stop in or after any rank: nothing to compare.
  if (!ranks.some((mention) => text.slice(mention.start, mention.end + 1).includes('.'))) return
  const forms = ranks.map((mention) => abbreviations(text, mention))
  const stops = forms.flat().filter((part) => part.abbreviated)
  const dotted = stops.filter((part) => part.dotted).length
  const undotted = stops.length - dotted
  for (const parts of forms) {
    const abbreviated = parts.filter((part) => part.abbreviated)
    if (new Set(abbreviated.map((part) => part.dotted)).size < 2) continue
    const written = (withStops: boolean) => parts.map((part) => part.word + (part.abbreviated && withStops ? '.' : '')).join(' ')
    const stopsFirst = dotted === undotted ? dialect === 'en-US' : dotted > undotted
    const start = parts[0].start
    const end = parts.at(-1)!.end
    report({
      reason: `“${text.slice(start, end)}” puts a full stop after one abbreviation of the rank and not after the other: write both alike.`,
      start,
      end,
      expected: stopsFirst ? [written(true), written(false)] : [written(false), written(true)]
    })
  }
}

/** Each word of a rank as written (“Maj.”, “Gen”), whether it abbreviates its word of the full rank, and whether a full stop follows it. */
function abbreviations(text: string, mention: TitledMention): Array<{word: string; abbreviated: boolean; dotted: boolean; start: number; end: number}> {
  const full = mention.title.split(/[\s-]+/)
  const parts = [...mention.written.matchAll(/[\p{L}\d]+/gu)]
  if (parts.length !== full.length) return []
  return parts.map((part, index) => {
    const start = mention.start + part.index
    const stop = text[start + part[0].length] === '.'
    // An ordinal (“1st Lt.”, “Sgt. 1st Class”) takes no full stop.
    const abbreviated = !/\d/.test(part[0]) && part[0].toLowerCase() !== full[index].toLowerCase()
    return {word: part[0], abbreviated, dotted: stop, start, end: start + part[0].length + (stop ? 1 : 0)}
  })
}

/**
 * A title given twice, as its initials and then in full, before a name
 * (“DG ICG Director General Paramesh Sivamani”, an organisation's initials
 * between): one of them goes. The fixes keep the title in full, alone (the
 * story names the organisation), then with the organisation's initials.
 */
function titleTwice({text, words}: Article, initials: readonly number[], report: Report): void {
  // Initials of two to five capitals, then the capitalised words of a title: tried where such initials stand
  // before a capitalised word and another one or two words on, not at every capital (most are an acronym in a sentence).
  const upperAt = (at: number) => at < words.length && initialCase(words[at].text) === 'upper'
  for (const index of initials) {
    const token = words[index]
    if (!upperAt(index + 1) || !(upperAt(index + 2) || upperAt(index + 3))) continue
    titleAfterInitials.lastIndex = token.start
    const match = titleAfterInitials.exec(text)
    if (!match) continue
    const [, initials, organisation] = match
    const titleWords = [...match[3].matchAll(/\p{L}+/gu)]
    const capitalised = titleWords.filter((word) => /^\p{Lu}/u.test(word[0]))
    // The title is the capitalised words whose initials are the letters; a name must follow it.
    if (capitalised.length < initials.length || capitalised.slice(0, initials.length).map((word) => word[0][0]).join('') !== initials) continue
    const last = capitalised[initials.length - 1]
    const titleStart = match.index + match[0].length - match[3].length
    const end = titleStart + last.index + last[0].length
    if (!/^\s+\p{Lu}\p{Ll}/u.test(text.slice(end, end + 8))) continue
    const title = text.slice(titleStart + capitalised[0].index, end)
    const start = match.index
    report({
      reason: `“${text.slice(start, end)}” gives the title twice, as “${initials}” and as “${title}”: keep one.`,
      start,
      end,
      expected: organisation ? [title, `${organisation} ${title}`] : [title]
    })
  }
}

/** Initials, perhaps an organisation's, then two to five capitalised words (sticky: tried at a word of capitals). */
// The check for a letter before comes after the capitals (src/text/whole-words.ts says why).
const titleAfterInitials = /(\p{Lu}{2,5})(?<![\p{L}\d]\1)(?![\p{L}\d])(?:\s+(\p{Lu}{2,6})(?![\p{L}\d]))?\s+((?:\p{Lu}\p{Ll}+\s+(?:(?:of|for|the|and)\s+)?){2,5})/uy
