import type {RulePlugin} from './rule.js'
import spelling from '../rules/spelling/index.js'
import boilerplate from '../rules/boilerplate/index.js'
import duplicate from '../rules/duplicate/index.js'
import quoteBalance from '../rules/quote-balance/index.js'
import spellingVariant from '../rules/spelling-variant/index.js'
import officialName from '../rules/official-name/index.js'
import acronym from '../rules/acronym/index.js'
import readability from '../rules/readability/index.js'
import repeatedWord from '../rules/repeated-word/index.js'
import superlative from '../rules/superlative/index.js'
import offTopic from '../rules/off-topic/index.js'
import realWord from '../rules/real-word/index.js'
import personTitle from '../rules/person-title/index.js'

/** Every rule copydesk ships, in the order they run. */
export const allRules: readonly RulePlugin[] = [spelling, realWord, boilerplate, duplicate, quoteBalance, spellingVariant, officialName, acronym, readability, repeatedWord, superlative, offTopic, personTitle]

/**
 * The story's rule: it runs across the articles of one story (`--story`), not
 * on each article, so it is no plugin of the processor; its severity is set
 * like any rule's, and the reports list it with the others.
 */
export const storyRule = {
  id: 'cross-article',
  description: 'With --story: the article that reports a person, a figure or a date differently from the rest of the story.',
  defaultSeverity: 'warning'
} as const

/** Every rule id a config, `--rule` and the reports know. */
export const ruleIds: readonly string[] = [...allRules.map((rule) => rule.meta.id), storyRule.id]

export function findRule(id: string): RulePlugin | undefined {
  return allRules.find((rule) => rule.meta.id === id)
}
