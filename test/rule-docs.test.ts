import path from 'node:path'
import {describe, expect, it} from 'vitest'
import {allRules} from '../src/rules.js'
import {packageRoot} from '../src/paths.js'
import {describeMessage, lintWith} from './support/lint-helpers.js'
import {readmeExamples} from './support/readme-examples.js'

// Every rule's README examples run as tests: what the docs promise is what the rule does.
describe.each(allRules.map((rule) => rule.meta.id))('rules/%s/README.md', (id) => {
  const readme = path.join(packageRoot, 'rules', id, 'README.md')
  const examples = readmeExamples(readme)

  it('has examples that fire and examples that stay silent', () => {
    expect(examples.some((example) => example.kind === 'fires')).toBe(true)
    expect(examples.some((example) => example.kind === 'silent')).toBe(true)
  })

  it.each(examples.map((example) => [`${example.kind} example at line ${example.line}`, example] as const))('%s', async (_, example) => {
    const messages = await lintWith(example.input, [id], example.dialect ? {dialect: example.dialect} : {})
    expect(messages.map(describeMessage)).toEqual(example.messages)
    for (const message of messages) {
      expect(message.ruleId).toBe(id)
      expect(message.source).toBe('copydesk')
    }
  })
})
