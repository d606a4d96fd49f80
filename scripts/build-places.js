// `npm run build:places`: the places the spelling rule checks capitalised
// words against (rules/spelling/places.txt), and the nationalities it accepts
// as words (rules/spelling/nationalities.txt), read from the World Factbook's
// country profiles in ../shared/data/factbook/ (CC0): each country's short
// name, its capital, its first-level divisions (states, provinces, regions)
// and its major urban areas. The lines after the file's "# desk additions"
// marker are the newsroom's own and are kept as they are. The output is
// committed, so neither the build nor a user needs the Factbook. Sorted, so
// the script gives the same file from the same profiles; with --check it
// only says whether the committed file is that file (exit code 1 if not).
import {existsSync, readFileSync, readdirSync, statSync, writeFileSync} from 'node:fs'
import path from 'node:path'
import {fileURLToPath} from 'node:url'

const root = path.join(path.dirname(fileURLToPath(import.meta.url)), '..')
const factbook = path.join(root, '..', 'shared', 'data', 'factbook')
const out = path.join(root, 'rules', 'spelling', 'places.txt')
const marker = '# desk additions'

if (!existsSync(factbook)) throw new Error(`${factbook} is missing: the place list is built from it (see ../shared/data/README.md)`)

const plain = (text) => text.replace(/<[^>]+>/g, '').replace(/&[a-z]+;/g, ' ')
// "NEW DELHI (capital)" in the list of urban areas: the capital is set in capitals there.
const titleCase = (name) => name.replace(/\b(\p{Lu})(\p{Lu}+)\b/gu, (_, first, rest) => first + rest.toLowerCase())

const places = new Set()
const nationalities = new Set()
const add = (name) => {
  const clean = name.replace(/\*|\([^)]*\)?/g, '').replace(/^\s*and\s+/, '').replace(/\s+/g, ' ').trim()
  // A place's name opens with a capital and holds letters, spaces, hyphens and apostrophes only.
  if (/^\p{Lu}[\p{L}' -]*\p{L}$/u.test(clean)) places.add(clean)
}

for (const region of readdirSync(factbook).sort()) {
  const folder = path.join(factbook, region)
  if (!statSync(folder).isDirectory() || region === 'meta') continue
  for (const name of readdirSync(folder).filter((file) => file.endsWith('.json')).sort()) {
    const profile = JSON.parse(readFileSync(path.join(folder, name), 'utf8'))
    const government = profile.Government ?? {}
    const country = government['Country name']?.['conventional short form']?.text
    if (country && country !== 'none') add(plain(country))
    const capital = government.Capital?.name?.text
    // "Pretoria (administrative capital); Cape Town (legislative capital); …"
    if (capital) for (const part of plain(capital).split(';')) add(part)
    const divisions = government['Administrative divisions']?.text
    // "28 states and 8 union territories*; Andaman and Nicobar Islands*, Andhra Pradesh, …": the names follow the first semicolon.
    if (divisions?.includes(';')) for (const part of plain(divisions).split(';').slice(1).join(';').split(/[,;]/)) add(part)
    const cities = profile['People and Society']?.['Major urban areas - population']?.text
    // "32.941 million NEW DELHI (capital), 21.297 million Mumbai, …"
    // "New York-Newark": an urban area named for two cities.
    if (cities) for (const match of plain(cities).matchAll(/(?:million|thousand)\s+([^,(\d]+)/g)) for (const city of titleCase(match[1]).split(/-(?=\p{Lu})/u)) add(city)
    // "Emirati(s)", "Bahraini(s)", "Burkinabe (singular and plural)": the nationality's noun and adjective, and the
    // noun's plural where the profile gives its ending in brackets.
    const nationality = profile['People and Society']?.Nationality ?? {}
    for (const kind of ['noun', 'adjective']) {
      const given = nationality[kind]?.text
      if (!given) continue
      for (const part of plain(given).split(/[;,]|\bor\b/)) {
        // (A name of several words, “Sri Lankan”, is none the dictionaries need told: its words are its country's.)
        const form = /^\s*(\p{Lu}[\p{L}'-]*\p{Ll})(?:\((s|es)\))?\s*(?:\([^)]*\)\s*)?$/u.exec(part)
        if (!form) continue
        nationalities.add(form[1])
        if (form[2]) nationalities.add(form[1] + form[2])
      }
    }
  }
}

// The nationalities go to a list of their own, which the spelling rule accepts as words: “Emirati” opening a sentence
// is no slip, though the dictionaries lack it.
const nationalitiesOut = path.join(root, 'rules', 'spelling', 'nationalities.txt')
const nationalitiesText = [
  '# Nationalities, as nouns and adjectives, of the World Factbook (CC0; see corpus/SOURCES.md): words the spelling',
  '# rule accepts (“Emirati”, “Bahrainis”, “Kosovan”). Rebuilt by `npm run build:places` from ../shared/data/factbook/.',
  ...[...nationalities].sort()
].join('\n') + '\n'

const previous = existsSync(out) ? readFileSync(out, 'utf8') : ''
const desk = previous.includes(marker) ? previous.slice(previous.indexOf(marker) + marker.length).replace(/^\n/, '') : ''
const header = [
  '# Places the spelling rule knows a capitalised word may misspell (“Kazahkstan”, “Louisana”): countries,',
  '# capitals, first-level divisions and major urban areas of the World Factbook (CC0; see corpus/SOURCES.md).',
  '# Rebuilt by `npm run build:places` from ../shared/data/factbook/; edit below the desk additions marker only.'
]
const text = [...header, ...[...places].sort(), '', marker, desk].join('\n').replace(/\n*$/, '\n')
if (process.argv.includes('--check')) {
  const stale = [[out, text, previous], [nationalitiesOut, nationalitiesText, existsSync(nationalitiesOut) ? readFileSync(nationalitiesOut, 'utf8') : '']].filter(([, made, committed]) => made !== committed)
  for (const [file] of stale) console.error(`${path.relative(root, file)} is not what the World Factbook gives: run npm run build:places`)
  process.exit(stale.length > 0 ? 1 : 0)
}
writeFileSync(out, text)
writeFileSync(nationalitiesOut, nationalitiesText)
console.log(`wrote ${places.size} places and ${nationalities.size} nationalities from the World Factbook into ${path.relative(root, out)} and ${path.relative(root, nationalitiesOut)}`)
