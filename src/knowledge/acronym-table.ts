import {readFileSync} from 'node:fs'

/**
 * The acronym table (rules/acronym/acronyms.tsv): a header line, then
 * `acronym<TAB>expansion<TAB>source` per line. Returns each acronym with its
 * expansions. The acronym rule knows the acronyms by it; official-name, the
 * names they stand for.
 */
export function readAcronymTable(file: string): Map<string, string[]> {
  const table = new Map<string, string[]>()
  // Split on line feeds and tabs as plain characters, each field trimmed (which takes a line's
  // carriage return too): every lint reads the table's 2,300 lines at start, and a pattern split,
  // an array per line and a copied list per expansion cost it 3-4 ms there.
  const lines = readFileSync(file, 'utf8').split('\n')
  for (let index = 1; index < lines.length; index++) {
    const line = lines[index]
    const tab = line.indexOf('\t')
    if (tab < 0) continue
    const next = line.indexOf('\t', tab + 1)
    const acronym = line.slice(0, tab).trim()
    const expansion = line.slice(tab + 1, next < 0 ? line.length : next).trim()
    if (!acronym || !expansion) continue
    const expansions = table.get(acronym)
    if (expansions) expansions.push(expansion)
    else table.set(acronym, [expansion])
  }
  return table
}
