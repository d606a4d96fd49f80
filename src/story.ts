import type {VFile} from 'vfile'
import path from 'node:path'
import {findOffices} from './knowledge/offices.js'
import {ruleDocsUrl} from './rule.js'

interface Claim {
  file: VFile
  person: string
  office: string
  former: boolean
  start: number
  end: number
  text: string
}

/** A name of two or more capitalised words, optionally after an honorific: “Mr. Gen Nakatani”, “General Nakatani”. */
const nameAfter = /^[\s,]*(?:(?:of|for)\s+\p{Lu}[\p{L}]+,?\s+)?(?:(?:Mr|Ms|Mrs|Dr|Shri|Smt)\.?\s+)?((?:\p{Lu}[\p{L}.'’-]*\s+){0,2}\p{Lu}[\p{Ll}'-]+)/u
const nameBefore = /((?:\p{Lu}[\p{L}.'’-]*\s+){0,2}\p{Lu}[\p{Ll}'-]+),\s+(?:\p{Lu}[\p{L}]+['’]s\s+)?[^,.;]*$/u

/** The family name a mention refers to: its last word, possessive dropped. */
function family(name: string): string {
  return name.trim().split(/\s+/).at(-1)!.replace(/['’]s$/, '')
}

/** Who holds which office, according to one article: “Defence Minister Gen Nakatani”, “Nakatani, … former Defence Minister”. */
function claims(file: VFile): Claim[] {
  const article = file.data.article
  if (!article) return []
  const found: Claim[] = []
  for (const sentence of article.sentences) {
    for (const mention of findOffices(sentence.text)) {
      const after = nameAfter.exec(sentence.text.slice(mention.end))
      const before = after ? undefined : nameBefore.exec(sentence.text.slice(0, mention.start))
      const name = after?.[1] ?? before?.[1]
      if (!name) continue
      found.push({
        file,
        person: family(name),
        office: mention.office,
        former: mention.former,
        start: sentence.start + mention.start,
        end: sentence.start + mention.end,
        text: sentence.text.slice(mention.start, mention.end)
      })
    }
  }
  return found
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
      const message = claim.file.message(
        `${claim.former ? `This article calls ${person} “${claim.text}”` : `Only this article calls ${person} “${claim.text}”`}; ${others.length} other articles of this story (${others.map(short).join(', ')}) call ${person} “${consensus}”.`,
        {place: {start: claim.file.data.article!.point(claim.start), end: claim.file.data.article!.point(claim.end)}, ruleId: 'cross-article', source: 'copydesk'}
      )
      message.actual = claim.text
      message.expected = [consensus]
      message.url = ruleDocsUrl('cross-article')
      message.fatal = severity === 'error' ? true : severity === 'warning' ? false : undefined
    }
  }
}
