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
 * that supersedes another reports a range that contains the other's, the
 * superseded rule's message is dropped. The rest are put in reading order.
 */
export function settleMessages() {
  return function (_tree: unknown, file: VFile): void {
    const messages = file.messages
    const kept = messages.filter((message) => {
      const rivals = supersededBy.get(message.ruleId ?? '')
      if (!rivals) return true
      return !messages.some((other) => other !== message && rivals.has(other.ruleId ?? '') && contains(other, message))
    })
    kept.sort((a, b) => (start(a) ?? 0) - (start(b) ?? 0) || (a.ruleId ?? '').localeCompare(b.ruleId ?? ''))
    messages.splice(0, messages.length, ...kept)
  }
}

function start(message: VFileMessage): number | undefined {
  return message.place && 'start' in message.place ? message.place.start.offset : undefined
}

function end(message: VFileMessage): number | undefined {
  return message.place && 'end' in message.place ? message.place.end.offset : undefined
}

/** Whether `outer`'s range holds all of `inner`'s. */
function contains(outer: VFileMessage, inner: VFileMessage): boolean {
  const [outerStart, outerEnd, innerStart, innerEnd] = [start(outer), end(outer), start(inner), end(inner)]
  if (outerStart === undefined || outerEnd === undefined || innerStart === undefined || innerEnd === undefined) return false
  return outerStart <= innerStart && innerEnd <= outerEnd
}
