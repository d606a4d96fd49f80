import {readFileSync} from 'node:fs'

/**
 * The acronym table (rules/acronym/acronyms.tsv): a header line, then
 * `acronym<TAB>expansion<TAB>source` per line. Returns each acronym with its
 * expansions. The acronym rule knows the acronyms by it; official-name, the
 * names they stand for.
 */
export function readAcronymTable(file: string): Map<string, string[]> {
  const table = new Map<string, string[]>()
  for (const line of readFileSync(file, 'utf8').split(/\r?\n/).slice(1)) {
    const [acronym, expansion] = line.split('\t')
    if (!acronym?.trim() || !expansion?.trim()) continue
    table.set(acronym.trim(), [...(table.get(acronym.trim()) ?? []), expansion.trim()])
  }
  return table
}
