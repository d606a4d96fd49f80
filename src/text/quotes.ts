const nonSpace = /\S/g

/**
 * Whether a straight double quote at `offset` opens or closes a quotation, or
 * is no mark. Its neighbours decide, and whether a quotation is open: after
 * a digit it is an inch mark (12") unless it ends an open quotation (“at the
 * "State of Defense 2025" event”); with spaces on both sides it is a stray
 * mark unless it ends an open quotation at the paragraph's end
 * (“…transmitter. "”, a space typed before the closing mark).
 */
export function straightQuoteRole(text: string, offset: number, paragraphStart: number, quoteOpen = false, paragraphEnd = text.length): 'open' | 'close' | undefined {
  const before = offset > paragraphStart ? text[offset - 1] : ' '
  const after = text[offset + 1] ?? ' '
  if (/\d/.test(before)) return quoteOpen && /[\s.,;:!?)\]]/.test(after) ? 'close' : undefined
  if (/[\s([{\-–—]/.test(before)) {
    if (!/\s/.test(after)) return 'open'
    // A mark spaced on both sides before an ellipsis resumes a quotation the writer broke off (“"Our mission ... "
    // McClures bellowed … " ... is to conduct a combat logistics patrol."”).
    if (!quoteOpen) return /^\s*(?:\.\.\.|…)/u.test(text.slice(offset + 1, offset + 6)) ? 'open' : undefined
    // Only white space after it to the paragraph's end: looked for, not sliced, so a paragraph of
    // thousands of stray marks stays linear.
    nonSpace.lastIndex = offset + 1
    const next = nonSpace.exec(text)
    return !next || next.index >= paragraphEnd ? 'close' : undefined
  }
  // With no quotation open, a mark glued to a sentence's stop and to the next capital opens one, its space lost
  // (“… Fort Meade, Md."Only when we gain the trust …,” he said.).
  if (!quoteOpen && /[.!?]/.test(before) && /\p{Lu}/u.test(after)) return 'open'
  return 'close'
}

/**
 * Spans of quoted speech in a paragraph: from an opening double quote to its
 * closing one (or to the paragraph's end, for a quotation that runs on).
 */
export function quotedSpans(text: string, start: number, end: number): Array<{start: number; end: number}> {
  const spans: Array<{start: number; end: number}> = []
  let open: number | undefined
  for (let offset = start; offset < end; offset++) {
    const char = text[offset]
    const role = char === '“' ? 'open' : char === '”' ? 'close' : char === '"' ? straightQuoteRole(text, offset, start, open !== undefined, end) : undefined
    if (role === 'open' && open === undefined) open = offset
    else if (role === 'close' && open !== undefined) {
      spans.push({start: open, end: offset + 1})
      open = undefined
    }
  }
  if (open !== undefined) spans.push({start: open, end})
  return spans
}

/**
 * Whether a range lies inside one of a paragraph's quoted spans (in order, as
 * `quotedSpans` gives them). A binary search: a long paragraph has hundreds
 * of quotes, and every word of it may ask.
 */
export function insideQuotes(spans: ReadonlyArray<{start: number; end: number}>, start: number, end: number): boolean {
  let low = 0
  let high = spans.length - 1
  while (low <= high) {
    const middle = (low + high) >> 1
    if (spans[middle].start <= start) low = middle + 1
    else high = middle - 1
  }
  return high >= 0 && end <= spans[high].end
}

/**
 * Capitalised words an article sets alone in quotation marks, as it
 * introduces a name: a product's (“the indigenous ‘GARUD’ High Resolution
 * Binoculars”), a unit's nickname (2nd Squadron “Sabre,” 3rd Cavalry
 * Regiment). A name so introduced is a name in every mention, whatever the
 * rules would read it as (an acronym, the other dialect's spelling).
 */
export function namesInQuotes(text: string): Set<string> {
  return new Set([...text.matchAll(/(?<![\p{L}\d])[‘'“"](\p{Lu}\p{L}*)[,.]?[’'”"](?![\p{L}\d])/gu)].map((match) => match[1]))
}
