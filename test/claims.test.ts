import {describe, expect, it} from 'vitest'
import {describeMessage, lintWith} from './support/lint-helpers.js'

// A defence report written for these tests; passages are spliced into it.
const report = [
  'Australia and Japan will hold their largest joint air exercise in northern Australia next month, the two defence ministries said on Tuesday.',
  'Fighter jets, tankers and early-warning aircraft from both air forces will fly from bases near Darwin for two weeks. Crews will practise air defence, refuelling and strikes against targets at sea.',
  'The exercise follows a reciprocal access agreement signed in 2022, which allows troops from each country to train on the other’s territory without lengthy approval for each visit.',
  'Officials said the drills were not aimed at any country. Analysts noted that both governments have raised concerns about Chinese military activity near their shores.'
]
const splice = (passage: string, at = 2) => [...report.slice(0, at), passage, ...report.slice(at)].join('\n\n')
const offTopic = (text: string) => lintWith(text, ['off-topic'])

describe('off-topic inside a defence article', () => {
  it('leaves the report itself alone', async () => {
    expect(await offTopic(report.join('\n\n'))).toEqual([])
  })

  it.each([
    ['an advert', 'Treat yourself to the new Aurora smartwatch, now available in five colours. Order now for free shipping and a 30-day money back guarantee, or visit your nearest store.'],
    ['a sermon', 'Peace will never come from weapons or treaties. Only devotion to God brings peace to the soul, and the holy scriptures teach that the faithful who pray daily receive divine blessings and eternal salvation.'],
    ['a motivational message', 'Remember that every setback is a setup for a comeback. Believe in yourself, follow your passion and never give up on your dreams, because success is a journey, not a destination.'],
    [
      'a paragraph from an unrelated story',
      'The city council approved plans for a new public library with a rooftop garden, a children’s reading room and a café. Construction is expected to begin in the spring and the library should open to readers within two years.'
    ]
  ])('flags %s with its exact range and a delete fix', async (_, passage) => {
    const messages = await offTopic(splice(passage))
    expect(messages).toHaveLength(1)
    expect(messages[0].actual).toBe(passage)
    expect(messages[0].expected).toEqual([''])
    expect(messages[0].fatal).toBe(true)
  })

  it('says why: a sermon preaches, an unrelated story changes subject', async () => {
    const [sermon] = await offTopic(splice('Only devotion to God brings peace to the soul. The holy scriptures teach that the faithful who pray daily receive divine blessings and salvation.'))
    expect(sermon.reason).toMatch(/preaches a religious or spiritual teaching/)
    const [library] = await offTopic(
      splice('The city council approved plans for a new public library with a rooftop garden, a children’s reading room and a café. Construction is expected to begin in the spring and the library should open to readers within two years.')
    )
    expect(library.reason).toMatch(/changes subject/)
  })

  it('keeps a background paragraph about the partnership', async () => {
    const background = 'Australia and Japan first exercised together in 2010. Since then their air forces have trained together every year, and their ministers meet annually to review defence cooperation.'
    expect(await offTopic(splice(background))).toEqual([])
  })
})

describe('superlative inside a defence article', () => {
  it('flags the report’s own unsupported claim but not the attributed one', async () => {
    const text = splice('It will be the most complex exercise the two air forces have attempted.\n\nThe ministry said it would be the biggest deployment of Japanese jets abroad.')
    expect((await lintWith(text, ['superlative'])).map((message) => message.actual)).toEqual(['most complex'])
  })

  it('accepts a claim whose source is named in the next sentence', async () => {
    const text = splice('It will be the most complex exercise the two air forces have attempted. That was the assessment of the Australian air force, officials told reporters.')
    expect(await lintWith(text, ['superlative'])).toEqual([])
  })

  it('accepts superlatives the report backs with figures', async () => {
    expect(await lintWith(report.join('\n\n'), ['superlative'])).toEqual([])
  })
})

describe('one message per defect', () => {
  it('reports an “Also Read:” line once, as boilerplate', async () => {
    const text = splice('Also Read: Navy Orders Six New Patrol Boats for Coastal Security Duties')
    const messages = await lintWith(text, ['boilerplate', 'off-topic'])
    expect(messages.map((message) => message.ruleId)).toEqual(['boilerplate'])
  })

  it('reports a newsletter prompt once, as page furniture, with its exact range and a delete fix', async () => {
    const passage = 'Subscribe to our free newsletter to get the day’s top stories in your inbox every morning. Sign up today and join our community of readers.'
    const messages = await lintWith(splice(passage), ['boilerplate', 'off-topic'])
    expect(messages.map((message) => [message.ruleId, message.actual, message.expected])).toEqual([['boilerplate', passage, ['']]])
    expect(messages[0].reason).toMatch(/subscription or paywall prompt/)
  })

  it('does not report superlatives or typos inside a passage it deletes', async () => {
    const text = splice('Buy the greatest smartwatch ever made, with the longest battery life and unbeatable prices. Order now at www.watches.example for free delivery.')
    const messages = await lintWith(text, ['off-topic', 'superlative', 'spelling'])
    expect(messages.map(describeMessage).map((line) => line.split(' ')[0])).toHaveLength(1)
    expect(messages[0].ruleId).toBe('off-topic')
  })
})
