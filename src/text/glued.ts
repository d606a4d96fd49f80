import {characterReference} from './character-reference.js'
import {inStockTicker} from './stock-ticker.js'

/** A spacing slip or a run-on found in a paragraph's text: where it is, as written and put right, and why. */
export interface SpacingFinding {
  start: number
  end: number
  actual: string
  fixed: string
  reason: string
}

/** Capitalised words that open sentences: a word glued in front of one was glued by a scraper. */
const sentenceStarters = new Set(['The', 'A', 'An', 'In', 'On', 'At', 'For', 'With', 'By', 'From', 'To', 'This', 'That', 'These', 'Those', 'It', 'He', 'She', 'They', 'We', 'Our', 'His', 'Her', 'Its', 'Their', 'As', 'But', 'And', 'After', 'During', 'Meanwhile', 'However'].concat(
  // A number spelled out opens a sentence, as house styles require (“planeTwo fighter jets crashed”); not “One”, which brands end with.
  ['Two', 'Three', 'Four', 'Five', 'Six', 'Seven', 'Eight', 'Nine', 'Ten'],
  // A rank or an office opens a name (“Flag Officer Commanding Eastern FleetRear Admiral Sanjay …”).
  ['Rear', 'Vice', 'Admiral', 'General', 'Lieutenant', 'Major', 'Colonel', 'Brigadier', 'Captain', 'Commander', 'Commodore', 'Sergeant', 'Marshal', 'President', 'Minister', 'Secretary']
))

/** Determiners of three letters or more, capitalised: they open a noun phrase, never a camel-case word. */
const determiners = new Set(['The', 'This', 'These', 'Those', 'Their'])

/** How long a common plural must be to mark a name's end as words run together (`gluedWords`). */
const longPluralTail = 8

/** Short function words: two words run together usually end or start with one (“workersand”, “Newsfrom”). */
const joiners = new Set(['and', 'or', 'of', 'the', 'to', 'in', 'on', 'at', 'for', 'from', 'with', 'by', 'as', 'is', 'was', 'are', 'a', 'an', 'that', 'this'])

export interface WordEvidence {
  /** A common word (dictionary or newsroom list), in any case. */
  known(word: string): boolean
  /** Written as a word of its own elsewhere in the article. */
  elsewhere(word: string): boolean
  /** Written more than once in the article: a name is repeated, a slip seldom is. */
  repeated(word: string): boolean
  /** Whether general English often writes the two words side by side (“news from”, not “helm and”). */
  together(left: string, right: string): boolean
  /** Whether the two words are one person's given and family names in the newsroom's records (“Narendra”, “Modi”). */
  recordName?(left: string, right: string): boolean
}

/**
 * Where a scraper or a slip ran two words together, the two words; else
 * undefined. “QueenslandThe” → Queensland + The (a sentence opener after a
 * word), “workersand” → workers + and, “Newsfrom” → News + from,
 * “Haramterrorists” → Haram (a name the article uses) + terrorists,
 * “TheEastern” → The + Eastern (a determiner before a word),
 * “Newsfrom Japan” → News + from (a common word and a function word),
 * “STORYCelebration” → STORY + Celebration (a word in capitals and a word). Brands
 * and names in camel case (YouTube, McDonald, DeSantis) stay whole: their
 * halves are not words the article uses apart, nor a sentence opener.
 */
