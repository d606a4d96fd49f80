/**
 * A company's stock-exchange ticker in brackets after its name: the exchange's letters, a colon, the company's symbol
 * (“Lockheed Martin (NYSE:LMT)”, “Alliant Techsystems (NYSE: ATK)”). Its letters are the market's codes, owed no
 * expansion, and its colon is set tight.
 */
const ticker = /^\([ \t]*\p{Lu}{2,6}[ \t]?:[ \t]?\p{Lu}[\p{Lu}.]{0,5}[ \t]*\)/u

/**
 * Whether an offset stands inside a ticker: its bracket is looked for in the ten characters before it, not back
 * through a long line (which a check asking at every mention would make quadratic).
 */
export function inStockTicker(text: string, at: number): boolean {
  const from = Math.max(0, at - 10)
  const within = text.slice(from, at).lastIndexOf('(')
  return within >= 0 && ticker.test(text.slice(from + within, from + within + 24))
}
