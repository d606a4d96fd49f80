/** A key an object of a JSON text gives twice: the keys of the objects around it, and the lines of both. */
export interface RepeatedKey {
  key: string
  within: string[]
  lines: [number, number]
}

/**
 * The keys given twice in one object of a JSON text, in the order of the
 * second. JSON.parse keeps the last of them without a word, so a desk that
 * wrote `rules` twice had the first block dropped. `text` is JSON that
 * JSON.parse has read: a scanner need not look for its errors.
 */
export function repeatedKeys(text: string): RepeatedKey[] {
  const repeated: RepeatedKey[] = []
  // What is open, innermost last: an object's keys so far (each with its line) and the one whose value is being
  // read, or null for an array, whose strings are values.
  const open: Array<{keys: Map<string, number>; current?: string} | null> = []
  let line = 1
  let keyNext = false
  for (let at = 0; at < text.length; at++) {
    const char = text[at]
    if (char === '\n') line++
    else if (char === '{') {
      open.push({keys: new Map()})
      keyNext = true
    } else if (char === '[') {
      open.push(null)
      keyNext = false
    } else if (char === '}' || char === ']') {
      open.pop()
      keyNext = false
    } else if (char === ',') keyNext = open.at(-1) !== null
    else if (char === '"') {
      let end = at + 1
      while (text[end] !== '"') end += text[end] === '\\' ? 2 : 1
      const object = open.at(-1)
      if (keyNext && object) {
        // Compared as JSON.parse reads them: "\u0072ules" is “rules”.
        const key = JSON.parse(text.slice(at, end + 1)) as string
        const first = object.keys.get(key)
        if (first !== undefined) repeated.push({key, within: open.slice(0, -1).flatMap((outer) => (outer?.current === undefined ? [] : [outer.current])), lines: [first, line]})
        else object.keys.set(key, line)
        object.current = key
        keyNext = false
      }
      at = end
    }
  }
  return repeated
}