export function gluedWords(word: string, evidence: WordEvidence, joinersOnly = false): string[] | undefined {
  // A word in capitals run into a capitalised word (“COVER STORYCelebration, trepidation”): a label or a
  // headline's last word run into the text. Brands and names that open in capitals do so with letters that
  // are no word (JPMorgan, NBCUniversal, PCWorld): the capitals here must make a word of four letters or more.
  const capitals = joinersOnly ? null : /^(\p{Lu}{4,})(\p{Lu}\p{Ll}{3,})$/u.exec(word)
  if (capitals && evidence.known(capitals[1].toLowerCase()) && evidence.known(capitals[2])) return [capitals[1], capitals[2]]
  const camel = /^(\p{L}*\p{Ll})(\p{Lu}\p{Ll}+)$/u.exec(word)
  // A determiner run into the word it governs (“TheEastern Naval Command”): no English word, and no
  // compound the word-formation rules would accept, opens so.
  if (camel && determiners.has(camel[1]) && (evidence.known(camel[2]) || evidence.elsewhere(camel[2]))) return [camel[1], camel[2]]
  if (camel && !joinersOnly) {
    const [, left, right] = camel
    // A person the records know, the space between the names lost (“NarendraModi”).
    if (evidence.recordName?.(left, right)) return [left, right]
    // A sentence opener of two letters ends brands too (LinkedIn, AddOn): three letters or more, or the article's evidence.
    const opener = sentenceStarters.has(right) && right.length >= 3
    if (left.length >= 2 && (evidence.known(left) || evidence.elsewhere(left)) && (opener || (evidence.elsewhere(left) && evidence.elsewhere(right)))) return [left, right]
    // Two long words in camel case are a scraper's glue (“RepublicBreaking”, “Expert OpinionMiddle East”, an
    // outlet's name or a label run into the next): brands join short words (PowerPoint, YouTube, BlackRock).
    if (left.length >= 6 && right.length >= 6 && evidence.known(left) && evidence.known(right)) return [left, right]
    // A word of three letters or more in lower case run into a capitalised one (“Iraqi townsBrightly colored”):
    // brands that open in lower case do so with a letter or two (iPhone, eBay, myGov).
    if (left.length >= 3 && /^\p{Ll}/u.test(left) && right.length >= 4 && evidence.known(left) && evidence.known(right)) return [left, right]
    // A function word or a longer common word in lower case run into a name (“killed inPanchagarh”, “her official
    // residenceGanobhaban”): brands that open in lower case do so with a letter or two, or a prefix (iPhone, eCommerce).
    if (/^\p{Ll}/u.test(left) && right.length >= 5 && ((joiners.has(left) && left.length >= 2) || (left.length >= 5 && evidence.known(left)))) return [left, right]
    // A common word in lower case run into names one after another, a tag list's (“ceasefire
    // violationPakistanPoonch”): each name of four letters or more.
    const chain = /^(\p{Ll}{5,})((?:\p{Lu}\p{Ll}{3,}){2,})$/u.exec(word)
    if (chain && evidence.known(chain[1])) return [chain[1], ...chain[2].split(/(?=\p{Lu})/u)]
    return gluedRun(word, evidence)
  }
  // A word run into an acronym after it (“IRGC in Major Naval DrillsIRGC”): a common word of five letters
  // or more, and three capitals or more, where brands join short words to two (PowerPC, OpenAI).
  const acronym = joinersOnly ? null : /^(\p{Lu}?\p{Ll}{4,})(\p{Lu}{3,})$/u.exec(word)
  if (acronym && evidence.known(acronym[1].toLowerCase())) return [acronym[1], acronym[2]]
  if (!joinersOnly && /\p{Ll}\p{Lu}/u.test(word)) return gluedRun(word, evidence)
  if (!/^\p{L}\p{Ll}+$/u.test(word) || word.length < 5) return undefined
  // A capitalised word is a name (Fallon, Helmand) unless its head is a name the article uses alone and its tail a real word.
  // Two common words under a capital are a nickname (“Redcocks”, “Warhawks”), however often “Red” stands alone.
  const name = /^\p{Lu}/u.test(word)
  // Only a lower-case word splits at a function word alone (below): a name's halves need the article's evidence.
  if (joinersOnly && name) return undefined
  // A name with a long plural run on (“Boko Haramterrorists”): names seldom end in a common plural of eight
  // letters or more (2 of the dictionary's 10,696 capitalised words do, both listed: “Confederates”).
  if (name) {
    for (let at = 3; at <= word.length - longPluralTail; at++) {
      const right = word.slice(at)
      if (/[^su]s$/u.test(right) && evidence.known(right)) return [word.slice(0, at), right]
    }
  }
  let best: [string, string] | undefined
  for (let at = 2; at <= word.length - 2; at++) {
    const left = word.slice(0, at)
    const right = word.slice(at)
    // A joiner at either end, or two content words of some length that the article or the dictionary knows.
    // A two-letter joiner at the end is too often a word's own ending (“talkin”, “Fallon”).
    const byJoiner = (joiners.has(right) && right.length >= 3) || joiners.has(left)
    // What the split needs of the article and the function words, asked first: the dictionary is the dear part.
    const possible = joinersOnly
      ? byJoiner
      : name
        ? joiners.has(right) || evidence.elsewhere(left)
        : byJoiner || (left.length >= 4 && right.length >= 4 && (evidence.elsewhere(left) || evidence.elsewhere(right)))
    if (!possible) continue
    if (!evidence.known(right) && !evidence.elsewhere(right)) continue
    if (!evidence.known(left) && !evidence.elsewhere(left)) continue
    // A name splits where its head is a name the article uses alone and its tail a word of some length,
    // or where a common word has a function word of three letters or more run on, once, and the two
    // often stand side by side (“Newsfrom”, “Defenceand”); not a name that ends that way (“Helmand”:
    // “helm and” is rare, and a name comes back in the article). Any other word: as `possible` says.
    const joined =
      !name ||
      (evidence.elsewhere(left) && !evidence.known(left.toLowerCase()) && right.length >= 4 && !joiners.has(right) && evidence.known(right)) ||
      (left.length >= 4 && evidence.known(left) && joiners.has(right) && right.length >= 3 && !evidence.repeated(word) && evidence.together(left, right))
    if (joined && (!best || joiners.has(right.toLowerCase()))) best = [left, right]
  }
  return best
}

/**
 * Several words run together with a change of case inside, as a scraper
 * leaves a slogan or a line of prose (“MakefortheWorld” → Make for the
 * World, “personnelonboardINS” → personnel on board INS): split at the case
 * changes, and each lower-case run into the fewest common words. Only when
 * every piece is a word, there are three pieces or more, and a function word
 * or an acronym is among them, or every piece is a capitalised word of four
 * letters or more (a menu's items): brands in camel case (YouTube,
 * PowerPoint) are two pieces with neither.
 */
function gluedRun(word: string, evidence: WordEvidence): string[] | undefined {
  if (word.length > 40) return undefined
  const runs = word.match(/\p{Lu}{2,}(?!\p{Ll})|\p{Lu}?\p{Ll}+|\p{Lu}/gu)
  if (!runs || runs.join('') !== word) return undefined
  const pieces: string[] = []
  for (const run of runs) {
    // A run of capitals is an acronym (INS, DRDO); a lone capital letter is no word.
    if (/^\p{Lu}{2,}$/u.test(run)) pieces.push(run)
    else {
      const words = fewestWords(run, evidence)
      if (!words) return undefined
      pieces.push(...words)
    }
  }
  // Or three capitalised words of four letters or more, each a word of its own: a menu's or a tag list's items
  // run together (“ExercisesGeopoliticsProtected”); brands join two (PowerPoint, BlackRock).
  const items = runs.length >= 3 && runs.every((run) => /^\p{Lu}\p{Ll}{3,}$/u.test(run))
  return pieces.length >= 3 && (items || pieces.some((piece) => joiners.has(piece.toLowerCase()) || /^\p{Lu}{2,}$/u.test(piece))) ? pieces : undefined
}

/** A run of letters as the fewest words, each a function word or a common word of three letters or more. */
function fewestWords(run: string, evidence: WordEvidence): string[] | undefined {
  const lower = run.toLowerCase()
  const best: Array<string[] | undefined> = [[]]
  for (let end = 1; end <= run.length; end++) {
    for (let start = Math.max(0, end - 24); start < end; start++) {
      const before = best[start]
      if (!before || (best[end] && best[end]!.length <= before.length + 1)) continue
      const piece = lower.slice(start, end)
      if (joiners.has(piece) || (piece.length >= 3 && evidence.known(piece))) best[end] = [...before, run.slice(start, end)]
    }
  }
  return best[run.length]
}

/**
 * A sentence run into the next with no space: “elements.Dr”, “cases.“Our”,
 * “2023 .The”, “on.But”, “area.A force”, “injured.BSF troops”,
 * “peace”.These”. Adds the [start, end) spans of the junction's words in
 * `text` with the spaced form to `found`.
 */
