/** QWERTY rows: a letter's neighbours are the keys beside it and diagonally above and below. */
const rows = ['qwertyuiop', 'asdfghjkl', 'zxcvbnm']

const neighbours = new Map<string, Set<string>>()
rows.forEach((row, r) => {
  for (let c = 0; c < row.length; c++) {
    const near = new Set<string>()
    for (const [dr, dc] of [[0, -1], [0, 1], [-1, 0], [-1, 1], [1, -1], [1, 0]]) {
      const key = rows[r + dr]?.[c + dc]
      if (key) near.add(key)
    }
    neighbours.set(row[c], near)
  }
})

const vowels = new Set('aeiouy')

/**
 * Whether typing `typed` for `intended` is a plausible slip of the hand or
 * ear: keys side by side, or one vowel for another. “Rajnath” → “Rajpath”
 * (n and p are far apart) is more likely another name than a typo.
 */
export function plausibleSubstitution(intended: string, typed: string): boolean {
  const a = intended.toLowerCase()
  const b = typed.toLowerCase()
  return a === b || (vowels.has(a) && vowels.has(b)) || (neighbours.get(a)?.has(b) ?? false)
}
