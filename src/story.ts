import type {VFile} from 'vfile'
import path from 'node:path'
import {officeClaims, rankClaims, type OfficeClaim} from './knowledge/claims.js'
import {ruleDocsUrl} from './rule.js'

interface Claim extends OfficeClaim {
  file: VFile
}

/** What each article says people are: their offices and, kept apart, their ranks. */
function claims(file: VFile): Array<{kind: 'office' | 'rank'; claims: Claim[]}> {
  const article = file.data.article
  if (!article) return []
  return [
    {kind: 'office', claims: officeClaims(article).map((claim) => ({...claim, file}))},
    {kind: 'rank', claims: rankClaims(article).map((claim) => ({...claim, file}))}
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

const short = (file: VFile) => path.basename(file.path ?? 'stdin').slice(0, 12)

/**
 * Story mode: compare what the articles of one story say about the same
 * people, and report on the article that differs from the others — an office
 * or a rank only it gives a person, or “former” where the others say the
 * person holds the office. Messages go on the outlier files, as rule
 * `cross-article`.
 */
export function checkStory(files: VFile[], severity: 'error' | 'warning' | 'info' = 'warning'): void {
  const perFile = files.map(claims)
  for (const kind of ['office', 'rank'] as const) compare(perFile.flatMap((kinds) => kinds.find((entry) => entry.kind === kind)?.claims ?? []), kind, severity)
}

/** One kind of claim (offices, or ranks) across the story's articles: the outliers get a message. */
function compare(all: Claim[], kind: 'office' | 'rank', severity: 'error' | 'warning' | 'info'): void {
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
      const start = claim.file.data.article!.point(claim.start)
      claim.file.messages = claim.file.messages.filter(
        (other) => !(other.ruleId === 'person-title' && other.place && 'start' in other.place && other.place.start.offset === claim.start && other.place.end.offset === claim.end)
      )
      const message = claim.file.message(
        `${claim.former ? `This article calls ${person} “${claim.text}”` : `Only this article calls ${person} “${claim.text}”`}; ${others.length} other articles of this story (${others.map(short).join(', ')}) call ${person} “${consensus}”.`,
        {place: {start, end: claim.file.data.article!.point(claim.end)}, ruleId: 'cross-article', source: 'copydesk'}
      )
      message.actual = claim.text
      message.expected = [consensus]
      message.url = ruleDocsUrl('cross-article')
      message.fatal = severity === 'error' ? true : severity === 'warning' ? false : undefined
    }
  }
}
