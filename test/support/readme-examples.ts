import {readFileSync} from 'node:fs'

export interface Example {
  kind: 'fires' | 'silent'
  input: string
  /** For `fires`: the lines of the ```messages block that follows. */
  messages: string[]
  line: number
  /** The house spelling the example is linted in, when its block names one (“```txt silent en-AU”); else the default. */
  dialect?: 'en-GB' | 'en-US' | 'en-AU'
}

/**
 * Examples in a rule's README: a ```txt fires block followed by a
 * ```messages block, or a ```txt silent block, either perhaps naming the
 * house spelling it is linted in (```txt silent en-AU). The docs are the tests.
 */
export function readmeExamples(file: string): Example[] {
  const text = readFileSync(file, 'utf8')
  const blocks = [...text.matchAll(/^```([^\n]*)\n([\s\S]*?)^```$/gm)].map((match) => ({
    info: match[1].trim(),
    body: match[2].replace(/\n$/, ''),
    line: text.slice(0, match.index).split('\n').length
  }))
  const examples: Example[] = []
  blocks.forEach((block, index) => {
    const [info, dialect] = block.info.split(/ (?=en-)/) as [string, Example['dialect']]
    if (info === 'txt fires') {
      const next = blocks[index + 1]
      if (next?.info !== 'messages') throw new Error(`${file}:${block.line}: a “txt fires” block needs a “messages” block after it`)
      examples.push({kind: 'fires', input: block.body, messages: next.body.split('\n').filter(Boolean), line: block.line, dialect})
    } else if (info === 'txt silent') {
      examples.push({kind: 'silent', input: block.body, messages: [], line: block.line, dialect})
    }
  })
  return examples
}
