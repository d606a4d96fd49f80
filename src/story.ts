import type {VFile} from 'vfile'
import path from 'node:path'
import type {OfficeClaim} from './knowledge/claims.js'
import {withFormer} from './knowledge/mentions.js'
import {fatalFor, ruleDocsUrl} from './rule.js'
import type {Severity} from './types.js'
import {editDistance} from './text/edit-distance.js'
import {countLike, figureClaims, type FigureClaim} from './knowledge/figures.js'
import {eventDates, monthNames, type EventDate} from './knowledge/event-dates.js'

interface Claim extends OfficeClaim {
  file: VFile
}

/**
 * What each article says people are: their offices and, kept apart, their
 * ranks, read from the people the article annotations resolved (the same
 * answer person-title works from).
 */
function claims(file: VFile): Array<{kind: 'office' | 'rank'; claims: Claim[]}> {
  const article = file.data.article
  if (!article) return []
  const mentions = article.people().flatMap((person) => person.mentions)
  const claimsOf = (kind: 'office' | 'rank') =>
    mentions
      .filter((mention) => mention.kind === kind)
      .map((mention): Claim => {
        const written = withFormer(article.prose, mention)
        return {person: mention.family, name: mention.name, office: mention.title, former: mention.former, start: written.start, end: mention.end, text: written.text, nameStart: mention.nameStart, file}
      })
  return [
    {kind: 'office', claims: claimsOf('office')},
    {kind: 'rank', claims: claimsOf('rank')}
  ]
}

/** Whether the names agree: a bare family name fits anyone; given names or initials must match one of the others'. */
function sameGivenNames(claim: Claim, others: Claim[]): boolean {
  const given = (name: string) => name.split(/\s+/).slice(0, -1).join(' ').replace(/\./g, '').toLowerCase()
  const mine = given(claim.name)
  if (!mine) return true
  const theirs = others.map((other) => given(other.name)).filter(Boolean)
  return theirs.length === 0 || theirs.some((name) => name === mine || name.startsWith(mine) || mine.startsWith(name))
}

/** “3 other articles of this story (a.txt, b.txt, c.txt)” */
function otherArticles(files: VFile[]): string {
  return `${files.length} other articles of this story (${files.map(short).join(', ')})`
}

/** A cross-article message on the outlier's file, at a range of its article, with one fix. */
function report(file: VFile, severity: Exclude<Severity, 'off'>, finding: {reason: string; start: number; end: number; expected: string}): void {
  const article = file.data.article!
  const message = file.message(finding.reason, {place: {start: article.point(finding.start), end: article.point(finding.end, 'end')}, ruleId: 'cross-article', source: 'copydesk'})
  message.actual = article.text.slice(finding.start, finding.end)
  message.expected = [finding.expected]
  message.url = ruleDocsUrl('cross-article')
  message.fatal = fatalFor(severity)
}

const short = (file: VFile) => path.basename(file.path ?? 'stdin').slice(0, 12)

/**
 * Story mode: compare what the articles of one story say about the same
 * people, and report on the article that differs from the others — an office
 * or a rank only it gives a person, or “former” where the others say the
 * person holds the office. Messages go on the outlier files, as rule
 * `cross-article`.
 */
export function checkStory(files: VFile[], severity: Exclude<Severity, 'off'> = 'warning'): void {
  const perFile = files.map(claims)
  for (const kind of ['office', 'rank'] as const) compare(perFile.flatMap((kinds) => kinds.find((entry) => entry.kind === kind)?.claims ?? []), kind, severity)
  compareSpellings(perFile.flatMap((kinds) => kinds.flatMap((entry) => entry.claims)), severity)
  compareFigures(files, severity)
  compareEventDates(files, severity)
}

/**
 * The day one article gives an event that two or more others date
 * otherwise and agree on (“the April 23 attack in Pahalgam” where they say
 * April 22). One event is one noun (rules/cross-article/events.txt) and a
 * capitalised word the articles write with it (“Pahalgam”): a story has one
 * attack in Pahalgam, where it may have several meetings. An article that
 * dates the event two ways is left out; years are not compared.
 */
