import {describe, expect, it} from 'vitest'
import {unified} from 'unified'
import retextEnglish from 'retext-english'
import retextReadability from 'retext-readability'
import {toString} from 'nlcst-to-string'
import type {Root, Sentence} from 'nlcst'
import {VFile} from 'vfile'
import {formulasAbove} from '../rules/readability/formulas.js'
// @ts-expect-error: untyped script module
import {cleanArticles} from '../scripts/real-copy.js'

/** Every sentence of the real clean copy with at least `minWords` words, as retext-english parses it. */
function realSentences(minWords: number): Sentence[] {
  const parser = unified().use(retextEnglish)
  const sentences: Sentence[] = []
  for (const {text} of cleanArticles() as Array<{text: string}>) {
    const tree = parser.parse(text) as Root
    for (const paragraph of tree.children) {
      if (paragraph.type !== 'ParagraphNode') continue
      for (const sentence of paragraph.children) {
        if (sentence.type === 'SentenceNode' && sentence.children.filter((child) => child.type === 'WordNode').length >= minWords) sentences.push(sentence)
      }
    }
  }
  return sentences
}

/** How many formulas retext-readability puts above `age`, read from its message (the smallest threshold makes it speak whenever one formula does). */
function retextVerdict(sentence: Sentence, age: number): number {
  const file = new VFile()
  const check = retextReadability({age, threshold: Number.MIN_VALUE, minWords: 0}) as (tree: Root, file: VFile) => void
  check({type: 'RootNode', children: [{type: 'ParagraphNode', children: [sentence]}]}, file)
  const reason = file.messages[0]?.reason
  if (reason === undefined) return 0
  return /all \d+/.test(reason) ? 7 : Number(/(\d+) out of/.exec(reason)?.[1])
}

describe('readability formulas', () => {
  // The rule counts for itself, for speed; it must say what retext-readability
  // says of the same words, sentence by sentence, on copy nobody here wrote.
  const sentences = realSentences(20)

  it('has real sentences to compare', () => {
    expect(sentences.length).toBeGreaterThan(500)
  })

  it.each([16, 24])('agrees with retext-readability on every real sentence at a reading age of %i', (age) => {
    const disagreements = sentences.flatMap((sentence) => {
      const words = sentence.children.filter((child) => child.type === 'WordNode').map((word) => toString(word))
      const ours = formulasAbove(words, age).above
      const theirs = retextVerdict(sentence, age)
      return ours === theirs ? [] : [`${ours} vs ${theirs}: ${toString(sentence)}`]
    })
    expect(disagreements).toEqual([])
  })
})
