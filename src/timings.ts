/**
 * What linting costs, when asked for (`copydesk --timings`): milliseconds
 * spent parsing, annotating and in each rule's check, and the words
 * checked. Off by default, so linting pays nothing for it.
 */
let spent: Map<string, number> | undefined
let wordsChecked = 0

/** The stages before the rules: what every article pays whichever rules are on. */
const stages = ['parsing', 'annotations']

export function recordTimings(): void {
  spent ??= new Map()
}

/** Run a stage (a rule's check, the parse), timing it under `name` when timings are on. */
export function timed<Value>(name: string, work: () => Value): Value {
  if (!spent) return work()
  const start = performance.now()
  const value = work()
  spent.set(name, (spent.get(name) ?? 0) + performance.now() - start)
  return value
}

/** Count an article's words once, for the per-1,000-words figures. */
export function countWords(words: number): void {
  if (spent) wordsChecked += words
}

/** The stages before the rules, one line per rule, costliest first, and the totals. */
export function timingsReport(): string {
  if (!spent) return ''
  const per1000 = (ms: number) => (wordsChecked > 0 ? ` (${((ms / wordsChecked) * 1000).toFixed(2)} ms per 1,000 words)` : '')
  const line = (name: string, ms: number) => `  ${name.padEnd(17)} ${ms.toFixed(1).padStart(8)} ms${per1000(ms)}`
  const rules = [...spent].filter(([name]) => !stages.includes(name)).sort((a, b) => b[1] - a[1])
  const before = stages.filter((name) => spent!.has(name)).map((name) => line(name, spent!.get(name)!))
  const ruleTotal = rules.reduce((sum, [, ms]) => sum + ms, 0)
  const total = [...spent.values()].reduce((sum, ms) => sum + ms, 0)
  return [`timings over ${wordsChecked} words:`, ...before, ...rules.map(([rule, ms]) => line(rule, ms)), line('all rules', ruleTotal), line('total', total)].join('\n') + '\n'
}
