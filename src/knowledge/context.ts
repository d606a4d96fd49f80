import type {Article} from '../article/types.js'
import type {NameOccurrence} from './official-names.js'
import {wholeWords} from '../text/whole-words.js'

const patterns = new Map<string, RegExp>()

/** One pattern for a list of context words, compiled once per process. */
function contextPattern(words: string[]): RegExp {
  const key = words.join('\n')
  let pattern = patterns.get(key)
  if (!pattern) {
    const escaped = words.map((word) => word.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'))
    pattern = new RegExp(wholeWords(escaped.join('|')), 'u')
    patterns.set(key, pattern)
  }
  return pattern
}

/** Whether a name that is only official in some contexts ("Ministry of Defense" for Japan) is official here: its paragraph mentions one of the context words. */
export function inOfficialContext(article: Article, occurrence: NameOccurrence): boolean {
  const context = occurrence.entry.context
  if (!context?.length) return true
  const paragraph = article.paragraphAt(occurrence.start)
  return contextPattern(context).test(paragraph?.text ?? article.text)
}
