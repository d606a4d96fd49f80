import {readFileSync, readdirSync} from 'node:fs'
import path from 'node:path'
import fc from 'fast-check'
import {describe, expect, it} from 'vitest'
import {lint} from '../src/index.js'
import {applyFixes} from '../src/fix.js'
import {packageRoot} from '../src/paths.js'

// Property-based tests over the whole processor, with a fixed seed. npm test
// runs a short pass; `npm run test:fuzz` runs ten times as many cases (about
// a minute), and FUZZ_RUNS and FUZZ_SEED change the run.
const runs = Number(process.env.FUZZ_RUNS ?? 25)
const seed = Number(process.env.FUZZ_SEED ?? 20261201)

// Lines of real copy and furniture to mix: the seeds and the real-copy set.
const corpusLines = readdirSync(path.join(packageRoot, 'corpus'))
  .filter((name) => name.endsWith('.txt'))
  .flatMap((name) => readFileSync(path.join(packageRoot, 'corpus', name), 'utf8').split('\n'))
  .filter(Boolean)
const realFolder = path.join(packageRoot, 'corpus', 'real', 'clean')
const realLines = readdirSync(realFolder)
  .slice(0, 40)
  .flatMap((name) => readFileSync(path.join(realFolder, name), 'utf8').split('\n'))
  .filter(Boolean)

/** Characters that break naive text code: combining marks, right-to-left text, emoji, zero-width and control characters, lone surrogates. */
const hostile = fc.constantFrom('\u0301', '\u200b', '\u200d', '\u202e', '\u0645\u0631\u062d\u0628\u0627', '👩‍✈️', '\ud800', '\udc00', '\u0000', '\u0007', '\r', '\t', '“', '”', '"', '(', ')', '—', 'ﬁ', 'İ', '\u00a0')

const fragment = fc.oneof(
  fc.constantFrom(...corpusLines),
  fc.constantFrom(...realLines),
  fc.string({unit: 'grapheme', maxLength: 60}),
  fc.string({unit: 'binary', maxLength: 40}),
  hostile
)

/** An article: lines and fragments, glued or broken at random. */
const article = fc.array(fc.tuple(fragment, fc.constantFrom('\n', '\n\n', ' ', '', '\r\n')), {maxLength: 12}).map((parts) => parts.map(([text, joint]) => text + joint).join(''))
const format = fc.constantFrom('draft.txt', 'draft.md', 'draft.html')

interface Place {
  start: {offset?: number}
  end: {offset?: number}
}

describe('the processor on any input (fast-check)', () => {
  it('never throws; every message lies inside the file and names the text it covers; linting is deterministic', async () => {
    await fc.assert(
      fc.asyncProperty(article, format, async (text, name) => {
        const [first] = await lint({path: name, value: text}, {detectConfig: false})
        const [second] = await lint({path: name, value: text}, {detectConfig: false})
        const describe = (file: typeof first) => file.messages.map((message) => `${message.ruleId} ${JSON.stringify(message.place)} ${message.reason}`)
        expect(describe(second)).toEqual(describe(first))
        for (const message of first.messages) {
          expect(message.source).toBe('copydesk')
          const place = message.place as Place
          const start = place.start.offset ?? -1
          const end = place.end.offset ?? -1
          expect(start, message.reason).toBeGreaterThanOrEqual(0)
          expect(end, message.reason).toBeGreaterThanOrEqual(start)
          expect(end, message.reason).toBeLessThanOrEqual(text.length)
          if (name.endsWith('.txt')) expect(message.actual, `${message.ruleId}: ${message.reason}`).toBe(text.slice(start, end))
        }
      }),
      {numRuns: runs, seed}
    )
  }, 120_000)

  it('--fix adds no error and keeps the text the fixes do not touch', async () => {
    await fc.assert(
      fc.asyncProperty(article, async (text) => {
        const [file] = await lint({path: 'draft.txt', value: text}, {detectConfig: false})
        const {text: fixed} = applyFixes(text, file.messages)
        const [again] = await lint({path: 'draft.txt', value: fixed}, {detectConfig: false})
        const errors = (messages: typeof file.messages) => messages.filter((message) => message.fatal === true).length
        expect(errors(again.messages)).toBeLessThanOrEqual(errors(file.messages))
        // Every word that survives is in the original, in order: fixes delete and restore spaces, never invent.
        const words = (value: string) => value.split(/\s+/).filter(Boolean)
        expect(fixed.length).toBeLessThanOrEqual(text.length + file.messages.length * 40)
        expect(words(fixed).length).toBeLessThanOrEqual(words(text).length + file.messages.length)
      }),
      {numRuns: runs, seed}
    )
  }, 120_000)
})
