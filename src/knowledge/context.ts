import type {Article} from '../article/types.js'
import type {NameOccurrence} from './official-names.js'

/** Whether a name that is only official in some contexts ("Ministry of Defense" for Japan) is official here: its paragraph mentions one of the context words. */
export function inOfficialContext(article: Article, occurrence: NameOccurrence): boolean {
  const context = occurrence.entry.context
  if (!context?.length) return true
  const paragraph = article.paragraphs.find((candidate) => candidate.start <= occurrence.start && occurrence.start < candidate.end)
  const text = paragraph?.text ?? article.text
  return context.some((word) => new RegExp(`(?<![\\p{L}])${word.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}(?![\\p{L}])`, 'u').test(text))
}
