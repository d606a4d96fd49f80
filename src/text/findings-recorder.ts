import type {VFile} from 'vfile'

/** What a retext plugin said: its reason and where (start offset of its place). */
export interface Recorded {
  reason: string
  ruleId?: string
  source?: string
  start?: number
}

/**
 * A stand-in for a VFile to run a retext plugin on (retext-spell) when only
 * what it says matters: it keeps each message's reason and place instead of building a VFileMessage (an Error, with a stack
 * trace) per unknown word — names alone are hundreds per article.
 */
export function findingsRecorder(): {file: VFile; found: Recorded[]} {
  const found: Recorded[] = []
  const record = (reason: string, options?: {place?: {start?: {offset?: number}} | {offset?: number}; ruleId?: string; source?: string}) => {
    const place = options?.place
    const start = place && 'start' in place ? place.start?.offset : place && 'offset' in place ? place.offset : undefined
    found.push({reason, ruleId: options?.ruleId, source: options?.source, start})
    // The plugin sets actual, expected and url on what it gets back.
    return {} as ReturnType<VFile['message']>
  }
  return {file: {message: record, info: record, messages: []} as unknown as VFile, found}
}
