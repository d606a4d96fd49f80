import {lint} from '../../src/index.js'
import {ruleIds} from '../../src/rules.js'
import type {VFileMessage} from 'vfile-message'
import type {Severity} from '../../src/types.js'

/** Run copydesk on text with only the named rules switched on, at their default severities. */
export async function lintWith(text: string, only: string[], extra: {dialect?: 'en-GB' | 'en-US' | 'en-AU'; words?: string[]} = {}): Promise<VFileMessage[]> {
  const rules: Record<string, Severity> = {}
  for (const id of ruleIds) if (!only.includes(id)) rules[id] = 'off'
  const [file] = await lint(text, {config: {...extra}, rules})
  return file.messages
}

/** "1:15-1:25 "comissioned" → "commissioned"": position, actual text and first fix. */
export function describeMessage(message: VFileMessage): string {
  const place = message.place as {start: {line: number; column: number}; end: {line: number; column: number}}
  const fix = message.expected && message.expected.length > 0 ? ` → ${JSON.stringify(message.expected[0])}` : ''
  return `${place.start.line}:${place.start.column}-${place.end.line}:${place.end.column} ${JSON.stringify(message.actual)}${fix}`
}
