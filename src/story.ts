import type {VFile} from 'vfile'
import path from 'node:path'
import {officeClaims, type OfficeClaim} from './knowledge/claims.js'
import {ruleDocsUrl} from './rule.js'

interface Claim extends OfficeClaim {
  file: VFile
}

function claims(file: VFile): Claim[] {
  return file.data.article ? officeClaims(file.data.article).map((claim) => ({...claim, file})) : []
}

const short = (file: VFile) => path.basename(file.path ?? 'stdin').slice(0, 12)

/**
 * Story mode: compare what the articles of one story say about the same
 * people, and report on the article that differs from the others — an office
 * only it gives a person, or “former” where the others say the person holds
 * the office. Messages go on the outlier files, as rule `cross-article`.
 */
export function checkStory(files: VFile[], severity: 'error' | 'warning' | 'info' = 'warning'): void {
  const all = files.flatMap(claims)
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
