import path from 'node:path'
import {packageRoot} from '../paths.js'
import {readYamlData} from '../text/data-files.js'

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
  if (file) return readPeopleFile(file)
  const kept = readPeopleFile(defaultPeopleFile)
  const names = new Set(kept.map((person) => person.name))
  return [...kept, ...readPeopleFile(peopleRecordsFile).filter((person) => !names.has(person.name))]
}

/** People records from one YAML file, read once per process; errors name the file and the entry. */
function readPeopleFile(file: string): Person[] {
  let people = cache.get(file)
  if (!people) {
    const data = readYamlData(file) as {people?: unknown}
    if (!Array.isArray(data?.people)) throw new Error(`${file}: expected a list under “people”`)
    people = data.people.map((entry: Record<string, unknown>, index: number) => {
      const fail = (problem: string) => new Error(`${file}: person ${index + 1}${typeof entry?.name === 'string' ? ` (${entry.name})` : ''}: ${problem}`)
      if (typeof entry?.name !== 'string' || typeof entry.given !== 'string' || typeof entry.family !== 'string') throw fail('name, given and family must be text')
      if (entry.roles !== undefined && !Array.isArray(entry.roles)) throw fail('roles must be a list')
      return {...entry, roles: (entry.roles as Role[] | undefined) ?? []} as Person
    })
    cache.set(file, people)
  }
  return people
}
