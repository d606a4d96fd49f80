import {defineRule} from '../../src/rule.js'
import {generalEnglish} from '../../src/model/general-english.js'

/** Words that are correctly doubled in English ("had had", "that that"). */
const doubledOnPurpose = new Set(['had', 'that', 'is', 'do', 'bye', 'no', 'ha', 'knock', 'very', 'so', 'far'])

export default defineRule({
  meta: {
    id: 'repeated-word',
    description: 'The same word twice in a row (“the the”), including across a line break and after an editor’s brackets (“[like] like”).',
    defaultSeverity: 'warning',
    fixable: true
  },

  check({article, report}) {
    const {words, text} = article
    for (let index = 1; index < words.length; index++) {
      const first = words[index - 1]
      const second = words[index]
      // Lengths first: lower-casing every pair of a 2 MB article costs more than the rest of the rule.
      if (first.text.length !== second.text.length || first.text.toLowerCase() !== second.text.toLowerCase() || !/\p{L}/u.test(first.text)) continue
      const between = text.slice(first.end, second.start)
      // A word an editor set in brackets, already there after them: “almost [like] like a superhero”.
      if (text[first.start - 1] === '[' && /^\][ \t]+$/u.test(between)) {
        report({reason: `“[${first.text}] ${second.text}”: the word set in brackets is already there after them; keep one.`, start: first.start - 1, end: second.end, expected: [second.text]})
        continue
      }
      // Only white space between them, and no paragraph break.
      if (!/^[ \t]*(?:\r?\n[ \t]*)?$/.test(between)) continue
      // Across a line break, a line wrapped mid-sentence (“a member of the” / “the Rifles regiment”), not a new line
      // that opens with a capital a sentence of its own: a wire's sign-off over the agency's blurb (“-- BERNAMA” /
      // “BERNAMA provides …”).
      if (between.includes('\n') && second.initial && /^\p{Lu}/u.test(second.text)) continue
      if (doubledOnPurpose.has(first.text.toLowerCase())) continue
      // "Bora Bora", "Sirhan Sirhan": a capitalised pair mid-sentence is a name; at a sentence's start too, when
      // general English does not know the word (“Wakka Wakka man and … Officer Cadet Thomas Boase”), unlike “The The”.
      if (/^\p{Lu}/u.test(second.text) && (!first.initial || generalEnglish().id(first.text.toLowerCase()) === undefined)) continue
      // A name's last word mid-sentence, then the same word in small letters: the common noun after the name
      // (“the Headquarters and Service Company company commander”).
      if (!first.initial && /^\p{Lu}/u.test(first.text) && /^\p{Ll}/u.test(second.text)) continue
      // A sound written as heard, a word said three times or one general English does not know (“the snap snap snap of
      // rifles”, “birrit birrit”): the writer's, not a word typed twice.
      const third = words[index + 1]
      const lower = first.text.toLowerCase()
      if ((third !== undefined && third.text.toLowerCase() === lower && /^[ \t]+$/.test(text.slice(second.end, third.start))) || (index >= 2 && words[index - 2].text.toLowerCase() === lower) || generalEnglish().id(lower) === undefined) continue
      report({
        reason: `“${first.text}” is repeated.`,
        start: first.start,
        end: second.end,
        expected: [first.text]
      })
    }
  }
})
