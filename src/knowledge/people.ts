import path from 'node:path'
import {packageRoot} from '../paths.js'
import {readYamlData} from '../text/data-files.js'
import {ConfigError} from '../config/types.js'
import {normaliseApostrophes} from '../text/apostrophes.js'

export interface Role {
  title: string
  official?: string
  /** The rank held in the role, in full (“Lieutenant General”). */
  rank?: string
  /** A legislator's party (D, R or I) and state (two-letter postal code), as US copy labels them: “(R-ND)”. */
  party?: string
  state?: string
  from?: string
  to?: string
}

export interface Person {
  name: string
  given: string
  family: string
  country?: string
  roles: Role[]
  note?: string
}

/** The desk's hand-kept file shipped with copydesk; a newsroom names its own with `people` in its config. */
export const defaultPeopleFile = path.join(packageRoot, 'corpus', 'people.yaml')

/** About 300 current and recent office-holders with sources: read under the hand-kept file. */
export const peopleRecordsFile = path.join(packageRoot, 'corpus', 'people-records.yaml')

const cache = new Map<string, Person[]>()

/**
 * The people records: a newsroom's own file when its config names one;
 * otherwise the shipped records with the hand-kept starter file over them
 * (an entry there replaces the record of the same name).
 */
export function readPeople(file?: string): Person[] {
  // A desk's own file is read over the shipped ones, an entry of it replacing the record of the same name: naming
  // it once dropped the 400 shipped records in silence.
  const files = file ? [file, defaultPeopleFile, peopleRecordsFile] : [defaultPeopleFile, peopleRecordsFile]
  const names = new Set<string>()
  const people: Person[] = []
  for (const source of files) {
    for (const person of readPeopleFile(source)) {
      const key = personKey(person.name)
      if (names.has(key)) continue
      names.add(key)
      people.push(person)
    }
  }
  return people
}

/**
 * A name as records compare it: its words in small letters, one space apart,
 * its apostrophes straight. A desk's “Richard  Marles” or “Peter O’Brien”
 * is the shipped “Richard Marles” or “Peter O'Brien”: compared as written,
 * the desk's record stood beside the shipped one instead of replacing it.
 */
function personKey(name: string): string {
  return normaliseApostrophes(name.trim().replace(/\s+/gu, ' ').toLowerCase())
}

/** What is wrong with a role of a record, or undefined. */
function roleProblem(role: unknown): string | undefined {
  if (typeof role !== 'object' || role === null || Array.isArray(role)) return 'expected {title, rank, from, to}'
  const {title, rank, from, to} = role as Record<string, unknown>
  if (typeof title !== 'string' || title.trim() === '') return 'title must be text'
  if (rank !== undefined && typeof rank !== 'string') return 'rank must be text'
  for (const [key, value] of [['from', from], ['to', to]] as const) {
    if (value !== undefined && !(typeof value === 'string' && recordDate.test(value))) return `${key} must be a year and month, as 2024-07 (or 2024, or 2024-07-15), not ${JSON.stringify(value)}`
  }
  return undefined
}
/** A date the records compare as text: a year, a year and month, or a day. */
const recordDate = /^\d{4}(?:-(?:0[1-9]|1[0-2])(?:-(?:0[1-9]|[12]\d|3[01]))?)?$/

/** People records from one YAML file, read once per process; errors name the file and the entry. */
function readPeopleFile(file: string): Person[] {
  let people = cache.get(file)
  if (!people) {
    const data = readYamlData(file) as {people?: unknown}
    if (!Array.isArray(data?.people)) throw new ConfigError(`${file}: expected a list under “people”`)
    // Where each name was first recorded: readPeople keeps one record a name, and a second in the same file was dropped in silence.
    const recorded = new Map<string, number>()
    people = data.people.map((entry: Record<string, unknown>, index: number) => {
      const fail = (problem: string) => new ConfigError(`${file}: person ${index + 1}${typeof entry?.name === 'string' ? ` (${entry.name})` : ''}: ${problem}`)
      if (typeof entry?.name !== 'string' || typeof entry.given !== 'string' || typeof entry.family !== 'string') throw fail('name, given and family must be text')
      const key = personKey(entry.name)
      const first = recorded.get(key)
      if (first !== undefined) throw fail(`recorded already as person ${first + 1}; give a person one record, with all their roles`)
      recorded.set(key, index)
      if (entry.roles !== undefined && !Array.isArray(entry.roles)) throw fail('roles must be a list')
      // Each role is checked as it is read: a role without a title stopped every article's check, and a date the
      // records cannot compare (“July 2024”, “2025-13”) made the role never apply, in silence.
      for (const [at, role] of ((entry.roles as unknown[] | undefined) ?? []).entries()) {
        const problem = roleProblem(role)
        if (problem) throw fail(`role ${at + 1}: ${problem}`)
      }
      return {...entry, roles: (entry.roles as Role[] | undefined) ?? []} as Person
    })
    cache.set(file, people)
  }
  return people
}
