import type {LanguageModel} from './model.js'

const indexes = new WeakMap<LanguageModel, Map<string, number[]>>()

/**
 * A deletion index over the model's vocabulary (SymSpell's idea): every word
 * is filed under itself and each string one deletion away, so the words one
 * edit from a query are found with a handful of map look-ups instead of a scan.
 */
function indexOf(model: LanguageModel, minCount: number): Map<string, number[]> {
  let index = indexes.get(model)
  if (!index) {
    index = new Map()
    const add = (key: string, id: number) => {
      const list = index!.get(key)
      if (list) list.push(id)
      else index!.set(key, [id])
    }
    model.words.forEach((word, id) => {
      if (id < 3 || model.unigrams[id] < minCount || !/^[a-z]+$/.test(word)) return
      add(word, id)
      for (let position = 0; position < word.length; position++) add(word.slice(0, position) + word.slice(position + 1), id)
    })
    indexes.set(model, index)
  }
  return index
}

/** Model words exactly one edit (insertion, deletion, substitution or adjacent swap) from `word`. */
export function oneEditNeighbours(model: LanguageModel, word: string, minCount = 5): string[] {
  const index = indexOf(model, minCount)
  const found = new Set<number>()
  const keys = [word]
  for (let position = 0; position < word.length; position++) keys.push(word.slice(0, position) + word.slice(position + 1))
  for (const key of keys) for (const id of index.get(key) ?? []) found.add(id)
  return [...found].map((id) => model.words[id]).filter((candidate) => candidate !== word && isOneEdit(word, candidate))
}

function isOneEdit(a: string, b: string): boolean {
  if (Math.abs(a.length - b.length) > 1) return false
  let start = 0
  while (start < a.length && start < b.length && a[start] === b[start]) start++
  let endA = a.length
  let endB = b.length
  while (endA > start && endB > start && a[endA - 1] === b[endB - 1]) {
    endA--
    endB--
  }
  const restA = a.slice(start, endA)
  const restB = b.slice(start, endB)
  if (restA.length <= 1 && restB.length <= 1) return true
  return restA.length === 2 && restB.length === 2 && restA[0] === restB[1] && restA[1] === restB[0]
}
