/**
 * What each rule costs, when asked for (`copydesk --timings`): milliseconds
 * spent in each rule's check, and the words it checked. Off by default, so
 * linting pays nothing for it.
 */
let spent: Map<string, number> | undefined
let wordsChecked = 0

export function recordTimings(): void {
  spent ??= new Map()
}

/** Run a rule's check, timing it when timings are on. */
export function timed(ruleId: string, check: () => void): void {
  if (!spent) return check()
  const start = performance.now()
  check()
  spent.set(ruleId, (spent.get(ruleId) ?? 0) + performance.now() - start)
}

/** Count an article's words once, for the per-1,000-words figures. */
export function countWords(words: number): void {
  if (spent) wordsChecked += words
}

/** One line per rule, costliest first, and the total. */
export function timingsReport(): string {
  if (!spent) return ''
  const total = [...spent.values()].reduce((sum, value) => sum + value, 0)
  const per1000 = (ms: number) => (wordsChecked > 0 ? ` (${((ms / wordsChecked) * 1000).toFixed(2)} ms per 1,000 words)` : '')
  const lines = [...spent].sort((a, b) => b[1] - a[1]).map(([rule, ms]) => `  ${rule.padEnd(17)} ${ms.toFixed(1).padStart(8)} ms${per1000(ms)}`)
  return [`rule timings over ${wordsChecked} words:`, ...lines, `  ${'all rules'.padEnd(17)} ${total.toFixed(1).padStart(8)} ms${per1000(total)}`].join('\n') + '\n'
}
