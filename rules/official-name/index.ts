import {defineRule} from '../../src/rule.js'
import {officialNameIndex, type OfficialNameIndex} from '../../src/knowledge/official-names.js'
import {inOfficialContext} from '../../src/knowledge/context.js'

const dialectName = {'en-GB': 'British', 'en-US': 'American'} as const

export default defineRule<OfficialNameIndex>({
  meta: {
    id: 'official-name',
    description: 'A programme, exercise, unit, ship, weapon or organisation written in a known wrong form of its official name.',
    defaultSeverity: 'warning',
    supersedes: ['spelling-variant', 'spelling', 'acronym'],
    fixable: true
  },

  load: (settings) => officialNameIndex(settings.officialNames),

  check({article, resource, report}) {
    for (const occurrence of resource.find(article)) {
      if (occurrence.canonical || !inOfficialContext(article, occurrence)) continue
      const {entry} = occurrence
      const spelling = entry.spelling ? ` (the name itself uses ${dialectName[entry.spelling]} spelling)` : ''
      report({
        reason: `The official name is “${entry.name}”${spelling}; “${occurrence.form}” is a wrong form.`,
        start: occurrence.start,
        end: occurrence.end,
        expected: [entry.name],
        note: `Source: ${entry.source}.`
      })
    }
  }
})
