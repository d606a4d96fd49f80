import type {VFile} from 'vfile'
import type {VFileMessage} from 'vfile-message'
import {allRules} from './rules.js'

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
 * that supersedes another reports an overlapping range, the superseded
 * rule's message is dropped.
 */
export function resolveOverlaps() {
  return function (_tree: unknown, file: VFile): void {
    const messages = file.messages
    const kept = messages.filter((message) => {
      const rivals = supersededBy.get(message.ruleId ?? '')
      if (!rivals) return true
      return !messages.some((other) => other !== message && rivals.has(other.ruleId ?? '') && overlaps(message, other))
    })
    messages.splice(0, messages.length, ...kept)
  }
}

function overlaps(a: VFileMessage, b: VFileMessage): boolean {
  const aStart = a.place && 'start' in a.place ? a.place.start.offset : undefined
  const aEnd = a.place && 'end' in a.place ? a.place.end.offset : undefined
  const bStart = b.place && 'start' in b.place ? b.place.start.offset : undefined
  const bEnd = b.place && 'end' in b.place ? b.place.end.offset : undefined
  if (aStart === undefined || aEnd === undefined || bStart === undefined || bEnd === undefined) return false
  return aStart < bEnd && bStart < aEnd
}
