import type {VFileMessage} from 'vfile-message'
import {findRule} from './rules.js'
import {widenDeletion} from './widen-deletion.js'

export interface AppliedFix {
  ruleId: string
  line: number
  column: number
  actual: string
  replacement: string
}

/**
 * Apply the first fix of every message whose rule marks its fixes as safe
 * (`meta.fixable`). Overlapping fixes are skipped, not merged: the first in
 * reading order wins and the rest wait for the next run. A deletion that
 * empties its line removes the line, list marker and all; one that would
 * leave the markup unbalanced (a tag opened and not closed) is not applied.
 */
export function applyFixes(text: string, messages: readonly VFileMessage[]): {text: string; applied: AppliedFix[]} {
  // A file whose lines end in a carriage return alone (an old Mac's) is fixed with its line ends read as newlines,
  // one character each, so every offset holds, and written back with its own: its deleted lines left blank ones.
  if (text.includes('\r') && !text.includes('\n')) {
    const fixed = applyFixes(text.replaceAll('\r', '\n'), messages)
    return {...fixed, text: fixed.text.replaceAll('\n', '\r')}
  }
  const edits: Array<{start: number; end: number; replacement: string; message: VFileMessage}> = []
  for (const message of messages) {
    const replacement = message.expected?.[0]
    const place = message.place
    if (replacement === undefined || !place || !('start' in place)) continue
    if (!findRule(message.ruleId ?? '')?.meta.fixable) continue
    const start = place.start.offset
    const end = place.end.offset
    if (start === undefined || end === undefined) continue
    if (edits.some((edit) => start < edit.end && edit.start < end)) continue
    edits.push({start, end, replacement, message})
  }
  edits.sort((a, b) => b.start - a.start)

  let result = text
  const made: typeof edits = []
  for (const edit of edits) {
    const range = edit.replacement === '' ? widenDeletion(result, edit.start, edit.end) : [edit.start, edit.end]
    if (!range) continue
    result = result.slice(0, range[0]) + edit.replacement + result.slice(range[1])
    made.push(edit)
  }
  const applied = made.reverse().map(({message, replacement}) => {
    const place = message.place as {start: {line: number; column: number}}
    return {ruleId: message.ruleId ?? '', line: place.start.line, column: place.start.column, actual: message.actual ?? '', replacement}
  })
  return {text: result, applied}
}