function compareEventDates(files: VFile[], severity: Exclude<Severity, 'off'>): void {
  const byEvent = new Map<string, Array<{file: VFile; claim: EventDate}>>()
  for (const file of files) {
    if (!file.data.article) continue
    const byKey = new Map<string, EventDate[]>()
    for (const claim of eventDates(file.data.article)) {
      for (const anchor of new Set(claim.anchors)) byKey.set(`${claim.event} ${anchor}`, [...(byKey.get(`${claim.event} ${anchor}`) ?? []), claim])
    }
    for (const [key, claims] of byKey) {
      if (new Set(claims.map(dayOf)).size === 1) byEvent.set(key, [...(byEvent.get(key) ?? []), ...claims.map((claim) => ({file, claim}))])
    }
  }
  const reported = new Set<string>()
  for (const [key, given] of byEvent) {
    const verdict = againstTheRest(given, (entry) => dayOf(entry.claim))
    if (!verdict) continue
    const {agreed, files} = verdict
    for (const {file, claim} of verdict.outliers) {
      if (reported.has(`${file.path} ${claim.start}`)) continue
      reported.add(`${file.path} ${claim.start}`)
      const [event, anchor] = key.split(' ')
      report(file, severity, {
        reason: `This article dates the ${event} it writes with “${anchor}” ${claim.text}; ${otherArticles(files)} date it ${agreed.claim.text}. Check which is right.`,
        start: claim.start,
        end: claim.end,
        expected: restyled(claim.text, agreed.claim.month, agreed.claim.day)
      })
    }
  }
}

const dayOf = ({month, day}: EventDate) => `${month}-${day}`

/** Another day written the way a date was (“Apr. 23, 2025” → “Apr. 22, 2025”; “23rd April” → “22nd April”). */
function restyled(written: string, month: number, day: number): string {
  const ordinal = (number: number) => (number % 10 === 1 && number !== 11 ? 'st' : number % 10 === 2 && number !== 12 ? 'nd' : number % 10 === 3 && number !== 13 ? 'rd' : 'th')
  return written
    .replace(/^\d{1,2}(?:st|nd|rd|th)?|(?<=\p{L}\.?\s+)\d{1,2}(?:st|nd|rd|th)?/u, (old) => `${day}${/\D/.test(old) ? ordinal(day) : ''}`)
    .replace(/\p{Lu}\p{L}*/u, (name) => {
      const full = monthNames[month - 1]
      // A month's name written in full stays in full; an abbreviation (“Apr”, “Sept”) stays one.
      if (monthNames.includes(name)) return full
      return month === 9 && name.length === 4 ? 'Sept' : full.slice(0, 3)
    })
}

/**
 * A figure one article gives that two or more others give differently and
 * agree on (“14 killed” where they say 13; a contract's value): the outlier
 * is reported with theirs. Only articles that give one figure of a kind
 * count: a story that reports a rising toll gives several.
 */
function compareFigures(files: VFile[], severity: Exclude<Severity, 'off'>): void {
  const byWhat = new Map<string, Array<{file: VFile; claim: FigureClaim}>>()
  for (const file of files) {
    if (!file.data.article) continue
    const claims = figureClaims(file.data.article)
    for (const what of new Set(claims.map((claim) => claim.what))) {
      const values = claims.filter((claim) => claim.what === what)
      if (new Set(values.map((claim) => claim.value)).size !== 1) continue
      byWhat.set(what, [...(byWhat.get(what) ?? []), {file, claim: values[0]}])
    }
  }
  for (const [what, given] of byWhat) {
    const verdict = againstTheRest(given, (entry) => entry.claim.value)
    if (!verdict) continue
    const {agreed, files} = verdict
    for (const {file, claim} of verdict.outliers) {
      const label = what === 'contract value' ? 'the contract’s value' : `the number ${what}`
      report(file, severity, {
        reason: `This article gives ${claim.text} as ${label}; ${otherArticles(files)} give ${agreed.claim.text}. Check which is right.`,
        start: claim.start,
        end: claim.end,
        expected: what === 'contract value' ? agreed.claim.text : countLike(claim.text, agreed.claim.value)
      })
    }
  }
}

/**
 * Claims of one thing across a story's articles: the value at least two
 * articles give and agree on (the most articles, the first such on a tie),
 * one of its claims, and the claims whose value only one article gives.
 */
function againstTheRest<T extends {file: VFile}>(given: T[], valueOf: (entry: T) => string | number): {agreed: T; files: VFile[]; outliers: T[]} | undefined {
  const filesByValue = new Map<string | number, Set<VFile>>()
  for (const entry of given) filesByValue.set(valueOf(entry), (filesByValue.get(valueOf(entry)) ?? new Set()).add(entry.file))
  const [consensus, files] = [...filesByValue].sort((a, b) => b[1].size - a[1].size)[0] ?? []
  if (consensus === undefined || !files || files.size < 2) return undefined
  return {
    agreed: given.find((entry) => valueOf(entry) === consensus)!,
    files: [...files],
    outliers: given.filter((entry) => valueOf(entry) !== consensus && filesByValue.get(valueOf(entry))!.size === 1)
  }
}

