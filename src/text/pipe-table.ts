/**
 * Tables written with bars, as GitHub's Markdown has them and as a desk may
 * paste one into plain text: a row of cells between bars, the row of
 * dashes under its heads, then its rows. Each line of bars alone looks like
 * a piece of a web page's bar of links; the row of dashes tells a table.
 */

/** Whether a line is a table's row of dashes under its heads (“|------|:------:|”, “--- | ---”). */
export function isTableRule(line: string): boolean {
  return line.includes('|') && line.includes('-') && tableRule.test(line)
}
// (Each run of white space has one place in the pattern: two runs side by side would try every split of a long one.)
const tableRule = /^\s*(?:\|\s*)?:?-+:?\s*(?:\|\s*:?-+:?\s*)+(?:\|\s*)?$/

/** The lines of an article's tables written with bars: each row of dashes, the heads' row above it and the rows below with a bar. */
export function pipeTableLines(lines: readonly string[]): Set<number> {
  const table = new Set<number>()
  for (let index = 1; index < lines.length; index++) {
    if (!isTableRule(lines[index]) || !lines[index - 1].includes('|')) continue
    table.add(index - 1)
    table.add(index)
    for (let row = index + 1; row < lines.length && lines[row].includes('|'); row++) table.add(row)
  }
  return table
}
