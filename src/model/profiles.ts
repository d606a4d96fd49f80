import {loadModel} from './load.js'
import type {TitledMention} from '../knowledge/mentions.js'

/** What `copydesk learn` found about a person across an archive: the office most articles give them. */
export interface Profile {
  family: string
  office: string
  articles: number
}

/** Profiles stored in a learned model (none in the default model). */
export function learnedProfiles(modelFile?: string): Profile[] {
  if (!modelFile) return []
  const profiles = (loadModel(modelFile).header as {people?: unknown}).people
  return Array.isArray(profiles) ? (profiles as Profile[]) : []
}

/** Per person (family name), how many articles give each office, from the articles' people (an article counts once per person and office; “former” posts and ranks are left out). */
export type OfficeCounts = Map<string, Map<string, number>>

export function officeCounts(mentionsByArticle: Array<ReadonlyArray<Pick<TitledMention, 'family' | 'title' | 'kind' | 'former'>>>): OfficeCounts {
  const counts: OfficeCounts = new Map()
  for (const mentions of mentionsByArticle) {
    const seen = new Set<string>()
    for (const {family, title, kind, former} of mentions) {
      const key = `${family}\u0000${title}`
      if (kind !== 'office' || former || seen.has(key)) continue
      seen.add(key)
      const offices = counts.get(family) ?? new Map<string, number>()
      offices.set(title, (offices.get(title) ?? 0) + 1)
      counts.set(family, offices)
    }
  }
  return counts
}

/** The office most articles give each person, when at least `minArticles` of them do. */
export function profilesFrom(counts: OfficeCounts, minArticles = 2): Profile[] {
  const profiles: Profile[] = []
  for (const [family, offices] of [...counts].sort((a, b) => (a[0] < b[0] ? -1 : 1))) {
    const [office, articles] = [...offices].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1))[0]
    if (articles >= minArticles) profiles.push({family, office, articles})
  }
  return profiles
}
