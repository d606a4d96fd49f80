import {loadModel} from './load.js'

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

/** Per person, how many articles give each office (an article counts once per person and office; “former” posts are left out). */
export type OfficeCounts = Map<string, Map<string, number>>

export function officeCounts(claimsByArticle: Array<Array<{person: string; office: string; former: boolean}>>): OfficeCounts {
  const counts: OfficeCounts = new Map()
  for (const claims of claimsByArticle) {
    const seen = new Set<string>()
    for (const claim of claims) {
      const key = `${claim.person}\u0000${claim.office}`
      if (claim.former || seen.has(key)) continue
      seen.add(key)
      const offices = counts.get(claim.person) ?? new Map<string, number>()
      offices.set(claim.office, (offices.get(claim.office) ?? 0) + 1)
      counts.set(claim.person, offices)
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
