/**
 * A newsroom's own patterns run on every paragraph of every article, in
 * JavaScript's backtracking regular-expression engine, which cannot be
 * interrupted: one pattern such as `(\w+\s?)*$` can take minutes on a
 * 40-character line and hold up a whole CI gate. So a pattern is read before
 * it is used, and refused when it has one of the two shapes that backtrack
 * exponentially:
 *
 * - a repeat inside a repeat (`(a+)+`, `(?:\w+\s*)*`): the text can be split
 *   between the two repeats in exponentially many ways;
 * - a repeated choice whose branches can begin with the same character
 *   (`(a|ab)*`, `(?:\s+of|\s+in)+`): the branches can share the text.
 *
 * A bounded repeat counts as a repeat (`(\w{1,30}\s?){1,20}` is as slow).
 * The check is conservative (a few safe patterns are refused too) and the
 * message says how to rewrite the pattern.
 */

interface Group {
  /** The group holds an unbounded repeat. */
  repeats: boolean
  /** The first characters each branch can begin with; `null` for "any". */
  branchStarts: Array<Set<string> | null>
  /** The current branch still has no atom (its first atom sets its start). */
  atBranchStart: boolean
  /** Where the group opens in the source, for the message. */
  open: number
}

/** Why a pattern could backtrack exponentially, or undefined when it looks safe. */
export function backtrackingRisk(source: string, ignoreCase = false): string | undefined {
  const stack: Group[] = [newGroup(0)]
  // The group just closed, for the quantifier that may follow it.
  let last: Group | undefined
  let index = 0
  const top = () => stack[stack.length - 1]
  const noteStart = (first: Set<string> | null) => {
    const group = top()
    if (!group.atBranchStart) return
    group.branchStarts[group.branchStarts.length - 1] = first
    group.atBranchStart = false
  }

  while (index < source.length) {
    const char = source[index]
    const start = index
    if (char === '\\') {
      const next = source[index + 1] ?? ''
      index += 2
      if (/[pPu]/.test(next) && source[index] === '{') index = source.indexOf('}', index) + 1 || source.length
      else if (next === 'x') index += 2
      else if (next === 'k' && source[index] === '<') index = source.indexOf('>', index) + 1 || source.length
      const literal = /[^a-zA-Z0-9]/.test(next) ? next : undefined
      if (!/[bB]/.test(next)) noteStart(literal ? letters(literal, ignoreCase) : null)
      last = undefined
      continue
    }
    if (char === '[') {
      index++
      while (index < source.length && source[index] !== ']') index += source[index] === '\\' ? 2 : 1
      index++
      noteStart(null)
      last = undefined
      continue
    }
    if (char === '(') {
      const lookaround = /^\(\?<?[=!]/.test(source.slice(index, index + 4))
      const named = /^\(\?<[A-Za-z_$]/.test(source.slice(index, index + 4))
      index += source.startsWith('(?:', index) ? 3 : lookaround ? (source[index + 2] === '<' ? 4 : 3) : named ? source.indexOf('>', index) + 1 - index : 1
      // A lookaround matches no text: it neither starts a branch nor repeats it.
      if (!lookaround) noteStart(null)
      stack.push(newGroup(start))
      continue
    }
    if (char === ')') {
      index++
      const group = stack.length > 1 ? stack.pop()! : newGroup(start)
      if (group.repeats) top().repeats = true
      last = group
      continue
    }
    if (char === '|') {
      index++
      top().branchStarts.push(null)
      top().atBranchStart = true
      last = undefined
      continue
    }
    const quantifier = /^(?:[*+?]|\{(\d+)(,(\d*))?\})\??/.exec(source.slice(index))
    if (quantifier) {
      index += quantifier[0].length
      // A bounded repeat backtracks like an unbounded one once it allows a few rounds ((\w{1,30}\s?){1,20} is as bad as (\w+\s?)*).
      const most = quantifier[0][0] === '?' ? 1 : quantifier[1] === undefined ? Infinity : quantifier[2] === undefined ? Number(quantifier[1]) : quantifier[3] === '' ? Infinity : Number(quantifier[3])
      if (most < 2) continue
      const group = last
      last = undefined
      if (group?.repeats) {
        return `a repeat inside a repeat (“${source.slice(group.open, index)}”) can take exponential time on a line that almost matches; repeat one character class instead (“[\\w ]+” for “(\\w+ ?)+”) or write the words out`
      }
      if (group && sharedStart(group.branchStarts)) {
        return `a repeated choice whose branches can begin alike (“${source.slice(group.open, index)}”) can take exponential time; make each branch begin with a different fixed character, or drop the repeat`
      }
      top().repeats = true
      continue
    }
    index++
    if (char !== '^' && char !== '$') noteStart(char === '.' ? null : letters(char, ignoreCase))
    last = undefined
  }
  return undefined
}

function newGroup(open: number): Group {
  return {repeats: false, branchStarts: [null], atBranchStart: true, open}
}

function letters(char: string, ignoreCase: boolean): Set<string> {
  return new Set(ignoreCase ? [char.toLowerCase(), char.toUpperCase()] : [char])
}

function sharedStart(starts: Array<Set<string> | null>): boolean {
  if (starts.length < 2) return false
  const seen = new Set<string>()
  for (const first of starts) {
    if (first === null) return true
    for (const char of first) {
      if (seen.has(char)) return true
    }
    for (const char of first) seen.add(char)
  }
  return false
}
