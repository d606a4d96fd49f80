import {describe, expect, it} from 'vitest'
import {toString} from 'nlcst-to-string'
import {parsePlainText} from '../src/parse/plain-text.js'
import {paragraphSpans} from '../src/parse/paragraphs.js'
import {annotate} from '../src/article/plugin.js'
import {paragraphRole} from '../src/article/roles.js'

const texts = (text: string) => paragraphSpans(text).map(({start, end}) => text.slice(start, end))

describe('paragraphs', () => {
  it('treats each line of scraped copy as a paragraph, so a headline is never glued to the next sentence', () => {
    expect(texts('India and Japan Deepen Ties\nThe ministers met on Monday.\n\nThey agreed.')).toEqual([
      'India and Japan Deepen Ties',
      'The ministers met on Monday.',
      'They agreed.'
    ])
  })

  it('joins hard-wrapped lines into blank-line paragraphs', () => {
    const wrapped =
      'The two ministers met in New Delhi on Monday and agreed\nto expand joint exercises across the region, officials\nsaid after the talks ended.\n\nA second paragraph follows here.'
    expect(texts(wrapped)).toHaveLength(2)
  })
})

describe('plain-text parser', () => {
  it('keeps the whole text and exact positions across lines', () => {
    const text = ' date 2025-05-05 Left Menu\r\n\r\nHeadline Here\nFirst sentence. Second one.\n'
    const tree = parsePlainText(text)
    expect(toString(tree)).toBe(text)
    const article = annotate(tree, text)
    for (const word of article.words) expect(text.slice(word.start, word.end)).toBe(word.text)
    const second = article.sentences.find((sentence) => sentence.text === 'Second one.')!
    expect(article.point(second.start)).toEqual({line: 4, column: 17, offset: second.start})
    expect(article.paragraphs.map((paragraph) => paragraph.text)).toEqual(['date 2025-05-05 Left Menu', 'Headline Here', 'First sentence. Second one.'])
  })

  it('marks the first word of each sentence and strips possessives', () => {
    const text = 'Japan’s minister arrived. Nakatani spoke.'
    const article = annotate(parsePlainText(text), text)
    expect(article.words.map((word) => [word.stem, word.initial])).toEqual([
      ['Japan', true],
      ['minister', false],
      ['arrived', false],
      ['Nakatani', true],
      ['spoke', false]
    ])
  })

  it('keeps abbreviations such as “Mr.” and “Dr.” inside their sentence', () => {
    const text = 'Mr. Gen Nakatani met Dr. S. Jaishankar in Delhi. They talked.'
    expect(annotate(parsePlainText(text), text).sentences.map((sentence) => sentence.text)).toEqual([
      'Mr. Gen Nakatani met Dr. S. Jaishankar in Delhi.',
      'They talked.'
    ])
  })
})

describe('paragraph roles', () => {
  it.each([
    ['India and Japan Deepen Defence Ties Amid Unified Stand Against Terrorism', 'heading'],
    ['By: Amb Gurjit Singh', 'byline'],
    ['DSA Correspondent', 'byline'],
    ['The Raksha Mantri called for a united front. Image Credit: Twitter(@PIB_India)', 'caption'],
    ['- Joint Military Exercises: drills were discussed.', 'list-item'],
    ['  • Enhancing joint military exercises and staff talks.', 'list-item'],
    ['The ministers reviewed ongoing defence and security cooperation.', 'body'],
    ['India and Japan share a historical camaraderie, which took a strategic leap forward in 2014', 'body']
  ])('%s → %s', (text, role) => {
    expect(paragraphRole(text)).toBe(role)
  })
})
