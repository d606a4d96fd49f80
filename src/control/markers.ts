import type {Article} from '../article/types.js'

/**
 * Inline control comments, the same in plain text, Markdown and HTML:
 *   <!-- copydesk-disable spelling -->   … <!-- copydesk-enable spelling -->
 *   <!-- copydesk-ignore-next boilerplate -->  (the next paragraph only)
 * With no rule ids, a comment applies to every rule.
 */
const marker = /<!--\s*copydesk-(disable|enable|ignore-next)((?:[ \t]+[\w-]+)*)\s*-->/g

export interface Marker {
  kind: 'disable' | 'enable' | 'ignore-next'
  /** Rule ids; empty means every rule. */
  rules: string[]
  start: number
  end: number
}

export function findMarkers(text: string): Marker[] {
  if (!text.includes('copydesk-')) return []
  return [...text.matchAll(marker)].map((match) => ({
    kind: match[1] as Marker['kind'],
    rules: match[2].trim().split(/\s+/).filter(Boolean),
    start: match.index,
    end: match.index + match[0].length
  }))
}

/** The text with control comments blanked out (same length, newlines kept), so no rule reads them. */
export function maskMarkers(text: string): string {
  if (!text.includes('copydesk-')) return text
  return text.replace(marker, (comment) => comment.replace(/[^\r\n]/g, ' '))
}

/** For each rule id ('*' for all), the ranges in which its messages are dropped. */
export function silencedRanges(article: Article, markers: Marker[]): Map<string, Array<[number, number]>> {
  const ranges = new Map<string, Array<[number, number]>>()
  const open = new Map<string, number>()
  const add = (rule: string, start: number, end: number) => {
    const list = ranges.get(rule) ?? []
    list.push([start, end])
    ranges.set(rule, list)
  }
  for (const {kind, rules, start, end} of markers) {
    const ids = rules.length ? rules : ['*']
    for (const id of ids) {
      if (kind === 'disable' && !open.has(id)) open.set(id, end)
      else if (kind === 'enable' && open.has(id)) {
        add(id, open.get(id)!, start)
        open.delete(id)
      } else if (kind === 'ignore-next') {
        const next = article.paragraphs.find((paragraph) => paragraph.start >= end)
        if (next) add(id, next.start, next.end)
      }
    }
  }
  for (const [id, from] of open) add(id, from, article.text.length)
  return ranges
}
