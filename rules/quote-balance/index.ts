import {defineRule} from '../../src/rule.js'
import {furnitureRoles} from '../../src/article/types.js'
import type {Finding} from '../../src/types.js'
import {straightQuoteRole} from '../../src/text/quotes.js'

interface Mark {
  offset: number
  char: string
  /** A reversed opening mark, reported where it stands: left open, it is not reported again. */
  reported?: boolean
}

const pairs: Record<string, string> = {'“': '”', '(': ')', '[': ']', '{': '}'}
const closers: Record<string, string> = {'”': '“', ')': '(', ']': '[', '}': '{'}
const names: Record<string, string> = {
  '“': 'opening quotation mark',
  '”': 'closing quotation mark',
  '(': 'opening bracket',
  ')': 'closing bracket',
  '[': 'opening square bracket',
  ']': 'closing square bracket',
  '{': 'opening brace',
  '}': 'closing brace'
}

export default defineRule({
  meta: {
    id: 'quote-balance',
    description: 'Quotation marks and brackets that open without closing, or close without opening, in a paragraph.',
    defaultSeverity: 'error'
  },

  check({article, report}) {
    // Marks in the markup (an attribute's quotes, a link's brackets) are none of the article's.
    const {paragraphs, prose: text} = article
    // Each paragraph's next one that is no line of the page nor a crosshead: a photo's caption, or a crosshead the page
    // set in (BBC: “Support roles”), may stand between a quotation's paragraphs. (Found in one pass from the end, so a
    // page of many such lines stays linear.)
    const nextOfStory: number[] = new Array(paragraphs.length)
    for (let index = paragraphs.length - 1, next = paragraphs.length; index >= 0; index--) {
      nextOfStory[index] = next
      if (!furnitureRoles.has(paragraphs[index].role) && paragraphs[index].role !== 'heading') next = index
    }
    const found = paragraphs.map((paragraph, index) => {
      const next = paragraphs[nextOfStory[index]]
      // A quotation that runs over several paragraphs leaves each open and
      // reopens the next one, by the usual convention.
      // (A closing mark turned the wrong way before a word reopens it too: see `unbalanced`.)
      const continues = next !== undefined && /^\s*(?:[-•*]\s*)?(?:["“]|”(?=[\p{L}\p{N}]))/u.test(next.text)
      return [...unbalanced(text, paragraph.start, paragraph.end, continues)]
    })
    // Some outlets run a quotation over paragraphs without reopening it: an
    // open quote whose paragraph ends inside it, closed in the next
    // paragraph or the one after, is one quotation, not two mistakes.
    found.forEach((findings, index) => {
      const unclosed = findings.find((finding) => finding.kind === 'unclosed-quote')
      if (!unclosed || unclosed.attributed) return
      for (const later of found.slice(index + 1, index + 3)) {
        const closing = later.find((finding) => finding.kind === 'unopened-quote')
        if (closing) {
          findings.splice(findings.indexOf(unclosed), 1)
          later.splice(later.indexOf(closing), 1)
          return
        }
        if (later.length > 0) return
      }
    })
    for (const finding of found.flat()) report(finding)
    // An apostrophe typed as an opening single quotation mark, between two letters (“Ship‘s”): the
    // word processor turned it the wrong way, and a reader sees a quotation open.
    // Found by the character itself: most articles have none, and a pattern with lookarounds is tried at every character.
    for (let at = text.indexOf('‘'); at >= 0; at = text.indexOf('‘', at + 1)) {
      if (!/\p{L}/u.test(text[at - 1] ?? '') || !/\p{L}/u.test(text[at + 1] ?? '')) continue
      const word = /[\p{L}‘’'-]*$/u.exec(text.slice(Math.max(0, at - 30), at))![0] + /^[\p{L}‘’'-]*/u.exec(text.slice(at, at + 30))![0]
      report({
        reason: `“${word}”: the apostrophe is an opening quotation mark (‘); inside a word it is ’.`,
        start: at,
        end: at + 1,
        expected: ['’']
      })
    }
    for (const paragraph of paragraphs) for (const finding of unpairedSingle(text, paragraph.start, paragraph.end)) report(finding)
    // Two apostrophes typed for one mark: inside a word for its apostrophe (“India''s”), before or after a quotation
    // for its mark (ITV: “''Primarily though," he said”; “… in pipeline,'' said Abhishek Sahu”). Not in a text set as
    // a typewriter sets quotations, ``so'', where the pair is the closing mark of a backquote's opening one.
    if (text.includes("''") && !text.includes('``')) {
      for (const found of text.matchAll(/''/gu)) {
        const at = found.index
        const before = text[at - 1] ?? ' '
        const after = text[at + 2] ?? ' '
        if (before === "'" || after === "'") continue
        const inWord = /\p{L}/u.test(before) && /\p{L}/u.test(after)
        if (!inWord && !(/[\s(\[]/u.test(before) && /[\p{L}\p{N}]/u.test(after)) && !(/[\p{L}\p{N}.,!?]/u.test(before) && /[\s)\].,;:]/u.test(after))) continue
        report({
          reason: inWord ? 'Two apostrophes stand where one belongs.' : 'Two apostrophes stand for a quotation mark: use one double quotation mark.',
          start: at,
          end: at + 2,
          expected: [inWord ? "'" : '"']
        })
      }
    }
  }
})

/**
 * Single quotation marks that lost their pair, in a paragraph:
 * - an opening mark typed as a closing one, before a word, with its closing
 *   mark after a later word (“’Sarva Dharma Samabhava’”): reported with ‘ as
 *   the fix. A closing mark before a word with none after is a letter left
 *   out of speech (“’til”, “’em”), and stays;
 * - a closing mark after a name, with no opening mark before it (“the
 *   indigenous Kusha’ Long-Range Surface-to-Air Missile”). After a word that
 *   ends in s the mark is a plural's apostrophe (“Commanders’”), after “-in”
 *   a dropped g (“Screamin’ Indians”); after a word in small letters it may be
 *   a dropped letter of speech, and is left alone.
 * Found by the character itself: most paragraphs have none.
 */
function* unpairedSingle(text: string, start: number, end: number): Generator<Finding> {
  let open = false
  for (let at = text.indexOf('’', start); at >= 0 && at < end; at = text.indexOf('’', at + 1)) {
    const before = text[at - 1] ?? ''
    const after = text[at + 1] ?? ''
    if (at === start || /[\s“"(]/u.test(before)) {
      // Before a word: a reversed opening mark if a closing one follows after a word in the paragraph.
      if (!open && /\p{L}/u.test(after) && closingAfter(text, at + 1, end)) {
        open = true
        yield {reason: 'This opening single quotation mark is turned the wrong way (’): an opening mark is ‘.', start: at, end: at + 1, expected: ['‘']}
      }
      continue
    }
    if (!closesWord(text, at, end)) continue
    if (open) {
      open = false
      continue
    }
    const word = /\p{Lu}[\p{L}-]*$/u.exec(text.slice(Math.max(start, at - 40), at))?.[0]
    if (!word || /[sSzZxX]$|in$/u.test(word) || /\p{L}/u.test(text[at - word.length - 1] ?? '')) continue
    // An opening single mark before it in the paragraph (curly, a backquote, or straight before a word) pairs with it.
    if (/‘|`|(?:^|[\s(“"])'\p{L}/u.test(text.slice(start, at))) continue
    yield {
      reason: `“${word}’”: this closing single quotation mark has no opening one (‘) before it in the paragraph; if it is an apostrophe, its s is missing.`,
      start: at,
      end: at + 1
    }
  }
}

/** Whether a closing single mark (`closesWord`) stands between `from` and `end`. */
function closingAfter(text: string, from: number, end: number): boolean {
  for (let at = text.indexOf('’', from); at >= 0 && at < end; at = text.indexOf('’', at + 1)) if (closesWord(text, at, end)) return true
  return false
}

/** Whether the ’ at `at` closes a word: a letter before it, and the paragraph's end, a space, a stop or a closing mark after it. */
function closesWord(text: string, at: number, end: number): boolean {
  return /\p{L}/u.test(text[at - 1] ?? '') && (at + 1 >= end || /[\s,.;:!?)”"]/u.test(text[at + 1]))
}

type Unbalanced = Finding & {
  kind: 'unclosed-quote' | 'unopened-quote' | 'bracket' | 'spaced-open' | 'spaced-close' | 'reversed-open' | 'reversed-close' | 'doubled-open'
  /** An unclosed quotation that runs into its own attribution (`attributionAtEnd`): it lost its closing mark, whatever the next paragraphs hold. */
  attributed?: boolean
}

/**
 * The paragraph's last clause gives who spoke, after a comma: “…, Commander
 * Pincombe said.”, “…, he said.”, “…, said Lt. Col. Jane Doe.”. A quotation
 * left open up to there lost its closing mark before the comma: one that runs
 * on into the next paragraph never ends in its own attribution.
 */
const attributionAtEnd =
  /,\s+(?:(?:(?:[A-Z][\p{L}.'’-]*|the|of)\s+){1,7}|(?:he|she|they|officials)\s+)(?:said|says|added|adds|explained|noted|stated|told\s+[\p{L} ]{1,40})\.?\s*$|,\s+(?:said|says|added|adds)\s+(?:[A-Z][\p{L}.'’-]*,?\s+){1,7}[\p{L}.,'’ -]{0,80}\.\s*$/u

/** A verb that tells who spoke, right after a closing quotation mark: “said”, “added”. */
const speechVerbAfter = /^(?:said|says|added|adds|asked|explained|noted|told|stated)\b/u
/** A speaker's name and a verb of speech after a space, the sentence's end: “ Stramel said.”, “ Lt. Col. Ann Smith said.” */
const speakerThenVerb = /^[ \t]+(?:\p{Lu}[\p{L}.'’-]*[ \t]+){1,4}(?:said|says|added|explained|noted|stated)[.,]/u

function* unbalanced(text: string, start: number, end: number, quoteContinues: boolean): Generator<Unbalanced> {
  // The marks still open, one stack per kind: a closer pairs with the last opener of its kind, in
  // constant time however many of another kind stay open (“( … ” ( … ””).
  const open = new Map<string, Mark[]>()
  // Only the marks are looked at: a regular expression finds them faster than a loop over every character. It reads
  // the paragraph alone: run over the text from the paragraph's start, it read on to the next mark wherever that was,
  // the rest of the article for each paragraph with none (16,000 lines without a mark took 5.5 s, the square of them).
  const paragraph = text.slice(start, end)
  // A straight quote with a space either side and no quotation open, before a word: a stray mark, or an
  // opening one with a space typed after it (“…said David Malone, " But I am…”). A closing mark with no
  // opening one later in the paragraph tells which.
  let spacedOpen: number | undefined
  // Where two apostrophes open a quotation in the paragraph, if anywhere: looked for once, not before each mark.
  const doubledAt = paragraph.includes("''") ? /(?:^|[\s(\[])''[\p{L}\p{N}]/u.exec(paragraph) : null
  const doubledApostrophes = doubledAt ? start + doubledAt.index : -1
  marks.lastIndex = 0
  for (let found = marks.exec(paragraph); found; found = marks.exec(paragraph)) {
    const offset = start + found.index
    // A straight closing mark typed after the space instead of before it, with a quotation open: after the
    // quotation's last comma or stop and before the verb that tells who spoke (“…second Western Pacific deployment,
    // "said Cmdr. Stephan G. Mack”). Read as an opening mark, it would leave two quotations open.
    // So is one with a space before it and after it, the sentence going on (“…to change or misfortune. " As Air
    // Force District of Washington Wingmen, …”).
    // And one typed after a space where the comma was left out, before the speaker and the verb (“…ruled by Japan or
    // Germany " Stramel said.”): the quotation ends there, its comma is missing.
    if (text[offset] === '"' && (open.get('“')?.length ?? 0) > 0 && /\p{L} $/u.test(text.slice(offset - 2, offset)) && speakerThenVerb.test(text.slice(offset + 1, offset + 60))) {
      yield {
        kind: 'spaced-close',
        reason: 'This closing quotation mark stands after a space, and the comma before it is missing: it belongs right after the last word of the quotation, with a comma before it.',
        start: offset - 1,
        end: offset + 1,
        expected: [',"']
      }
      open.get('“')!.pop()
      continue
    }
    if (text[offset] === '"' && (open.get('“')?.length ?? 0) > 0 && /[,.!?] $/u.test(text.slice(offset - 2, offset))) {
      const verbAfter = speechVerbAfter.test(text.slice(offset + 1, offset + 12))
      if (verbAfter || /\s/u.test(text[offset + 1] ?? ' ')) {
        yield {
          kind: 'spaced-close',
          reason: verbAfter
            ? 'This closing quotation mark stands after the space instead of before it: it belongs right after the last word of the quotation, with the space after it.'
            : 'A space stands before this closing quotation mark: it belongs right after the last word of the quotation.',
          start: offset - 1,
          end: offset + 1,
          expected: [verbAfter ? '" ' : '"']
        }
        open.get('“')!.pop()
        continue
      }
    }
    // A straight mark right after an opening curly one, before a word (CBC: “"The army bomb disposal team removed …”):
    // the quotation opened twice. The straight mark goes; the curly one stays open for its closing mark.
    if (text[offset] === '"' && text[offset - 1] === '“' && open.get('“')?.at(-1)?.offset === offset - 1 && /[\p{L}\p{N}]/u.test(text[offset + 1] ?? '')) {
      yield {kind: 'doubled-open', reason: 'This quotation opens twice: a straight mark right after the opening mark “; delete the straight one.', start: offset, end: offset + 1, expected: ['']}
      continue
    }
    const char = classify(text, offset, start, end, (open.get('“')?.length ?? 0) > 0)
    if (!char) {
      if (text[offset] === '"' && !(open.get('“')?.length ?? 0) && /^[ \t]+[\p{L}\p{N}]/u.test(text.slice(offset + 1, Math.min(end, offset + 10)))) spacedOpen = offset
      continue
    }
    // A closing mark where a quotation opens, with no quotation open: after a space, a colon or at the paragraph's
    // start, before a word or an editor's bracket (“sent our boys ”thrice armed” to war”, 1920; “said:”The deploying
    // troops …”, “”[The United States] wants to show …”). The word processor turned it the wrong way; it is reported
    // here, with its fix, and opens the quotation the next closing mark ends.
    if (char === '”' && text[offset] === '”' && !(open.get('“')?.length ?? 0) && (offset === start || /[\s([—–:]/u.test(text[offset - 1])) && /[\p{L}\p{N}[]/u.test(text[offset + 1] ?? '')) {
      yield {
        kind: 'reversed-open',
        reason: 'This closing quotation mark opens a quotation: it is turned the wrong way; the opening mark is “.',
        start: offset,
        end: offset + 1,
        expected: ['“']
      }
      open.set('“', [{offset, char: '“', reported: true}])
      continue
    }
    // An opening mark before a space, with a quotation open, closes it (“…our employees, “ said Lt. Col. Gibbons”):
    // a quotation opens on its first word, never on a space. It is reported with the space before it, if any.
    if (char === '“' && text[offset] === '“' && (open.get('“')?.length ?? 0) > 0 && /\s/u.test(text[offset + 1] ?? ' ')) {
      const space = spaceBefore(text, start, offset)
      yield {
        kind: 'reversed-close',
        reason: `This opening quotation mark closes the quotation: it is turned the wrong way${space > 0 ? ', and a space stands before it' : ''}; the closing mark is ”.`,
        start: offset - space,
        end: offset + 1,
        expected: ['”']
      }
      open.get('“')!.pop()
      continue
    }
    if (pairs[char]) {
      const stack = open.get(char)
      if (stack) stack.push({offset, char})
      else open.set(char, [{offset, char}])
      continue
    }
    const opener = closers[char]
    if (open.get(opener)?.pop()) {
      // A straight quote closing after a space (“…the offending transmitter. "”): the quotation is whole, but the mark stands apart.
      // (Not after a closing single mark: a space parts the two marks, as AP sets them, “he said, 'I might.' "”.)
      const space = text[offset] === '"' ? spaceBefore(text, start, offset) : 0
      if (space > 0 && !"'’".includes(text[offset - space - 1])) {
        yield {
          kind: 'spaced-close',
          reason: 'A space stands before this closing quotation mark: it belongs right after the last word of the quotation.',
          start: offset - space,
          end: offset + 1,
          expected: ['"']
        }
      }
      continue
    }
    if (char === ')' && listMarker.test(text.slice(Math.max(start, offset - 6), offset))) continue
    if (char === '”' && text[offset] === '"' && spacedOpen !== undefined) {
      const space = /^[ \t]+/.exec(text.slice(spacedOpen + 1))![0].length
      yield {
        kind: 'spaced-open',
        reason: 'A space stands after this opening quotation mark: it belongs right before the first word of the quotation.',
        start: spacedOpen,
        end: spacedOpen + 1 + space,
        expected: ['"']
      }
      spacedOpen = undefined
      continue
    }
    // (A quotation opened with two apostrophes, “''Primarily though," he said”, is reported at its opening.)
    if (char === '”' && doubledApostrophes >= 0 && doubledApostrophes < offset) continue
    yield {
      kind: char === '”' ? 'unopened-quote' : 'bracket',
      reason: `This ${names[char]} has no ${names[opener]} before it in the paragraph; readers cannot tell where the ${opener === '“' ? 'quotation' : 'aside'} starts.`,
      start: offset,
      end: offset + 1,
      note: 'Add the missing mark where the quoted or bracketed words begin, or delete this one.'
    }
  }
  for (const mark of [...open.values()].flat().sort((a, b) => a.offset - b.offset)) {
    if (mark.reported) continue
    const attribution = mark.char === '“' ? attributionAtEnd.exec(text.slice(mark.offset + 1, end)) : null
    if (attribution) {
      const comma = mark.offset + 1 + attribution.index
      const speaker = attribution[0].slice(1).trim().replace(/\.$/u, '')
      yield {
        kind: 'unclosed-quote',
        attributed: true,
        reason: `This quotation is never closed: it runs on into who said it (“${speaker}”). Close it after the comma.`,
        start: comma,
        end: comma + 1,
        expected: [text[comma] + '”']
      }
      continue
    }
    if (mark.char === '“' && quoteContinues) continue
    yield {
      kind: mark.char === '“' ? 'unclosed-quote' : 'bracket',
      reason: `This ${names[mark.char]} is never closed in the paragraph.`,
      start: mark.offset,
      end: mark.offset + 1,
      note: `Add the ${names[pairs[mark.char]]} where the quoted or bracketed words end, or delete this one.`
    }
  }
}

/** How many spaces or tabs stand just before `offset` (at most eight, and not before the paragraph's `start`). */
function spaceBefore(text: string, start: number, offset: number): number {
  return /[ \t]*$/.exec(text.slice(Math.max(start, offset - 8), offset))![0].length
}

const marks = /["“”()[\]{}]/g

/** “1)”, “b)”, “iv)” opening a list entry: a closing bracket with no partner that is not a mistake. */
const listMarker = /(?:^|\s)(?:\d{1,2}|[a-zA-Z]|[ivx]{1,4})$/

/**
 * The role of a character as a mark, or undefined. Straight double quotes are
 * read as opening or closing from the characters around them and whether a
 * quotation is open; inch marks (12", 6”) are not marks.
 */
function classify(text: string, offset: number, paragraphStart: number, paragraphEnd: number, quoteOpen: boolean): string | undefined {
  const char = text[offset]
  if (char === '"') {
    const role = straightQuoteRole(text, offset, paragraphStart, quoteOpen, paragraphEnd)
    return role === 'open' ? '“' : role === 'close' ? '”' : undefined
  }
  if (char === '”' && !quoteOpen && offset > paragraphStart && /\d/.test(text[offset - 1])) return undefined
  return char in pairs || char in closers ? char : undefined
}
