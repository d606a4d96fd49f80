/**
 * The source of a pattern that matches one of `alternatives` (pattern
 * source, joined with `|`) as whole words: no letter just before or after.
 *
 * The check for a letter before is a lookbehind placed after the phrase,
 * not before it: V8 tries a leading lookbehind at every character of the
 * text, but this one only where a phrase has matched, which makes a list of
 * phrases run two to three times faster over a long article. The phrase is
 * captured as the group `phrase`; `match[0]` is the phrase as before.
 */
export function wholeWords(alternatives: string): string {
  return `(?<phrase>${alternatives})(?<![\\p{L}]\\k<phrase>)(?![\\p{L}])`
}
