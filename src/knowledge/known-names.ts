import {readFileSync} from 'node:fs'
import path from 'node:path'
import {packageRoot, ruleDataPath} from '../paths.js'
import {defaultOfficialNamesFile, readOfficialNames} from './official-names.js'
import {readAcronymTable} from './acronym-table.js'
import {builtCopy, sha1} from '../text/data-files.js'
import {NameSlipIndex, nameWords, type KnownName, type NameSlipData} from './name-slips.js'

/** The acronym table, whose spelled-out forms are names too. */
const acronymTableFile = ruleDataPath('acronym', 'acronyms.tsv')

/** Where the build writes the index of the shipped lists (scripts/compile-name-slips.js). */
export const compiledNameSlipsFile = path.join(packageRoot, 'dist', 'data', 'name-slips.json')

/**
 * The names a name with a slipped word is measured against: the official
 * names (the shipped list and a newsroom's files) and the names the acronym
 * table spells out.
 */
export function knownNames(extraFiles: readonly string[] = []): KnownName[] {
  const names: KnownName[] = [defaultOfficialNamesFile, ...extraFiles].flatMap(readOfficialNames).map((entry) => ({words: nameWords(entry.name), proper: true}))
  for (const expansions of readAcronymTable(acronymTableFile).values()) {
    // “combined joint task force” is a term; “Space Systems Command” a name.
    for (const expansion of expansions) names.push({words: nameWords(expansion), proper: /^\p{Lu}/u.test(expansion)})
  }
  return names
}

/** The shipped lists: the compiled index serves while they are as the build read them. */
export const shippedNameLists = [defaultOfficialNamesFile, acronymTableFile]

/** The hash of the shipped lists' text. */
export function shippedNamesHash(): string {
  return sha1(...shippedNameLists.map((file) => readFileSync(file)))
}

const indexes = new Map<string, NameSlipIndex>()

/** The index for the shipped lists plus a newsroom's files, once per process: the build's copy when the lists are as shipped. */
export function nameSlipIndex(extraFiles: readonly string[] = []): NameSlipIndex {
  const key = extraFiles.join('\n')
  let index = indexes.get(key)
  if (!index) {
    index = (extraFiles.length === 0 ? compiledIndex() : undefined) ?? NameSlipIndex.of(knownNames(extraFiles))
    indexes.set(key, index)
  }
  return index
}

function compiledIndex(): NameSlipIndex | undefined {
  const data = builtCopy<NameSlipData>(compiledNameSlipsFile, shippedNameLists, shippedNamesHash)
  return data && NameSlipIndex.restore(data)
}
