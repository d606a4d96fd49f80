import {defineRule} from '../../src/rule.js'
import {readYamlData} from '../../src/text/data-files.js'
import {ruleDataPath} from '../../src/paths.js'
import {readPeople, type Person} from '../../src/knowledge/people.js'

interface Rank {
  full: string
  short: string[]
}

interface Resource {
  /** People whose given name is also a rank abbreviation, with that rank's full form. */
  lookalikes: Array<{person: Person; rank: Rank; pattern: RegExp}>
}

export default defineRule<Resource>({
  meta: {
    id: 'person-title',
    description: 'Wrong or inconsistent titles of people: a given name read as a rank (“General Nakatani” for Gen Nakatani).',
    defaultSeverity: 'warning',
    fixable: false
  },

  load: (settings) => {
    const file = ruleDataPath('person-title', 'ranks.yaml')
    const ranks = (readYamlData(file) as {ranks?: Rank[]}).ranks
    if (!Array.isArray(ranks)) throw new Error(`${file}: expected a list under “ranks”`)
    const lookalikes: Resource['lookalikes'] = []
    for (const person of readPeople(settings.people)) {
      const rank = ranks.find((candidate) => candidate.short.some((short) => short.toLowerCase() === person.given.toLowerCase()))
      if (rank) lookalikes.push({person, rank, pattern: new RegExp(`\\b${rank.full}\\s+${person.family}\\b`, 'g')})
    }
    return {lookalikes}
  },

  check({article, resource, report}) {
    for (const {person, rank, pattern} of resource.lookalikes) {
      pattern.lastIndex = 0
      for (const match of article.text.matchAll(pattern)) {
        const role = person.roles.find((candidate) => !candidate.to)
        report({
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
