/** One piece of a pattern source: a character, an escape or a class, with its quantifier. */
const piece = /(?:\\.|\[[^\]]*\]|[^\\])[?*+]?/g

/**
 * Pattern sources as one pattern whose branches share their beginnings: at
 * each character the engine follows one path through the sources instead of
 * trying each in turn. It matches the same strings, not always the same one
 * first: for finding where a source may match, not for reading the match.
 */
export function sharedPrefixes(sources: string[]): string {
  // Sorted piece by piece, sources that share a beginning stand together: the branches are read off in
  // one pass, with no tree of maps to build (a long list of forms is read at every start of the program).
  const split = [...new Set(sources)].map((source) => source.match(piece) ?? [])
  split.sort(byPieces)
  return branches(split, 0, split.length, 0)
}

/** Sources whose first pieces are all the same up to `depth`: sorted, those that end there first. */
function branches(sorted: string[][], from: number, to: number, depth: number): string {
  let at = from
  let ends = false
  while (at < to && sorted[at].length === depth) {
    ends = true
    at++
  }
  const written: string[] = []
  while (at < to) {
    const part = sorted[at][depth]
    let end = at + 1
    while (end < to && sorted[end][depth] === part) end++
    written.push(part + branches(sorted, at, end, depth + 1))
    at = end
  }
  if (written.length === 0) return ''
  const group = written.length === 1 && !ends ? written[0] : `(?:${written.join('|')})`
  return ends ? `${group}?` : group
}

function byPieces(one: string[], other: string[]): number {
  for (let index = 0; index < Math.min(one.length, other.length); index++) {
    if (one[index] !== other[index]) return one[index] < other[index] ? -1 : 1
  }
  return one.length - other.length
}

/**
 * A pattern source that matches wherever one of `sources` does, and more
 * (what follows any source's first character may follow any other's), that
 * opens with a class of their first characters. V8 passes over a text quickly
 * only to a pattern's first character class: a list of words, or a lookahead,
 * at a pattern's head makes it try the whole list at every character. For a
 * first look whose hits a precise pattern then reads. Sources that open with
 * a class or a quantified character are joined as they are.
 */
export function scanSource(sources: string[]): string {
  const firsts = new Set<string>()
  const rests: string[] = []
  for (const source of sources) {
    const [first = ''] = source.match(piece) ?? []
    // A plain character, or an escaped mark (“\(”); not a class escape (“\s”) or a quantified one.
    const single = first.length === 1 ? first : first.length === 2 && first[0] === '\\' && !/[\p{L}\d]/u.test(first[1]) ? first[1] : undefined
    if (single === undefined) return `(?:${sources.join('|')})`
    firsts.add(single)
    rests.push(source.slice(first.length))
  }
  return `[${[...firsts].map((character) => character.replace(/[\\\]^-]/g, '\\$&')).join('')}]${sharedPrefixes(rests)}`
}
