import type {VFile} from 'vfile'
import type {VFileMessage} from 'vfile-message'
import {allRules, ruleIds} from './rules.js'
import {findMarkers, silencedRanges} from './control/markers.js'

const supersededBy = new Map<string, Set<string>>()
for (const rule of allRules) {
  for (const id of rule.meta.supersedes ?? []) {
    const set = supersededBy.get(id) ?? new Set()
    set.add(rule.meta.id)
    supersededBy.set(id, set)
  }
}

/**
 * unified plugin, run after the rules: one defect, one message. Where a rule
 * that supersedes another reports a range that contains the other's, or the
 * larger part of it, the superseded rule's message is dropped; so are messages an inline control
 * comment silences. The rest are put in reading order.
 */
export function settleMessages() {
  return function (_tree: unknown, file: VFile): void {
    const messages = file.messages
    const markers = findMarkers(String(file.value))
    // A control comment that names no rule (“copydesk-disable spellling”) silences nothing: said, not passed over.
    for (const {rules, start: at} of markers) {
      for (const id of rules.filter((rule) => !ruleIds.includes(rule))) {
        const {line, column} = file.data.article?.point(at) ?? {line: 1, column: 1}
        ;(file.data.controlProblems ??= []).push(`${line}:${column}: the control comment names no rule “${id}” (known: ${ruleIds.join(', ')}), so it silences nothing for it`)
      }
    }
    const article = file.data.article
    // The ranges in the text the rules read, and the messages' places in the file as written (`Article.sourceOffset`).
    const silenced = markers.length && article ? new Map([...silencedRanges(article, markers)].map(([id, ranges]) => [id, ranges.map(([from, to]) => [article.sourceOffset(from), article.sourceOffset(to, 'end')] as const)])) : undefined
    const isSilenced = (message: VFileMessage) => {
      const offset = start(message)
      if (!silenced || offset === undefined) return false
      return [...(silenced.get(message.ruleId ?? '') ?? []), ...(silenced.get('*') ?? [])].some(([from, to]) => from <= offset && offset < to)
    }
    const covers = coverage(messages)
    const kept = messages.filter((message) => {
      if (isSilenced(message)) return false
      const rivals = supersededBy.get(message.ruleId ?? '')
      const [from, to] = [start(message), end(message)]
      if (!rivals || from === undefined || to === undefined) return true
      // (A rival that holds the larger part of the range saw the same words: “advertisementThe”, a word the note
      // “Article continues after this advertisement” ran into, is the note's, which boilerplate deletes.)
      const half = Math.ceil((to - from) / 2)
      return ![...rivals].some((rival) => {
        const holds = covers.get(rival)
        return holds !== undefined && (holds(from, to) || holds(from, from + half) || holds(to - half, to))
      })
    })
    kept.sort((a, b) => (start(a) ?? 0) - (start(b) ?? 0) || (a.ruleId ?? '').localeCompare(b.ruleId ?? ''))
    // In place, element by element: spreading 100,000 messages into one call overflows the stack.
    kept.forEach((message, index) => (messages[index] = message))
    messages.length = kept.length
  }
}

function start(message: VFileMessage): number | undefined {
  return message.place && 'start' in message.place ? message.place.start.offset : undefined
}

function end(message: VFileMessage): number | undefined {
  return message.place && 'end' in message.place ? message.place.end.offset : undefined
}

/**
 * Per rule, whether one of its messages holds all of a range. The ranges are
 * sorted by start with the furthest end so far, so each question is one
 * binary search: settling stays n log n however many messages an article
 * draws.
 */
function coverage(messages: readonly VFileMessage[]): Map<string, (from: number, to: number) => boolean> {
  const ranges = new Map<string, Array<[number, number]>>()
  for (const message of messages) {
    const [from, to] = [start(message), end(message)]
    if (from === undefined || to === undefined) continue
    const list = ranges.get(message.ruleId ?? '') ?? []
    list.push([from, to])
    ranges.set(message.ruleId ?? '', list)
  }
  const covers = new Map<string, (from: number, to: number) => boolean>()
  for (const [rule, list] of ranges) {
    list.sort((a, b) => a[0] - b[0])
    const furthest: number[] = []
    list.forEach(([, to], index) => furthest.push(Math.max(to, furthest[index - 1] ?? -Infinity)))
    covers.set(rule, (from, to) => {
      // The last range that starts at or before `from`.
      let low = 0
      let high = list.length - 1
      let found = -1
      while (low <= high) {
        const middle = (low + high) >> 1
        if (list[middle][0] <= from) {
          found = middle
          low = middle + 1
        } else high = middle - 1
      }
      return found >= 0 && furthest[found] >= to
    })
  }
  return covers
}