function gluedSentences(text: string, offset: number, isWord: (word: string) => boolean, found: SpacingFinding[]): void {
  // Find the stops with a capital right after them first (rare), then look back: one pass, no backtracking.
  // (Not an ellipsis: a quotation's omission may run on to the next sentence's first word, “the government…Our country”.)
  // A closing quotation mark after the stop, run into the next sentence, is the marks' check's (`marksRunOn`);
  // but pages that write ” for both marks open the next sentence's quotation with it (“air space.”The Birds
  // have landed,” he tweeted”), and a closing mark comes next.
  for (const stop of matchesOf(text, /[.!?](?=["“‘”]?\p{Lu})/gu)) {
    if (text[stop.index + 1] === '”' && !opensQuotation(text, stop.index + 2)) continue
    const opening = runOnOpening(text.slice(stop.index + 1, stop.index + 60))
    if (!opening) continue
    const right = opening.text
    // The whole word before the stop, a capital at its head too (“Swiftsure.Babcock”), ending in three small letters
    // or a closing quotation mark after them (“peace”.These”); or a number of two digits or more (“in December
    // 2022.Akufo-Addo’s”, “2019.TAUSEEF”); or a title's abbreviation before a word (“Lt.Col.Hendra”); or a common word of
    // two small letters (“on.But”, “Sea.It”), where an abbreviation's letters are no word (“Sqn.Ldr”). A number
    // is no sentence's end before “A” or “I” (“Section 10.A”).
    const before = text.slice(Math.max(0, stop.index - 40), stop.index)
    // (The last five characters are read for a title: a pattern run over all forty is tried at each.)
    const title = stop[0] === '.' && opening.kind === 'word' ? titleAbbreviation.exec(before.slice(-5))?.[1] : undefined
    const left =
      title ??
      /(?:\p{L}*\p{Ll}{3,}[”"’]?|(?<![\p{L}\p{N}])\p{Lu}?\p{Ll}{2}|(?<![\p{L}.,])\d{2,}\s?)$/u.exec(before)?.[0]
    if (!left || (/\d/u.test(left) && opening.kind === 'letter') || (/^\p{Lu}?\p{Ll}{2}$/u.test(left) && !isWord(left.toLowerCase()))) continue
    const start = stop.index - left.length
    // Links, e-mail addresses and file names keep their dots: the characters run on before the word tell (not
    // a word before a space: “Command XVIII/Kasuari, Lt.Col.Hendra”).
    if (/[@/]|www|https?:|\.\w*$/.test(/\S*$/u.exec(text.slice(Math.max(0, start - 12), start))![0])) continue
    const whole = text.slice(start, stop.index + 1 + right.length)
    const fixed = `${left.trimEnd()}${stop[0]} ${right}`
    if (fixed === whole) continue
    const reason = title
      ? `A space is missing after the abbreviation in “${whole}”: a title stands apart from the name it opens.`
      : `A space is missing between two sentences in “${whole}”: the page run them together.`
    found.push({start: offset + start, end: offset + start + whole.length, actual: whole, fixed, reason})
  }
}

/**
 * What opens the text run on after a stop or a colon: a capitalised word (“Dr”, after an opening quotation
 * mark ““Our”), “A” or “I” before a word (“A force”, “I saw”), or an acronym (“BSF troops”), but not a file's
 * extension (“report.PDF”) nor a part of an address (“sanomat.WAS@gov.fi”).
 */
function runOnOpening(rest: string): {kind: 'word' | 'letter' | 'acronym'; text: string} | undefined {
  const word = /^["“‘”]?\p{Lu}\p{Ll}+/u.exec(rest)?.[0]
  if (word) return {kind: 'word', text: word}
  const letter = /^[AI](?= \p{L})/u.exec(rest)?.[0]
  if (letter) return {kind: 'letter', text: letter}
  const acronym = /^\p{Lu}{2,8}(?![\p{L}\p{N}@_/-]|\.\S)/u.exec(rest)?.[0]
  return acronym && !fileExtensions.has(acronym) ? {kind: 'acronym', text: acronym} : undefined
}

/** Whether the text from `at` on, up to the paragraph's next curly double quotation mark, is a quotation that mark closes. */
function opensQuotation(text: string, at: number): boolean {
  const closing = text.indexOf('”', at)
  const opening = text.indexOf('“', at)
  return closing >= 0 && (opening < 0 || closing < opening)
}

/** Files' extensions in capitals, which follow a name's dot with no space (“report.PDF”). */
const fileExtensions = new Set(['PDF', 'DOC', 'DOCX', 'XLS', 'XLSX', 'PPT', 'PPTX', 'TXT', 'CSV', 'JPG', 'JPEG', 'PNG', 'GIF', 'TIF', 'TIFF', 'MOV', 'AVI', 'ZIP', 'EXE', 'HTM', 'HTML', 'XML', 'KMZ', 'KML'])

/** The abbreviations of ranks and titles that stand before a name, at the end of the text before a stop. */
const titleAbbreviation = /(?:^|\P{L})(Lt|Col|Gen|Maj|Brig|Capt|Cdr|Cmdr|Adm|Sgt|Cpl|Pvt|Mr|Mrs|Ms|Dr|Prof|Gov|Sen|Rep|Hon)$/u

/**
 * A number run into the word after it: a capitalised word after a number of
 * two digits or more, as a scraper joins a caption's date to its
 * photographer's name (“June 3, 2014Brendan Smialowski”, “45Sena Medals”,
 * “.303Rifle”), or a common word of four letters or more in lower case
 * (“about 9kilometre north”): the number and the word, split. Not a brand
 * that opens with a digit and a capital (“7Up”, “4Runner”: one digit), nor
 * an ordinal or a unit's abbreviation (“3rd”, “9mm”, “24hrs”: fewer letters
 * or no word of their own).
 */
function numbersRunOn(text: string, offset: number, isWord: (word: string) => boolean, found: SpacingFinding[]): void {
  // The character before is looked at by hand: a pattern that opens with a lookbehind is tried at every character.
  for (const match of matchesOf(text, /(\d+)(\p{Lu}\p{Ll}{2,}|\p{Ll}{4,})(?![\p{L}\p{N}])/gu)) {
    if (/[\p{L}\p{N}]/u.test(text[match.index - 1] ?? '')) continue
    const [, number, word] = match
    // A month after a day is `daysRunOn`'s.
    if (/^\p{Lu}/u.test(word) ? number.length < 2 || wholeMonth.test(word) : !isWord(word)) continue
    found.push({start: offset + match.index, end: offset + match.index + match[0].length, actual: match[0], fixed: `${number} ${word}`, reason: missingIn(match[0], 'a number run into the word after it')})
  }
}

/**
 * An ordinal run into the unit's name or acronym after it (“81stTRW director
 * of retiree activities”, Keesler Air Force Base, in the first of session 48's
 * sets of unseen articles; “3rdBattalion”): the ordinal and the name, split.
 * Not a word that goes on in lower case (“4thly”).
 */
function ordinalsRunOn(text: string, offset: number, found: SpacingFinding[]): void {
  for (const match of matchesOf(text, /(\d+(?:st|nd|rd|th))(\p{Lu}{2,}|\p{Lu}\p{Ll}{2,})(?![\p{L}\p{N}])/gu)) {
    if (/[\p{L}\p{N}]/u.test(text[match.index - 1] ?? '')) continue
    const [, ordinal, name] = match
    found.push({start: offset + match.index, end: offset + match.index + match[0].length, actual: match[0], fixed: `${ordinal} ${name}`, reason: missingIn(match[0], 'an ordinal run into the name after it')})
  }
}

/**
 * A word run into the relative time or the reading time after it, as a
 * scraper joins a headline to its “7 min ago” or “2 min read” (“border
 * post7 min ago”, “Indian Air Force chief2 min read”): the word and the
 * number, split.
 */
function timesAgoRunOn(text: string, offset: number, found: SpacingFinding[]): void {
  // The time is looked for, then the letters before it by hand: a pattern that opens with a word is tried at every letter.
  for (const match of matchesOf(text, timeAfterNumber)) {
    let start = match.index
    while (start > 0 && /\p{Ll}/u.test(text[start - 1])) start--
    if (match.index - start < 2 || /[\p{L}\p{N}]/u.test(text[start - 1] ?? '')) continue
    const word = text.slice(start, match.index)
    found.push({start: offset + start, end: offset + match.index + match[1].length, actual: word + match[1], fixed: `${word} ${match[1]}`, reason: missingIn(word + match[1], 'a word run into the time after it')})
  }
}

/**
 * Marks run into the words around them: a closing quotation mark run into
 * the next word (“pride and happiness”and a step”), an opening one run onto
 * the word before it (“built under'Project 75'”, “the NPA's“temporary
 * encampment”, “shouted"inside”), a bracket run into a word
 * (“(MT)VINNALARIS”, “Chief of Defence Staff(JCS)”, “[rifle
 * grenade]ammunition”), a full stop or comma left at a paragraph's head
 * before its first word (“.The Thursday operation”), an image's file name
 * run into the text (“parade.jpgThe”) and “No” run into its number
 * (“No14”). Not a name's apostrophe (“O'Brien”: one letter before it), nor a
 * word's own brackets in lower case (“soldier(s)”, “(re)deploy”, “[T]he”).
 */
function marksRunOn(text: string, offset: number, found: SpacingFinding[]): void {
  // The marks are looked for, then their sides by hand: a pattern that opens with a lookbehind, or with a
  // word, is tried at every character (a fifth of the spelling rule's time over an article).
  const upper = (at: number) => /\p{Lu}/u.test(text[at] ?? '')
  const letter = (at: number) => /\p{L}/u.test(text[at] ?? '')
  const lower = (from: number, to: number) => from >= 0 && /^\p{Ll}+$/u.test(text.slice(from, to))
  for (const match of matchesOf(text, /[”“"'()\]]/g)) {
    const mark = match[0]
    const at = match.index
    if (mark === '"' || mark === "'") {
      // Between a word in lower case and a capital (a straight double quote: any letter, “shouted"inside”): a
      // quotation run onto the word before it, or (a straight double quote that closes, with an odd count before it
      // in the paragraph) run into the word after it. An apostrophe before a small letter is a word's own (“don't”).
      if (!(mark === '"' ? letter(at + 1) : upper(at + 1)) || !lower(at - 3, at)) continue
      const closes = mark === '"' && (text.slice(0, at).match(/"/g)?.length ?? 0) % 2 === 1
      found.push({
        start: offset + at,
        end: offset + at + 1,
        actual: mark,
        fixed: closes ? `${mark} ` : ` ${mark}`,
        reason: `A space is missing ${closes ? 'after' : 'before'} the quotation mark: the quotation ran into the word ${closes ? 'after' : 'before'} it.`
      })
    } else if (mark === '“') {
      if (!letter(at + 1) || !/[\p{L},;:]/u.test(text[at - 1] ?? '')) continue
      found.push({start: offset + at, end: offset + at + 1, actual: mark, fixed: ' “', reason: `A space is missing before the opening quotation mark: the quotation ran onto the word before it.`})
    } else if (mark === '”') {
      if (!letter(at + 1)) continue
      // Only a mark that closes a quotation opened before it: a closing mark typed for an opening one (“a”violent”) is the quote-balance rule's.
      const opened = text.lastIndexOf('“', at)
      if (opened < 0 || text.lastIndexOf('”', at - 1) > opened) continue
      found.push({start: offset + at, end: offset + at + 1, actual: mark, fixed: '” ', reason: `A space is missing after the closing quotation mark: the quotation ran into the next word.`})
    } else if (mark === ')') {
      // Before a capital, any bracket of one word, or of several before a capitalised word (“(Source: ANI)With an
      // aim”); before a small letter, only an acronym's (“(AFP)soldiers”): a word's own letters in brackets run on
      // in lower case (“(s)he”, “(re)deploy”).
      const inside = /\(([^()\s]+)$/u.exec(text.slice(Math.max(0, at - 30), at))?.[1]
      const phrase = !inside && upper(at + 1) && lower(at + 2, at + 3) && /\([^()\n]+$/u.test(text.slice(Math.max(0, at - 60), at))
      if (!phrase && (!inside || !(upper(at + 1) || (/^\p{Lu}{2,}$/u.test(inside) && lower(at + 1, at + 3))))) continue
      found.push({start: offset + at, end: offset + at + 1, actual: mark, fixed: ') ', reason: `A space is missing after “)”: the bracket ran into the next word.`})
    } else if (mark === ']') {
      // A square bracket's words run into the next (“three M203 [rifle grenade]ammunition”); not an editor's
      // capital or letter in brackets (“[T]he”, “[s]he”).
      if (!letter(at + 1) || !/\[[^[\]]{3,}$/u.test(text.slice(Math.max(0, at - 40), at))) continue
      found.push({start: offset + at, end: offset + at + 1, actual: mark, fixed: '] ', reason: `A space is missing after “]”: the bracket ran into the next word.`})
    } else if ((upper(at + 1) && lower(at - 2, at)) || (lower(at - 3, at) && /^\(\d{1,4}\)/.test(text.slice(at, at + 6)))) {
      // A capital after the bracket, or a number alone in it (“yesterday(24)”, a day's date): a word's own letters
      // in brackets run on in lower case (“soldier(s)”).
      found.push({start: offset + at, end: offset + at + 1, actual: mark, fixed: ' (', reason: `A space is missing before “(”: the bracket ran onto the word before it.`})
    }
  }
  // A comma run into the number after it (“Lance Corporal Apollo Bigirwa,41”, “February,1899”): a number's own comma has a digit before it.
  for (let at = text.indexOf(','); at >= 0; at = text.indexOf(',', at + 1)) {
    const next = text.charCodeAt(at + 1)
    if (!(next >= 48 && next <= 57) || !lower(at - 2, at)) continue
    found.push({start: offset + at, end: offset + at + 1, actual: ',', fixed: ', ', reason: 'A space is missing after the comma: the number ran into the word before it (or, after a name, a note\'s number has lost its superscript).'})
  }
  const head = /^[.,;:](?=\p{Lu}\p{Ll})/u.exec(text)
  if (head) found.push({start: offset, end: offset + 1, actual: head[0], fixed: '', reason: `A stray “${head[0]}” opens the paragraph, run into its first word: delete it.`})
  // An image's file name run into the caption or the story after it (“zdf parade.jpgThe Zimbabwe Defence Forces”).
  for (const match of matchesOf(text, /\.(?:jpe?g|png|gif|webp)(?=\p{Lu}\p{Ll})/giu)) {
    const end = match.index + match[0].length
    found.push({start: offset + match.index, end: offset + end, actual: match[0], fixed: `${match[0]} `, reason: `A space is missing after the file name “…${match[0]}”: an image's name ran into the text.`})
  }
  // “No” for “number” run into its number (“inducted into No14 Air Superiority Squadron”).
  for (const match of matchesOf(text, /No(?=\d{1,3}(?!\d))/g)) {
    if (/[\p{L}\p{N}]/u.test(text[match.index - 1] ?? '') || /\p{L}/u.test(text[match.index + 2 + /^\d+/.exec(text.slice(match.index + 2))![0].length] ?? '')) continue
    found.push({start: offset + match.index, end: offset + match.index + 2, actual: 'No', fixed: 'No ', reason: `A space is missing between “No” and its number.`})
  }
}

/**
 * A news agency's name, in capitals, run into the words beside it, as a
 * page's dateline or credit leaves it: a capitalised word run on after it
 * (“AFPFile”, “PTIJun”) or before it (“New DelhiIBNS//UNI:”), a dash run on
 * after its bracket (“TEHRAN (ISNA)- Iran plans”), or a hyphen for the
 * dateline's dash after a comma (“Damascus, SANA-President Bashar”). Not a
 * poll's or a partnership's hyphen (“AP-NORC poll”: capitals follow).
 */
function agenciesRunOn(text: string, offset: number, agencies: ReadonlySet<string>, found: SpacingFinding[]): void {
  if (agencies.size === 0) return
  // Runs of two capitals or more are found, then the agency read from them by hand; most runs are other
  // acronyms, passed over on one look-up.
  // (Agencies write their names in Latin capitals: a pattern of those alone runs faster than one of any script's.)
  for (const match of matchesOf(text, /[A-Z]{2,}/g)) {
    const run = match[0]
    // The agency and a capitalised word after it, in one run: “AFPFile” (the run takes the word's capital: “AFPF”).
    const head = run.slice(0, -1)
    const withWord = agencies.has(head)
    if (!withWord && !agencies.has(run)) continue
    const at = match.index
    const end = at + run.length
    const before = text[at - 1] ?? ''
    const after = text.slice(end, end + 3)
    if (withWord && /^\p{Ll}{2}/u.test(after) && !/\p{L}/u.test(before)) {
      const word = /^\p{Lu}\p{Ll}+/u.exec(text.slice(end - 1))![0]
      found.push({start: offset + at, end: offset + end - 1 + word.length, actual: head + word, fixed: `${head} ${word}`, reason: ranInto(head + word)})
      continue
    }
    if (!agencies.has(run) || /\p{L}/u.test(text[end] ?? '')) continue
    // A capitalised word run into it: “DelhiIBNS”.
    if (/\p{Ll}/u.test(before)) {
      let start = at
      while (start > 0 && /\p{L}/u.test(text[start - 1])) start--
      const word = text.slice(start, at)
      if (/^\p{Lu}\p{Ll}+$/u.test(word)) found.push({start: offset + start, end: offset + end, actual: word + run, fixed: `${word} ${run}`, reason: ranInto(word + run)})
    } else if (before === '(' && text.slice(end, end + 3) === ')- ') {
      found.push({start: offset + end + 1, end: offset + end + 2, actual: '-', fixed: ' –', reason: dashAfter(`(${run})`)})
    } else if (/,\s$/u.test(text.slice(Math.max(0, at - 2), at)) && /^-\p{Lu}\p{Ll}/u.test(after)) {
      found.push({start: offset + end, end: offset + end + 1, actual: '-', fixed: ' – ', reason: dashAfter(run)})
    }
  }
}

const ranInto = (words: string) => `A space is missing in “${words}”: a news agency's name ran into the word beside it.`
const dashAfter = (credit: string) => `The dateline's dash after “${credit}” is a hyphen run into the story: write a dash spaced on both sides.`

/** What follows a relative time's or a reading time's number, and the two together. */
const timeWords = /(?:(?:mins?|minutes?|hours?|hrs?|days?|weeks?|months?) ago|(?:mins?|minutes?) read)\b/
const relativeTime = new RegExp(`^ ?${timeWords.source}`)
const timeAfterNumber = new RegExp(`(\\d{1,2}) ?${timeWords.source}`, 'gu')

/**
 * A common word in lower case run into the number after it (“View all search
 * results1 soldier killed”, “one12 bore rifle”): the word and the number,
 * split. Only a word of three letters or more the dictionary knows, and a
 * number that ends the token, or its ordinal (“Units of the15th separate
 * coastal missile and artillery brigade”): “mp3” and “x2” are no such word. (A note's
 * number that lost its superscript, “Clay's committee1 to $4.5 billion”, is
 * found too: the text reads wrong either way.)
 */
function wordsRunIntoNumbers(text: string, offset: number, isWord: (word: string) => boolean, found: SpacingFinding[]): void {
  // The digits are looked for, then the letters before them by hand: a pattern that opens with a word is tried at every letter.
  for (const match of matchesOf(text, /\d+(?:st|nd|rd|th)?(?![\p{L}\p{N}])/gu)) {
    let start = match.index
    while (start > 0 && /\p{Ll}/u.test(text[start - 1])) start--
    if (match.index - start < 3 || /[\p{L}\p{N}]/u.test(text[start - 1] ?? '')) continue
    const word = text.slice(start, match.index)
    // A relative or a reading time after the number is `timesAgoRunOn`'s (“border post7 min ago”).
    if (relativeTime.test(text.slice(match.index + match[0].length, match.index + match[0].length + 12)) || !isWord(word)) continue
    const actual = word + match[0]
    found.push({start: offset + start, end: offset + match.index + match[0].length, actual, fixed: `${word} ${match[0]}`, reason: `“${actual}”: a word run into the number after it; a space is missing, or a note's number has lost its superscript.`})
  }
}

/** Months by name and by their abbreviations, in title case (a date-time group's “JUN” is in capitals). */
const months = /(?:Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?|Sept?(?:ember)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)/

const wholeMonth = new RegExp(`^${months.source}$`, 'u')
/** A day's number and a month, compiled once: a pattern built per paragraph is compiled per paragraph. */
const dayThenMonth = new RegExp(`(\\d{1,2})(${months.source})(?![\\p{L}\\p{N}])`, 'gu')

/**
 * A day's number run into its month (“today (01Jun 20) evening”): the
 * number and the month, split. A date-time group writes its month in
 * capitals (“011200ZJUN20”): only a month in title case is read.
 */
function daysRunOn(text: string, offset: number, found: SpacingFinding[]): void {
  for (const match of matchesOf(text, dayThenMonth)) {
    if (/[\p{L}\p{N}]/u.test(text[match.index - 1] ?? '')) continue
    found.push({start: offset + match.index, end: offset + match.index + match[0].length, actual: match[0], fixed: `${match[1]} ${match[2]}`, reason: missingIn(match[0], "a day's number run into its month")})
  }
}

const missingIn = (actual: string, what: string) => `A space is missing in “${actual}”: ${what}.`

/**
 * Every match of a global pattern in a text, from the pattern's own `exec`
 * (`lastIndex` reset first): `matchAll` copies the pattern and makes an
 * iterator, which cost more than the search itself on the paragraphs with no
 * match, most of them. None of the patterns here matches an empty string,
 * where `exec` would not move on.
 */
function matchesOf(text: string, pattern: RegExp): RegExpExecArray[] {
  const found: RegExpExecArray[] = []
  pattern.lastIndex = 0
  for (let match = pattern.exec(text); match; match = pattern.exec(text)) found.push(match)
  return found
}

/** What the spacing checks need of the newsroom: the aircraft series that take a hyphen, the news agencies, and the dictionary. */
export interface SpacingData {
  aircraftSeries: ReadonlySet<string>
  agencies: ReadonlySet<string>
  isWord: (word: string) => boolean
  /** A word's commonest part of speech, in lower case (“noun”, “determiner”; src/model/word-classes.ts). */
  wordClass: (word: string) => string
}

/**
 * Every spacing slip and run-on of a paragraph's text (`offset`: where the
 * text starts in the article): spaces around marks, numbers and words run
 * together, marks and agencies' names run into words, sentences run into the
 * next. Each check finds its own marks first: most paragraphs have none.
 */
/** The opening of a character reference of HTML, up to its semicolon, at a text's end: “&amp”, “&#8217”, “&#x2019”. */
const referenceOpening = new RegExp(`${characterReference}$`)

export function spacingFindings(text: string, offset: number, data: SpacingData): SpacingFinding[] {
  // Each check adds its findings to one list: a generator per check and paragraph, resumed through a chain of
  // yield*, cost more than most paragraphs' checks, which find nothing.
  const found: SpacingFinding[] = []
  spacingSlips(text, offset, data.aircraftSeries, found)
  numbersRunOn(text, offset, data.isWord, found)
  ordinalsRunOn(text, offset, found)
  timesAgoRunOn(text, offset, found)
  marksRunOn(text, offset, found)
  agenciesRunOn(text, offset, data.agencies, found)
  daysRunOn(text, offset, found)
  wordsRunIntoNumbers(text, offset, data.isWord, found)
  hyphensForDashes(text, offset, data, found)
  gluedSentences(text, offset, data.isWord, found)
  graveApostrophes(text, offset, found)
  return found
}

/**
 * A grave accent typed for an apostrophe between a word and its ending (“doesn`t”, “it`s”, “Lt. Jones`s”, a Fox 2
 * story): the word takes an apostrophe, in the paragraph's own style, curly where it writes one.
 */
function graveApostrophes(text: string, offset: number, found: SpacingFinding[]): void {
  if (!text.includes('`')) return
  const apostrophe = text.includes('’') ? '’' : "'"
  // (The mark is looked for, then the word before it by hand: a pattern that opens with a run of letters is tried
  // from each letter of a long run.)
  for (const match of matchesOf(text, /(?<=\p{L})`\p{L}{1,2}(?!\p{L})/gu)) {
    let from = match.index
    while (from > 0 && match.index - from < 40 && /\p{L}/u.test(text[from - 1])) from--
    const actual = text.slice(from, match.index) + match[0]
    const fixed = actual.replace('`', apostrophe)
    found.push({start: offset + from, end: offset + match.index + match[0].length, actual, fixed, reason: `“${actual}” has a grave accent for its apostrophe: “${fixed}”.`})
  }
}

/**
 * A hyphen typed for a dash, spaced after only, after a whole word and
 * before one that opens a phrase (“three tours of duty- twice in Sinai”,
 * “impair electronics- an extremely high-impact event”, “the blessings of
 * prosperity- As those who leave”): the dash is spaced on both sides. Not a
 * compound whose halves a space split (“a well- established republic”,
 * “self- government”: a noun, an adjective or a participle follows; “a
 * pretty good come- back”, “thirty- eight billion”), nor a
 * hyphen held for a later word (“short- and long-term”, “mid- to late
 * 1990s”), nor a speaker's word broken off in a transcript, which is short,
 * no word, or starts again (“the uni- how would we have felt”, “most
 * dangers- dangerously”), nor one before a dash or a bracket (“reason- —”).
 */
function hyphensForDashes(text: string, offset: number, {isWord, wordClass}: SpacingData, found: SpacingFinding[]): void {
  for (let at = text.indexOf('- '); at >= 0; at = text.indexOf('- ', at + 2)) {
    const before = /\p{L}{4,}$/u.exec(text.slice(Math.max(0, at - 40), at))?.[0]
    const after = /^\p{L}+/u.exec(text.slice(at + 2, at + 42))?.[0]
    // (A heading in capitals joins its names so: “INDIA- MONGOLIA JOINT MILITARY EXERCISE”.)
    if (!before || !after || heldHyphen.test(after) || before === before.toUpperCase() || !isWord(before.toLowerCase())) continue
    const opensPhrase = phraseOpeners.has(wordClass(after.toLowerCase())) || (/^\p{Lu}\p{Ll}/u.test(after) && /^\p{Ll}/u.test(before))
    if (!opensPhrase || particles.has(after.toLowerCase()) || tens.test(before)) continue
    // A word broken off and said again: “dangers- dangerously”, “it- it”.
    if (after.toLowerCase().startsWith(before.slice(0, 3).toLowerCase())) continue
    const start = offset + at
    found.push({start, end: start + 2, actual: '- ', fixed: ' – ', reason: `“-” stands for a dash here, spaced after only: write a dash spaced on both sides (“${before} – ${after}”).`})
  }
}
/** Particles that end a compound split by a space (“a pretty good come- back”), and the tens of a number (“thirty- eight”). */
const particles = new Set(['back', 'up', 'out', 'off', 'down', 'in', 'over', 'on', 'away', 'about'])
const tens = /^(?:twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety)$/iu
/** Parts of speech that open a phrase after a dash, and that no compound ends with. */
const phraseOpeners = new Set(['determiner', 'pronoun', 'preposition', 'conjunction', 'subordinator', 'auxiliary', 'modal', 'adverb'])
/** The words after a hyphen held for a later word: “short- and long-term”, “pre- or post-war”, “mid- to late 1990s”. */
const heldHyphen = /^(?:and|or|to|nor|through|versus|vs)$/iu

/** Whether the colon at `at` is run into the word after it (`spacingSlips`). */
function colonRunOn(text: string, at: number): boolean {
  const before = text[at - 1] ?? ''
  // A label in Chinese, Japanese or Korean runs into what follows as those languages set it (“国际英语新闻:Emergency …”).
  if (/[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Hangul}]/u.test(before)) return false
  // A stock-exchange ticker keeps its colon tight (“Lockheed Martin (NYSE:LMT)”).
  if (inStockTicker(text, at)) return false
  const opening = runOnOpening(text.slice(at + 1, at + 12))
  if (!opening) return false
  if (opening.kind === 'word') return /[\p{L})]/u.test(before) || /(?<!\d)\d{4}$/u.test(text.slice(Math.max(0, at - 5), at))
  return /\p{L}/u.test(before)
}

/** The end of a word, a number, a bracket or a closing quote. */
const endsWord = /[\p{L}\p{N})’”]$/u

/**
 * Spacing slips of typed copy: a space before a comma or full stop (“2026 ,”
 * → “2026,”), none after a comma or semicolon between words (“Usman,Director”),
 * a dash spaced on one side only (“Colo.– U.S.”) and an ordinal cut from its
 * number (“25 th” → “25th”). Runs of spaces are left alone: two after a full
 * stop is a typist's habit.
 */
function spacingSlips(text: string, offset: number, aircraftSeries: ReadonlySet<string>, found: SpacingFinding[]): void {
  // The spaces and the mark are looked for, then the word before by hand: a pattern that opens with the
  // word's last character is tried at every letter (three times slower over an article).
  for (const match of matchesOf(text, /([ \t]+)([,.;:])(?=[\s”"’)]|$)(?!\.)/gu)) {
    if (!endsWord.test(text.slice(Math.max(0, match.index - 2), match.index))) continue
    // An ellipsis or a lone dot in a list keeps its space.
    if (match[2] === '.' && text[match.index + match[0].length] === '.') continue
    const start = offset + match.index
    found.push({start, end: start + match[1].length + 1, actual: match[0], fixed: match[2], reason: `A space stands before “${match[2]}”: punctuation follows the word directly.`})
  }
  // The space on the wrong side of a comma, before a number (“Tuesday ,05 August”): a thousands comma has none either side.
  // (Looked for with indexOf, a comma with a space before it and a digit after: a pattern's iterator costs more than
  // the search on most paragraphs, which have none.)
  for (let at = text.indexOf(' ,'); at >= 0; at = text.indexOf(' ,', at + 2)) {
    if (!/\d/.test(text[at + 2] ?? '')) continue
    let from = at
    while (from > 0 && (text[from - 1] === ' ' || text[from - 1] === '\t')) from--
    if (!endsWord.test(text.slice(Math.max(0, from - 2), from))) continue
    found.push({start: offset + from, end: offset + at + 2, actual: text.slice(from, at + 2), fixed: ', ', reason: `The space stands before “,” instead of after it: the comma follows the word and a space follows it.`})
  }
  // An aircraft's designation with a space for its hyphen: “C 130J” is the C-130J.
  // Two or three digits: “C 2” may be a section, and “A 10” an article and a number, so “A” is not listed.
  // The number after a space is looked for, then the letters before it by hand: a pattern that opens with
  // the letters is tried at every capital, and one that opens with a lookbehind at every character.
  for (const match of matchesOf(text, / (\d{2,3}\p{Lu}?)(?![\p{L}\p{N}-])/gu)) {
    let from = match.index
    while (from > 0 && match.index - from < 2 && /\p{Lu}/u.test(text[from - 1])) from--
    const series = text.slice(from, match.index)
    if (series === '' || !aircraftSeries.has(series) || /[\p{L}\p{N}-]/u.test(text[from - 1] ?? '')) continue
    const start = offset + from
    const actual = `${series} ${match[1]}`
    const fixed = `${series}-${match[1]}`
    found.push({start, end: start + actual.length, actual, fixed, reason: `“${actual}”: an aircraft's designation takes a hyphen, “${fixed}”.`})
  }
  // A comma or semicolon run into the next word (“Usman,Director”, “peace,and”): prose puts a space after it.
  // Not inside a link, an address or a handle, whose commas are the address's own.
  // The run of text between spaces around a comma is found once for all its commas (a pasted list of a
  // hundred thousand), and no pattern opens with a run of any length: the cost grows with the line.
  // So too a colon run into a capitalised word after a word, a bracket or a year (“(APP):Pakistan Navy”,
  // “2017:Egyptian”), or into “A” or an acronym after a word (“Chandigarh:A”, “UK:HMS”): not a time's or a
  // reference's digits (“10:30”, “3:16”), nor a scheme's small letters (“https:”).
  let run = {start: 0, end: 0, address: false}
  for (const match of matchesOf(text, /[,;:](?=\p{L})/gu)) {
    if (match[0] === ':' ? !colonRunOn(text, match.index) : !/\p{L}/u.test(text[match.index - 1] ?? '')) continue
    // Nor the semicolon that closes a character reference of HTML (“AT&amp;T”, “the navy&nbsp;signed”, “don&rsquo;t”).
    if (match[0] === ';' && referenceOpening.test(text.slice(Math.max(0, match.index - 40), match.index))) continue
    if (match.index >= run.end) {
      let start = match.index
      while (start > run.end && !/\s/u.test(text[start - 1])) start--
      const rest = /\S*/uy
      rest.lastIndex = match.index
      const end = match.index + (rest.exec(text)?.[0].length ?? 0)
      run = {start, end, address: /[/@=_\\]|\.\p{L}/u.test(text.slice(start, end))}
    }
    if (run.address) continue
    const start = offset + match.index
    // The words either side, not the whole run: a run of thousands of commas gives as many messages.
    const before = /[\p{L}()]{1,30}$/u.exec(text.slice(Math.max(0, match.index - 30), match.index))?.[0] ?? ''
    const after = /^\p{L}{1,30}/u.exec(text.slice(match.index + 1, match.index + 31))?.[0] ?? ''
    const words = `${before}${match[0]}${after}`
    found.push({start, end: start + 1, actual: match[0], fixed: `${match[0]} `, reason: `A space is missing after “${match[0]}”: “${words}”.`})
  }
  // A dash spaced on one side only (“Colo.– U.S.”, “Texas —Troopers”): no house style spaces a dash so;
  // the side without a space gets one, as the other side has.
  // The dashes are looked for, then their sides by hand: a pattern that opens with a lookbehind is tried at every character.
  const space = (at: number) => text[at] === ' '
  const solid = (at: number) => at >= 0 && at < text.length && !/\s/u.test(text[at])
  for (const match of matchesOf(text, /[–—]/gu)) {
    const at = match.index
    const dash = match[0]
    // Spaced after only (“Colo.– U.S.”), or before only (“Texas —Troopers”), with words on both sides.
    const after = solid(at - 1) && space(at + 1) && solid(at + 2)
    const before = space(at - 1) && solid(at - 2) && solid(at + 1) && !/[–—]/u.test(text[at + 1])
    if (!after && !before) continue
    const start = offset + (after ? at : at - 1)
    found.push({
      start,
      end: start + (after ? 1 : 2),
      actual: after ? dash : ` ${dash}`,
      fixed: after ? ` ${dash}` : ` ${dash} `,
      reason: `“${dash}” has a space on one side only: a dash is spaced on both sides or on neither.`
    })
  }
  // A hyphen typed for a dash, spaced before only, before a capitalised word (“ABOARD USS RONALD REAGAN, AT SEA
  // -The Navy's newest carrier”): a dateline's dash run into the story. Not a minus (a digit follows) nor a
  // switch or a suffix (a small letter follows); a list's hyphen opens a line, with no word before it. Nor the
  // second half of a compound whose first half is shared, after “and” or “or” (“Citizen-Soldiers and -Airmen”).
  for (let at = text.indexOf(' -'); at >= 0; at = text.indexOf(' -', at + 2)) {
    if (!solid(at - 1) || !/^\p{Lu}\p{Ll}{2}/u.test(text.slice(at + 2, at + 5))) continue
    if (/(?<![\p{L}\p{N}])(?:and|or|nor|&)$/iu.test(text.slice(Math.max(0, at - 4), at))) continue
    const start = offset + at
    found.push({start, end: start + 2, actual: ' -', fixed: ' – ', reason: `“-” stands for a dash here, spaced on one side only: write a dash spaced on both sides (“ – ”).`})
  }
  for (const match of matchesOf(text, /(?<![\p{L}\p{N}])(\d+)[ \t]+(st|nd|rd|th)(?![\p{L}])/gu)) {
    const start = offset + match.index
    found.push({start, end: start + match[0].length, actual: match[0], fixed: match[1] + match[2], reason: `“${match[0]}” splits the ordinal from its number: write “${match[1]}${match[2]}”.`})
  }
}
