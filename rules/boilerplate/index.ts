import {defineRule} from '../../src/rule.js'
import {readYamlData} from '../../src/text/data-files.js'
import {ruleDataPath} from '../../src/paths.js'

interface Pattern {
  name: string
  regex: RegExp
  reason: string
  fix: string
}

const dataFile = ruleDataPath('boilerplate', 'patterns.yaml')

export default defineRule<Pattern[]>({
  meta: {
    id: 'boilerplate',
    description: 'Web-page furniture left in an article: menus, share buttons, “Also Read:” lines, image credits, scraper markers.',
    defaultSeverity: 'error',
    supersedes: ['spelling', 'real-word', 'duplicate', 'quote-balance', 'superlative', 'off-topic', 'readability'],
    fixable: true
  },

  load: () => loadPatterns(),

  check({article, resource, report}) {
    const taken: Array<[number, number]> = []
    for (const pattern of resource) {
      pattern.regex.lastIndex = 0
      for (const match of article.text.matchAll(pattern.regex)) {
        const [start, end] = match.indices?.groups?.target ?? match.indices![0]
        if (end === start || taken.some(([from, to]) => start < to && end > from)) continue
        taken.push([start, end])
        const text = article.text.slice(start, end)
        report({
          reason: pattern.reason.replaceAll('{text}', text),
          start,
          end,
          expected: [pattern.fix === 'delete' ? '' : pattern.fix.replace(/\$<(\w+)>/g, (_, name: string) => match.groups?.[name] ?? '')],
          note: `Pattern “${pattern.name}” in rules/boilerplate/patterns.yaml.`
        })
      }
    }
  }
})

function loadPatterns(): Pattern[] {
  const data = readYamlData(dataFile) as {patterns?: Array<Record<string, unknown>>}
  if (!Array.isArray(data?.patterns)) throw new Error(`${dataFile}: expected a list under “patterns”`)
  return data.patterns.map((entry, index) => {
    const {name, regex, reason, fix} = entry
    if (typeof name !== 'string' || typeof regex !== 'string' || typeof reason !== 'string' || typeof fix !== 'string') {
      throw new Error(`${dataFile}: pattern ${index + 1} needs string fields name, regex, reason and fix`)
    }
    try {
      return {name, regex: new RegExp(regex, 'gmud'), reason, fix}
    } catch (error) {
      throw new Error(`${dataFile}: pattern “${name}”: ${(error as Error).message}`)
    }
  })
}