/**
 * A person's name spelled one way in one article and another way in at least
 * two others, a letter or two apart (“Rajnth Singh” beside “Rajnath Singh”):
 * the one article's spelling is reported, with the others' as the fix.
 */
function compareSpellings(all: Claim[], severity: Exclude<Severity, 'off'>): void {
  const byName = new Map<string, Claim[]>()
  for (const claim of all) if (claim.name.includes(' ')) byName.set(claim.name, [...(byName.get(claim.name) ?? []), claim])
  const filesOf = (name: string) => new Set(byName.get(name)!.map((claim) => claim.file))
  for (const [name, uses] of byName) {
    const mine = filesOf(name)
    if (mine.size !== 1) continue
    const [file] = mine
    const rival = [...byName.keys()].find((other) => other !== name && lookAlike(name, other) && filesOf(other).size >= 2 && !filesOf(other).has(file))
    if (!rival) continue
    const others = [...filesOf(rival)]
    const reported = new Set<number>()
    for (const claim of uses) {
      if (reported.has(claim.nameStart)) continue
      reported.add(claim.nameStart)
      report(file, severity, {reason: `This article spells the name “${name}”; ${otherArticles(others)} spell it “${rival}”.`, start: claim.nameStart, end: claim.nameStart + name.length, expected: rival})
    }
  }
}

/** Two full names a slip apart: as many words, each the same or one edit off (two for a long word), at least one different. */
function lookAlike(one: string, other: string): boolean {
  const a = one.split(/\s+/)
  const b = other.split(/\s+/)
  if (a.length !== b.length) return false
  let differences = 0
  for (let index = 0; index < a.length; index++) {
    if (a[index] === b[index]) continue
    const limit = Math.min(a[index].length, b[index].length) >= 7 ? 2 : 1
    if (Math.min(a[index].length, b[index].length) < 4 || editDistance(a[index].toLowerCase(), b[index].toLowerCase(), limit) > limit) return false
    differences++
  }
  return differences > 0
}

/** One kind of claim (offices, or ranks) across the story's articles: the outliers get a message. */
function compare(all: Claim[], kind: 'office' | 'rank', severity: Exclude<Severity, 'off'>): void {
  const people = new Set(all.map((claim) => claim.person))
  for (const person of people) {
    const about = all.filter((claim) => claim.person === person)
    const articles = [...new Set(about.map((claim) => claim.file))]
    if (articles.length < 3) continue
    // What each office (current) is backed by: the articles that give it.
    const backing = new Map<string, Set<VFile>>()
    for (const claim of about) if (!claim.former) backing.set(claim.office, (backing.get(claim.office) ?? new Set()).add(claim.file))
    const [consensus, supporters] = [...backing].sort((a, b) => b[1].size - a[1].size)[0] ?? []
    if (!consensus || !supporters || supporters.size < 2) continue
    for (const claim of about) {
      const others = [...supporters].filter((file) => file !== claim.file)
      if (others.length < 2) continue
      const outlier = claim.former ? claim.office === consensus : (backing.get(claim.office)?.size ?? 0) === 1 && !supporters.has(claim.file)
      if (!outlier) continue
      // A rank's last words are how its holder is addressed (“General” for a Lieutenant General).
      if (kind === 'rank' && (consensus.endsWith(' ' + claim.office) || claim.office.endsWith(' ' + consensus))) continue
      // Two people who share a family name are two people: a claim whose given names differ from the others' is not about them.
      if (!sameGivenNames(claim, about.filter((other) => supporters.has(other.file) && other.office === consensus))) continue
      // One defect, one message: the story's view replaces the records' view of the same words.
      claim.file.messages = claim.file.messages.filter(
        (other) => !(other.ruleId === 'person-title' && other.place && 'start' in other.place && other.place.start.offset === claim.start && other.place.end.offset === claim.end)
      )
      report(claim.file, severity, {
        reason: `${claim.former ? `This article calls ${person} “${claim.text}”` : `Only this article calls ${person} “${claim.text}”`}; ${otherArticles(others)} call ${person} “${consensus}”.`,
        start: claim.start,
        end: claim.end,
        expected: consensus
      })
    }
  }
}
