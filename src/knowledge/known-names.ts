import {createHash} from 'node:crypto'
import {existsSync, readFileSync} from 'node:fs'
import path from 'node:path'
import {packageRoot, ruleDataPath} from '../paths.js'
import {defaultOfficialNamesFile, readOfficialNames} from './official-names.js'
import {readAcronymTable} from './acronym-table.js'
import {NameSlipIndex, type KnownName, type NameSlipData} from './name-slips.js'

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
  const words = (name: string) => (name.match(/[\p{L}\p{N}]+/gu) ?? []).map((word) => word.toLowerCase())
  const names: KnownName[] = [defaultOfficialNamesFile, ...extraFiles].flatMap(readOfficialNames).map((entry) => ({words: words(entry.name), proper: true}))
  for (const expansions of readAcronymTable(acronymTableFile).values()) {
    // “combined joint task force” is a term; “Space Systems Command” a name.
    for (const expansion of expansions) names.push({words: words(expansion), proper: /^\p{Lu}/u.test(expansion)})
  }
  return names
}

/** The hash of the shipped lists' text: the compiled index serves while it matches. */
export function shippedNamesHash(): string {
  return createHash('sha1').update(readFileSync(defaultOfficialNamesFile)).update(readFileSync(acronymTableFile)).digest('hex')
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
  if (!existsSync(compiledNameSlipsFile)) return undefined
  const {sha1, data} = JSON.parse(readFileSync(compiledNameSlipsFile, 'utf8')) as {sha1: string; data: NameSlipData}
  return sha1 === shippedNamesHash() ? NameSlipIndex.restore(data) : undefined
}
