import type {VFileMessage} from 'vfile-message'

/** A message as it crosses from a worker thread: plain data, which a thread's message channel can copy. */
export interface WireMessage {
  reason: string
  ruleId?: string
  source?: string
  start?: {line: number; column: number; offset?: number}
  end?: {line: number; column: number; offset?: number}
  fatal?: boolean | null
  actual?: string
  expected?: string[]
  url?: string
  note?: string
}

export function toWireMessage(message: VFileMessage): WireMessage {
  const place = message.place && 'start' in message.place ? message.place : message.place ? {start: message.place, end: undefined} : undefined
  return {
    reason: message.reason,
    ruleId: message.ruleId,
    source: message.source,
    start: place?.start,
    end: place?.end,
    fatal: message.fatal,
    actual: message.actual,
    expected: message.expected,
    url: message.url,
    note: message.note
  }
}
