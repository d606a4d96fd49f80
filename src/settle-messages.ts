import type {VFile} from 'vfile'
import type {VFileMessage} from 'vfile-message'
import {allRules} from './rules.js'
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
 * that supersedes another reports a range that contains the other's, the
 * superseded rule's message is dropped; so are messages an inline control
 * comment silences. The rest are put in reading order.
 */
export function settleMessages() {
  return function (_tree: unknown, file: VFile): void {
    const messages = file.messages
    const markers = findMarkers(String(file.value))
    const silenced = markers.length && file.data.article ? silencedRanges(file.data.article, markers) : undefined
    const isSilenced = (message: VFileMessage) => {
      const offset = start(message)
      if (!silenced || offset === undefined) return false
      return [...(silenced.get(message.ruleId ?? '') ?? []), ...(silenced.get('*') ?? [])].some(([from, to]) => from <= offset && offset < to)
    }
    const kept = messages.filter((message) => {
      if (isSilenced(message)) return false
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
