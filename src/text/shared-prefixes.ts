/** One piece of a pattern source: a character, an escape or a class, with its quantifier. */
const piece = /(?:\\.|\[[^\]]*\]|[^\\])[?*+]?/g

/**
 * Pattern sources as one pattern whose branches share their beginnings: at
 * each character the engine follows one path through the sources instead of
 * trying each in turn. It matches the same strings, not always the same one
 * first: for finding where a source may match, not for reading the match.
 */
export function sharedPrefixes(sources: string[]): string {
  interface Branch {
    next: Map<string, Branch>
    ends: boolean
  }
  const root: Branch = {next: new Map(), ends: false}
  for (const source of sources) {
    let branch = root
    for (const part of source.match(piece) ?? []) {
      const next: Branch = branch.next.get(part) ?? {next: new Map(), ends: false}
      branch.next.set(part, next)
      branch = next
    }
    branch.ends = true
  }
  const write = ({next, ends}: Branch): string => {
    if (next.size === 0) return ''
    const body = [...next].map(([part, branch]) => part + write(branch))
    const group = body.length === 1 && !ends ? body[0] : `(?:${body.join('|')})`
    return ends ? `${group}?` : group
  }
  return write(root)
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
